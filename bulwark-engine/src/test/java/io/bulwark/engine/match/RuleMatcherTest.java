package io.bulwark.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.PolicyParser;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.request.GroupVersionKind;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.request.UserInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RuleMatcherTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String POD = """
      {'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'web-1', 'namespace': 'default',
       'labels': {'app': 'web'}, 'annotations': {'team': 'payments'}}}""";
  private static final String NAMESPACE = """
      {'apiVersion': 'v1', 'kind': 'Namespace', 'metadata': {'name': 'prod', 'labels': {'env': 'prod'}}}""";
  private static final RequestInfo ALICE = new RequestInfo(List.of("default:dev"), List.of("view"),
      new UserInfo("alice", "1", List.of("devs", "system:authenticated"), Map.of()));
  private static final RequestInfo ROBOT = new RequestInfo(List.of(), List.of(),
      new UserInfo("system:serviceaccount:ci:deployer", "2", List.of(), Map.of()));
  private static final String PREFIX = "rule check not matched:\n 1. ";

  private final RuleMatcher matcher = new RuleMatcher();

  static Stream<Arguments> blocks() {
    return Stream.of(
        // any / all / legacy
        row("any: one filter suffices", "{'match': {'any': [{'resources': {'kinds': ['Deployment']}},"
            + " {'resources': {'kinds': ['Pod']}}]}}", create(POD), null),
        row("any: none selects", "{'match': {'any': [{'resources': {'kinds': ['Deployment']}},"
            + " {'resources': {'namespaces': ['prod']}}]}}", create(POD), PREFIX + "no resource matched"),
        row("all: every failure is listed", "{'match': {'all': [{'resources': {'kinds': ['Deployment', 'StatefulSet']}},"
            + " {'resources': {'namespaces': ['prod']}}]}}", create(POD),
            PREFIX + "kind does not match [Deployment StatefulSet]\n 2. namespace does not match"),
        row("all: every filter holds", "{'match': {'all': [{'resources': {'kinds': ['Pod']}},"
            + " {'resources': {'namespaces': ['def*']}}]}}", create(POD), null),
        row("legacy form", "{'match': {'resources': {'kinds': ['Deployment']}}}", create(POD),
            PREFIX + "kind does not match [Deployment]"),
        row("failures of one filter in Kyverno's order", "{'match': {'resources': {'kinds': ['Deployment'],"
            + " 'names': ['db'], 'namespaces': ['prod'], 'annotations': {'team': 'x'}, 'selector': {'matchLabels':"
            + " {'app': 'db'}}}}}", create(POD), PREFIX + "kind does not match [Deployment]\n 2. none of the names"
            + " match\n 3. namespace does not match\n 4. annotations does not match\n 5. selector does not match"),
        // operations come first and alone
        row("operation checked first", "{'match': {'resources': {'kinds': ['Deployment'], 'operations': ['UPDATE']}}}",
            create(POD), PREFIX + "operation does not match"),
        row("operation listed", "{'match': {'resources': {'kinds': ['Pod'], 'operations': ['CREATE', 'UPDATE']}}}",
            create(POD), null),
        // kinds
        row("group/version/kind", "{'match': {'resources': {'kinds': ['v1/Pod']}}}", create(POD), null),
        row("subresource request needs a subresource kind", "{'match': {'resources': {'kinds': ['Pod']}}}",
            create(POD).subresource("exec"), PREFIX + "kind does not match [Pod]"),
        row("Pod/exec", "{'match': {'resources': {'kinds': ['Pod/exec']}}}", create(POD).subresource("exec"), null),
        row("Pod selects ephemeral containers", "{'match': {'resources': {'kinds': ['Pod']}}}",
            create(POD).subresource("ephemeralcontainers"), null),
        row("Deployment/scale", "{'match': {'resources': {'kinds': ['Deployment/scale']}}}",
            create(POD).kind(new GroupVersionKind("apps", "v1", "Deployment")).subresource("scale"), null),
        // names
        row("name wildcard", "{'match': {'resources': {'kinds': ['Pod'], 'name': 'web-*'}}}", create(POD), null),
        row("name mismatch", "{'match': {'resources': {'kinds': ['Pod'], 'name': 'db'}}}", create(POD),
            PREFIX + "name does not match"),
        row("names: one suffices", "{'match': {'resources': {'names': ['db', 'web-?']}}}", create(POD), null),
        row("generateName stands in for a missing name", "{'match': {'resources': {'names': ['web-*']}}}",
            create("{'kind': 'Pod', 'metadata': {'generateName': 'web-', 'namespace': 'default'}}"), null),
        // namespaces
        row("namespace wildcard", "{'match': {'resources': {'namespaces': ['kube-*', 'def*']}}}", create(POD), null),
        row("Namespace compared by its name", "{'match': {'resources': {'kinds': ['Namespace'],"
            + " 'namespaces': ['prod']}}}", create(NAMESPACE), null),
        row("Namespace with another name", "{'match': {'resources': {'kinds': ['Namespace'],"
            + " 'namespaces': ['default']}}}", create(NAMESPACE), PREFIX + "namespace does not match"),
        // annotations
        row("annotations with wildcards", "{'match': {'resources': {'annotations': {'te*': 'pay*'}}}}",
            create(POD), null),
        row("annotations missing", "{'match': {'resources': {'annotations': {'owner': '*'}}}}", create(POD),
            PREFIX + "annotations does not match"),
        // selectors
        row("selector with wildcard", "{'match': {'resources': {'selector': {'matchLabels': {'app': 'w*'}}}}}",
            create(POD), null),
        row("selector star-star needs some label", "{'match': {'resources': {'selector': {'matchLabels':"
            + " {'*': '*'}}}}}", create("{'kind': 'Pod', 'metadata': {'name': 'x'}}"), PREFIX + "selector does not match"),
        row("invalid selector", "{'match': {'resources': {'selector': {'matchExpressions': [{'key': 'app',"
            + " 'operator': 'Exists', 'values': ['x']}]}}}}", create(POD), PREFIX + "failed to parse selector: values:"
            + " Invalid value: []string{\"x\"}: values set must be empty for exists and does not exist"),
        row("namespaceSelector against namespace labels", "{'match': {'resources': {'kinds': ['Pod'],"
            + " 'namespaceSelector': {'matchLabels': {'env': 'prod'}}}}}",
            create(POD).namespaceLabels(Map.of("env", "prod")), null),
        row("namespaceSelector mismatch", "{'match': {'resources': {'kinds': ['Pod'],"
            + " 'namespaceSelector': {'matchLabels': {'env': 'prod'}}}}}",
            create(POD).namespaceLabels(Map.of("env", "dev")), PREFIX + "namespace selector does not match labels"),
        row("namespaceSelector on a Namespace", "{'match': {'resources': {'kinds': ['Namespace'],"
            + " 'namespaceSelector': {'matchLabels': {'env': 'prod'}}}}}", create(NAMESPACE),
            PREFIX + "namespace selector is not applicable for namespace resource"),
        // user information
        row("user info ignored without request info", "{'match': {'resources': {'kinds': ['Pod']},"
            + " 'subjects': [{'kind': 'User', 'name': 'bob'}]}}", create(POD), null),
        row("only user info and no request info", "{'match': {'any': [{'subjects': [{'kind': 'User', 'name': 'bob'}]}]}}",
            create(POD), PREFIX + "no resource matched"),
        row("only user info, legacy", "{'match': {'subjects': [{'kind': 'User', 'name': 'bob'}]}}",
            create(POD), PREFIX + "match cannot be empty"),
        row("User subject", "{'match': {'resources': {'kinds': ['Pod']}, 'subjects': [{'kind': 'User',"
            + " 'name': 'ali*'}]}}", create(POD).info(ALICE), null),
        row("Group subject", "{'match': {'resources': {'kinds': ['Pod']}, 'subjects': [{'kind': 'Group',"
            + " 'name': 'devs'}]}}", create(POD).info(ALICE), null),
        row("ServiceAccount subject", "{'match': {'resources': {'kinds': ['Pod']}, 'subjects': [{'kind':"
            + " 'ServiceAccount', 'name': 'deployer', 'namespace': 'ci'}]}}", create(POD).info(ROBOT), null),
        row("subject mismatch", "{'match': {'resources': {'kinds': ['Pod']}, 'subjects': [{'kind': 'User',"
            + " 'name': 'bob'}]}}", create(POD).info(ALICE), PREFIX + "user info does not match subject for the given"
            + " conditionBlock"),
        row("roles and clusterRoles", "{'match': {'resources': {'kinds': ['Pod']}, 'roles': ['default:dev'],"
            + " 'clusterRoles': ['view']}}", create(POD).info(ALICE), null),
        row("roles are not wildcards", "{'match': {'resources': {'kinds': ['Pod']}, 'roles': ['default:*'],"
            + " 'clusterRoles': ['admin']}}", create(POD).info(ALICE), PREFIX + "user info does not match roles for"
            + " the given conditionBlock\n 2. user info does not match clustersRoles for the given conditionBlock"),
        // exclude
        row("exclude.any: one filter excludes", "{'match': {'any': [{'resources': {'kinds': ['Pod']}}]},"
            + " 'exclude': {'any': [{'resources': {'namespaces': ['kube-system']}}, {'resources': {'names':"
            + " ['web-*']}}]}}", create(POD), PREFIX + "resource excluded since one of the criteria excluded it"),
        row("exclude.any: each excluding filter counts", "{'match': {'any': [{'resources': {'kinds': ['Pod']}}]},"
            + " 'exclude': {'any': [{'resources': {'namespaces': ['default']}}, {'resources': {'names': ['web-*']}}]}}",
            create(POD), PREFIX + "resource excluded since one of the criteria excluded it\n 2. resource excluded"
            + " since one of the criteria excluded it"),
        row("exclude.any: nothing excludes", "{'match': {'any': [{'resources': {'kinds': ['Pod']}}]},"
            + " 'exclude': {'any': [{'resources': {'namespaces': ['kube-system']}}]}}", create(POD), null),
        row("exclude.all: every filter excludes", "{'match': {'any': [{'resources': {'kinds': ['Pod']}}]},"
            + " 'exclude': {'all': [{'resources': {'namespaces': ['default']}}, {'resources': {'names': ['web-*']}}]}}",
            create(POD), PREFIX + "resource excluded since the combination of all criteria exclude it"),
        row("exclude.all: one filter does not", "{'match': {'any': [{'resources': {'kinds': ['Pod']}}]},"
            + " 'exclude': {'all': [{'resources': {'namespaces': ['default']}}, {'resources': {'names': ['db']}}]}}",
            create(POD), null),
        row("exclude legacy form", "{'match': {'resources': {'kinds': ['Pod']}}, 'exclude': {'resources':"
            + " {'namespaces': ['default']}}}", create(POD), PREFIX + "resource excluded since one of the criteria"
            + " excluded it"),
        row("exclude only after match", "{'match': {'resources': {'kinds': ['Deployment']}}, 'exclude':"
            + " {'resources': {'namespaces': ['default']}}}", create(POD), PREFIX + "kind does not match [Deployment]"),
        row("exclude keeps user info without request info", "{'match': {'resources': {'kinds': ['Pod']}},"
            + " 'exclude': {'clusterRoles': ['cluster-admin']}}", create(POD), null),
        row("exclude by subject", "{'match': {'resources': {'kinds': ['Pod']}}, 'exclude': {'any': [{'subjects':"
            + " [{'kind': 'Group', 'name': 'system:*'}]}]}}", create(POD).info(ALICE),
            PREFIX + "resource excluded since one of the criteria excluded it"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void decidesLikeKyvernosMatchesResourceDescription(String description, String blocks, Req request, String expected) {
    KyvernoPolicy policy = policy("ClusterPolicy", null, blocks);
    MatchResult result = matcher.match(policy, policy.spec().rules().get(0), request.build());
    assertThat(result).isEqualTo(expected == null ? MatchResult.MATCHED : MatchResult.notMatched(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void selectsExactlyWhenMatchMatches(String description, String blocks, Req request, String expected) {
    KyvernoPolicy policy = policy("ClusterPolicy", null, blocks);
    assertThat(matcher.selects(policy, policy.spec().rules().get(0), request.build())).isEqualTo(expected == null);
  }

  @Test
  void namespacedPolicySeesOnlyItsNamespace() {
    KyvernoPolicy policy = policy("Policy", "prod", "{'match': {'resources': {'kinds': ['Pod']}}}");
    MatchResult result = matcher.match(policy, policy.spec().rules().get(0), create(POD).build());
    assertThat(result).isEqualTo(MatchResult.notMatched("policy and resource namespaces mismatch"));
    assertThat(matcher.selects(policy, policy.spec().rules().get(0), create(POD).build())).isFalse();
  }

  @Test
  void namespacedPolicyMatchesInItsNamespace() {
    KyvernoPolicy policy = policy("Policy", "default", "{'match': {'resources': {'kinds': ['Pod']}}}");
    assertThat(matcher.match(policy, policy.spec().rules().get(0), create(POD).build()).matched()).isTrue();
  }

  @Test
  void deleteIsMatchedOnTheOldObject() {
    KyvernoPolicy policy = policy("ClusterPolicy", null, "{'match': {'resources': {'kinds': ['Pod']}}}");
    ResourceRequest delete = new ResourceRequest(null, json(POD), Operation.DELETE, null, null, null, "");
    assertThat(matcher.match(policy, policy.spec().rules().get(0), delete).matched()).isTrue();
    assertThat(matcher.selects(policy, policy.spec().rules().get(0), delete)).isTrue();
  }

  @Test
  void deleteThatDoesNotMatchReportsTheMissingNewObjectAsKyvernoDoes() {
    KyvernoPolicy policy = policy("ClusterPolicy", null, "{'match': {'resources': {'names': ['db']}}}");
    ResourceRequest delete = new ResourceRequest(null, json(POD), Operation.DELETE, null, null, null, "");
    assertThat(matcher.match(policy, policy.spec().rules().get(0), delete))
        .isEqualTo(MatchResult.notMatched("resource is empty"));
  }

  @Test
  void updateIsMatchedOnTheNewObjectOnly() {
    KyvernoPolicy policy = policy("ClusterPolicy", null, "{'match': {'resources': {'names': ['web-1']}}}");
    JsonNode renamed = json("{'kind': 'Pod', 'metadata': {'name': 'web-2', 'namespace': 'default'}}");
    ResourceRequest update = new ResourceRequest(renamed, json(POD), Operation.UPDATE, null, null, null, "");
    assertThat(matcher.match(policy, policy.spec().rules().get(0), update))
        .isEqualTo(MatchResult.notMatched(PREFIX + "none of the names match"));
  }

  private static Arguments row(String description, String blocks, Req request, String expected) {
    return Arguments.of(description, blocks, request, expected);
  }

  private static KyvernoPolicy policy(String kind, String namespace, String blocks) {
    String metadata = namespace == null ? "{'name': 'p'}" : "{'name': 'p', 'namespace': '" + namespace + "'}";
    String rule = blocks.substring(0, blocks.length() - 1) + ", 'name': 'check', 'validate': {'deny': {}}}";
    JsonNode document = json("{'apiVersion': 'kyverno.io/v1', 'kind': '" + kind + "', 'metadata': " + metadata
        + ", 'spec': {'rules': [" + rule + "]}}");
    ProblemSink sink = ProblemSink.withoutPositions("test");
    KyvernoPolicy policy = PolicyParser.parse(document, sink);
    assertThat(sink.problems()).filteredOn(problem -> problem.isError()).isEmpty();
    return policy;
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static Req create(String resource) {
    return new Req(json(resource), null, "", RequestInfo.EMPTY, Map.of());
  }

  /** A request under construction: a CREATE of {@code resource} unless changed. */
  record Req(JsonNode resource, GroupVersionKind gvk, String sub, RequestInfo requestInfo, Map<String, String> nsLabels) {
    Req subresource(String value) {
      return new Req(resource, gvk, value, requestInfo, nsLabels);
    }

    Req kind(GroupVersionKind value) {
      return new Req(resource, value, sub, requestInfo, nsLabels);
    }

    Req info(RequestInfo value) {
      return new Req(resource, gvk, sub, value, nsLabels);
    }

    Req namespaceLabels(Map<String, String> value) {
      return new Req(resource, gvk, sub, requestInfo, value);
    }

    ResourceRequest build() {
      return new ResourceRequest(resource, null, Operation.CREATE, requestInfo, nsLabels, gvk, sub);
    }

    @Override
    public String toString() {
      return resource.path("kind").asString("") + (sub.isEmpty() ? "" : "/" + sub);
    }
  }
}
