package io.bulwark.engine.podsecurity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Decodes a pod template's {@code metadata} and {@code spec} into a {@link Pod}, with the strictness
 * of Go's {@code json.Unmarshal} into {@code corev1} types for the fields the checks read: a value of
 * the wrong JSON type is an error (Kyverno: {@code Error while getting new resource: json: cannot
 * unmarshal ...}), {@code null} is the same as absent, and unknown keys are ignored.
 *
 * <p>Two differences from Go remain: fields the checks do not read are not type-checked, and keys
 * must match in case (Go also accepts {@code HostNetwork} for {@code hostNetwork}).
 */
final class PodDecoder {

  /** Every {@code VolumeSource} member, in the order of the Go struct. */
  static final List<String> VOLUME_SOURCES = List.of(
      "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi",
      "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
      "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
      "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image");

  /** Where a value sits, for Go's error text: the innermost struct type and the dotted JSON path. */
  private record At(String struct, String path) {
    At child(String key, String childStruct) {
      return new At(childStruct, field(key));
    }

    String field(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }
  }

  private PodDecoder() {}

  /**
   * @param metadata the template's {@code metadata}, or null
   * @param spec the template's {@code spec}, or null
   * @param metadataPath the JSON path of {@code metadata} from the resource root, for error text
   * @param specPath the JSON path of {@code spec} from the resource root, for error text
   */
  static Pod decode(JsonNode metadata, JsonNode spec, String metadataPath, String specPath) {
    At meta = new At("ObjectMeta", metadataPath);
    String name = orEmpty(string(metadata, "name", meta));
    String namespace = orEmpty(string(metadata, "namespace", meta));
    Map<String, String> annotations = stringMap(metadata, "annotations", meta);
    return new Pod(name, namespace, annotations, spec(spec, new At("PodSpec", specPath)));
  }

  private static Pod.Spec spec(JsonNode spec, At at) {
    JsonNode os = object(spec, "os", at, "v1.PodOS");
    return new Pod.Spec(
        isTrue(bool(spec, "hostNetwork", at)),
        isTrue(bool(spec, "hostPID", at)),
        isTrue(bool(spec, "hostIPC", at)),
        os == null ? null : orEmpty(string(os, "name", at.child("os", "PodOS"))),
        podSecurityContext(spec, at),
        volumes(spec, at),
        containers(spec, "initContainers", at, "v1.Container"),
        containers(spec, "containers", at, "v1.Container"),
        containers(spec, "ephemeralContainers", at, "v1.EphemeralContainer"));
  }

  private static Pod.PodSecurityContext podSecurityContext(JsonNode spec, At parent) {
    JsonNode sc = object(spec, "securityContext", parent, "v1.PodSecurityContext");
    if (sc == null) {
      return null;
    }
    At at = parent.child("securityContext", "PodSecurityContext");
    var sysctlNames = new ArrayList<String>();
    At sysctlAt = at.child("sysctls", "Sysctl");
    for (JsonNode sysctl : array(sc, "sysctls", at, "v1.Sysctl")) {
      sysctlNames.add(orEmpty(string(sysctl, "name", sysctlAt)));
    }
    return new Pod.PodSecurityContext(
        bool(sc, "runAsNonRoot", at),
        int64(sc, "runAsUser", at),
        profile(sc, "seccompProfile", at, "SeccompProfile"),
        seLinux(sc, at),
        List.copyOf(sysctlNames),
        hostProcess(sc, at),
        profile(sc, "appArmorProfile", at, "AppArmorProfile"));
  }

  private static List<Pod.Volume> volumes(JsonNode spec, At parent) {
    var volumes = new ArrayList<Pod.Volume>();
    At at = parent.child("volumes", "Volume");
    for (JsonNode volume : array(spec, "volumes", parent, "v1.Volume")) {
      Set<String> sources = new LinkedHashSet<>();
      String hostPath = "";
      for (String source : VOLUME_SOURCES) {
        JsonNode value = object(volume, source, at, "v1." + Character.toUpperCase(source.charAt(0)) + source.substring(1));
        if (value != null) {
          sources.add(source);
          if (source.equals("hostPath")) {
            hostPath = orEmpty(string(value, "path", at.child("hostPath", "HostPathVolumeSource")));
          }
        }
      }
      volumes.add(new Pod.Volume(orEmpty(string(volume, "name", at)), Set.copyOf(sources), hostPath));
    }
    return List.copyOf(volumes);
  }

