package io.bulwark.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.PolicyParser;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AutogenTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String VALIDATE = "'validate': {'pattern': {'spec': {'x': 'y'}}}";
  private static final String POD_RULE = "{'name': 'r', 'match': {'any': [{'resources': {'kinds': ['Pod']}}]}, "
      + VALIDATE + "}";
  private static final List<String> ALL_NAMES = List.of("r", "autogen-r", "autogen-cronjob-r");
  private static final List<String> NO_AUTOGEN = List.of("r");

  static Stream<Arguments> applicability() {
    return Stream.of(
        row("Pod rule", null, ALL_NAMES, POD_RULE),
        row("legacy match form", null, ALL_NAMES, "{'name': 'r', 'match': {'resources': {'kinds': ['Pod']}}, " + VALIDATE + "}"),
        row("v1/Pod still counts as Pod", null, NO_AUTOGEN,
            "{'name': 'r', 'match': {'any': [{'resources': {'kinds': ['v1/Pod']}}]}, " + VALIDATE + "}"),
        row("v1/Pod next to a Pod rule", null, List.of("r", "s", "autogen-r", "autogen-cronjob-r", "autogen-s",
            "autogen-cronjob-s"), POD_RULE,
            "{'name': 's', 'match': {'any': [{'resources': {'kinds': ['v1/Pod']}}]}, " + VALIDATE + "}"),
        row("match name", null, NO_AUTOGEN,
            "{'name': 'r', 'match': {'resources': {'kinds': ['Pod'], 'name': 'web'}}, " + VALIDATE + "}"),
        row("match names", null, NO_AUTOGEN,
            "{'name': 'r', 'match': {'any': [{'resources': {'kinds': ['Pod'], 'names': ['web']}}]}, " + VALIDATE + "}"),
        row("match selector", null, NO_AUTOGEN, "{'name': 'r', 'match': {'any': [{'resources': {'kinds': ['Pod'],"
            + " 'selector': {'matchLabels': {'a': 'b'}}}}]}, " + VALIDATE + "}"),
        row("empty selector", null, NO_AUTOGEN,
            "{'name': 'r', 'match': {'all': [{'resources': {'kinds': ['Pod'], 'selector': {}}}]}, " + VALIDATE + "}"),
        row("match annotations", null, NO_AUTOGEN, "{'name': 'r', 'match': {'any': [{'resources': {'kinds': ['Pod'],"
            + " 'annotations': {'a': 'b'}}}]}, " + VALIDATE + "}"),
        row("exclude names", null, NO_AUTOGEN, "{'name': 'r', 'match': {'any': [{'resources': {'kinds': ['Pod']}}]},"
            + " 'exclude': {'any': [{'resources': {'names': ['web']}}]}, " + VALIDATE + "}"),
        row("exclude selector", null, NO_AUTOGEN, "{'name': 'r', 'match': {'resources': {'kinds': ['Pod']}},"
            + " 'exclude': {'resources': {'selector': {'matchLabels': {'a': 'b'}}}}, " + VALIDATE + "}"),
        row("Pod mixed with a controller", null, NO_AUTOGEN,
            "{'name': 'r', 'match': {'any': [{'resources': {'kinds': ['Pod', 'Deployment']}}]}, " + VALIDATE + "}"),
        row("Pod mixed with another kind in exclude", null, NO_AUTOGEN, "{'name': 'r', 'match': {'any': [{'resources':"
            + " {'kinds': ['Pod']}}]}, 'exclude': {'any': [{'resources': {'kinds': ['Pod', 'Service']}}]}, " + VALIDATE + "}"),
        row("Pod and another kind in separate filters", null, ALL_NAMES, "{'name': 'r', 'match': {'any': [{'resources':"
            + " {'kinds': ['Pod']}}, {'resources': {'kinds': ['Service']}}]}, " + VALIDATE + "}"),
        row("exclude with Pod and a namespace", null, ALL_NAMES, "{'name': 'r', 'match': {'any': [{'resources':"
            + " {'kinds': ['Pod']}}]}, 'exclude': {'any': [{'resources': {'kinds': ['Pod'], 'namespaces': ['x']}}]}, "
            + VALIDATE + "}"),
        row("exclude kinds without Pod", null, NO_AUTOGEN, "{'name': 'r', 'match': {'any': [{'resources': {'kinds':"
            + " ['Pod']}}]}, 'exclude': {'any': [{'resources': {'kinds': ['Deployment']}}]}, " + VALIDATE + "}"),
        row("no Pod kind", null, List.of("ns"),
            "{'name': 'ns', 'match': {'any': [{'resources': {'kinds': ['Namespace']}}]}, " + VALIDATE + "}"),
        row("a controller only", null, List.of("d"),
            "{'name': 'd', 'match': {'any': [{'resources': {'kinds': ['Deployment']}}]}, " + VALIDATE + "}"),
        row("generate anywhere disables the policy", null, List.of("r", "g"), POD_RULE,
            "{'name': 'g', 'match': {'any': [{'resources': {'kinds': ['Namespace']}}]}, 'generate': {'apiVersion': 'v1', 'kind':"
                + " 'ConfigMap', 'name': 'c', 'namespace': 'n', 'data': {}}}"),
        row("patchesJson6902 disables the policy", null, List.of("r", "m"), POD_RULE,
            "{'name': 'm', 'match': {'any': [{'resources': {'kinds': ['Pod']}}]}, 'mutate': {'patchesJson6902':"
                + " '- op: add\\n  path: /metadata/labels/a\\n  value: b'}}"),
        row("foreach patchesJson6902 disables the policy", null, List.of("m"),
            "{'name': 'm', 'match': {'any': [{'resources': {'kinds': ['Pod']}}]}, 'mutate': {'foreach': [{'list':"
                + " 'request.object.spec.containers', 'patchesJson6902': '- op: remove\\n  path: /x'}]}}"),
        row("annotation none", "none", NO_AUTOGEN, POD_RULE),
        row("annotation empty", "", NO_AUTOGEN, POD_RULE),
        row("annotation all", "all", ALL_NAMES, POD_RULE),
        row("annotation Deployment", "Deployment", List.of("r", "autogen-r"), POD_RULE),
        row("annotation CronJob", "CronJob", List.of("r", "autogen-cronjob-r"), POD_RULE),
        row("annotation Deployment,CronJob", "Deployment,CronJob", ALL_NAMES, POD_RULE),
        row("rules come after all originals, paired per rule", null, List.of("a", "b", "autogen-a",
            "autogen-cronjob-a", "autogen-b", "autogen-cronjob-b"), POD_RULE.replace("'r'", "'a'"),
            POD_RULE.replace("'r'", "'b'")),
        row("written autogen rules are replaced", null, ALL_NAMES, POD_RULE,
            POD_RULE.replace("'r'", "'autogen-r'")),
        row("written autogen rules stay when nothing is generated", "none", List.of("r", "autogen-r"), POD_RULE,
            POD_RULE.replace("'r'", "'autogen-r'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applicability")
  void generatesRulesOnlyWhereKyvernoDoes(String description, String annotation, List<String> names, List<String> rules) {
    assertThat(Autogen.rules(policy(annotation, rules))).extracting(Rule::name).containsExactlyElementsOf(names);
  }

  static Stream<Arguments> controllerKinds() {
    List<String> workloads = List.of("apps/v1/DaemonSet", "apps/v1/Deployment", "batch/v1/Job", "apps/v1/ReplicaSet",
        "v1/ReplicationController", "apps/v1/StatefulSet");
    return Stream.of(
        Arguments.of(null, workloads),
        Arguments.of("all", workloads),
        Arguments.of("StatefulSet,Deployment", List.of("apps/v1/Deployment", "apps/v1/StatefulSet")),
        Arguments.of("Deployment,CronJob", List.of("apps/v1/Deployment")),
        Arguments.of("ReplicationController,Job", List.of("batch/v1/Job", "v1/ReplicationController")),
        // Entries are not trimmed: " StatefulSet" is not a controller.
        Arguments.of("Deployment, StatefulSet", List.of("apps/v1/Deployment")),
        // With no recognised controller Kyverno keeps the entries as kinds.
        Arguments.of("Foo", List.of("Foo")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controllerKinds")
  void pointsTheWorkloadRuleAtTheChosenControllers(String annotation, List<String> kinds) {
    Rule generated = Autogen.rules(policy(annotation, List.of(POD_RULE))).get(1);
    assertThat(generated.name()).isEqualTo("autogen-r");
    assertThat(generated.match().any().get(0).resources().kinds()).containsExactlyElementsOf(kinds);
  }

  static Stream<Arguments> rewrites() {
    String pod = "'match': {'any': [{'resources': {'kinds': ['Pod']}}]}";
    return Stream.of(
        rewrite("pattern", "{'name': 'r', " + pod + ", 'validate': {'message': 'm', 'failureAction': 'Enforce',"
            + " 'pattern': {'spec': {'a': 1}}}}", "/validate",
            "{'message': 'm', 'failureAction': 'Enforce', 'pattern': {'spec': {'template': {'spec': {'a': 1}}}}}",
            "{'message': 'm', 'failureAction': 'Enforce', 'pattern': {'spec': {'jobTemplate': {'spec': {'template':"
                + " {'spec': {'a': 1}}}}}}}"),
        rewrite("anyPattern", "{'name': 'r', " + pod + ", 'validate': {'anyPattern': [{'a': 1}, {'b': 2}]}}",
            "/validate/anyPattern", "[{'spec': {'template': {'a': 1}}}, {'spec': {'template': {'b': 2}}}]",
            "[{'spec': {'jobTemplate': {'spec': {'template': {'a': 1}}}}},"
                + " {'spec': {'jobTemplate': {'spec': {'template': {'b': 2}}}}}]"),
        rewrite("deny keeps conditions, rewrites request paths", "{'name': 'r', " + pod + ", 'validate': {'deny':"
            + " {'conditions': {'any': [{'key': '{{ request.object.spec.hostPID }}', 'operator': 'Equals',"
            + " 'value': true}]}}}}", "/validate/deny/conditions/any/0/key",
            "'{{ request.object.spec.template.spec.hostPID }}'",
            "'{{ request.object.spec.jobTemplate.spec.template.spec.hostPID }}'"),
        rewrite("metadata and oldObject paths", "{'name': 'r', " + pod + ", 'preconditions': {'all': [{'key':"
            + " '{{ request.oldObject.metadata.labels.app }}', 'operator': 'Equals', 'value': 'x'}]}, " + VALIDATE + "}",
            "/preconditions/all/0/key", "'{{ request.oldObject.spec.template.metadata.labels.app }}'",
            "'{{ request.oldObject.spec.jobTemplate.spec.template.metadata.labels.app }}'"),
        rewrite("podSecurity copied", "{'name': 'r', " + pod + ", 'validate': {'podSecurity': {'level': 'baseline',"
            + " 'version': 'latest', 'exclude': [{'controlName': 'Host Ports', 'images': ['nginx']}]}}}",
            "/validate", "{'podSecurity': {'level': 'baseline', 'version': 'latest', 'exclude': [{'controlName':"
                + " 'Host Ports', 'images': ['nginx']}]}}", null),
        rewrite("foreach validation copied", "{'name': 'r', " + pod + ", 'validate': {'message': 'm', 'foreach':"
            + " [{'list': 'request.object.spec.containers', 'pattern': {'image': '!*:latest'}}]}}", "/validate",
            "{'message': 'm', 'foreach': [{'list': 'request.object.spec.template.spec.containers', 'pattern':"
                + " {'image': '!*:latest'}}]}",
            "{'message': 'm', 'foreach': [{'list': 'request.object.spec.jobTemplate.spec.template.spec.containers',"
                + " 'pattern': {'image': '!*:latest'}}]}"),
        rewrite("cel expressions use bare object", "{'name': 'r', " + pod + ", 'validate': {'cel': {'expressions':"
            + " [{'expression': 'object.spec.hostPID != true'}]}}}", "/validate/cel/expressions/0/expression",
            "'object.spec.template.spec.hostPID != true'",
            "'object.spec.jobTemplate.spec.template.spec.hostPID != true'"),
        rewrite("assert object moves under the template", "{'name': 'r', " + pod + ", 'validate': {'assert':"
            + " {'object': {'spec': {'a': 1}}}}}", "/validate/assert",
            "{'object': {'spec': {'template': {'spec': {'a': 1}}}}}",
            "{'object': {'spec': {'jobTemplate': {'spec': {'template': {'spec': {'a': 1}}}}}}}"),
        rewrite("patchStrategicMerge keeps only the patch", "{'name': 'r', " + pod + ", 'mutate': {"
            + "'mutateExistingOnPolicyUpdate': false, 'patchStrategicMerge': {'metadata': {'labels': {'a': 'b'}}}}}",
            "/mutate", "{'patchStrategicMerge': {'spec': {'template': {'metadata': {'labels': {'a': 'b'}}}}}}",
            "{'patchStrategicMerge': {'spec': {'jobTemplate': {'spec': {'template': {'metadata': {'labels':"
                + " {'a': 'b'}}}}}}}}"),
        rewrite("foreach patchStrategicMerge", "{'name': 'r', " + pod + ", 'mutate': {'foreach': [{'list':"
            + " 'request.object.spec.containers', 'order': 'Ascending', 'patchStrategicMerge': {'spec': {'c': 1}}}]}}",
            "/mutate", "{'foreach': [{'list': 'request.object.spec.template.spec.containers', 'patchStrategicMerge':"
                + " {'spec': {'template': {'spec': {'c': 1}}}}}]}", null),
        rewrite("message references shift", "{'name': 'r', " + pod + ", 'validate': {'message': 'bad $(pattern/spec/a)',"
            + " 'pattern': {'spec': {'a': 1}}}}", "/validate/message", "'bad $(pattern/spec/template/spec/a)'",
            "'bad $(pattern/spec/jobTemplate/spec/template/spec/template/spec/a)'"),
        rewrite("other filters keep their kinds, CronJob takes all", "{'name': 'r', 'match': {'any': [{'resources':"
            + " {'kinds': ['Pod']}}, {'resources': {'kinds': ['Service']}}]}, " + VALIDATE + "}", "/match/any/1",
            "{'resources': {'kinds': ['Service']}}", "{'resources': {'kinds': ['batch/v1/CronJob']}}"),
        rewrite("legacy exclude without kinds keeps none", "{'name': 'r', 'match': {'resources': {'kinds': ['Pod']}},"
            + " 'exclude': {'resources': {'namespaces': ['kube-system']}}, " + VALIDATE + "}", "/exclude",
            "{'resources': {'namespaces': ['kube-system']}}", "{'resources': {'namespaces': ['kube-system']}}"),
        rewrite("exclude filters with Pod are retargeted", "{'name': 'r', 'match': {'all': [{'resources': {'kinds':"
            + " ['Pod']}}]}, 'exclude': {'any': [{'resources': {'kinds': ['Pod'], 'namespaces': ['x']}}]}, " + VALIDATE
            + "}", "/exclude/any/0/resources/kinds", "['apps/v1/Deployment']", "['batch/v1/CronJob']"),
        rewrite("skipBackgroundRequests and reportProperties kept", "{'name': 'r', " + pod + ", 'skipBackgroundRequests':"
            + " false, 'reportProperties': {'k': 'v'}, 'imageExtractors': {'Pod': []}, " + VALIDATE + "}", "",
            "{'name': 'autogen-r', 'match': {'any': [{'resources': {'kinds': ['apps/v1/Deployment']}}]},"
                + " 'skipBackgroundRequests': false, 'reportProperties': {'k': 'v'}, 'validate': {'pattern': {'spec':"
                + " {'template': {'spec': {'x': 'y'}}}}}}", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rewrites")
  void movesTheRuleUnderThePodTemplate(String description, String rule, String pointer, String workload, String cronJob) {
    List<Rule> rules = Autogen.rules(policy("Deployment,CronJob", List.of(rule)));
    assertThat(rules).extracting(Rule::name).containsExactly("r", "autogen-r", "autogen-cronjob-r");
    assertThat(rules.get(1).raw().at(pointer)).isEqualTo(json(workload));
    if (cronJob != null) {
      assertThat(rules.get(2).raw().at(pointer)).isEqualTo(json(cronJob));
    }
  }

  @Test
  void truncatesGeneratedNamesTo63Characters() {
    String name = "too-long-this-rule-name-will-be-truncated-to-63-characters";
    List<Rule> rules = Autogen.rules(policy(null, List.of(POD_RULE.replace("'r'", "'" + name + "'"))));
    assertThat(rules).extracting(Rule::name).containsExactly(name,
        "autogen-too-long-this-rule-name-will-be-truncated-to-63-charact",
        "autogen-cronjob-too-long-this-rule-name-will-be-truncated-to-63");
  }

  @Test
  void leavesThePolicyUntouched() {
    KyvernoPolicy policy = policy(null, List.of(POD_RULE));
    JsonNode before = policy.spec().rules().get(0).raw().deepCopy();
    Autogen.rules(policy);
    assertThat(policy.spec().rules().get(0).raw()).isEqualTo(before);
  }

  private static Arguments row(String description, String annotation, List<String> names, String... rules) {
    return Arguments.of(description, annotation, names, List.of(rules));
  }

  private static Arguments rewrite(String description, String rule, String pointer, String workload, String cronJob) {
    return Arguments.of(description, rule, pointer, workload, cronJob);
  }

  private static KyvernoPolicy policy(String annotation, List<String> rules) {
    String annotations = annotation == null ? "{}" : "{'" + Autogen.CONTROLLERS_ANNOTATION + "': '" + annotation + "'}";
    ProblemSink sink = ProblemSink.withoutPositions("test");
    KyvernoPolicy policy = PolicyParser.parse(json("{'apiVersion': 'kyverno.io/v1', 'kind': 'ClusterPolicy',"
        + " 'metadata': {'name': 'p', 'annotations': " + annotations + "}, 'spec': {'rules': ["
        + String.join(", ", rules) + "]}}"), sink);
    assertThat(sink.problems()).filteredOn(problem -> problem.isError()).isEmpty();
    return policy;
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text.replace('\'', '"'));
  }
}
