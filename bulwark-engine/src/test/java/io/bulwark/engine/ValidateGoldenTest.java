package io.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyExceptionLoader;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.request.UserInfo;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden cases for classic validate rules run through {@link DefaultEngine}, one {@link
 * DynamicTest} per folder of {@code golden/validate/}:
 *
 * <ul>
 *   <li>{@code policy.yaml}: one or more policies; {@code resource.yaml}: one or more resources;
 *   <li>{@code request.yaml} (optional): {@code operation}, {@code userInfo}, {@code roles},
 *       {@code clusterRoles}, {@code namespaceLabels}, {@code oldObject} of the simulated request;
 *   <li>{@code values.yaml} (optional): what the {@link GoldenContextProvider} serves (rule values,
 *       foreach values, config maps, API call answers, global context entries);
 *   <li>{@code exceptions.yaml} (optional): PolicyExceptions;
 *   <li>{@code expected.yaml}: for each policy and resource, every rule response's name, status and
 *       message, exactly.
 * </ul>
 *
 * Run with {@code -Dbulwark.golden.update=true} to rewrite every {@code expected.yaml} from the
 * current output, then review the diff: a deliberate change of behaviour shows up there.
 */
class ValidateGoldenTest {

  static final Path CASES = Path.of("src/test/resources/golden/validate");
  private static final boolean UPDATE = Boolean.getBoolean("bulwark.golden.update");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> everyCaseGivesExactlyItsRuleResponses() throws IOException {
    List<Path> folders;
    try (Stream<Path> listing = Files.list(CASES)) {
      folders = listing.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(folders).hasSizeGreaterThanOrEqualTo(30);
    return folders.stream().map(folder -> DynamicTest.dynamicTest(
        folder.getFileName().toString(), folder.toUri(), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    String actual = render(run(folder));
    Path expectedFile = folder.resolve("expected.yaml");
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).as("missing %s; run with -Dbulwark.golden.update=true", expectedFile).exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }

  /** Every policy of the case against every resource, with the case's request, values and exceptions. */
  static List<PolicyResponse> run(Path folder) {
    LoadResult<KyvernoPolicy> policies = PolicyLoader.load(documents(folder.resolve("policy.yaml")));
    assertThat(policies.problems()).as("policy problems").isEmpty();
    List<PolicyException> exceptions = List.of();
    if (Files.exists(folder.resolve("exceptions.yaml"))) {
      LoadResult<PolicyException> loaded = PolicyExceptionLoader.load(documents(folder.resolve("exceptions.yaml")), true);
      assertThat(loaded.problems()).as("exception problems").isEmpty();
      exceptions = loaded.items();
    }
    JsonNode values = Files.exists(folder.resolve("values.yaml"))
        ? documents(folder.resolve("values.yaml")).get(0).tree() : JSON.createObjectNode();
    JsonNode request = Files.exists(folder.resolve("request.yaml"))
        ? documents(folder.resolve("request.yaml")).get(0).tree() : JSON.createObjectNode();
    var engine = new DefaultEngine(new GoldenContextProvider(values), exceptions);
    var responses = new ArrayList<PolicyResponse>();
    for (YamlDocument resource : documents(folder.resolve("resource.yaml"))) {
      for (KyvernoPolicy policy : policies.items()) {
        responses.add(engine.validate(policy, request(resource.tree(), request)));
      }
    }
    return responses;
  }

  private static ResourceRequest request(JsonNode resource, JsonNode request) {
    Operation operation = Operation.parse(request.path("operation").asString("CREATE")).orElseThrow();
    JsonNode user = request.path("userInfo");
    Map<String, List<String>> extra = new LinkedHashMap<>();
    user.path("extra").properties().forEach(e -> extra.put(e.getKey(), strings(e.getValue())));
    RequestInfo info = request.has("userInfo") || request.has("roles") || request.has("clusterRoles")
        ? new RequestInfo(strings(request.path("roles")), strings(request.path("clusterRoles")),
            new UserInfo(user.path("username").asString(""), user.path("uid").asString(""),
                strings(user.path("groups")), extra))
        : RequestInfo.EMPTY;
    Map<String, String> labels = new LinkedHashMap<>();
    request.path("namespaceLabels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString("")));
    JsonNode old = switch (operation) {
      case DELETE -> resource;
      case UPDATE -> request.has("oldObject") ? request.get("oldObject") : resource;
      default -> null;
    };
    return new ResourceRequest(operation == Operation.DELETE ? null : resource, old, operation, info, labels, null, "");
  }

  private static List<String> strings(JsonNode array) {
    var out = new ArrayList<String>();
    array.forEach(item -> out.add(item.asString("")));
    return out;
  }

  static List<YamlDocument> documents(Path file) {
    try {
      return KubeYaml.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** YAML with JSON-quoted strings, one entry per (policy, resource); policies with no response say so. */
  static String render(List<PolicyResponse> responses) {
    var out = new StringBuilder();
    for (PolicyResponse response : responses) {
      JsonNode meta = response.resource().path("metadata");
      String resource = response.resource().path("kind").asString("") + "/"
          + meta.path("namespace").asString("") + "/" + meta.path("name").asString("");
      out.append("- policy: ").append(quote(response.policy().name())).append('\n');
      out.append("  resource: ").append(quote(resource)).append('\n');
      if (response.rules().isEmpty()) {
        out.append("  rules: []\n");
        continue;
      }
      out.append("  rules:\n");
      for (RuleResponse rule : response.rules()) {
        out.append("  - name: ").append(quote(rule.name())).append('\n');
        out.append("    status: ").append(rule.status().label()).append('\n');
        out.append("    message: ").append(quote(rule.message())).append('\n');
      }
    }
    return out.toString();
  }

  private static String quote(String text) {
    return JSON.writeValueAsString(text == null ? "" : text);
  }
}
