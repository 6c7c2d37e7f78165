package io.bulwark.engine.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.problem.FieldPath;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KyvernoMessagesTest {

  @Test
  void blockedMessageMatchesKyvernosLayout() {
    SortedMap<String, SortedMap<String, String>> failures = new TreeMap<>();
    failures.put("test", new TreeMap<>(java.util.Map.of("rule-fail", "message fail", "rule-error", "message error")));
    assertThat(KyvernoMessages.blockedMessage("foo", "bar", "baz", failures)).isEqualTo(
        "\n\nresource foo/bar/baz was blocked due to the following policies \n\n"
            + "test:\n  rule-error: message error\n  rule-fail: message fail\n");
  }

  @Test
  void clusterScopedResourceHasAnEmptyNamespace() {
    SortedMap<String, SortedMap<String, String>> failures = new TreeMap<>();
    failures.put("p", new TreeMap<>(java.util.Map.of("r", "m")));
    assertThat(KyvernoMessages.blockedMessage("Namespace", "", "prod", failures))
        .startsWith("\n\nresource Namespace//prod was blocked");
  }

  /** The seed article's denial, as go-yaml folds it at 80 columns inside single quotes. */
  @Test
  void longMessagesAreFoldedLikeGoYaml() {
    String message = "validation error: Sharing the host namespaces is disallowed. The fields spec.hostNetwork,"
        + " spec.hostIPC, and spec.hostPID must be unset or set to `false`. rule host-namespaces failed at path"
        + " /spec/hostNetwork/";
    SortedMap<String, SortedMap<String, String>> failures = new TreeMap<>();
    failures.put("disallow-host-namespaces", new TreeMap<>(java.util.Map.of("host-namespaces", message)));
    assertThat(KyvernoMessages.blockedMessage("Pod", "kubeflow-user", "pwn", failures)).isEqualTo(
        "\n\nresource Pod/kubeflow-user/pwn was blocked due to the following policies \n\n"
            + "disallow-host-namespaces:\n"
            + "  host-namespaces: 'validation error: Sharing the host namespaces is disallowed. The\n"
            + "    fields spec.hostNetwork, spec.hostIPC, and spec.hostPID must be unset or set to\n"
            + "    `false`. rule host-namespaces failed at path /spec/hostNetwork/'\n");
  }

  @Test
  void patternFailureAddsAPeriodOnlyWhenMissing() {
    FieldPath at = FieldPath.of("spec", "containers").index(0).child("image");
    assertThat(KyvernoMessages.patternFailed("An image tag is required", "r", at))
        .isEqualTo("validation error: An image tag is required. rule r failed at path /spec/containers/0/image/");
    assertThat(KyvernoMessages.patternFailed("An image tag is required.", "r", at))
        .isEqualTo("validation error: An image tag is required. rule r failed at path /spec/containers/0/image/");
    assertThat(KyvernoMessages.patternFailed(null, "r", at))
        .isEqualTo("validation error: rule r failed at path /spec/containers/0/image/");
  }

  @Test
  void anyPatternFailureJoinsEntries() {
    var errors = List.of("rule r[0] failed at path /a/", "rule r[1] failed at path /b/");
    assertThat(KyvernoMessages.anyPatternFailed("Use one of the forms", errors))
        .isEqualTo("validation error: Use one of the forms. rule r[0] failed at path /a/ rule r[1] failed at path /b/");
    assertThat(KyvernoMessages.anyPatternFailed("Done.", errors))
        .isEqualTo("validation error: Done. rule r[0] failed at path /a/ rule r[1] failed at path /b/");
    assertThat(KyvernoMessages.anyPatternFailed(null, errors))
        .isEqualTo("validation error: rule r[0] failed at path /a/ rule r[1] failed at path /b/");
  }

  @Test
  void mutatedNamesTheObjectAndItsNamespaceWhenItHasOne() {
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    assertThat(KyvernoMessages.mutated(json.readTree(
        "{\"kind\": \"Pod\", \"metadata\": {\"name\": \"web\", \"namespace\": \"default\"}}")))
        .isEqualTo("mutated Pod/web in namespace default");
    assertThat(KyvernoMessages.mutated(json.readTree("{\"kind\": \"Namespace\", \"metadata\": {\"name\": \"prod\"}}")))
        .isEqualTo("mutated Namespace/prod");
    assertThat(KyvernoMessages.mutated(null)).isEqualTo("mutated resource");
  }

  @Test
  void mutateExemptionJoinsKeysWithoutASpaceAsKyvernoDoes() {
    assertThat(KyvernoMessages.mutateExempted(List.of("ns/a", "b")))
        .isEqualTo("rule is skipped due to policy exceptionsns/a, b");
  }
}
