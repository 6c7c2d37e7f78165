package io.bulwark.cli.testfile;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.cli.input.Inputs;
import io.bulwark.cli.run.Evaluator;
import io.bulwark.cli.run.GenerationEvaluator;
import io.bulwark.cli.values.UserInfoParser;
import io.bulwark.cli.values.Values;
import io.bulwark.cli.values.ValuesParser;
import io.bulwark.cli.values.ValuesContextProvider;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.ReportResults;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Runs one {@link TestFile} as {@code kyverno test} does: loads its policies, resources, values
 * and user info relative to the file, evaluates every policy against every resource (once more
 * per distinct row {@code operation}), then judges each (row, resource) pair. Used by the CLI and
 * by the conformance suite alike. Stateless and thread-safe.
 */
public final class TestRunner {

  public TestRunner() {}

  /** Progress lines go to {@code log} (may be a no-op writer); the outcome carries every verdict. */
  public TestOutcome run(TestFile test, Predicate<TestFile.Expectation> selector, PrintWriter log) {
    log.printf("Loading test %s ( %s ) ...%n", test.name(), test.displayPath());
    var problems = new ArrayList<Problem>();
    Path dir = test.directory();
    log.println("  Loading values/variables ...");
    Values values = Values.empty();
    if (test.variables() != null) {
      LoadResult<io.bulwark.api.yaml.YamlDocument> docs = Inputs.documents(List.of(resolve(dir, test.variables())), java.io.InputStream.nullInputStream());
      problems.addAll(docs.problems());
      if (!docs.items().isEmpty()) {
        var doc = docs.items().get(0);
        var sink = new ProblemSink(path -> doc.positions().locate(path));
        values = ValuesParser.parse(doc, sink);
        problems.addAll(sink.problems());
      }
    } else if (test.values() != null && test.values().isObject()) {
      var sink = ProblemSink.withoutPositions(test.displayPath());
      values = ValuesParser.parse(test.values(), sink);
      problems.addAll(sink.problems());
    }
    RequestInfo requestInfo = RequestInfo.EMPTY;
    if (test.userInfo() != null) {
      var docs = Inputs.documents(List.of(resolve(dir, test.userInfo())), java.io.InputStream.nullInputStream());
      problems.addAll(docs.problems());
      if (!docs.items().isEmpty()) {
        var doc = docs.items().get(0);
        var sink = new ProblemSink(path -> doc.positions().locate(path));
        requestInfo = UserInfoParser.parse(doc, sink);
        problems.addAll(sink.problems());
      }
    }
    log.println("  Loading policies ...");
    LoadResult<KyvernoPolicy> policies = Inputs.policies(resolveAll(dir, test.policies()), java.io.InputStream.nullInputStream());
    problems.addAll(policies.problems());
    log.println("  Loading resources ...");
    LoadResult<JsonNode> resources = Inputs.resources(resolveAll(dir, test.resources()), java.io.InputStream.nullInputStream());
    problems.addAll(resources.problems());
    var exceptions = new ArrayList<io.bulwark.api.policy.PolicyException>();
    if (!test.exceptions().isEmpty()) {
      log.println("  Loading exceptions ...");
      var loaded = Inputs.exceptions(resolveAll(dir, test.exceptions()), java.io.InputStream.nullInputStream());
      problems.addAll(loaded.problems());
      exceptions.addAll(loaded.items());
    }
    log.printf("  Applying %d %s to %d %s ...%n", policies.items().size(),
        policies.items().size() == 1 ? "policy" : "policies", resources.items().size(),
        resources.items().size() == 1 ? "resource" : "resources");

    List<JsonNode> cloneSources = cloneSources(test, dir, problems);
    Evaluator.Options options = new Evaluator.Options(requestInfo, values);
    var engine = new DefaultEngine(new MockedContextProvider(new ValuesContextProvider(values, Map.of()),
        test.apiCallResponses(), test.globalContextEntries(), cloneSources), exceptions);
    var evaluator = new Evaluator(engine);
    var generations = new Generations(new GenerationEvaluator(engine));
    Map<String, List<PolicyResponse>> runs = new HashMap<>();
    runs.put("", generations.addTo(evaluateAll(evaluator, policies.items(), resources.items(), options),
        policies.items(), resources.items(), options));
    log.println("  Checking results ...");
    var rows = new ArrayList<RowOutcome>();
    for (TestFile.Expectation expectation : test.results()) {
      if (!selector.test(expectation)) {
        continue;
      }
      String operation = expectation.operation();
      Evaluator.Options forOperation = options.withOperation(Operation.parse(operation).orElse(Operation.CREATE));
      List<PolicyResponse> responses = runs.computeIfAbsent(operation, op -> generations.addTo(evaluateAll(evaluator,
          policies.items(), resources.items(), forOperation), policies.items(), resources.items(), forOperation));
      rows.addAll(judge(expectation, responses, values, generations, dir));
    }
    return new TestOutcome(test, rows, problems);
  }

