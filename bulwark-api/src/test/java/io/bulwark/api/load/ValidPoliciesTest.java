package io.bulwark.api.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.bulwark.api.policy.ApplyRules;
import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.FailurePolicy;
import io.bulwark.api.policy.Generation;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.MatchResources;
import io.bulwark.api.policy.Mutation;
import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.RuleAction;
import io.bulwark.api.policy.Validation;
import io.bulwark.api.policy.VerifyImages;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.ParseResult;
import io.bulwark.api.yaml.YamlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid policies load with Kyverno's defaults: a table over a few policies of Kyverno's policy
 * library, and a sweep over every ClusterPolicy/Policy in it, none of which may give an error.
 * Skipped when the corpus (../shared/conformance, or -Dbulwark.conformance.dir) is absent.
 */
class ValidPoliciesTest {

  /** Library files that hold a ClusterPolicy/Policy document Kyverno itself would reject, with why. */
  private static final Map<String, String> KNOWN_INVALID =
      Map.of(
          "flux-cel/verify-git-repositories/.chainsaw-test-rename-after-issue-10313-fix/policy-ready.yaml",
          "a chainsaw assertion fragment (metadata and status only, to assert the policy became"
              + " Ready), not a policy: without spec the CRD rejects it");

  record Expected(
      String name,
      FailureAction action,
      boolean background,
      FailurePolicy failurePolicy,
      List<String> ruleTypes,
      List<String> matchedKinds) {}

