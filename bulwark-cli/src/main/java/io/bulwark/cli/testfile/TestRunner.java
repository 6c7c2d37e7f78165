package io.bulwark.cli.testfile;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.cli.input.Inputs;
import io.bulwark.cli.run.Evaluation;
import io.bulwark.cli.run.Evaluator;
import io.bulwark.cli.run.GenerationEvaluator;
import io.bulwark.cli.values.UserInfoParser;
import io.bulwark.cli.values.Values;
import io.bulwark.cli.values.ValuesParser;
import io.bulwark.cli.values.ValuesContextProvider;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.mutate.PatchedTarget;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.ReportResults;
import io.bulwark.engine.result.RuleResponse;
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

    List<JsonNode> targets = List.of();
    if (!test.targetResources().isEmpty()) {
      log.println("  Loading target resources ...");
      LoadResult<JsonNode> loaded = Inputs.resources(resolveAll(dir, test.targetResources()),
          java.io.InputStream.nullInputStream());
      problems.addAll(loaded.problems());
      targets = loaded.items();
    }
    List<JsonNode> cloneSources = cloneSources(test, dir, problems);
    Evaluator.Options options = new Evaluator.Options(requestInfo, values);
    var engine = new DefaultEngine(new MockedContextProvider(new ValuesContextProvider(values, Map.of(), targets),
        test.apiCallResponses(), test.globalContextEntries(), cloneSources), exceptions);
    var evaluator = new Evaluator(engine);
    var generations = new Generations(new GenerationEvaluator(engine));
    Map<String, List<Evaluation.Answer>> runs = new HashMap<>();
    runs.put("", evaluateAll(evaluator, generations, policies.items(), resources.items(), options));
    log.println("  Checking results ...");
    var expectedFiles = new ExpectedResources(dir);
    var rows = new ArrayList<RowOutcome>();
    for (TestFile.Expectation expectation : test.results()) {
      if (!selector.test(expectation)) {
        continue;
      }
      String operation = expectation.operation();
      Evaluator.Options forOperation = options.withOperation(Operation.parse(operation).orElse(Operation.CREATE));
      List<Evaluation.Answer> answers = runs.computeIfAbsent(operation, op -> evaluateAll(evaluator, generations,
          policies.items(), resources.items(), forOperation));
      rows.addAll(judge(expectation, answers, values, expectedFiles, generations, dir));
    }
    return new TestOutcome(test, rows, problems);
  }

  /** Every policy against every resource: mutate and validate answers, then the generate ones. */
  private static List<Evaluation.Answer> evaluateAll(Evaluator evaluator, Generations generations,
      List<KyvernoPolicy> policies, List<JsonNode> resources, Evaluator.Options options) {
    var answers = new ArrayList<Evaluation.Answer>();
    for (JsonNode resource : resources) {
      answers.addAll(evaluator.run(policies, resource, options).answers());
    }
    for (PolicyResponse response : generations.addTo(List.of(), policies, resources, options)) {
      answers.add(new Evaluation.Answer(response, response.resource(), List.of()));
    }
    return answers;
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

  private static List<RowOutcome> judge(TestFile.Expectation expectation, List<Evaluation.Answer> answers,
      Values values, ExpectedResources expectedFiles, Generations generations, Path dir) {
    var byPolicy = answers.stream()
        .filter(a -> a.response().policy().name().equals(expectation.policyName()))
        .toList();
    List<String> names = expectation.resources();
    if (names.isEmpty()) {
      var seen = new LinkedHashMap<String, Boolean>();
      byPolicy.forEach(a -> {
        seen.put(displayName(a.response().resource()), true);
        a.targets().forEach(t -> seen.put(displayName(t.resource()), true));
      });
      names = List.copyOf(seen.keySet());
    }
    var rows = new ArrayList<RowOutcome>();
    for (String name : names) {
      boolean found = false;
      int before = rows.size();
      for (Evaluation.Answer answer : byPolicy) {
        if (resourceMatches(answer.response().resource(), name)) {
          found = true;
          for (RuleResponse rule : answer.response().rules()) {
            if (ruleMatches(expectation, rule.name()) && generations.isGeneration(answer.response(), rule)) {
              rows.addAll(GeneratedRows.judge(expectation, answer.response(), rule,
                  generations.resources(answer.response(), rule), dir, values));
            } else if (ruleMatches(expectation, rule.name())) {
              rows.add(check(expectation, name, answer.response(), rule, answer.patched(), values, expectedFiles));
            }
          }
        }
        // A row may name an existing object a mutate-existing rule patched: it is checked as
        // that rule left it.
        for (PatchedTarget target : answer.targets()) {
          if (resourceMatches(target.resource(), name)) {
            found = true;
            if (ruleMatches(expectation, target.response().name())) {
              rows.add(check(expectation, name, answer.response(), target.response(), target.resource(), values,
                  expectedFiles));
            }
          }
        }
      }
      if (!found) {
        rows.add(new RowOutcome(expectation, name, false, null, "Not found", "Not found", RowOutcome.Kind.NOT_FOUND));
        continue;
      }
      if (rows.size() == before) {
        rows.add(new RowOutcome(expectation, name, true, null, "Excluded", "Excluded", RowOutcome.Kind.EXCLUDED));
      }
    }
    return rows;
  }

  /**
   * Kyverno's checks of one rule response against a row, in its order: the patched resource
   * against the row's {@code patchedResources} file (for any rule but a generate rule, whose
   * resources are checked against {@code generatedResource}), then the report result against
   * {@code result}. As Kyverno, a row expecting {@code fail} succeeds whenever a check fails.
   */
  private static RowOutcome check(TestFile.Expectation expectation, String name, PolicyResponse response,
      RuleResponse rule, JsonNode patched, Values values, ExpectedResources expectedFiles) {
    String namespace = response.resource().path("metadata").path("namespace").asString("");
    String actual = ReportResults.of(response.policy(), rule, false, namespace, values.namespaceLabels(namespace))
        .label();
    boolean expectsFail = "fail".equals(expectation.result());
    if (!expectation.patchedResource().isEmpty() && !"Generation".equals(rule.type())) {
      ExpectedResources.Mismatch mismatch = expectedFiles.check(expectation.patchedResource(), patched)
          .orElse(null);
      if (mismatch != null) {
        return new RowOutcome(expectation, name, expectsFail, actual, mismatch.reason(), mismatch.message(),
            RowOutcome.Kind.COMPARED, false);
      }
    }
    boolean ok = actual.equals(expectation.result());
    return new RowOutcome(expectation, name, ok || expectsFail, actual,
        ok ? "Ok" : "Want " + expectation.result() + ", got " + actual, rule.message(), RowOutcome.Kind.COMPARED, ok);
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
