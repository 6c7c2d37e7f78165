package io.bulwark.engine.podsecurity;

import java.util.ArrayList;
import java.util.List;

/**
 * A failed check while exclusions are applied. The error list is mutable and shared on purpose:
 * Kyverno removes exempted errors in place (swapping in the last one), and later exclusions see the
 * shortened, reordered list.
 */
final class Failed {

  final String id;
  final String reason;
  final String detail;
  final List<FieldError> errors;

  Failed(String id, CheckResult result) {
    this.id = id;
    this.reason = result.reason();
    this.detail = result.detail();
    this.errors = new ArrayList<>(result.errors());
  }

  /** Go's {@code remove}: the last error takes the removed one's place. */
  void removeError(int index) {
    int last = errors.size() - 1;
    errors.set(index, errors.get(last));
    errors.remove(last);
  }
}
