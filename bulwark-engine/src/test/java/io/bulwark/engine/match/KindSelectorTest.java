package io.bulwark.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.request.GroupVersionKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KindSelectorTest {

  private static final GroupVersionKind POD = new GroupVersionKind("", "v1", "Pod");
  private static final GroupVersionKind DEPLOYMENT = new GroupVersionKind("apps", "v1", "Deployment");
  private static final GroupVersionKind INGRESS = new GroupVersionKind("networking.k8s.io", "v1", "Ingress");

  static Stream<Arguments> parses() {
    return Stream.of(
        Arguments.of("Pod", new KindSelector("*", "*", "Pod", "")),
        Arguments.of("v1/Pod", new KindSelector("*", "v1", "Pod", "")),
        Arguments.of("v1beta1/CronJob", new KindSelector("*", "v1beta1", "CronJob", "")),
        Arguments.of("v10/Pod", new KindSelector("*", "v10", "Pod", "")),
        Arguments.of("apps/v1/Deployment", new KindSelector("apps", "v1", "Deployment", "")),
        Arguments.of("networking.k8s.io/v1/Ingress", new KindSelector("networking.k8s.io", "v1", "Ingress", "")),
        Arguments.of("Pod/exec", new KindSelector("*", "*", "Pod", "exec")),
        Arguments.of("Pod.exec", new KindSelector("*", "*", "Pod", "exec")),
        Arguments.of("v1/Pod/exec", new KindSelector("*", "v1", "Pod", "exec")),
        Arguments.of("v1/Pod.status", new KindSelector("*", "v1", "Pod", "status")),
        Arguments.of("apps/v1/Deployment/scale", new KindSelector("apps", "v1", "Deployment", "scale")),
        Arguments.of("*/*", new KindSelector("*", "*", "*", "*")),
        Arguments.of("*/scale", new KindSelector("*", "*", "*", "scale")),
        Arguments.of("*/Pod", new KindSelector("*", "*", "Pod", "")),
        Arguments.of("*", new KindSelector("*", "*", "*", "")),
        // Kyverno reads a leading * as a version, so the middle part becomes the kind.
        Arguments.of("*/v1/*", new KindSelector("*", "*", "v1", "*")),
        Arguments.of("a/b/c/d/e", new KindSelector("", "", "", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parses")
  void splitsLikeKyvernosParseKindSelector(String text, KindSelector expected) {
    assertThat(KindSelector.parse(text)).isEqualTo(expected);
  }

  static Stream<Arguments> matches() {
    return Stream.of(
        Arguments.of("Pod", POD, "", true),
        Arguments.of("Pod", POD, "exec", false),
        Arguments.of("Pod", POD, "ephemeralcontainers", true),
        Arguments.of("v1/Pod", POD, "ephemeralcontainers", true),
        Arguments.of("Pod", new GroupVersionKind("", "v2", "Pod"), "ephemeralcontainers", false),
        Arguments.of("Pod/exec", POD, "exec", true),
        Arguments.of("Pod/exec", POD, "", false),
        Arguments.of("Pod/exec", POD, "log", false),
        Arguments.of("Pod.exec", POD, "exec", true),
        Arguments.of("v1/Pod", POD, "", true),
        Arguments.of("v2/Pod", POD, "", false),
        Arguments.of("v1/Pod/status", POD, "status", true),
        Arguments.of("v1/Pod.status", POD, "", false),
        Arguments.of("*/Pod.eviction", POD, "eviction", true),
        Arguments.of("v1alpha1/Pod.eviction", POD, "eviction", false),
        Arguments.of("apps/v1/Deployment", DEPLOYMENT, "", true),
        Arguments.of("apps/v1/Deployment", new GroupVersionKind("extensions", "v1beta1", "Deployment"), "", false),
        Arguments.of("apps/*/Deployment", new GroupVersionKind("apps", "v1beta2", "Deployment"), "", true),
        Arguments.of("Deployment/scale", DEPLOYMENT, "scale", true),
        Arguments.of("Deployment/scale", DEPLOYMENT, "", false),
        Arguments.of("apps/v1/Deployment/scale", DEPLOYMENT, "scale", true),
        Arguments.of("*/*", POD, "exec", true),
        Arguments.of("*/*", DEPLOYMENT, "", true),
        Arguments.of("*", DEPLOYMENT, "", true),
        Arguments.of("*", POD, "exec", false),
        Arguments.of("*/scale", DEPLOYMENT, "scale", true),
        Arguments.of("*/scale", DEPLOYMENT, "", false),
        Arguments.of("networking.k8s.io/v1/Ingress", INGRESS, "", true),
        Arguments.of("networking.k8s.io/v1/Ingress", new GroupVersionKind("extensions", "v1beta1", "Ingress"), "", false),
        Arguments.of("Ingress", INGRESS, "", true),
        Arguments.of("Po?", POD, "", true),
        Arguments.of("P*", POD, "", true),
        Arguments.of("Deployment", POD, "", false),
        Arguments.of("postgresdb", new GroupVersionKind("acid.zalan.do", "v1", "postgresdb"), "", true),
        Arguments.of("Postgresdb", new GroupVersionKind("acid.zalan.do", "v1", "postgresdb"), "", false),
        Arguments.of("tekton.dev/*/TaskRun", new GroupVersionKind("tekton.dev", "v1alpha1", "TaskRun"), "", true));
  }

  @ParameterizedTest(name = "{0} selects {1} sub={2}: {3}")
  @MethodSource("matches")
  void matchesGroupVersionKindAndSubresource(String selector, GroupVersionKind gvk, String sub, boolean expected) {
    assertThat(KindSelector.anyMatches(List.of(selector), gvk, sub, true)).isEqualTo(expected);
  }

  static Stream<Arguments> ephemeralContainers() {
    return Stream.of(
        Arguments.of("Pod", true, true),
        Arguments.of("Pod", false, false),
        Arguments.of("Pod/ephemeralcontainers", false, true));
  }

  @ParameterizedTest(name = "{0} with flag {1}: {2}")
  @MethodSource("ephemeralContainers")
  void selectsEphemeralContainersOfPodsOnlyWithTheFlag(String selector, boolean allow, boolean expected) {
    assertThat(KindSelector.anyMatches(List.of(selector), POD, "ephemeralcontainers", allow)).isEqualTo(expected);
  }

  static Stream<Arguments> kindNames() {
    return Stream.of(
        Arguments.of("Pod", "Pod"),
        Arguments.of("v1/Pod", "Pod"),
        Arguments.of("apps/v1/Deployment", "Deployment"),
        Arguments.of("Pod/exec", "Pod"),
        Arguments.of("Pod.status", "Pod"),
        Arguments.of("v1/Pod/exec", "Pod"),
        Arguments.of("v1/Pod.exec", "Pod"),
        Arguments.of("apps/v1/Deployment/scale", "Deployment"),
        Arguments.of("networking.k8s.io/v1/Ingress", "Ingress"),
        Arguments.of("*/*", "*"),
        Arguments.of("*", "*"),
        Arguments.of("a/b/c/d/e", ""));
  }

  @ParameterizedTest(name = "{0} names {1}")
  @MethodSource("kindNames")
  void namesTheBareKindAsAutogenReadsIt(String entry, String kind) {
    assertThat(KindSelector.kindName(entry)).isEqualTo(kind);
  }
}
