package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.value.GoDuration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An operand of Kyverno's arithmetic functions: a JSON number is a scalar; a string is a quantity
 * when Kubernetes can parse it (so {@code "10m"} is ten milli-units), else a duration when Go can
 * ({@code "1h"}). Anything else is not an operand.
 */
sealed interface Operand {

  /** A JSON number, as the float64 Go decodes it to. */
  record Scalar(double value) implements Operand {}

  record Amount(KubeQuantity quantity) implements Operand {}

  record Span(long nanos) implements Operand {

    /** {@code Duration.Seconds()}: whole seconds plus the nanosecond rest, in float64. */
    double seconds() {
      return (double) (nanos / 1_000_000_000L) + (double) (nanos % 1_000_000_000L) / 1e9;
    }
  }

  static Optional<Operand> of(JsonNode value) {
    if (value.isNumber()) {
      return Optional.of(new Scalar(value.doubleValue()));
    }
    if (value.isString()) {
      String text = value.stringValue();
      Optional<KubeQuantity> quantity = KubeQuantity.parse(text);
      if (quantity.isPresent()) {
        return Optional.of(new Amount(quantity.get()));
      }
      return GoDuration.parse(text).map(d -> new Span(d.nanos()));
    }
    return Optional.empty();
  }

  /** The two operands of a binary function, or Kyverno's {@code invalid operands} error. */
  static Operand[] pair(String function, List<JsonNode> arguments) {
    Optional<Operand> left = of(arguments.get(0));
    Optional<Operand> right = of(arguments.get(1));
    if (left.isEmpty() || right.isEmpty()) {
      throw KyvernoErrors.invalidOperands(function);
    }
    return new Operand[] {left.get(), right.get()};
  }

  /** {@code time.Duration(seconds * 1e9)}, with Go's amd64 conversion of out-of-range values. */
  static long nanosOf(double seconds) {
    return GoInts.toInt64(seconds * 1e9);
  }
}
