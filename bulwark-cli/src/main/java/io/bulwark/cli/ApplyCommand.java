package io.bulwark.cli;

import io.bulwark.admission.AdmissionDecision;
import io.bulwark.admission.ValidationVerdict;
import io.bulwark.api.load.LoadResult;
import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.cli.input.Inputs;
import io.bulwark.cli.output.BoxTable;
import io.bulwark.cli.run.Evaluation;
import io.bulwark.cli.output.GeneratedResourcePrinter;
import io.bulwark.cli.run.Evaluator;
import io.bulwark.cli.run.GenerationEvaluator;
import io.bulwark.cli.run.ResultCounts;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.autogen.Autogen;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.mutate.PatchedTarget;
import io.bulwark.engine.generate.GenerationOutcome;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.ReportResults;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code bulwark apply POLICY... --resource FILE...}: evaluates policies against resource
 * manifests offline as {@code kyverno apply} does: mutate policies first (printing or writing, with
 * {@code -o}, each mutated resource), then validate policies on the mutated resource; prints
 * Kyverno's report of skipped and failed mutations, failures and totals, and exits as {@code
 * kyverno apply} does (1 on violations or errors, the warn exit code on warnings when asked). For
 * each resource an Enforce policy would block, it also prints the admission webhook's denial text.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = "Applies policies to resources offline and reports the results.",
    sortOptions = false)
final class ApplyCommand extends CliCommand {

  @Parameters(paramLabel = "POLICY", arity = "1..*",
      description = "Policy files or directories (recursive); - reads standard input.")
  List<String> policyPaths = new ArrayList<>();

  @Option(names = {"-r", "--resource", "--resources"}, paramLabel = "FILE", split = ",",
      description = "Resource files or directories to check; - reads standard input.")
  List<String> resourcePaths = new ArrayList<>();

