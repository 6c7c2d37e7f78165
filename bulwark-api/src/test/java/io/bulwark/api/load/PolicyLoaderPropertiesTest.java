package io.bulwark.api.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded-random property tests for the loader: random YAML reaching {@link PolicyLoader} only ever
 * produces problems, never an exception. Documents are policy-shaped skeletons with random parts
 * replaced by random maps, lists and scalars of every YAML type, sometimes with the text corrupted
 * afterwards. A failure names the seed and shows the text, so it can be replayed.
 */
class PolicyLoaderPropertiesTest {

  private static final long BASE_SEED = 0xB01A4CL;
  private static final int RUNS = Integer.getInteger("bulwark.property.runs", 4000);

  private static final List<String> KEYS =
      List.of(
          "apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations", "spec",
          "rules", "match", "exclude", "any", "all", "resources", "kinds", "names", "namespaces",
          "operations", "selector", "namespaceSelector", "matchLabels", "matchExpressions", "key",
          "operator", "values", "subjects", "roles", "clusterRoles", "validate", "mutate",
          "generate", "verifyImages", "pattern", "anyPattern", "deny", "conditions", "foreach",
          "message", "failureAction", "failureActionOverrides", "action", "background",
          "admission", "validationFailureAction", "validationFailureActionOverrides",
          "failurePolicy", "applyRules", "emitWarning", "webhookConfiguration",
          "webhookTimeoutSeconds", "preconditions", "context", "celPreconditions",
          "reportProperties", "skipBackgroundRequests", "podSecurity", "cel", "manifests",
          "allowExistingViolations", "generateExisting", "useServerSideApply", "=(x)", "X(y)",
          "^(z)", "+(w)", "(a)", "<(b)", "(bad", "X(", "()", "(", ")", "", "status", "<<",
          "1", "true", "null");

  private static final List<String> WORDS =
      List.of(
          "kyverno.io/v1", "kyverno.io/v2beta1", "kyverno.io/v2", "v1", "ClusterPolicy", "Policy",
          "ClusterPolcy", "Pod", "apps/v1/Deployment", "apps//Deployment", "*", "?*", "Audit",
          "Enforce", "audit", "Block", "Fail", "Ignore", "Maybe", "All", "One", "CREATE", "PATCH",
          "In", "NotIn", "Exists", "Equals", "User", "Group", "ServiceAccount", "check", "web");

  private static final List<String> PLAIN_SCALARS =
      List.of(
          "0", "-1", "42", "1.5", "1e3", "0x1F", "012", "0b101", "1_000", ".inf", "-.inf", ".nan",
          "true", "false", "yes", "no", "on", "off", "Y", "n", "null", "~", "2024-01-01",
          "99999999999999999999999", "1.10", "1e400", "-0", "+12", "0o17", "0x", "!!str 12",
          "!!int abc", "!!float x", "!!bool maybe", "!!timestamp nope", "!!binary aGk=",
          "!custom x", "'single'", "&anchor 1", "*anchor", "*undefined", "!!map {}", "!!seq []");

  private static final String CORRUPTION = ":-[]{}\"'\t#&*!|>,?%@`\n ";

  @Test
  void randomDocumentsOnlyEverGiveProblems() {
    int loadedPolicies = 0;
    int syntaxErrors = 0;
    for (int run = 0; run < RUNS; run++) {
      long seed = BASE_SEED + run;
      String text = new Generator(new Random(seed)).stream();
      try {
        ParseResult parsed = KubeYaml.parseLenient("random.yaml", text);
        LoadResult<KyvernoPolicy> loaded = PolicyLoader.load(parsed.documents());
        for (Problem problem : loaded.problems()) {
          assertThat(problem.message()).as("seed %d:%n%s", seed, text).isNotBlank();
          assertThat(problem.render()).isNotBlank();
        }
        assertThat(loaded.items().size()).isLessThanOrEqualTo(parsed.documents().size());
        loadedPolicies += loaded.items().size();
        syntaxErrors += parsed.hasErrors() ? 1 : 0;
      } catch (AssertionError e) {
        throw e;
      } catch (Throwable t) {
        fail("seed " + seed + " threw " + t + " for:\n" + text, t);
      }
    }
    // The generator must reach both ends: policies that load, and text that does not parse.
    assertThat(loadedPolicies).isGreaterThan(RUNS / 100);
    assertThat(syntaxErrors).isGreaterThan(RUNS / 100);
  }

  /** Random policy-ish YAML text; every choice comes from one seeded {@link Random}. */
  private static final class Generator {

    private final Random random;

    Generator(Random random) {
      this.random = random;
    }