  private static List<PolicyResponse> evaluateAll(Evaluator evaluator, List<KyvernoPolicy> policies, List<JsonNode> resources,
      Evaluator.Options options) {
    var responses = new ArrayList<PolicyResponse>();
    for (JsonNode resource : resources) {
      responses.addAll(evaluator.evaluate(policies, resource, options));
    }
    return responses;
  }

  /**
   * The resources of the rows' {@code cloneSourceResource} files, loaded once per test file: what
   * generate rules find in the (fake) cluster.
   */
  private static List<JsonNode> cloneSources(TestFile test, Path dir, List<Problem> problems) {
    List<String> files = test.results().stream().map(TestFile.Expectation::cloneSourceResource)
        .filter(f -> !f.isEmpty()).distinct().map(f -> resolve(dir, f)).toList();
    if (files.isEmpty()) {
      return List.of();
    }
    LoadResult<JsonNode> loaded = Inputs.resources(files, java.io.InputStream.nullInputStream());
    problems.addAll(loaded.problems());
    return loaded.items();
  }

  private static List<RowOutcome> judge(TestFile.Expectation expectation, List<PolicyResponse> responses, Values values,
      Generations generations, Path dir) {
    var byPolicy = responses.stream()
        .filter(r -> r.policy().name().equals(expectation.policyName()))
        .toList();
    List<String> names = expectation.resources();
    if (names.isEmpty()) {
      var seen = new LinkedHashMap<String, Boolean>();
      byPolicy.forEach(r -> seen.put(displayName(r.resource()), true));
      names = List.copyOf(seen.keySet());
    }
    var rows = new ArrayList<RowOutcome>();
    for (String name : names) {
      var matching = byPolicy.stream().filter(r -> resourceMatches(r.resource(), name)).toList();
      if (matching.isEmpty()) {
        rows.add(new RowOutcome(expectation, name, false, null, "Not found", "Not found", RowOutcome.Kind.NOT_FOUND));
        continue;
      }
      int before = rows.size();
      for (PolicyResponse response : matching) {
        for (RuleResponse rule : response.rules()) {
          if (!ruleMatches(expectation, rule.name())) {
            continue;
          }
          if (generations.isGeneration(response, rule)) {
            rows.addAll(GeneratedRows.judge(expectation, response, rule, generations.resources(response, rule), dir,
                values));
            continue;
          }
          String namespace = response.resource().path("metadata").path("namespace").asString("");
          RuleStatus actual = ReportResults.of(response.policy(), rule, false, namespace,
              values.namespaceLabels(namespace));
          boolean ok = actual.label().equals(expectation.result());
          rows.add(new RowOutcome(expectation, name, ok, actual.label(),
              ok ? "Ok" : "Want " + expectation.result() + ", got " + actual.label(), rule.message(),
              RowOutcome.Kind.COMPARED));
        }
      }
      if (rows.size() == before) {
        rows.add(new RowOutcome(expectation, name, true, null, "Excluded", "Excluded", RowOutcome.Kind.EXCLUDED));
      }
    }
    return rows;
  }

  /** A row's rule matches its own name and the names autogen gives it; no rule means every rule. */
  private static boolean ruleMatches(TestFile.Expectation expectation, String ruleName) {
    String rule = expectation.rule();
    return rule.isEmpty() || expectation.celPolicy() || ruleName.equals(rule) || ruleName.equals("autogen-" + rule)
        || ruleName.equals("autogen-cronjob-" + rule);
  }

  /** A row names a resource by {@code name} or {@code namespace/name}. */
  private static boolean resourceMatches(JsonNode resource, String name) {
    String resourceName = resource.path("metadata").path("name").asString("");
    return name.equals(resourceName) || name.equals(displayName(resource));
  }

  private static String displayName(JsonNode resource) {
    String ns = resource.path("metadata").path("namespace").asString("");
    String name = resource.path("metadata").path("name").asString("");
    return ns.isEmpty() ? name : ns + "/" + name;
  }

  private static String resolve(Path dir, String path) {
    return dir.resolve(path).normalize().toString();
  }

  private static List<String> resolveAll(Path dir, List<String> paths) {
    return paths.stream().map(p -> resolve(dir, p)).toList();
  }
}