  @Option(names = {"--target-resource", "--target-resources"}, paramLabel = "FILE", split = ",",
      description = "Files or directories of the existing resources that mutate-existing rules patch.")
  List<String> targetResourcePaths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write mutated and generated resources to PATH: a .yaml/.yml file, else a directory"
          + " (<resource>-mutated.yaml, <policy>-generated.yaml).")
  String output;

  @Option(names = {"-i", "--stdin"}, description = "Print mutated resources without headers, for piping to kubectl.")
  boolean stdin;

  @Option(names = {"-f", "--values-file"}, paramLabel = "FILE", description = "Values file (kind: Values).")
  String valuesFile;

  @Option(names = {"-u", "--userinfo"}, paramLabel = "FILE",
      description = "Admission info of the requester (kind: UserInfo): roles, clusterRoles, username, groups.")
  String userInfoFile;

  @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE", split = ",",
      description = "Variables as key=value pairs, e.g. request.operation=UPDATE,foo=bar.")
  List<String> variables = new ArrayList<>();

  @Option(names = {"-e", "--exception", "--exceptions"}, paramLabel = "FILE", split = ",",
      description = "PolicyException files to consider.")
  List<String> exceptionPaths = new ArrayList<>();

  @Option(names = "--exceptions-with-resources", description = "Take PolicyExceptions from the resource files too.")
  boolean exceptionsWithResources;

  @Option(names = {"-t", "--table"}, description = "Show results in a table.")
  boolean table;

  @Option(names = "--detailed-results",
      description = "Show each mutation's RFC 6902 patch; with --table, add the rule message to each row.")
  boolean detailedResults;

  @Option(names = "--audit-warn", description = "Report failures of Audit policies as warnings.")
  boolean auditWarn;

  @Option(names = "--warn-exit-code", paramLabel = "CODE", description = "Exit code when there are warnings (and no failures or errors).")
  int warnExitCode;

  @Option(names = "--warn-no-pass", description = "Exit with the warn exit code when no resource passed any policy.")
  boolean warnNoPass;

  @Option(names = {"-p", "--policy-report"}, description = "Print the results as a PolicyReport.")
  boolean policyReport;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
      description = "Namespace of the resources (with a cluster; offline, resources keep their own).")
  String namespace;

  @Option(names = "--remove-color", description = "Accepted for compatibility; output has no color.")
  boolean removeColor;

  @Override
  public Integer call() {
    PrintWriter out = out();
    if (resourcePaths.isEmpty()) {
      err().println("Error: resource file(s) or cluster required");
      return 1;
    }
    if (policyPaths.contains("-") && resourcePaths.contains("-")) {
      err().println("Error: a stdin pipe can be used for either policies or resources, not both");
      return 1;
    }
    if (valuesFile != null && !variables.isEmpty()) {
      err().println("Error: pass the values either using set flag or values_file flag");
      return 1;
    }
    var problems = new ArrayList<Problem>();
    LoadResult<KyvernoPolicy> policies = Inputs.policies(policyPaths, System.in);
    problems.addAll(policies.problems());
    LoadResult<JsonNode> resources = Inputs.resources(resourcePaths, System.in);
    problems.addAll(resources.problems());
    var exceptions = new ArrayList<io.bulwark.api.policy.PolicyException>();
    if (!exceptionPaths.isEmpty()) {
      var loaded = Inputs.exceptions(exceptionPaths, System.in);
      problems.addAll(loaded.problems());
      exceptions.addAll(loaded.items());
    }
    if (exceptionsWithResources) {
      var inResources = new ArrayList<JsonNode>();
      for (JsonNode resource : resources.items()) {
        if (io.bulwark.api.load.PolicyExceptionLoader.isException(resource)) {
          var sink = io.bulwark.api.load.ProblemSink.withoutPositions("resources");
          var exception = io.bulwark.api.load.PolicyExceptionLoader.parse(resource, sink);
          problems.addAll(sink.problems());
          if (exception != null) {
            exceptions.add(exception);
          }
        } else {
          inResources.add(resource);
        }
      }
      resources = new LoadResult<>(inResources, resources.problems());
    }
    LoadResult<JsonNode> targets = new LoadResult<>(List.of(), List.of());
    if (!targetResourcePaths.isEmpty()) {
      targets = Inputs.resources(targetResourcePaths, System.in);
      problems.addAll(targets.problems());
    }
    Evaluator.Options options = loadOptions(valuesFile, userInfoFile, problems);
    reportProblems(problems);
    MutatedResourceWriter mutated;
    try {
      mutated = output == null ? MutatedResourceWriter.toOutput(out, stdin) : MutatedResourceWriter.toPath(out, output);
    } catch (java.io.IOException | RuntimeException e) {
      err().println("Error: failed to create file/folder " + output + " (" + e.getMessage() + ")");
      return 1;
    }

    int ruleCount = policies.items().stream().mapToInt(p -> Autogen.rules(p).size()).sum();
    if (!policyReport && !stdin) {
      if (exceptions.isEmpty()) {
        out.printf("%nApplying %d policy rule(s) to %d resource(s)...%n", ruleCount, resources.items().size());
      } else {
        out.printf("%nApplying %d policy rule(s) to %d resource(s) with %d exception(s)...%n", ruleCount,
            resources.items().size(), exceptions.size());
      }
    }
    var set = new java.util.LinkedHashMap<String, String>();
    for (String pair : variables) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        err().println("Error: --set expects key=value, got \"" + pair + "\"");
        return 1;
      }
      set.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    if (set.containsKey("request.operation")) {
      options = options.withOperation(io.bulwark.engine.request.Operation.parse(set.get("request.operation"))
          .orElse(io.bulwark.engine.request.Operation.CREATE));
    }
    var engine = new DefaultEngine(
        new io.bulwark.cli.values.ValuesContextProvider(options.values(), set, targets.items()), exceptions);
    var evaluator = new Evaluator(engine);
    var generations = new GenerationEvaluator(engine);
    GeneratedResourcePrinter generated;
    try {
      generated = generatedResourcePrinter(out);
    } catch (java.io.IOException e) {
      err().println("Error: cannot write " + output + ": " + e.getMessage());
      return 1;
    }
    var counts = new ResultCounts();
    var allResponses = new ArrayList<PolicyResponse>();
    var denials = new ArrayList<String>();
    for (JsonNode resource : resources.items()) {
      Evaluation evaluation = evaluator.run(policies.items(), resource, options);
      String resPath = displayPath(resource);
      JsonNode before = resource;
      for (MutationOutcome mutation : evaluation.mutations()) {
        mutation.response().rules().forEach(rule -> countMutation(counts, rule));
        try {
          mutated.mutated(mutation.response().policy().name(), resPath, nameOf(resource), mutation.patched(),
              mutation.targets().stream().map(PatchedTarget::resource).toList());
        } catch (java.io.IOException e) {
          err().println("Error: failed to print mutated result (" + e.getMessage() + ")");
          return 1;
        }
        out.print("\n\nMutation:\nMutation has been applied successfully.");
        if (detailedResults && !stdin) {
          printPatch(out, mutation.response().policy().name(), resPath, before, mutation.patched());
        }
        before = mutation.patched();
      }
      for (PolicyResponse response : evaluation.validations()) {
        for (RuleResponse rule : response.rules()) {
          counts.add(countedStatus(response, rule, options));
        }
      }
      allResponses.addAll(evaluation.responses());
      blockedMessage(resource, evaluation.validations(), options).ifPresent(denials::add);
            for (GenerationOutcome outcome : generations.evaluate(policies.items(), resource, options)) {
        // kyverno apply counts a generate rule that did not pass as a failure, whatever its status.
        outcome.response().rules().forEach(rule ->
            counts.add(rule.status() == RuleStatus.PASS ? RuleStatus.PASS : RuleStatus.FAIL));
        if (policyReport || table) {
          allResponses.add(outcome.response());
        }
        try {
          generated.print(outcome, resPath);
        } catch (java.io.IOException e) {
          err().println("Error: cannot write " + output + ": " + e.getMessage());
          return 1;
        }
      }
    }
    if (policyReport) {
      PolicyReportPrinter.print(out, allResponses, auditWarn, options);
    } else if (table) {
      printTable(out, allResponses);
    } else {
      printFailures(out, allResponses, options);
      out.println();
      out.println(KyvernoMessages.applySummary(counts.asMap()));
      for (String denial : denials) {
        out.print("\nAdmission: the webhook would deny this request with:" + denial);
      }
    }
    out.flush();
    return exitCode(counts, problems);
  }

  /** {@code namespace/Kind/name}, as Kyverno's CLI names a resource in its output. */
  private static String displayPath(JsonNode resource) {
    return namespaceOf(resource) + "/" + resource.path("kind").asString("") + "/" + nameOf(resource);
  }

  /** The RFC 6902 operations one mutate policy made (what the webhook would answer), one per line. */
  private static void printPatch(PrintWriter out, String policy, String resPath, JsonNode before, JsonNode after) {
    var operations = io.bulwark.engine.mutate.patch.JsonPatch.diff(before, after);
    if (operations.isEmpty()) {
      out.print("\nPatches of policy " + policy + " -> resource " + resPath + ": none");
      return;
    }
    out.print("\nPatches of policy " + policy + " -> resource " + resPath + " (RFC 6902):");
    for (JsonNode operation : operations) {
      out.print("\n  " + operation);
    }
  }

  /** Kyverno counts a mutate rule by its own status; a mutation never counts as a warning. */
  private static void countMutation(ResultCounts counts, RuleResponse rule) {
    if (rule.status() != RuleStatus.WARN) {
      counts.add(rule.status());
    }
  }

  /** Where generated resources go: the {@code -o} file or folder, which the mutated writer has prepared. */
  private GeneratedResourcePrinter generatedResourcePrinter(PrintWriter out) throws java.io.IOException {
    return new GeneratedResourcePrinter(out, output == null ? null : java.nio.file.Path.of(output),
        stdin || resourcePaths.contains("-"));
  }

  private RuleStatus countedStatus(PolicyResponse response, RuleResponse rule, Evaluator.Options options) {
    return ReportResults.of(response.policy(), rule, auditWarn, namespaceOf(response.resource()),
        options.values().namespaceLabels(namespaceOf(response.resource())));
  }

  private void printFailures(PrintWriter out, List<PolicyResponse> responses, Evaluator.Options options) {
    for (PolicyResponse response : responses) {
      JsonNode resource = response.resource();
      String resPath = displayPath(resource);
      String policy = response.policy().name();
      for (RuleResponse rule : response.rules()) {
        if ("Mutation".equals(rule.type()) && rule.status() == RuleStatus.SKIP) {
          out.println("\nskipped mutate policy " + policy + " -> resource " + resPath);
        } else if ("Mutation".equals(rule.type()) && rule.status() == RuleStatus.ERROR) {
          // Go's Println puts a space between operands, hence the space before the line break.
          out.println("\nerror while applying mutate policy " + policy + " -> resource " + resPath + " \nerror:  "
              + rule.message());
        }
      }
      List<RuleResponse> failed = response.rules().stream().filter(r -> r.status() == RuleStatus.FAIL).toList();
      if (failed.isEmpty()) {
        continue;
      }
      boolean asWarning = auditWarn && response.policy().spec().validationFailureAction() == FailureAction.AUDIT;
      out.println("policy " + response.policy().name() + " -> resource " + resPath
          + (asWarning ? " failed as audit warning:" : " failed:"));
      for (int i = 0; i < failed.size(); i++) {
        out.println((i + 1) + " - " + failed.get(i).name() + " " + failed.get(i).message());
      }
      out.println();
    }
  }

  private void printTable(PrintWriter out, List<PolicyResponse> responses) {
    List<String> headers = new ArrayList<>(List.of("ID", "POLICY", "RULE", "RESOURCE", "RESULT"));
    if (detailedResults) {
      headers.add("MESSAGE");
    }
    var boxTable = new BoxTable(headers);
    int id = 1;
    for (PolicyResponse response : responses) {
      JsonNode resource = response.resource();
      String resPath = displayPath(resource);
      for (RuleResponse rule : response.rules()) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(id++), response.policy().name(), rule.name(),
            resPath, rule.status().label()));
        if (detailedResults) {
          row.add(rule.message().replace('\n', ' '));
        }
        boxTable.add(row);
      }
    }
    boxTable.print(out);
  }

  /**
   * The denial the admission webhook would send for this resource, worked out by the webhook's
   * own code: failing Enforce rules, and erroring rules of policies with failurePolicy Fail, of
   * the policies the webhook evaluates before answering.
   */
  private static java.util.Optional<String> blockedMessage(JsonNode resource, List<PolicyResponse> responses,
      Evaluator.Options options) {
    AdmissionDecision decision = ValidationVerdict.decide(responses,
        options.values().namespaceLabels(namespaceOf(resource)));
    return decision.allowed() ? java.util.Optional.empty() : java.util.Optional.of(decision.message());
  }

  private int exitCode(ResultCounts counts, List<Problem> problems) {
    if (counts.get(RuleStatus.FAIL) > 0) {
      err().println("Error: exit as there are policy violations");
      return 1;
    }
    if (counts.get(RuleStatus.ERROR) > 0) {
      err().println("Error: exit as there are policy errors");
      return 1;
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      err().println("Error: exit as some inputs could not be loaded");
      return 1;
    }
    if (counts.get(RuleStatus.WARN) > 0 && warnExitCode != 0) {
      out().printf("exit as warnExitCode is %d%n", warnExitCode);
      return warnExitCode;
    }
    if (counts.get(RuleStatus.PASS) == 0 && warnNoPass) {
      out().println("exit as no objects satisfied policy");
      return warnExitCode;
    }
    return 0;
  }

  static String namespaceOf(JsonNode resource) {
    return resource.path("metadata").path("namespace").asString("");
  }

  static String nameOf(JsonNode resource) {
    String name = resource.path("metadata").path("name").asString("");
    return name.isEmpty() ? resource.path("metadata").path("generateName").asString("") : name;
  }
}
