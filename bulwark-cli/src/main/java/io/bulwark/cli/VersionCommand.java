package io.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulwark version}: the version of this build and of the Java runtime. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Shows the version of Bulwark.")
final class VersionCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println("Version: " + version());
    spec.commandLine().getOut().println("Java: " + Runtime.version());
  }

  static String version() {
    try (InputStream in = VersionCommand.class.getResourceAsStream("/bulwark-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Supplies {@code bulwark --version}. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"bulwark " + version()};
    }
  }
}
