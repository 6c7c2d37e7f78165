package io.bulwark.admission.metrics;

import java.util.List;

/** Label names and values in Prometheus' text format. */
final class Labels {

  private Labels() {}

  /** {@code {a="x",b="y"}}, or nothing when there are no labels; {@code extra} is appended raw. */
  static void append(StringBuilder out, List<String> names, List<String> values, String extra) {
    if (names.isEmpty() && extra.isEmpty()) {
      return;
    }
    out.append('{');
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(names.get(i)).append("=\"");
      escape(out, values.get(i));
      out.append('"');
    }
    if (!extra.isEmpty()) {
      if (!names.isEmpty()) {
        out.append(',');
      }
      out.append(extra);
    }
    out.append('}');
  }

  private static void escape(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
  }

  /** A sample value: integers without a fraction, {@code +Inf}, otherwise Java's shortest form. */
  static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  static List<String> checked(List<String> names, String[] values) {
    if (values.length != names.size()) {
      throw new IllegalArgumentException("expected " + names.size() + " label values " + names + ", got "
          + values.length);
    }
    for (String value : values) {
      if (value == null) {
        throw new IllegalArgumentException("label values must not be null");
      }
    }
    return List.of(values);
  }
}
