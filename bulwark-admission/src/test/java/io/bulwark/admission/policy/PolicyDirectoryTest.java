package io.bulwark.admission.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyDirectoryTest {

  @TempDir Path dir;

  private static String policy(String name, String message) {
    return """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: %s
        spec:
          validationFailureAction: Enforce
          rules:
            - name: check
              match:
                any:
                  - resources:
                      kinds: [Pod]
              validate:
                message: "%s"
                pattern:
                  metadata:
                    labels:
                      team: "?*"
        """.formatted(name, message);
  }

  /** Writes {@code text} and moves the modification time on, so a rewrite within a clock tick is seen. */
  private static void write(Path file, String text, int second) throws IOException {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second)));
  }

  @Test
  void aBrokenFileIsReportedAndItsLastGoodVersionKeepsServing() throws IOException {
    Path file = dir.resolve("team.yaml");
    write(file, policy("team", "v1"), 1);
    var policies = new PolicyDirectory(dir);
    assertThat(policies.scan().problems()).isEmpty();
    assertThat(policies.get().names()).containsExactly("team");

    write(file, policy("team", "v2").replace("validationFailureAction: Enforce", "validationFailureAction: Block"), 2);
    PolicyDirectory.ScanResult broken = policies.scan();
    assertThat(broken.changed()).isFalse();
    assertThat(broken.rejectedFiles()).containsExactly(file.toString());
    assertThat(broken.problems()).extracting(Problem::render)
        .containsExactly(file + ":6:3: spec.validationFailureAction: unsupported value \"Block\"; use Audit or Enforce");
    assertThat(message(policies)).isEqualTo("v1");

    assertThat(policies.scan().problems()).as("the same bad text is reported once").isEmpty();

    write(file, policy("team", "v3"), 3);
    assertThat(policies.scan().changed()).isTrue();
    assertThat(message(policies)).isEqualTo("v3");

    Files.delete(file);
    assertThat(policies.scan().changed()).isTrue();
    assertThat(policies.get().size()).isZero();
  }

  @Test
  void aNewFileWithErrorsServesNothingButTheOthersStillLoad() throws IOException {
    write(dir.resolve("good.yaml"), policy("good", "ok"), 1);
    write(dir.resolve("bad.yaml"), "apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: [\n", 1);
    var policies = new PolicyDirectory(dir);
    PolicyDirectory.ScanResult scan = policies.scan();
    assertThat(scan.hasErrors()).isTrue();
    assertThat(scan.rejectedFiles()).containsExactly(dir.resolve("bad.yaml").toString());
    assertThat(policies.get().names()).containsExactly("good");
  }

  @Test
  void hiddenEntriesAreSkippedAndSubdirectoriesRead() throws IOException {
    Files.createDirectories(dir.resolve("..2026_01_01/nested"));
    Files.createDirectories(dir.resolve("pods"));
    write(dir.resolve("..2026_01_01/nested/copy.yaml"), policy("copy", "x"), 1);
    write(dir.resolve(".hidden.yaml"), policy("hidden", "x"), 1);
    write(dir.resolve("pods/team.yml"), policy("team", "x"), 1);
    write(dir.resolve("notes.txt"), "not a policy", 1);
    var policies = new PolicyDirectory(dir);
    policies.scan();
    assertThat(policies.get().names()).containsExactly("team");
  }

  @Test
  void theFirstDefinitionOfAPolicyWins() throws IOException {
    write(dir.resolve("a.yaml"), policy("team", "first"), 1);
    write(dir.resolve("b.yaml"), policy("team", "second"), 1);
    var policies = new PolicyDirectory(dir);
    PolicyDirectory.ScanResult scan = policies.scan();
    assertThat(message(policies)).isEqualTo("first");
    assertThat(scan.problems()).extracting(Problem::render).singleElement().asString()
        .contains("ClusterPolicy team is already defined in " + dir.resolve("a.yaml"));
  }

  private static String message(PolicyDirectory policies) {
    return policies.get().all().get(0).spec().rules().get(0).validation().message();
  }
}
