package io.bulwark.admission.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One metric family of the registry. */
sealed interface Metric permits Counter, Histogram {

  String name();

  /** Appends the family in the text exposition format: HELP, TYPE, then one line per sample. */
  void write(StringBuilder out);

  /** Series ordered by their label values, so scrapes are stable and diffable. */
  static <V> List<Map.Entry<List<String>, V>> sorted(Map<List<String>, V> series) {
    var entries = new ArrayList<>(series.entrySet());
    entries.sort(Comparator.comparing(Map.Entry::getKey, Metric::compare));
    return entries;
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
