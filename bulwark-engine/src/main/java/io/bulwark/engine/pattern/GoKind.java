package io.bulwark.engine.pattern;

import tools.jackson.databind.JsonNode;

/**
 * The Go dynamic type Kyverno sees for a JSON value once Kubernetes has decoded it: integers that
 * fit in 64 bits are {@code int64}, every other number is {@code float64}, and a missing value is
 * {@code nil} just like an explicit null.
 */
public enum GoKind {
  NIL("<nil>"),
  BOOL("bool"),
  INT64("int64"),
  FLOAT64("float64"),
  STRING("string"),
  MAP("map[string]interface {}"),
  SLICE("[]interface {}"),
  /** Node types JSON cannot produce (binary, POJO); Kyverno never sees them. */
  OTHER("unknown");

  private final String goTypeName;

  GoKind(String goTypeName) {
    this.goTypeName = goTypeName;
  }

  /** What Go's {@code %T} prints for a value of this kind. */
  public String goTypeName() {
    return goTypeName;
  }

  /** Scalars are the values a pattern leaf can hold. */
  boolean isScalar() {
    return this == NIL || this == BOOL || this == INT64 || this == FLOAT64 || this == STRING;
  }

  public static GoKind of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NIL;
    }
    if (node.isObject()) {
      return MAP;
    }
    if (node.isArray()) {
      return SLICE;
    }
    if (node.isString()) {
      return STRING;
    }
    if (node.isBoolean()) {
      return BOOL;
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? INT64 : FLOAT64;
    }
    if (node.isNumber()) {
      return FLOAT64;
    }
    return OTHER;
  }
}
