package io.bulwark.engine.autogen;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a Pod sits inside a controller: under {@code spec.template} for workload controllers, one
 * level deeper under {@code spec.jobTemplate.spec.template} for CronJobs (whose rule is derived
 * from the workload rule, so it wraps once more).
 */
enum Template {
  POD_CONTROLLER("template", "spec/template", "template"),
  CRON_JOB("jobTemplate", "spec/jobTemplate/spec/template", "jobTemplate.spec.template");

  private final String key;
  private final String referenceShift;
  private final String dottedPath;

  Template(String key, String referenceShift, String dottedPath) {
    this.key = key;
    this.referenceShift = referenceShift;
    this.dottedPath = dottedPath;
  }

  /** {@code {"spec": {<key>: pod}}}; a missing pod becomes JSON null, as in Kyverno. */
  ObjectNode wrap(JsonNode pod) {
    ObjectNode spec = Trees.object();
    spec.set(key, pod == null ? NullNode.getInstance() : pod.deepCopy());
    ObjectNode wrapped = Trees.object();
    wrapped.set("spec", spec);
    return wrapped;
  }

  /** The path {@code $(...)} references into the pattern gain, e.g. {@code spec/template}. */
  String referenceShift() {
    return referenceShift;
  }

  /**
   * Kyverno's text rewrite over the whole serialized rule: {@code request.object.spec} becomes
   * {@code request.object.spec.template.spec} (likewise {@code oldObject} and {@code metadata}).
   * For validate.cel rules the bare CEL variables {@code object}/{@code oldObject} are rewritten,
   * which also covers the {@code request.} forms.
   */
  String rewriteReferences(String serializedRule, boolean cel) {
    String[] roots = cel ? new String[] {"object", "oldObject"} : new String[] {"request.object", "request.oldObject"};
    String text = serializedRule;
    for (String part : new String[] {"spec", "metadata"}) {
      for (String root : roots) {
        text = text.replace(root + "." + part, root + ".spec." + dottedPath + "." + part);
      }
    }
    return text;
  }
}
