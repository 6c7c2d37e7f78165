package io.bulwark.engine.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks Kubernetes makes when it turns a LabelSelector into a selector ({@code
 * labels.NewRequirement}): keys are qualified names, values are label values, In/NotIn need values
 * and Exists/DoesNotExist take none. Messages are Kubernetes' own, because Kyverno passes them on
 * as "failed to parse selector: ...".
 */
final class LabelSyntax {

  private static final String QUALIFIED_NAME_FORMAT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String QUALIFIED_NAME_MESSAGE = "must consist of alphanumeric characters, '-', '_' or"
      + " '.', and must start and end with an alphanumeric character";
  private static final String LABEL_VALUE_FORMAT = "(" + QUALIFIED_NAME_FORMAT + ")?";
  private static final String LABEL_VALUE_MESSAGE = "a valid label must be an empty string or consist of"
      + " alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  private static final String DNS_LABEL_FORMAT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS_SUBDOMAIN_FORMAT = DNS_LABEL_FORMAT + "(\\." + DNS_LABEL_FORMAT + ")*";
  private static final String DNS_SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower"
      + " case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

  private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FORMAT);
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FORMAT);
  private static final Pattern DNS_SUBDOMAIN = Pattern.compile(DNS_SUBDOMAIN_FORMAT);

  private LabelSyntax() {}

  /** The Kubernetes error for one requirement, or empty when it is well formed. */
  static Optional<String> requirementError(String key, String operator, List<String> values) {
    List<String> errors = new ArrayList<>();
    List<String> keyErrors = qualifiedNameErrors(key);
    if (!keyErrors.isEmpty()) {
      errors.add(invalid("key", goQuote(key), String.join("; ", keyErrors)));
    }
    switch (operator) {
      case "In", "NotIn" -> {
        if (values.isEmpty()) {
          errors.add(invalid("values", goSlice(values), "for 'in', 'notin' operators, values set can't be empty"));
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!values.isEmpty()) {
          errors.add(invalid("values", goSlice(values), "values set must be empty for exists and does not exist"));
        }
      }
      default -> {
        if (values.size() != 1) {
          errors.add(invalid("values", goSlice(values), "exact-match compatibility requires one single value"));
        }
      }
    }
    for (int i = 0; i < values.size(); i++) {
      List<String> valueErrors = labelValueErrors(values.get(i));
      if (!valueErrors.isEmpty()) {
        errors.add(invalid("values[" + i + "][" + key + "]", goQuote(values.get(i)), String.join("; ", valueErrors)));
      }
    }
    return aggregate(errors);
  }

  private static List<String> qualifiedNameErrors(String value) {
    List<String> errors = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    switch (parts.length) {
      case 1 -> name = parts[0];
      case 2 -> {
        String prefix = parts[0];
        name = parts[1];
        if (prefix.isEmpty()) {
          errors.add("prefix part must be non-empty");
        } else {
          dnsSubdomainErrors(prefix).forEach(error -> errors.add("prefix part " + error));
        }
      }
      default -> {
        errors.add("a qualified name " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT,
            "MyName", "my.name", "123-abc") + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
        return errors;
      }
    }
    if (name.isEmpty()) {
      errors.add("name part must be non-empty");
    } else if (name.length() > 63) {
      errors.add("name part must be no more than 63 characters");
    }
    if (!QUALIFIED_NAME.matcher(name).matches()) {
      errors.add("name part " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT, "MyName", "my.name", "123-abc"));
    }
    return errors;
  }

  private static List<String> labelValueErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > 63) {
      errors.add("must be no more than 63 characters");
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errors.add(regexError(LABEL_VALUE_MESSAGE, LABEL_VALUE_FORMAT, "MyValue", "my_value", "12345"));
    }
    return errors;
  }

  private static List<String> dnsSubdomainErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > 253) {
      errors.add("must be no more than 253 characters");
    }
    if (!DNS_SUBDOMAIN.matcher(value).matches()) {
      errors.add(regexError(DNS_SUBDOMAIN_MESSAGE, DNS_SUBDOMAIN_FORMAT, "example.com"));
    }
    return errors;
  }

  private static String regexError(String message, String format, String... examples) {
    StringBuilder text = new StringBuilder(message).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        text.append(" or ");
      }
      text.append('\'').append(examples[i]).append("', ");
    }
    return text.append("regex used for validation is '").append(format).append("')").toString();
  }

  private static String invalid(String field, String renderedValue, String detail) {
    return field + ": Invalid value: " + renderedValue + ": " + detail;
  }

  /** Kubernetes de-duplicates, prints one error bare and several as {@code [a, b]}. */
  private static Optional<String> aggregate(List<String> errors) {
    Set<String> distinct = new LinkedHashSet<>(errors);
    if (distinct.isEmpty()) {
      return Optional.empty();
    }
    if (distinct.size() == 1) {
      return Optional.of(distinct.iterator().next());
    }
    return Optional.of("[" + String.join(", ", distinct) + "]");
  }

  /** Go's {@code %#v} of a string slice. */
  private static String goSlice(List<String> values) {
    if (values.isEmpty()) {
      return "[]string(nil)";
    }
    List<String> quoted = values.stream().map(LabelSyntax::goQuote).toList();
    return "[]string{" + String.join(", ", quoted) + "}";
  }

  /** Go's {@code %q}, for the characters label text can plausibly contain. */
  static String goQuote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format("\\x%02x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
