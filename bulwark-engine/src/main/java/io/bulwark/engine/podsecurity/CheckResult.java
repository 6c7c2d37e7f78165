package io.bulwark.engine.podsecurity;

import java.util.List;

/** What one versioned check says about a pod: the library's {@code CheckResult}. */
record CheckResult(boolean allowed, String reason, String detail, List<FieldError> errors) {

  static final CheckResult ALLOWED = new CheckResult(true, "", "", List.of());

  static CheckResult forbidden(String reason, String detail, List<FieldError> errors) {
    return new CheckResult(false, reason, detail, List.copyOf(errors));
  }
}
