package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulwark.api.yaml.KubeYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class MutatedResourceWriterTest {

  private static final JsonNode POD = KubeYaml.parse("pod.yaml", """
      kind: Pod
      apiVersion: v1
      metadata: {name: nginx, namespace: default, labels: {app: web}}
      """).get(0).tree();

  private static final String POD_YAML = """
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          app: web
        name: nginx
        namespace: default
      """;

  private final StringWriter out = new StringWriter();

  @Test
  void printsEachMutatedResourceAfterAHeaderLine() throws IOException {
    var writer = MutatedResourceWriter.toOutput(new PrintWriter(out, true), false);
    writer.mutated("add-labels", "default/Pod/nginx", "nginx", POD, List.of());
    assertThat(out.toString()).isEqualTo("\npolicy add-labels applied to default/Pod/nginx:\n" + POD_YAML + "\n---\n");
    assertThat(writer.writesFiles()).isFalse();
  }

  @Test
  void patchedTargetsFollowTheTriggerUnderTheirOwnLine() throws IOException {
    JsonNode target = KubeYaml.parse("cm.yaml", "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}}").get(0).tree();
    MutatedResourceWriter.toOutput(new PrintWriter(out, true), false).mutated("p", "default/Pod/nginx", "nginx", POD,
        List.of(target));
    assertThat(out.toString()).isEqualTo("\npolicy p applied to default/Pod/nginx:\n" + POD_YAML + "\n---\n"
        + "patched targets: \n\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n\n---\n\n");
  }

  @Test
  void stdinModeLeavesOutTheHeader() throws IOException {
    MutatedResourceWriter.toOutput(new PrintWriter(out, true), true).mutated("p", "default/Pod/nginx", "nginx", POD,
        List.of());
    assertThat(out.toString()).isEqualTo("\n" + POD_YAML + "\n---\n");
  }

  @Test
  void aYamlPathIsOneFileEmptiedFirstAndAppendedTo(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("out/mutated.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "left over from an earlier run\n");
    var writer = MutatedResourceWriter.toPath(new PrintWriter(out, true), file.toString());
    writer.mutated("a", "default/Pod/nginx", "nginx", POD, List.of());
    writer.mutated("b", "default/Pod/nginx", "nginx", POD, List.of());
    assertThat(Files.readString(file)).isEqualTo(POD_YAML + "\n---\n\n" + POD_YAML + "\n---\n\n");
    assertThat(out.toString()).isEmpty();
    assertThat(writer.writesFiles()).isTrue();
  }

  @Test
  void anyOtherPathIsAFolderWithOneFilePerResource(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("mutated");
    var writer = MutatedResourceWriter.toPath(new PrintWriter(out, true), dir.toString());
    writer.mutated("a", "default/Pod/nginx", "nginx", POD, List.of());
    writer.mutated("b", "default/Pod/nginx", "nginx", POD, List.of());
    writer.mutated("a", "default/Pod/other", "other", POD, List.of());
    assertThat(Files.readString(dir.resolve("nginx-mutated.yaml"))).isEqualTo(POD_YAML + "\n---\n\n" + POD_YAML
        + "\n---\n\n");
    assertThat(Files.readString(dir.resolve("other-mutated.yaml"))).isEqualTo(POD_YAML + "\n---\n\n");

    // A second run replaces what the first wrote.
    MutatedResourceWriter.toPath(new PrintWriter(out, true), dir.toString()).mutated("a", "default/Pod/nginx", "nginx",
        POD, List.of());
    assertThat(Files.readString(dir.resolve("nginx-mutated.yaml"))).isEqualTo(POD_YAML + "\n---\n\n");
  }

  @Test
  void aPathThatCannotBeCreatedIsAnError(@TempDir Path tmp) throws IOException {
    Path blocker = tmp.resolve("file");
    Files.writeString(blocker, "x");
    assertThatThrownBy(() -> MutatedResourceWriter.toPath(new PrintWriter(out, true), blocker.resolve("sub").toString()))
        .isInstanceOf(IOException.class);
  }
}
