package io.bulwark.engine.generate;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.request.GroupVersionKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The labels Kyverno's background controller puts on what it generates ({@code ManageLabels},
 * {@code TagSource} and {@code addSourceLabels} in pkg/background): who manages the object, which
 * policy and rule made it, which trigger it came from, and for clones which source. Synchronization
 * and cleanup find downstream resources by these labels, so names and values follow Kyverno's.
 */
final class DownstreamLabels {

  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String KYVERNO = "kyverno";
  static final String POLICY_NAME = "generate.kyverno.io/policy-name";
  static final String POLICY_NAMESPACE = "generate.kyverno.io/policy-namespace";
  static final String RULE_NAME = "generate.kyverno.io/rule-name";
  static final String TRIGGER_GROUP = "generate.kyverno.io/trigger-group";
  static final String TRIGGER_VERSION = "generate.kyverno.io/trigger-version";
  static final String TRIGGER_KIND = "generate.kyverno.io/trigger-kind";
  static final String TRIGGER_NAMESPACE = "generate.kyverno.io/trigger-namespace";
  static final String TRIGGER_UID = "generate.kyverno.io/trigger-uid";
  static final String SOURCE_GROUP = "generate.kyverno.io/source-group";
  static final String SOURCE_VERSION = "generate.kyverno.io/source-version";
  static final String SOURCE_KIND = "generate.kyverno.io/source-kind";
  static final String SOURCE_NAMESPACE = "generate.kyverno.io/source-namespace";
  static final String SOURCE_NAME = "generate.kyverno.io/source-name";
  static final String SOURCE_UID = "generate.kyverno.io/source-uid";
  static final String CLONE_SOURCE = "generate.kyverno.io/clone-source";

  private DownstreamLabels() {}

  /** Managed-by, policy and trigger labels on a downstream object, overwriting any of the same keys. */
  static void manage(ObjectNode object, KyvernoPolicy policy, String rule, JsonNode trigger) {
    ObjectNode labels = labels(object);
    labels.put(MANAGED_BY, KYVERNO);
    labels.put(POLICY_NAME, policy.name());
    labels.put(POLICY_NAMESPACE, policy.isNamespaced() && policy.namespace() != null ? policy.namespace() : "");
    labels.put(RULE_NAME, rule);
    GroupVersionKind gvk = GroupVersionKind.of(trigger.path("apiVersion").asString(""),
        trigger.path("kind").asString(""));
    labels.put(TRIGGER_VERSION, gvk.version());
    labels.put(TRIGGER_GROUP, gvk.group());
    labels.put(TRIGGER_KIND, gvk.kind());
    labels.put(TRIGGER_NAMESPACE, trigger.path("metadata").path("namespace").asString(""));
    labels.put(TRIGGER_UID, trigger.path("metadata").path("uid").asString(""));
  }

  /**
   * The labels a clone carries about its source. Kyverno first tags the source itself as a clone
   * source (an empty-valued label) and then copies it, so the clone carries that tag as well.
   */
  static void source(ObjectNode copy, JsonNode source) {
    ObjectNode labels = labels(copy);
    labels.put(CLONE_SOURCE, "");
    GroupVersionKind gvk = GroupVersionKind.of(source.path("apiVersion").asString(""),
        source.path("kind").asString(""));
    labels.put(SOURCE_GROUP, gvk.group());
    labels.put(SOURCE_VERSION, gvk.version());
    labels.put(SOURCE_KIND, gvk.kind());
    labels.put(SOURCE_NAMESPACE, source.path("metadata").path("namespace").asString(""));
    labels.put(SOURCE_NAME, source.path("metadata").path("name").asString(""));
    String uid = source.path("metadata").path("uid").asString("");
    if (!uid.isEmpty()) {
      labels.put(SOURCE_UID, uid);
    }
  }

  /** {@code metadata.labels} of the object, created (with metadata) when absent or not an object. */
  private static ObjectNode labels(ObjectNode object) {
    ObjectNode metadata = object.get("metadata") instanceof ObjectNode m ? m : object.putObject("metadata");
    return metadata.get("labels") instanceof ObjectNode l ? l : metadata.putObject("labels");
  }
}
