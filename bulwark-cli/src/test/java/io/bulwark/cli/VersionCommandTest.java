package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionCommandTest {

  @Test
  void printsTheBuildVersion() {
    var run = CliRunner.run("version");
    assertThat(run.exit).isZero();
    assertThat(run.out()).startsWith("Version: 0.1.0-SNAPSHOT");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"apply", "test", "version"}) {
      var run = CliRunner.run(command, "--help");
      assertThat(run.exit).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: bulwark " + command);
    }
  }

  @Test
  void completionScriptIsGenerated() {
    var run = CliRunner.run("generate-completion");
    assertThat(run.exit).isZero();
    assertThat(run.out()).contains("complete -F");
  }
}
