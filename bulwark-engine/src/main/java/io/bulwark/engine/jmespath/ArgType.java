package io.bulwark.engine.jmespath;

import tools.jackson.databind.JsonNode;

/** The JMESPath types a function argument may be declared with. */
public enum ArgType {
  ANY("any"),
  NUMBER("number"),
  STRING("string"),
  BOOLEAN("boolean"),
  ARRAY("array"),
  OBJECT("object"),
  NULL("null"),
  ARRAY_NUMBER("array[number]"),
  ARRAY_STRING("array[string]"),
  /** An expression reference ({@code &expr}), used by sort_by, max_by, min_by, map. */
  EXPREF("expref");

  private final String jmesName;

  ArgType(String jmesName) {
    this.jmesName = jmesName;
  }

  /** The type name as JMESPath error messages spell it. */
  public String jmesName() {
    return jmesName;
  }

  /** Whether a value of this JSON type is acceptable (EXPREF is checked by the interpreter). */
  public boolean accepts(JsonNode value) {
    return switch (this) {
      case ANY -> true;
      case NUMBER -> value.isNumber();
      case STRING -> value.isString();
      case BOOLEAN -> value.isBoolean();
      case ARRAY -> value.isArray();
      case OBJECT -> value.isObject();
      case NULL -> value.isNull();
      case ARRAY_NUMBER -> value.isArray() && allMatch(value, NUMBER);
      case ARRAY_STRING -> value.isArray() && allMatch(value, STRING);
      case EXPREF -> false;
    };
  }

  private static boolean allMatch(JsonNode array, ArgType type) {
    for (JsonNode item : array) {
      if (!type.accepts(item)) {
        return false;
      }
    }
    return true;
  }
}
