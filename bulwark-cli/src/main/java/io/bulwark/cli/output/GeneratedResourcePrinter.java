package io.bulwark.cli.output;

import io.bulwark.engine.generate.Downstream;
import io.bulwark.engine.generate.GenerationOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Shows what generate rules made, as {@code kyverno apply} does: each created or updated resource
 * as YAML written by {@link ResourceYaml} (go-yaml's map order, as for mutated resources), under
 * {@code policy P applied to NS/KIND/NAME:} on standard output, or appended to the {@code -o} file
 * (or to {@code <policy>-generated.yaml} in the {@code -o} folder), each followed by Kyverno's
 * completion note.
 */
public final class GeneratedResourcePrinter {

  private final PrintWriter out;
  private final Path output;
  private final boolean stdin;

  /** {@code output} is null to print on {@code out}; {@code stdin} leaves out the policy line, as Kyverno does. */
  public GeneratedResourcePrinter(PrintWriter out, Path output, boolean stdin) {
    this.out = out;
    this.output = output;
    this.stdin = stdin;
  }

  /** Prints the resources one policy generated for one trigger ({@code NS/KIND/NAME}). */
  public void print(GenerationOutcome outcome, String triggerPath) throws IOException {
    for (Downstream resource : outcome.resources()) {
      if (resource.action() == Downstream.Action.DELETE) {
        continue;
      }
      String yaml = ResourceYaml.write(resource.object());
      String policy = outcome.response().policy().name();
      if (output == null) {
        if (!stdin) {
          out.print("\npolicy " + policy + " applied to " + triggerPath + ":");
        }
        out.print("\n" + yaml + "\n---\n");
      } else {
        Path file = Files.isDirectory(output) ? output.resolve(policy + "-generated.yaml") : output;
        Files.writeString(file, yaml + "\n---\n\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      }
      out.print("\n\nGenerate:\nGeneration completed successfully.");
    }
  }
}