  static Stream<Arguments> libraryPolicies() {
    return Stream.of(
        arguments("pod-security/baseline/disallow-host-namespaces/disallow-host-namespaces.yaml",
            new Expected("disallow-host-namespaces", FailureAction.AUDIT, true, FailurePolicy.FAIL,
                List.of("validate"), List.of("Pod"))),
        arguments("best-practices/require-labels/require-labels.yaml",
            new Expected("require-labels", FailureAction.AUDIT, true, FailurePolicy.FAIL,
                List.of("validate"), List.of("Pod"))),
        arguments("nginx-ingress/restrict-annotations/restrict-annotations.yaml",
            new Expected("restrict-annotations", FailureAction.ENFORCE, true, FailurePolicy.FAIL,
                List.of("validate"), List.of("networking.k8s.io/v1/Ingress"))),
        arguments("other/topologyspreadconstraints-policy/topologyspreadconstraints-policy.yaml",
            new Expected("topologyspreadconstraints-policy", FailureAction.AUDIT, true,
                FailurePolicy.IGNORE, List.of("validate"), List.of("Deployment", "StatefulSet"))),
        arguments("psa/deny-privileged-profile/deny-privileged-profile.yaml",
            new Expected("deny-privileged-profile", FailureAction.AUDIT, false, FailurePolicy.FAIL,
                List.of("validate"), List.of("Namespace"))),
        arguments("psa/add-psa-labels/add-psa-labels.yaml",
            new Expected("add-psa-labels", FailureAction.AUDIT, true, FailurePolicy.FAIL,
                List.of("mutate"), List.of("Namespace"))),
        arguments(
            "argo/argo-cluster-generation-from-rancher-capi/argo-cluster-generation-from-rancher-capi.yaml",
            new Expected("argo-cluster-generation-from-rancher-capi", FailureAction.AUDIT, true,
                FailurePolicy.FAIL, List.of("generate"), List.of("provisioning.cattle.io/v1/Cluster"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libraryPolicies")
  void loadsWithKyvernoDefaults(String file, Expected expected) throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null, "Kyverno policy library not found; set -Dbulwark.conformance.dir");

    LoadResult<KyvernoPolicy> result = load(corpus.resolve(file));

    assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(result.items()).hasSize(1);
    KyvernoPolicy policy = result.items().get(0);
    assertThat(policy.kind()).isEqualTo(KyvernoPolicy.CLUSTER_POLICY);
    assertThat(policy.name()).isEqualTo(expected.name());
    assertThat(policy.spec().validationFailureAction()).isEqualTo(expected.action());
    assertThat(policy.spec().background()).isEqualTo(expected.background());
    assertThat(policy.spec().failurePolicy()).isEqualTo(expected.failurePolicy());
    assertThat(policy.spec().applyRules()).isEqualTo(ApplyRules.ALL);
    assertThat(policy.spec().admission()).isTrue();
    assertThat(policy.spec().rules()).hasSize(expected.ruleTypes().size());
    assertThat(policy.spec().rules()).extracting(rule -> typeOf(rule.action()))
        .containsExactlyElementsOf(expected.ruleTypes());
    assertThat(policy.spec().rules().stream().flatMap(rule -> matchedKinds(rule.match()).stream()))
        .containsExactlyElementsOf(expected.matchedKinds());
  }

  @Test
  void defaultsApplyWhenTheSpecSaysNothing() {
    String text =
        """
        apiVersion: kyverno.io/v1
        kind: Policy
        metadata:
          name: bare
        spec:
          rules:
            - name: check
              match:
                any: []
                all:
                  - resources:
                      kinds: [ConfigMap]
              validate:
                deny: {}
        """;
    LoadResult<KyvernoPolicy> result =
        PolicyLoader.load(KubeYaml.parseLenient("bare.yaml", text).documents());

    assertThat(result.problems()).isEmpty();
    KyvernoPolicy policy = result.items().get(0);
    assertThat(policy.namespace()).as("a Policy without a namespace lands in default").isEqualTo("default");
    assertThat(policy.spec().validationFailureAction()).isEqualTo(FailureAction.AUDIT);
    assertThat(policy.spec().background()).isTrue();
    assertThat(policy.spec().admission()).isTrue();
    assertThat(policy.spec().failurePolicy()).isEqualTo(FailurePolicy.FAIL);
    assertThat(policy.spec().applyRules()).isEqualTo(ApplyRules.ALL);
    assertThat(policy.spec().emitWarning()).isFalse();
    Rule rule = policy.spec().rules().get(0);
    assertThat(rule.skipBackgroundRequests()).isTrue();
    assertThat(rule.validation().allowExistingViolations()).isTrue();
    assertThat(rule.validation().failureAction()).isNull();
  }

  /**
   * Every ClusterPolicy/Policy document of Kyverno's policy library loads without an error; each
   * one that does not is listed with its problems. Kyverno accepts all of them, so an error here
   * is a loader bug unless the policy is in {@link #KNOWN_INVALID}.
   */
  @Test
  void everyLibraryPolicyLoadsWithoutErrors() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null, "Kyverno policy library not found; set -Dbulwark.conformance.dir");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    int policies = 0;
    var failures = new ArrayList<String>();
    for (Path file : files) {
      String label = corpus.relativize(file).toString();
      ParseResult parsed =
          KubeYaml.parseLenient(label, Files.readString(file, StandardCharsets.UTF_8));
      List<YamlDocument> documents =
          parsed.documents().stream().filter(ValidPoliciesTest::isKyvernoPolicy).toList();
      if (documents.isEmpty()) {
        continue;
      }
      policies += documents.size();
      LoadResult<KyvernoPolicy> result = PolicyLoader.load(documents);
      List<Problem> errors = new ArrayList<>(parsed.problems());
      errors.addAll(result.problems());
      errors.removeIf(p -> !p.isError());
      if (!errors.isEmpty() && !KNOWN_INVALID.containsKey(label)) {
        errors.forEach(p -> failures.add(p.render()));
      }
      if (errors.isEmpty() && KNOWN_INVALID.containsKey(label)) {
        failures.add(label + ": listed as invalid but loads; remove it from KNOWN_INVALID");
      }
    }
    assertThat(policies).as("ClusterPolicy/Policy documents found").isGreaterThan(300);
    assertThat(failures).isEmpty();
  }

  private static boolean isKyvernoPolicy(YamlDocument document) {
    String apiVersion = document.tree().path("apiVersion").asString("");
    String kind = document.tree().path("kind").asString("");
    return apiVersion.startsWith("kyverno.io/") && PolicyParser.KINDS.contains(kind);
  }

  private static LoadResult<KyvernoPolicy> load(Path file) throws IOException {
    ParseResult parsed =
        KubeYaml.parseLenient(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    assertThat(parsed.problems()).isEmpty();
    return PolicyLoader.load(parsed.documents());
  }

  private static String typeOf(RuleAction action) {
    return switch (action) {
      case Validation v -> "validate";
      case Mutation m -> "mutate";
      case Generation g -> "generate";
      case VerifyImages v -> "verifyImages";
    };
  }

  private static List<String> matchedKinds(MatchResources match) {
    return match.filters().stream().flatMap(f -> f.resources().kinds().stream()).toList();
  }

  /** The library folder, as the conformance module finds it; null when absent. */
  static Path corpus() {
    var candidates = new ArrayList<Path>();
    String configured =
        System.getProperty("bulwark.conformance.dir", System.getenv("BULWARK_CONFORMANCE_DIR"));
    if (configured != null && !configured.isBlank() && !configured.contains("${")) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("../../shared/conformance"));
    candidates.add(Path.of("../shared/conformance"));
    return candidates.stream()
        .map(p -> p.resolve("kyverno-policies"))
        .filter(Files::isDirectory)
        .findFirst()
        .map(Path::normalize)
        .orElse(null);
  }
}