  private static List<Pod.Container> containers(JsonNode spec, String key, At parent, String goType) {
    var containers = new ArrayList<Pod.Container>();
    At at = parent.child(key, goType.substring(3));
    for (JsonNode c : array(spec, key, parent, goType)) {
      var hostPorts = new ArrayList<Integer>();
      At portAt = at.child("ports", "ContainerPort");
      for (JsonNode port : array(c, "ports", at, "v1.ContainerPort")) {
        Integer hostPort = int32(port, "hostPort", portAt);
        hostPorts.add(hostPort == null ? 0 : hostPort);
      }
      var hosts = new ArrayList<String>();
      for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
        handlerHosts(object(c, probe, at, "v1.Probe"), at.child(probe, "Probe"), hosts);
      }
      JsonNode lifecycle = object(c, "lifecycle", at, "v1.Lifecycle");
      At lifecycleAt = at.child("lifecycle", "Lifecycle");
      for (String hook : List.of("postStart", "preStop")) {
        handlerHosts(object(lifecycle, hook, lifecycleAt, "v1.LifecycleHandler"),
            lifecycleAt.child(hook, "LifecycleHandler"), hosts);
      }
      containers.add(new Pod.Container(
          orEmpty(string(c, "name", at)),
          orEmpty(string(c, "image", at)),
          securityContext(c, at),
          List.copyOf(hostPorts),
          List.copyOf(hosts)));
    }
    return List.copyOf(containers);
  }

  private static void handlerHosts(JsonNode handler, At at, List<String> hosts) {
    for (String action : List.of("httpGet", "tcpSocket")) {
      String struct = action.equals("httpGet") ? "HTTPGetAction" : "TCPSocketAction";
      JsonNode a = object(handler, action, at, "v1." + struct);
      String host = orEmpty(string(a, "host", at.child(action, struct)));
      if (!host.isEmpty()) {
        hosts.add(host);
      }
    }
  }

  private static Pod.SecurityContext securityContext(JsonNode container, At parent) {
    JsonNode sc = object(container, "securityContext", parent, "v1.SecurityContext");
    if (sc == null) {
      return null;
    }
    At at = parent.child("securityContext", "SecurityContext");
    JsonNode caps = object(sc, "capabilities", at, "v1.Capabilities");
    Pod.Capabilities capabilities = null;
    if (caps != null) {
      At capsAt = at.child("capabilities", "Capabilities");
      capabilities = new Pod.Capabilities(strings(caps, "add", capsAt), strings(caps, "drop", capsAt));
    }
    return new Pod.SecurityContext(
        bool(sc, "privileged", at),
        bool(sc, "allowPrivilegeEscalation", at),
        bool(sc, "runAsNonRoot", at),
        int64(sc, "runAsUser", at),
        capabilities,
        string(sc, "procMount", at),
        profile(sc, "seccompProfile", at, "SeccompProfile"),
        seLinux(sc, at),
        hostProcess(sc, at),
        profile(sc, "appArmorProfile", at, "AppArmorProfile"));
  }

  private static Pod.Profile profile(JsonNode sc, String key, At parent, String struct) {
    JsonNode profile = object(sc, key, parent, "v1." + struct);
    return profile == null ? null : new Pod.Profile(orEmpty(string(profile, "type", parent.child(key, struct))));
  }

  private static Pod.SeLinux seLinux(JsonNode sc, At parent) {
    JsonNode options = object(sc, "seLinuxOptions", parent, "v1.SELinuxOptions");
    if (options == null) {
      return null;
    }
    At at = parent.child("seLinuxOptions", "SELinuxOptions");
    return new Pod.SeLinux(
        orEmpty(string(options, "type", at)), orEmpty(string(options, "user", at)), orEmpty(string(options, "role", at)));
  }

  private static boolean hostProcess(JsonNode sc, At parent) {
    JsonNode windows = object(sc, "windowsOptions", parent, "v1.WindowsSecurityContextOptions");
    return isTrue(bool(windows, "hostProcess", parent.child("windowsOptions", "WindowsSecurityContextOptions")));
  }

  // --- Go-typed accessors: null for absent or JSON null, an error for the wrong JSON type ---

  private static JsonNode value(JsonNode object, String key) {
    if (object == null) {
      return null;
    }
    JsonNode value = object.get(key);
    return value == null || value.isNull() ? null : value;
  }

  private static JsonNode object(JsonNode object, String key, At at, String goType) {
    JsonNode value = value(object, key);
    if (value != null && !value.isObject()) {
      throw mismatch(value, at, key, "*" + goType);
    }
    return value;
  }

  /** The elements of a list of structs; a {@code null} element decodes as an empty struct. */
  private static List<JsonNode> array(JsonNode object, String key, At at, String elementGoType) {
    JsonNode value = value(object, key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw mismatch(value, at, key, "[]" + elementGoType);
    }
    var elements = new ArrayList<JsonNode>();
    for (JsonNode element : value) {
      if (!element.isNull() && !element.isObject()) {
        throw mismatch(element, at, key, elementGoType);
      }
      elements.add(element.isNull() ? null : element);
    }
    return elements;
  }

  private static List<String> strings(JsonNode object, String key, At at) {
    JsonNode value = value(object, key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw mismatch(value, at, key, "[]v1.Capability");
    }
    var out = new ArrayList<String>();
    for (JsonNode element : value) {
      if (element.isNull()) {
        out.add("");
      } else if (element.isString()) {
        out.add(element.stringValue());
      } else {
        throw mismatch(element, at, key, "v1.Capability");
      }
    }
    return List.copyOf(out);
  }

  private static Boolean bool(JsonNode object, String key, At at) {
    JsonNode value = value(object, key);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      throw mismatch(value, at, key, "bool");
    }
    return value.booleanValue();
  }

  private static String string(JsonNode object, String key, At at) {
    JsonNode value = value(object, key);
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      throw mismatch(value, at, key, "string");
    }
    return value.stringValue();
  }

  private static Long int64(JsonNode object, String key, At at) {
    JsonNode value = value(object, key);
    return value == null ? null : integer(value, at, key, "int64", Long.MIN_VALUE, Long.MAX_VALUE);
  }

  private static Integer int32(JsonNode object, String key, At at) {
    JsonNode value = value(object, key);
    return value == null ? null : (int) integer(value, at, key, "int32", Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Whole numbers only; a whole float (YAML {@code 80.0}) counts, as YAML-to-JSON writes it as {@code 80}. */
  private static long integer(JsonNode value, At at, String key, String goType, long min, long max) {
    if (!value.isNumber()) {
      throw mismatch(value, at, key, goType);
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      long v = value.longValue();
      if (v >= min && v <= max) {
        return v;
      }
    } else if (!value.isIntegralNumber()) {
      double d = value.doubleValue();
      if (d == Math.rint(d) && d >= min && d <= max) {
        return (long) d;
      }
    }
    throw PodSecurityException.badResource("json: cannot unmarshal number " + value.asString()
        + " into Go struct field " + at.struct() + "." + at.field(key) + " of type " + goType);
  }

  private static Map<String, String> stringMap(JsonNode object, String key, At at) {
    JsonNode value = value(object, key);
    if (value == null) {
      return Map.of();
    }
    if (!value.isObject()) {
      throw mismatch(value, at, key, "map[string]string");
    }
    var out = new LinkedHashMap<String, String>();
    for (var entry : value.properties()) {
      JsonNode v = entry.getValue();
      if (v.isNull()) {
        out.put(entry.getKey(), "");
      } else if (v.isString()) {
        out.put(entry.getKey(), v.stringValue());
      } else {
        throw mismatch(v, at, key, "string");
      }
    }
    return out;
  }

  private static PodSecurityException mismatch(JsonNode value, At at, String key, String goType) {
    return PodSecurityException.badResource("json: cannot unmarshal " + jsonKind(value)
        + " into Go struct field " + at.struct() + "." + at.field(key) + " of type " + goType);
  }

  private static String jsonKind(JsonNode value) {
    if (value.isObject()) {
      return "object";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isString()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "bool";
    }
    return "number";
  }

  private static boolean isTrue(Boolean b) {
    return b != null && b;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
