package io.bulwark.engine.podsecurity;

import static java.util.Objects.requireNonNull;

/**
 * One restricted field a check found set to a forbidden value, or missing: the pod-security
 * library's {@code field.Error} with its type, path text and bad value.
 *
 * @param field the path as Kyverno prints it, e.g. {@code spec.containers[0].securityContext.privileged};
 *     for Pod controllers already re-rooted ({@code spec.template.spec...}) the way Kyverno does
 */
public record FieldError(Type type, String field, BadValue badValue) {

  /** The two error types the checks produce. */
  public enum Type {
    /** {@code field.ErrorTypeRequired}: the field must be set. */
    REQUIRED("Required value"),
    /** {@code field.ErrorTypeForbidden}: the field is set to a forbidden value. */
    FORBIDDEN("Forbidden");

    private final String text;

    Type(String text) {
      this.text = text;
    }
  }

  public FieldError {
    requireNonNull(type, "type");
    requireNonNull(field, "field");
    requireNonNull(badValue, "badValue");
  }

  static FieldError forbidden(GoPath path, BadValue badValue) {
    return new FieldError(Type.FORBIDDEN, path.text(), badValue);
  }

  static FieldError forbidden(GoPath path) {
    return forbidden(path, BadValue.NONE);
  }

  static FieldError required(GoPath path) {
    return new FieldError(Type.REQUIRED, path.text(), BadValue.NONE);
  }

  FieldError withField(String newField) {
    return new FieldError(type, newField, badValue);
  }

  /**
   * The error as Kyverno's {@code FormatChecksPrint} writes it: {@code FIELD is forbidden, forbidden
   * values found: VALUE} for a forbidden field with a value, otherwise Kubernetes' own {@code
   * field.Error.Error()} text, {@code FIELD: Forbidden} or {@code FIELD: Required value}.
   */
  public String render() {
    if (type == Type.FORBIDDEN && badValue.isPresent()) {
      return field + " is forbidden, forbidden values found: " + badValue.goFormat();
    }
    return field + ": " + type.text;
  }
}
