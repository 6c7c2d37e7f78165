package io.bulwark.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kyverno's {@code FindAndShiftReferences}: in a validate message, every {@code $(...)} reference
 * that goes through the pattern gains the controller's path after the pivot ({@code pattern},
 * {@code deny}, {@code podSecurity}, or {@code anyPattern/<i>}). A pivot is replaced wherever it
 * occurs in the reference, and once an anyPattern index has been read, later references keep that
 * index, as in Kyverno.
 */
final class ReferenceShift {

  /** {@code $(...)} at the start, or after any character but a backslash; Go's {@code .} stops at newlines. */
  private static final Pattern REFERENCE = Pattern.compile("^\\$\\([^\\n][^ ]*\\)|[^\\\\]\\$\\([^\\n][^ ]*\\)");
  private static final String ANY_PATTERN = "anyPattern";

  private ReferenceShift() {}

  static String shift(String message, String shift, String pivot) {
    List<String> references = new ArrayList<>();
    Matcher matcher = REFERENCE.matcher(message);
    while (matcher.find()) {
      references.add(matcher.group());
    }
    String result = message;
    String currentPivot = pivot;
    for (String found : references) {
      boolean atStart = found.startsWith("$(");
      String reference = atStart ? found : found.substring(1);
      if (currentPivot.equals(ANY_PATTERN)) {
        int from = reference.indexOf(currentPivot) + currentPivot.length() + 1;
        String rest = from >= 0 && from <= reference.length() ? reference.substring(from) : "";
        currentPivot = currentPivot + "/" + rest.split("/", -1)[0];
      }
      String shifted = reference.replace(currentPivot, currentPivot + "/" + shift);
      String replacement = (atStart ? "" : found.substring(0, 1)) + shifted;
      int at = result.indexOf(found);
      if (at < 0) {
        continue;
      }
      result = result.substring(0, at) + replacement + result.substring(at + found.length());
    }
    return result;
  }
}