    String stream() {
      int documents = 1 + random.nextInt(3);
      var out = new StringBuilder();
      for (int i = 0; i < documents; i++) {
        if (i > 0) {
          out.append("---\n");
        }
        Object document = random.nextInt(10) == 0 ? value(3) : policy();
        emit(document, 0, out);
      }
      String text = out.toString();
      return random.nextInt(8) == 0 ? corrupt(text) : text;
    }

    private Object policy() {
      var policy = new LinkedHashMap<String, Object>();
      put(policy, "apiVersion", pick("kyverno.io/v1", "kyverno.io/v1", "kyverno.io/v2beta1", "v1"));
      put(policy, "kind", pick("ClusterPolicy", "ClusterPolicy", "Policy", "ClusterPolcy"));
      var metadata = new LinkedHashMap<String, Object>();
      put(metadata, "name", "p" + random.nextInt(100));
      put(metadata, "annotations", stringMap());
      put(metadata, "labels", stringMap());
      put(policy, "metadata", metadata);
      var spec = new LinkedHashMap<String, Object>();
      for (String field :
          List.of("validationFailureAction", "background", "failurePolicy", "applyRules",
              "webhookConfiguration", "admission", "validationFailureActionOverrides")) {
        if (random.nextInt(4) == 0) {
          put(spec, field, value(2));
        }
      }
      var rules = new ArrayList<Object>();
      for (int i = random.nextInt(4); i > 0; i--) {
        rules.add(random.nextInt(10) == 0 ? value(3) : rule());
      }
      put(spec, "rules", rules);
      put(policy, "spec", spec);
      return policy;
    }

    private Object rule() {
      var rule = new LinkedHashMap<String, Object>();
      put(rule, "name", pick("check", "check", "other", "x".repeat(70)));
      put(rule, "match", match());
      if (random.nextInt(3) == 0) {
        put(rule, "exclude", match());
      }
      if (random.nextInt(4) == 0) {
        put(rule, "preconditions", value(3));
      }
      int operations = random.nextInt(6) == 0 ? random.nextInt(3) : 1;
      for (int i = 0; i < operations; i++) {
        String type = pick("validate", "validate", "mutate", "generate", "verifyImages");
        put(rule, type, "validate".equals(type) ? validate() : value(3));
      }
      return rule;
    }

    private Object match() {
      var match = new LinkedHashMap<String, Object>();
      String form = pick("any", "all", "resources", "subjects", "mixed");
      if ("any".equals(form) || "all".equals(form) || "mixed".equals(form)) {
        var filters = new ArrayList<Object>();
        for (int i = random.nextInt(3); i >= 0; i--) {
          var filter = new LinkedHashMap<String, Object>();
          put(filter, "resources", description());
          if (random.nextInt(4) == 0) {
            put(filter, "subjects", value(3));
          }
          filters.add(random.nextInt(8) == 0 ? value(2) : filter);
        }
        put(match, "mixed".equals(form) ? pick("any", "all") : form, filters);
      }
      if (!"any".equals(form) && !"all".equals(form)) {
        put(match, "resources", description());
      }
      if (random.nextInt(5) == 0) {
        put(match, pick("any", "all", "roles", "clusterRoles"), value(2));
      }
      return random.nextInt(10) == 0 ? value(2) : match;
    }

    private Object description() {
      var resources = new LinkedHashMap<String, Object>();
      put(resources, "kinds", random.nextInt(6) == 0 ? value(1) : List.of(word(), word()));
      for (String field :
          List.of("name", "names", "namespaces", "operations", "annotations", "selector",
              "namespaceSelector")) {
        if (random.nextInt(4) == 0) {
          put(resources, field, field.endsWith("elector") ? selector() : value(2));
        }
      }
      return resources;
    }

    private Object selector() {
      var selector = new LinkedHashMap<String, Object>();
      put(selector, "matchLabels", random.nextBoolean() ? stringMap() : value(2));
      var expression = new LinkedHashMap<String, Object>();
      put(expression, "key", random.nextInt(5) == 0 ? value(1) : "app");
      put(expression, "operator", pick("In", "NotIn", "Exists", "Equals"));
      put(expression, "values", random.nextInt(3) == 0 ? value(2) : List.of("web"));
      put(selector, "matchExpressions", random.nextInt(4) == 0 ? value(2) : List.of(expression));
      return selector;
    }

    private Object validate() {
      var validate = new LinkedHashMap<String, Object>();
      put(validate, "message", value(1));
      int checks = random.nextInt(5) == 0 ? random.nextInt(3) : 1;
      for (int i = 0; i < checks; i++) {
        String check = pick("pattern", "pattern", "anyPattern", "deny", "foreach", "podSecurity");
        Object body =
            switch (check) {
              case "anyPattern" -> random.nextInt(5) == 0 ? List.of() : List.of(value(4), value(4));
              default -> value(4);
            };
        put(validate, check, body);
      }
      for (String field : List.of("failureAction", "failureActionOverrides", "allowExistingViolations")) {
        if (random.nextInt(5) == 0) {
          put(validate, field, value(2));
        }
      }
      return validate;
    }

