package io.bulwark.api.load;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Loads kyverno.io ClusterPolicy/Policy documents. Every document is checked on its own: a bad
 * one is reported (file, line:column, field path, what to change) and left out, the others load.
 * Documents of other kinds are reported as problems, since a policy file should hold policies.
 */
public final class PolicyLoader {

  private PolicyLoader() {}

  public static LoadResult<KyvernoPolicy> load(List<YamlDocument> documents) {
    var policies = new ArrayList<KyvernoPolicy>();
    var problems = new ArrayList<Problem>();
    for (YamlDocument document : documents) {
      var sink = new ProblemSink(path -> document.positions().locate(path));
      JsonNode tree = document.tree();
      JsonNode kindNode = tree.path("kind");
      String kind = kindNode.asString("");
      String apiVersion = tree.path("apiVersion").asString("");
      if (!tree.isObject()) {
        sink.error(FieldPath.root(), "expected a Kubernetes object (a map with apiVersion, kind, metadata"
            + " and spec), got " + NodeReader.typeName(tree));
      } else if (kindNode.isContainer()) {
        sink.error(FieldPath.of("kind"), "expected the string ClusterPolicy or Policy, got "
            + NodeReader.typeName(kindNode));
      } else if (!PolicyParser.KINDS.contains(kind)) {
        sink.error(FieldPath.of("kind"), kind.isEmpty()
            ? "missing kind; expected ClusterPolicy or Policy"
            : "unknown kind \"" + kind + "\"" + (apiVersion.isEmpty() ? "" : " (" + apiVersion + ")")
                + "; expected kyverno.io ClusterPolicy or Policy"
                + NodeReader.closest(kind, PolicyParser.KINDS).map(k -> "; did you mean \"" + k + "\"?").orElse(""));
      } else {
        KyvernoPolicy policy = PolicyParser.parse(tree, sink);
        if (policy != null) {
          policies.add(policy);
        }
      }
      problems.addAll(sink.problems());
    }
    return new LoadResult<>(policies, problems);
  }
}
