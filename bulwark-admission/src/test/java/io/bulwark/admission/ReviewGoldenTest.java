package io.bulwark.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.admission.metrics.MetricsRegistry;
import io.bulwark.admission.policy.PolicyDirectory;
import io.bulwark.admission.policy.PolicySet;
import io.bulwark.admission.policy.SeedPolicies;
import io.bulwark.engine.DefaultEngine;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admission handlers as pure functions: each folder under {@code reviews/} holds a {@code
 * request.json} AdmissionReview and the {@code response.json} the webhook must answer, one
 * DynamicTest per folder. Optional in a folder: {@code policies/} (default: the bundled seed
 * policies) and {@code case.properties} with {@code path} (default {@code /validate}), {@code
 * deadlineMillis}, and {@code slow} / {@code crash}: policy names the stub engine delays past any
 * deadline or makes throw (validate and mutate alike). {@code -Dbulwark.golden.update=true} rewrites the response files.
 */
class ReviewGoldenTest {

  private static final Path CASES = Path.of("src/test/resources/reviews");
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final boolean UPDATE = Boolean.getBoolean("bulwark.golden.update");

  @TestFactory
  Stream<DynamicTest> reviews() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream()
          .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), folder.toUri(), () -> run(folder)));
    }
  }

  private static void run(Path folder) throws IOException {
    Properties settings = new Properties();
    Path properties = folder.resolve("case.properties");
    if (Files.exists(properties)) {
      try (Reader reader = Files.newBufferedReader(properties)) {
        settings.load(reader);
      }
    }
    PolicySet policies = policies(folder);
    Set<String> slow = names(settings.getProperty("slow", ""));
    Set<String> crash = names(settings.getProperty("crash", ""));
    var engine = new DefaultEngine();
    PolicyEvaluator.PolicyRunner stub = (policy, request, context) -> {
      misbehave(policy.name(), slow, crash);
      return engine.validate(policy, request, context);
    };
    MutatingHandler.PolicyMutator mutator = (policy, request, context) -> {
      misbehave(policy.name(), slow, crash);
      return engine.mutate(policy, request, context);
    };
    Duration deadline = Duration.ofMillis(Long.parseLong(settings.getProperty("deadlineMillis", "9000")));
    try (var evaluator = new PolicyEvaluator(stub)) {
      Map<String, AdmissionHandler> routes = AdmissionRoutes.build(() -> policies, evaluator, mutator, deadline,
          new AdmissionMetrics(new MetricsRegistry()), Runnable::run);
      AdmissionHandler handler = routes.get(settings.getProperty("path", "/validate"));
      JsonNode request = JSON.readTree(folder.resolve("request.json").toFile());
      JsonNode actual = handler.review(request);
      Path expectedFile = folder.resolve("response.json");
      if (UPDATE || !Files.exists(expectedFile)) {
        boolean missing = !Files.exists(expectedFile);
        Files.writeString(expectedFile, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        assertThat(missing).as(expectedFile + " was missing; the current answer was written there, review it").isFalse();
      }
      JsonNode expected = JSON.readTree(expectedFile.toFile());
      assertThat(JSON.writeValueAsString(actual)).isEqualTo(JSON.writeValueAsString(expected));
    }
  }

  /** Sleeps past any deadline for a {@code slow} policy, throws for a {@code crash} one. */
  private static void misbehave(String policy, Set<String> slow, Set<String> crash) {
    if (slow.contains(policy)) {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (crash.contains(policy)) {
      throw new IllegalStateException("boom in " + policy);
    }
  }

  private static PolicySet policies(Path folder) {
    Path directory = folder.resolve("policies");
    if (!Files.isDirectory(directory)) {
      return SeedPolicies.load();
    }
    var policies = new PolicyDirectory(directory);
    PolicyDirectory.ScanResult scan = policies.scan();
    assertThat(scan.problems()).as("problems of the case's policies").isEmpty();
    return policies.get();
  }

  private static Set<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
