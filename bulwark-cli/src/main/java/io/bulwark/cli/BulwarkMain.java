package io.bulwark.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bulwark} command: a thin front end over the engine. Subcommands mirror the {@code
 * kyverno} CLI ({@code apply}, {@code test}, {@code version}) so pipelines can switch binaries;
 * {@code serve} runs the admission webhook.
 */
@Command(
    name = "bulwark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Kubernetes policy engine that runs Kyverno policies unchanged.",
    subcommands = {
      ApplyCommand.class,
      TestCommand.class,
      JpCommand.class,
      ServeCommand.class,
      VersionCommand.class,
      AutoComplete.GenerateCompletion.class,
    })
public final class BulwarkMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the CLI with the given streams; returns the exit code. Used by tests and the conformance suite. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BulwarkMain());
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // Bad input is reported where it is found; anything reaching here is a bug, shown in one line.
      commandLine.getErr().println("Error: " + ex.getMessage());
      return 1;
    });
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    return cli;
  }
}
