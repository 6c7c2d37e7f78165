package io.bulwark.cli;

import io.bulwark.api.yaml.GoYaml;
import io.bulwark.cli.run.Evaluator;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.ReportResults;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code apply --policy-report}: every rule result as one wgpolicyk8s.io/v1alpha2
 * ClusterPolicyReport named {@code merged}, with the summary counts, as the Kyverno CLI prints it.
 */
final class PolicyReportPrinter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PolicyReportPrinter() {}

  static void print(PrintWriter out, List<PolicyResponse> responses, boolean auditWarn, Evaluator.Options options) {
    ObjectNode report = NODES.objectNode();
    report.put("apiVersion", "wgpolicyk8s.io/v1alpha2");
    report.put("kind", "ClusterPolicyReport");
    report.putObject("metadata").put("name", "merged");
    ArrayNode results = NODES.arrayNode();
    var summary = new EnumMap<RuleStatus, Integer>(RuleStatus.class);
    for (PolicyResponse response : responses) {
      JsonNode resource = response.resource();
      String namespace = ApplyCommand.namespaceOf(resource);
      for (RuleResponse rule : response.rules()) {
        RuleStatus status = ReportResults.of(response.policy(), rule, auditWarn, namespace,
            options.values().namespaceLabels(namespace));
        summary.merge(status, 1, Integer::sum);
        ObjectNode result = results.addObject();
        String category = response.policy().annotation("policies.kyverno.io/category");
        if (category != null) {
          result.put("category", category);
        }
        result.put("message", rule.message());
        result.put("policy", response.policy().qualifiedName());
        ObjectNode ref = result.putArray("resources").addObject();
        ref.put("apiVersion", resource.path("apiVersion").asString(""));
        ref.put("kind", resource.path("kind").asString(""));
        ref.put("name", ApplyCommand.nameOf(resource));
        if (!namespace.isEmpty()) {
          ref.put("namespace", namespace);
        }
        String uid = resource.path("metadata").path("uid").asString("");
        if (!uid.isEmpty()) {
          ref.put("uid", uid);
        }
        result.put("result", status.label());
        result.put("rule", rule.name());
        result.put("scored", !"false".equals(response.policy().annotation(ReportResults.SCORED_ANNOTATION)));
        String severity = response.policy().annotation("policies.kyverno.io/severity");
        if (severity != null) {
          result.put("severity", severity);
        }
        result.put("source", "kyverno");
      }
    }
    report.set("results", results);
    ObjectNode counts = report.putObject("summary");
    for (RuleStatus status : RuleStatus.values()) {
      counts.put(status.label(), summary.getOrDefault(status, 0));
    }
    out.print(GoYaml.write(report));
  }
}
