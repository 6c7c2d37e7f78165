package io.bulwark.engine.podsecurity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Pod or Pod controller and the pod template in it, found the way Kyverno's PSS handler does
 * ({@code getSpec}): {@code spec.template} for DaemonSet, Deployment, Job, StatefulSet, ReplicaSet
 * and ReplicationController, {@code spec.jobTemplate.spec.template.spec} for a CronJob's spec.
 *
 * <p>Kyverno quirk kept: a CronJob's pod metadata is taken from {@code spec.jobTemplate.metadata},
 * not from the pod template, so annotations on the CronJob's pod template are not checked.
 */
record Workload(String kind, Pod pod, JsonNode podSpec) {

  private static final Set<String> TEMPLATED = Set.of(
      "DaemonSet", "Deployment", "Job", "StatefulSet", "ReplicaSet", "ReplicationController");

  /**
   * @throws PodSecurityException for any other kind, or a template that does not decode
   */
  static Workload of(JsonNode resource) {
    JsonNode kindNode = resource == null ? null : resource.get("kind");
    String kind = kindNode != null && kindNode.isString() ? kindNode.stringValue() : "";
    if (TEMPLATED.contains(kind)) {
      JsonNode spec = object(resource, "spec", "Deployment", "spec", "v1.DeploymentSpec");
      JsonNode template = object(spec, "template", "DeploymentSpec", "spec.template", "v1.PodTemplateSpec");
      return of(kind, template, "metadata", "spec.template", "spec");
    }
    if (kind.equals("CronJob")) {
      JsonNode spec = object(resource, "spec", "CronJob", "spec", "v1.CronJobSpec");
      JsonNode jobTemplate = object(spec, "jobTemplate", "CronJobSpec", "spec.jobTemplate", "v1.JobTemplateSpec");
      JsonNode jobSpec = object(jobTemplate, "spec", "JobTemplateSpec", "spec.jobTemplate.spec", "v1.JobSpec");
      JsonNode template = object(jobSpec, "template", "JobSpec", "spec.jobTemplate.spec.template", "v1.PodTemplateSpec");
      JsonNode podSpec = object(template, "spec", "PodTemplateSpec", "spec.jobTemplate.spec.template.spec", "v1.PodSpec");
      JsonNode metadata = object(jobTemplate, "metadata", "JobTemplateSpec", "spec.jobTemplate.metadata", "v1.ObjectMeta");
      Pod pod = PodDecoder.decode(metadata, podSpec, "spec.jobTemplate.metadata", "spec.jobTemplate.spec.template.spec");
      return new Workload(kind, pod, podSpec);
    }
    if (kind.equals("Pod")) {
      return of(kind, resource, "metadata", "", "spec");
    }
    throw PodSecurityException.badResource("could not find correct resource type");
  }

  private static Workload of(String kind, JsonNode holder, String metadataKey, String holderPath, String specKey) {
    String prefix = holderPath.isEmpty() ? "" : holderPath + ".";
    String struct = holderPath.isEmpty() ? "Pod" : "PodTemplateSpec";
    JsonNode metadata = object(holder, metadataKey, struct, prefix + metadataKey, "v1.ObjectMeta");
    JsonNode spec = object(holder, specKey, struct, prefix + specKey, "v1.PodSpec");
    return new Workload(kind, PodDecoder.decode(metadata, spec, prefix + metadataKey, prefix + specKey), spec);
  }

  private static JsonNode object(JsonNode holder, String key, String struct, String path, String goType) {
    JsonNode value = holder == null ? null : holder.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      String json = value.isArray() ? "array" : value.isString() ? "string" : value.isBoolean() ? "bool" : "number";
      throw PodSecurityException.badResource(
          "json: cannot unmarshal " + json + " into Go struct field " + struct + "." + path + " of type " + goType);
    }
    return value;
  }

  /**
   * Re-roots a pod-relative field path for this kind, with Kyverno's plain text replacement
   * ({@code convertChecks}): every {@code spec} becomes {@code spec.template.spec} (CronJob: {@code
   * spec.jobTemplate.spec.template.spec}), then, for every kind including Pod, every {@code metadata}
   * becomes {@code spec.template.metadata}. Reports and test expectations carry these texts, so the
   * replacement is not made structural.
   */
  String reroot(String field) {
    String out = field;
    if (TEMPLATED.contains(kind)) {
      out = out.replace("spec", "spec.template.spec");
    } else if (kind.equals("CronJob")) {
      out = out.replace("spec", "spec.jobTemplate.spec.template.spec");
    }
    return out.replace("metadata", "spec.template.metadata");
  }

  /**
   * The image reference Kyverno reports for a container name: looked up among containers, then init
   * containers, then ephemeral containers of the template; the name itself when no container has
   * that name or its image does not parse.
   */
  String imageOf(String containerName) {
    for (String list : List.of("containers", "initContainers", "ephemeralContainers")) {
      Map<String, String> images = images(list);
      if (images.containsKey(containerName)) {
        return images.get(containerName);
      }
    }
    return containerName;
  }

  private Map<String, String> images(String list) {
    var out = new LinkedHashMap<String, String>();
    JsonNode containers = podSpec == null ? null : podSpec.get(list);
    if (containers == null || !containers.isArray()) {
      return out;
    }
    for (JsonNode c : containers) {
      JsonNode name = c.get("name");
      JsonNode image = c.get("image");
      if (name != null && name.isString() && image != null && image.isString()) {
        Optional<String> reference = ImageReference.normalize(image.stringValue());
        reference.ifPresent(r -> out.put(name.stringValue(), r));
      }
    }
    return out;
  }
}
