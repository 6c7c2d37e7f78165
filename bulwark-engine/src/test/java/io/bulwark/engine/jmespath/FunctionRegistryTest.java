package io.bulwark.engine.jmespath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

class FunctionRegistryTest {

  /** A stand-in for an extension function: upper(string) -> string. */
  private static final JmesFunction UPPER = new JmesFunction() {
    @Override
    public String name() {
      return "upper";
    }

    @Override
    public List<List<ArgType>> signature() {
      return List.of(List.of(ArgType.STRING));
    }

    @Override
    public JsonNode call(List<JsonNode> arguments) {
      return StringNode.valueOf(arguments.get(0).stringValue().toUpperCase());
    }
  };

  /** An override of the built-in sum that always answers "kyverno". */
  private static final JmesFunction SUM = new JmesFunction() {
    @Override
    public String name() {
      return "sum";
    }

    @Override
    public List<List<ArgType>> signature() {
      return List.of(List.of(ArgType.ARRAY));
    }

    @Override
    public JsonNode call(List<JsonNode> arguments) {
      return StringNode.valueOf("kyverno");
    }
  };

  /** An extension taking an expression reference: apply(&expr, array). */
  private static final JmesFunction APPLY = new JmesFunction() {
    @Override
    public String name() {
      return "apply";
    }

    @Override
    public List<List<ArgType>> signature() {
      return List.of(List.of(ArgType.EXPREF), List.of(ArgType.ARRAY));
    }

    @Override
    public JsonNode call(List<JsonNode> arguments) {
      ExpressionReference expression = JmesValues.expressionReference(arguments.get(0));
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      arguments.get(1).forEach(element -> out.add(expression.evaluate(element)));
      return out;
    }
  };

  @Test
  void standardRegistryHoldsTheSpecificationsFunctions() {
    assertThat(FunctionRegistry.standard().functions()).extracting(JmesFunction::name)
        .containsExactly("abs", "avg", "ceil", "contains", "ends_with", "floor", "join", "keys",
            "length", "map", "max", "max_by", "merge", "min", "min_by", "not_null", "reverse",
            "sort", "sort_by", "starts_with", "sum", "to_array", "to_number", "to_string", "type",
            "values");
  }

  @Test
  void extensionFunctionsAreCallable() {
    FunctionRegistry registry = FunctionRegistry.standard().with(UPPER);
    assertThat(JmesPath.compile("upper(name)", registry).search(Trees.json("{'name': 'web'}")))
        .isEqualTo(StringNode.valueOf("WEB"));
  }

  @Test
  void aLaterFunctionReplacesOneWithTheSameName() {
    FunctionRegistry registry = FunctionRegistry.standard().with(SUM);
    assertThat(JmesPath.compile("sum(`[1, 2]`)", registry).search(Trees.json("{}")))
        .isEqualTo(StringNode.valueOf("kyverno"));
    assertThat(JmesPath.compile("sum(`[1, 2]`)").search(Trees.json("{}")).toString())
        .isEqualTo("3");
  }

  @Test
  void extensionFunctionsMayTakeExpressionReferences() {
    FunctionRegistry registry = FunctionRegistry.standard().with(APPLY);
    assertThat(JmesPath.compile("apply(&name, items)", registry)
        .search(Trees.json("{'items': [{'name': 'a'}, {'other': 1}]}")).toString())
        .isEqualTo("[\"a\",null]");
  }

  @Test
  void argumentTypesAreCheckedAgainstTheSignature() {
    FunctionRegistry registry = FunctionRegistry.standard().with(UPPER, APPLY);
    assertThat(Trees.search("upper(`1`)", "{}", JmesPath.Options.kyverno().withFunctions(registry)))
        .isEqualTo("error INVALID_TYPE: JMESPath function 'upper': argument #1 is not of type "
            + "string");
    assertThat(Trees.search("apply(name, items)", "{'name': 'a', 'items': []}",
        JmesPath.Options.kyverno().withFunctions(registry)))
        .isEqualTo("error INVALID_TYPE: JMESPath function 'apply': argument #1 is not of type "
            + "expref");
    assertThat(Trees.search("to_string(&a)", "{}", JmesPath.Options.kyverno()))
        .isEqualTo("error INVALID_TYPE: JMESPath function 'to_string': argument #1 is not of "
            + "type any");
  }

  @Test
  void argumentCountsAreChecked() {
    assertThat(Trees.search("abs(`1`, `2`)", "{}", JmesPath.Options.kyverno()))
        .isEqualTo("error INVALID_ARITY: JMESPath function 'abs': expected 1 argument, got 2");
    assertThat(Trees.search("not_null()", "{}", JmesPath.Options.kyverno()))
        .isEqualTo("error INVALID_ARITY: JMESPath function 'not_null': expected at least 1 "
            + "argument, got 0");
  }

  @Test
  void unknownFunctionsFailWhenCalledNotWhenCompiled() {
    CompiledExpression expression = JmesPath.compile("a || nope(a)");
    assertThat(expression.search(Trees.json("{'a': 1}")).toString()).isEqualTo("1");
    assertThatThrownBy(() -> expression.search(Trees.json("{'a': ''}")))
        .isInstanceOfSatisfying(JmesPathException.class, e -> {
          assertThat(e.kind()).isEqualTo(JmesPathException.Kind.UNKNOWN_FUNCTION);
          assertThat(e).hasMessage("unknown function: nope");
        });
  }
}
