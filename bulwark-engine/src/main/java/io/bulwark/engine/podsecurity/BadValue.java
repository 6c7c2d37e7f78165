package io.bulwark.engine.podsecurity;

import java.util.List;

/**
 * The value a field error reports as forbidden ({@code field.Error.BadValue}). The library uses a
 * string, a bool, an int or a string list; an empty string means "no value" both when Kyverno
 * prints the error and when it matches exclusion values.
 */
public sealed interface BadValue {

  /** No value: what {@code field.Required} and {@code field.Forbidden} start with. */
  BadValue NONE = new Text("");

  /** Whether Kyverno treats the value as present (every value but the empty string). */
  boolean isPresent();

  /** Go's {@code %+v} rendering: {@code true}, {@code 8080}, {@code /var/run}, {@code [NET_RAW SYS_ADMIN]}. */
  String goFormat();

  /** The strings {@code exclude[].values} are matched against (Kyverno's {@code extractBadValues}). */
  List<String> values();

  /** A string value. */
  record Text(String text) implements BadValue {
    public boolean isPresent() {
      return !text.isEmpty();
    }

    public String goFormat() {
      return text;
    }

    public List<String> values() {
      return text.isEmpty() ? List.of() : List.of(text);
    }
  }

  /** A boolean value. */
  record Flag(boolean value) implements BadValue {
    public boolean isPresent() {
      return true;
    }

    public String goFormat() {
      return Boolean.toString(value);
    }

    public List<String> values() {
      return List.of(goFormat());
    }
  }

  /** An integer value (host ports, user IDs). */
  record Number(long value) implements BadValue {
    public boolean isPresent() {
      return true;
    }

    public String goFormat() {
      return Long.toString(value);
    }

    public List<String> values() {
      return List.of(goFormat());
    }
  }

  /** A list of names, already sorted by the check (capabilities). */
  record Names(List<String> names) implements BadValue {
    public Names {
      names = List.copyOf(names);
    }

    public boolean isPresent() {
      return true;
    }

    public String goFormat() {
      return "[" + String.join(" ", names) + "]";
    }

    public List<String> values() {
      return names;
    }
  }
}
