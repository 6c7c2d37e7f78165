package io.bulwark.cli;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.YamlDocument;
import io.bulwark.cli.input.Inputs;
import io.bulwark.cli.run.Evaluator;
import io.bulwark.cli.values.UserInfoParser;
import io.bulwark.cli.values.Values;
import io.bulwark.cli.values.ValuesParser;
import io.bulwark.engine.request.RequestInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What the subcommands share: their output streams, problem reporting and the optional input files. */
abstract class CliCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints every problem, one per line, to standard error: file:line:col: path: message. */
  void reportProblems(List<Problem> problems) {
    for (Problem problem : problems) {
      err().println(problem.render());
    }
    err().flush();
  }

  /** Reads the values and user-info files (either may be null), adding their problems. */
  static Evaluator.Options loadOptions(String valuesFile, String userInfoFile, List<Problem> problems) {
    Values values = Values.empty();
    if (valuesFile != null) {
      values = single(valuesFile, problems)
          .map(doc -> parseWith(doc, problems, ValuesParser::parse))
          .orElse(Values.empty());
    }
    RequestInfo info = RequestInfo.EMPTY;
    if (userInfoFile != null) {
      info = single(userInfoFile, problems)
          .map(doc -> parseWith(doc, problems, UserInfoParser::parse))
          .orElse(RequestInfo.EMPTY);
    }
    return new Evaluator.Options(info, values);
  }

  private interface DocumentParser<T> {
    T parse(YamlDocument document, ProblemSink sink);
  }

  private static <T> T parseWith(YamlDocument document, List<Problem> problems, DocumentParser<T> parser) {
    var sink = new ProblemSink(path -> document.positions().locate(path));
    T value = parser.parse(document, sink);
    problems.addAll(sink.problems());
    return value;
  }

  private static java.util.Optional<YamlDocument> single(String path, List<Problem> problems) {
    LoadResult<YamlDocument> documents = Inputs.documents(List.of(path), System.in);
    problems.addAll(documents.problems());
    return documents.items().stream().findFirst();
  }
}