    private Object stringMap() {
      var map = new LinkedHashMap<String, Object>();
      for (int i = random.nextInt(3); i > 0; i--) {
        map.put(key(), random.nextInt(3) == 0 ? value(1) : word());
      }
      return map;
    }

    /** Any YAML value, nested at most {@code depth} more levels. */
    private Object value(int depth) {
      int choice = random.nextInt(depth <= 0 ? 3 : 5);
      return switch (choice) {
        case 0, 1, 2 -> scalar();
        case 3 -> {
          var map = new LinkedHashMap<String, Object>();
          for (int i = random.nextInt(4); i > 0; i--) {
            map.put(key(), value(depth - 1));
          }
          yield map;
        }
        default -> {
          var list = new ArrayList<Object>();
          for (int i = random.nextInt(4); i > 0; i--) {
            list.add(value(depth - 1));
          }
          yield list;
        }
      };
    }

    private Object scalar() {
      return switch (random.nextInt(4)) {
        case 0 -> new Plain(PLAIN_SCALARS.get(random.nextInt(PLAIN_SCALARS.size())));
        case 1 -> word();
        case 2 -> key();
        default -> pick("", " ", "{{ request.object.metadata.name }}", "!*:latest", ">1", "a\"b", "é\u0007");
      };
    }

    private String key() {
      return KEYS.get(random.nextInt(KEYS.size()));
    }

    private String word() {
      return WORDS.get(random.nextInt(WORDS.size()));
    }

    private String pick(String... choices) {
      return choices[random.nextInt(choices.length)];
    }

    /** Sets {@code key}, or with a small chance replaces its value by a random one or leaves it out. */
    private void put(Map<String, Object> map, String key, Object value) {
      int roll = random.nextInt(20);
      if (roll == 0) {
        return;
      }
      map.put(key, roll == 1 ? value(2) : value);
    }

    private void emit(Object value, int indent, StringBuilder out) {
      if (value instanceof Map<?, ?> map && !map.isEmpty() && random.nextInt(12) != 0) {
        for (var entry : map.entrySet()) {
          out.append(" ".repeat(indent)).append(quote(entry.getKey().toString())).append(':');
          nested(entry.getValue(), indent, out);
        }
      } else if (value instanceof List<?> list && !list.isEmpty() && random.nextInt(12) != 0) {
        for (Object item : list) {
          out.append(" ".repeat(indent)).append('-');
          nested(item, indent, out);
        }
      } else {
        out.append(" ".repeat(indent)).append(flow(value)).append('\n');
      }
    }

    private void nested(Object value, int indent, StringBuilder out) {
      if ((value instanceof Map<?, ?> map && !map.isEmpty())
          || (value instanceof List<?> list && !list.isEmpty())) {
        out.append('\n');
        emit(value, indent + 2, out);
      } else {
        out.append(' ').append(flow(value)).append('\n');
      }
    }

    private String flow(Object value) {
      if (value instanceof Map<?, ?> map) {
        var parts = new ArrayList<String>();
        map.forEach((k, v) -> parts.add(quote(k.toString()) + ": " + flow(v)));
        return "{" + String.join(", ", parts) + "}";
      }
      if (value instanceof List<?> list) {
        return "[" + String.join(", ", list.stream().map(this::flow).toList()) + "]";
      }
      if (value instanceof Plain plain) {
        return plain.text();
      }
      return quote(value.toString());
    }

    /** A string as a plain scalar when that reads back as the same string, else double-quoted. */
    private String quote(String text) {
      if (text.matches("[A-Za-z][A-Za-z0-9./_()=^+<-]*") && !PLAIN_SCALARS.contains(text)
          && !text.matches("(?i)y|n|yes|no|on|off|true|false|null") && random.nextInt(4) != 0) {
        return text;
      }
      var out = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\x%02x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }

    private String corrupt(String text) {
      var out = new StringBuilder(text);
      for (int edits = 1 + random.nextInt(4); edits > 0 && !out.isEmpty(); edits--) {
        int at = random.nextInt(out.length());
        switch (random.nextInt(3)) {
          case 0 -> out.deleteCharAt(at);
          case 1 -> out.insert(at, CORRUPTION.charAt(random.nextInt(CORRUPTION.length())));
          default -> out.insert(at, "  ");
        }
      }
      return out.toString();
    }
  }

  /** A scalar written exactly as given, unquoted, so YAML resolves its type. */
  private record Plain(String text) {}
}
