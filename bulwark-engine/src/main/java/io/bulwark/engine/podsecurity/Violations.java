package io.bulwark.engine.podsecurity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The library's {@code Violations}: the names that make up a check's detail, and the field errors
 * that go with them, in the order they were added.
 */
final class Violations {

  private final List<String> data = new ArrayList<>();
  private final List<FieldError> errors = new ArrayList<>();

  void add(String datum, FieldError... errs) {
    add(datum, Arrays.asList(errs));
  }

  void add(String datum, List<FieldError> errs) {
    data.add(datum);
    errors.addAll(errs);
  }

  boolean isEmpty() {
    return data.isEmpty();
  }

  int size() {
    return data.size();
  }

  List<String> data() {
    return data;
  }

  List<FieldError> errors() {
    return errors;
  }
}
