package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.JmesFunction;
import io.bulwark.engine.jmespath.JmesPathException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates the function-call subset of JMESPath that Kyverno's function tests are written in,
 * {@code name(arg, ...)} with raw strings ({@code 'text'}), JSON literals ({@code `[1, 2]`}),
 * lists ({@code ['a', `1`]}) and nested calls, so that test tables read like Kyverno's. Not the interpreter: no paths, no
 * argument type checks.
 */
final class Calls {

  /** The clock every time function sees in tests: Thursday 2023-02-02 15:04:05 UTC. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2023-02-02T15:04:05Z"), ZoneOffset.UTC);

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private final Map<String, JmesFunction> functions = new HashMap<>();
  private String text;
  private int pos;

  private Calls(List<JmesFunction> functions) {
    functions.forEach(f -> this.functions.put(f.name(), f));
  }

  /** The value of {@code expression} with all Kyverno functions on the test clock. */
  static JsonNode eval(String expression) {
    return with(KyvernoFunctions.all(CLOCK)).evaluate(expression);
  }

  /** The message {@code expression} fails with. */
  static String error(String expression) {
    try {
      JsonNode value = eval(expression);
      throw new AssertionError(expression + " gave " + value + " instead of failing");
    } catch (JmesPathException expected) {
      return expected.getMessage();
    }
  }

  static Calls with(List<JmesFunction> functions) {
    return new Calls(functions);
  }

  /** A JSON value written with single or double quotes. */
  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  JsonNode evaluate(String expression) {
    text = expression;
    pos = 0;
    JsonNode value = expression();
    skipSpace();
    if (pos != text.length()) {
      throw new IllegalArgumentException("unexpected text at " + pos + " in " + text);
    }
    return value;
  }

  private JsonNode expression() {
    skipSpace();
    char c = text.charAt(pos);
    if (c == '\'') {
      return rawString();
    }
    if (c == '`') {
      return literal();
    }
    if (c == '[') {
      return list();
    }
    int start = pos;
    while (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_') {
      pos++;
    }
    String name = text.substring(start, pos);
    JmesFunction function = functions.get(name);
    if (function == null) {
      throw new IllegalArgumentException("unknown function " + name);
    }
    expect('(');
    List<JsonNode> arguments = new ArrayList<>();
    skipSpace();
    if (text.charAt(pos) != ')') {
      arguments.add(expression());
      skipSpace();
      while (text.charAt(pos) == ',') {
        pos++;
        arguments.add(expression());
        skipSpace();
      }
    }
    expect(')');
    return function.call(arguments);
  }

  /** A multi-select list, {@code [expr, ...]}. */
  private JsonNode list() {
    var array = JsonValues.FACTORY.arrayNode();
    pos++;
    skipSpace();
    if (text.charAt(pos) != ']') {
      array.add(expression());
      skipSpace();
      while (text.charAt(pos) == ',') {
        pos++;
        array.add(expression());
        skipSpace();
      }
    }
    expect(']');
    return array;
  }

  private JsonNode rawString() {
    var out = new StringBuilder();
    pos++;
    while (text.charAt(pos) != '\'') {
      if (text.startsWith("\\'", pos)) {
        out.append('\'');
        pos += 2;
      } else {
        out.append(text.charAt(pos++));
      }
    }
    pos++;
    return JsonValues.text(out.toString());
  }

  private JsonNode literal() {
    var out = new StringBuilder();
    pos++;
    while (text.charAt(pos) != '`') {
      if (text.startsWith("\\`", pos)) {
        out.append('`');
        pos += 2;
      } else {
        out.append(text.charAt(pos++));
      }
    }
    pos++;
    return json(out.toString());
  }

  private void expect(char c) {
    skipSpace();
    if (text.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos + " in " + text);
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
