package io.bulwark.api.load;

import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Loads kyverno.io PolicyException documents (v2, v2beta1, v2alpha1), each on its own: a bad one is
 * reported with its location and left out. Documents of other kinds are skipped, so a resource
 * file may carry its exceptions ({@code --exceptions-with-resources}).
 */
public final class PolicyExceptionLoader {

  private static final Set<String> API_VERSIONS = Set.of("kyverno.io/v2", "kyverno.io/v2beta1", "kyverno.io/v2alpha1");

  private PolicyExceptionLoader() {}

  public static boolean isException(JsonNode tree) {
    return "PolicyException".equals(tree.path("kind").asString("")) && tree.path("apiVersion").asString("").startsWith("kyverno.io/");
  }

  public static LoadResult<PolicyException> load(List<YamlDocument> documents, boolean reportOtherKinds) {
    var exceptions = new ArrayList<PolicyException>();
    var problems = new ArrayList<Problem>();
    for (YamlDocument document : documents) {
      var sink = new ProblemSink(path -> document.positions().locate(path));
      JsonNode tree = document.tree();
      if (!isException(tree)) {
        if (reportOtherKinds) {
          sink.error(FieldPath.of("kind"), "expected a kyverno.io PolicyException, got "
              + tree.path("apiVersion").asString("") + " " + tree.path("kind").asString(""));
        }
      } else {
        PolicyException exception = parse(tree, sink);
        if (exception != null) {
          exceptions.add(exception);
        }
      }
      problems.addAll(sink.problems());
    }
    return new LoadResult<>(exceptions, problems);
  }

  /** One PolicyException from its tree; null (with problems in the sink) when it is invalid. */
  public static PolicyException parse(JsonNode tree, ProblemSink sink) {
    NodeReader root = NodeReader.object(tree, FieldPath.root(), sink);
    if (root == null) {
      return null;
    }
    String apiVersion = root.string("apiVersion");
    if (apiVersion != null && !API_VERSIONS.contains(apiVersion)) {
      sink.error(root.path("apiVersion"), "unsupported apiVersion \"" + apiVersion + "\"; use kyverno.io/v2");
    }
    NodeReader metadata = root.child("metadata");
    String name = metadata == null ? null : metadata.requiredString("name");
    String namespace = metadata == null ? null : metadata.string("namespace");
    NodeReader spec = root.child("spec");
    if (spec == null) {
      sink.error(root.path("spec"), "required field is missing");
      return null;
    }
    List<PolicyException.Exception> entries = spec.list("exceptions", (node, path) -> {
      NodeReader entry = NodeReader.object(node, path, sink);
      if (entry == null) {
        return null;
      }
      String policyName = entry.requiredString("policyName");
      List<String> ruleNames = entry.stringList("ruleNames");
      if (!entry.has("ruleNames")) {
        sink.error(entry.path("ruleNames"), "required field is missing");
      }
      return policyName == null ? null : new PolicyException.Exception(policyName, ruleNames);
    });
    if (!spec.has("exceptions")) {
      sink.error(spec.path("exceptions"), "required field is missing");
    }
    if (!spec.has("match")) {
      sink.error(spec.path("match"), "required field is missing");
    }
    var match = PolicyParser.parseMatchBlock(spec, "match");
    JsonNode conditions = spec.raw("conditions");
    List<JsonNode> podSecurity = spec.nodeList("podSecurity");
    if (sink.hasErrors()) {
      return null;
    }
    return new PolicyException(name, namespace, entries, match, conditions, podSecurity, spec.bool("background", true));
  }
}
