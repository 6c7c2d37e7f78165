package io.bulwark.cli;

import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.CompiledExpression;
import io.bulwark.engine.jmespath.JmesFunction;
import io.bulwark.engine.jmespath.JmesPathException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** {@code bulwark jp}: JMESPath with Kyverno's functions, as {@code kyverno jp} offers it. */
@Command(
    name = "jp",
    mixinStandardHelpOptions = true,
    description = "Evaluates, documents and parses JMESPath expressions with Kyverno's functions.",
    subcommands = {JpCommand.Query.class, JpCommand.Function.class, JpCommand.Parse.class})
final class JpCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code jp query}: evaluate expressions against a YAML or JSON input. */
  @Command(name = "query", mixinStandardHelpOptions = true,
      description = "Evaluates JMESPath expressions against a YAML or JSON document (file or standard input).")
  static final class Query extends CliCommand {

    @Parameters(paramLabel = "EXPRESSION", arity = "0..*", description = "Expressions to evaluate.")
    List<String> expressions = new ArrayList<>();

    @Option(names = {"-q", "--query"}, paramLabel = "FILE", description = "Read an expression from FILE.")
    List<String> queryFiles = new ArrayList<>();

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Input document (default: standard input).")
    String input;

    @Option(names = {"-c", "--compact"}, description = "Print JSON on one line.")
    boolean compact;

    @Option(names = {"-u", "--unquoted"}, description = "Print a string result without quotes.")
    boolean unquoted;

    @Override
    public Integer call() throws IOException {
      List<String> all = new ArrayList<>(expressions);
      for (String file : queryFiles) {
        all.add(Files.readString(Path.of(file)).strip());
      }
      if (all.isEmpty()) {
        err().println("Error: at least one query or query file is required");
        return 1;
      }
      String text = input == null ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(input));
      var parsed = KubeYaml.parseLenient(input == null ? "<stdin>" : input, text);
      if (!parsed.problems().isEmpty()) {
        reportProblems(parsed.problems());
        return 1;
      }
      JsonNode data = parsed.documents().isEmpty() ? NullNode.getInstance() : parsed.documents().get(0).tree();
      int exit = 0;
      for (String expression : all) {
        try {
          JsonNode result = JsonContext.compile(expression).search(data);
          out().println(render(result, compact, unquoted));
        } catch (JmesPathException e) {
          err().println("Error: " + e.getMessage());
          exit = 1;
        }
      }
      return exit;
    }
  }

  /** {@code jp function}: the available functions with their signatures. */
  @Command(name = "function", mixinStandardHelpOptions = true,
      description = "Lists the JMESPath functions, standard and Kyverno's, with their signatures.")
  static final class Function extends CliCommand {

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Only these functions.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
      Set<String> wanted = Set.copyOf(names);
      List<JmesFunction> functions = new ArrayList<>(JsonContext.functions().functions());
      functions.sort(Comparator.comparing(JmesFunction::name));
      for (JmesFunction function : functions) {
        if (!wanted.isEmpty() && !wanted.contains(function.name())) {
          continue;
        }
        out().println(signature(function));
        if (!function.description().isEmpty()) {
          out().println("# " + function.description());
        }
        out().println();
      }
      return 0;
    }

    static String signature(JmesFunction function) {
      List<String> arguments = new ArrayList<>();
      for (List<ArgType> types : function.signature()) {
        arguments.add(types.stream().map(ArgType::jmesName).collect(Collectors.joining("|")));
      }
      if (function.variadic() && !arguments.isEmpty()) {
        arguments.set(arguments.size() - 1, arguments.get(arguments.size() - 1) + "...");
      }
      return function.name() + "(" + String.join(", ", arguments) + ") " + function.returnType();
    }
  }

  /** {@code jp parse}: the syntax tree of expressions. */
  @Command(name = "parse", mixinStandardHelpOptions = true, description = "Prints the syntax tree of JMESPath expressions.")
  static final class Parse extends CliCommand {

    @Parameters(paramLabel = "EXPRESSION", arity = "0..*", description = "Expressions to parse.")
    List<String> expressions = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read an expression from FILE.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      List<String> all = new ArrayList<>(expressions);
      for (String file : files) {
        all.add(Files.readString(Path.of(file)).strip());
      }
      if (all.isEmpty()) {
        all.add(new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
      int exit = 0;
      for (String expression : all) {
        try {
          CompiledExpression compiled = JsonContext.compile(expression);
          out().println("# " + expression);
          out().println(compiled.ast());
        } catch (JmesPathException e) {
          err().println("Error: " + e.getMessage());
          exit = 1;
        }
      }
      return exit;
    }
  }

  static String render(JsonNode result, boolean compact, boolean unquoted) {
    if (unquoted && result.isString()) {
      return result.stringValue();
    }
    if (compact) {
      return io.bulwark.engine.jmespath.GoJson.marshal(result);
    }
    var out = new StringBuilder();
    indent(result, "", out);
    return out.toString();
  }

  /** Go's json.MarshalIndent with two spaces, as {@code kyverno jp query} prints. */
  private static void indent(JsonNode node, String prefix, StringBuilder out) {
    if (node.isObject() && !node.isEmpty()) {
      out.append("{\n");
      var names = new ArrayList<>(node.propertyNames());
      java.util.Collections.sort(names);
      for (int i = 0; i < names.size(); i++) {
        out.append(prefix).append("  ").append(io.bulwark.engine.jmespath.GoJson.marshal(
            tools.jackson.databind.node.StringNode.valueOf(names.get(i)))).append(": ");
        indent(node.get(names.get(i)), prefix + "  ", out);
        out.append(i < names.size() - 1 ? ",\n" : "\n");
      }
      out.append(prefix).append('}');
    } else if (node.isArray() && !node.isEmpty()) {
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        out.append(prefix).append("  ");
        indent(node.get(i), prefix + "  ", out);
        out.append(i < node.size() - 1 ? ",\n" : "\n");
      }
      out.append(prefix).append(']');
    } else {
      out.append(io.bulwark.engine.jmespath.GoJson.marshal(node));
    }
  }

}
