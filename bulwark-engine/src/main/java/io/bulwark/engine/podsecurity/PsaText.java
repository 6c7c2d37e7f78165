package io.bulwark.engine.podsecurity;

import io.bulwark.engine.value.GoText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The small text helpers the pod-security-admission library formats its details with, reproduced
 * byte for byte: {@code joinQuote}, {@code pluralize} and the sorting of {@code sets.String.List()}
 * (Go's byte order and {@code %q} are {@link GoText}'s).
 */
final class PsaText {

  private PsaText() {}

  /** {@code "a", "b"}; the empty string for no items. */
  static String joinQuote(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    return "\"" + String.join("\", \"", items) + "\"";
  }

  static String pluralize(String singular, String plural, int count) {
    return count == 1 ? singular : plural;
  }

  /** The distinct items in Go's sorted order, as {@code sets.NewString(items...).List()} gives. */
  static List<String> sortedSet(Collection<String> items) {
    var set = new TreeSet<>(GoText.BYTE_ORDER);
    set.addAll(items);
    return new ArrayList<>(set);
  }
}
