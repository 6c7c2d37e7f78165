package io.bulwark.cli.testfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.yaml.KubeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ExpectedResourcesTest {

  private static JsonNode resource(String yaml) {
    return KubeYaml.parse("actual.yaml", yaml).get(0).tree();
  }

  private static final JsonNode LABELLED = resource("""
      apiVersion: v1
      kind: Namespace
      metadata: {name: test, labels: {pod-security.kubernetes.io/enforce: baseline}}
      """);

  @Test
  void picksTheResourceOfTheSameIdentityFromAFileOfSeveral(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("patched.yaml"), """
        apiVersion: v1
        kind: Namespace
        metadata: {name: other}
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: test
          labels:
            pod-security.kubernetes.io/enforce: baseline
        """);
    assertThat(new ExpectedResources(tmp).check("patched.yaml", LABELLED)).isEmpty();
  }

  @Test
  void aDifferentResourceIsAResourceDiffWithTheDifferingLines(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("patched.yaml"), """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: test
          labels:
            pod-security.kubernetes.io/enforce: restricted
        """);
    ExpectedResources.Mismatch mismatch = new ExpectedResources(tmp).check("patched.yaml", LABELLED).orElseThrow();
    assertThat(mismatch.reason()).isEqualTo("Resource diff");
    assertThat(mismatch.message()).startsWith("Patched resource didn't match the patched resource in the test result\n")
        .endsWith("\n\n-     pod-security.kubernetes.io/enforce: restricted\n"
            + "+     pod-security.kubernetes.io/enforce: baseline");
  }

  @Test
  void noResourceOfThatIdentityIsAResourceError(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("patched.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: test-fail}\n");
    ExpectedResources.Mismatch mismatch = new ExpectedResources(tmp).check("patched.yaml", LABELLED).orElseThrow();
    assertThat(mismatch).isEqualTo(new ExpectedResources.Mismatch("Resource error",
        "error: failed to load resource (no v1 Namespace test in patched.yaml)"));
  }

  @Test
  void aMissingFileIsAResourceErrorNamingIt(@TempDir Path tmp) {
    ExpectedResources.Mismatch mismatch = new ExpectedResources(tmp).check("nowhere.yaml", LABELLED).orElseThrow();
    assertThat(mismatch.reason()).isEqualTo("Resource error");
    assertThat(mismatch.message()).startsWith("error: failed to load resource (").contains("nowhere.yaml");
  }
}
