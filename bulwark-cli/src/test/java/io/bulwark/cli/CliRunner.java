package io.bulwark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
final class CliRunner {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  int exit;

  static CliRunner run(String... args) {
    var runner = new CliRunner();
    runner.exit = BulwarkMain.run(new PrintWriter(runner.out, true), new PrintWriter(runner.err, true), args);
    return runner;
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
