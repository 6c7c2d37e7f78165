package io.bulwark.admission;

import io.bulwark.api.policy.FailurePolicy;
import java.time.Duration;
import java.util.List;

/**
 * What the webhook answers when it could not evaluate: the failure policy decides, here and
 * nowhere else. Fail denies with a message that says what went wrong; Ignore allows, with a
 * warning so the client still learns that a policy was not applied.
 */
public final class Fallback {

  private Fallback() {}

  /** The handler itself failed (a bug): nothing was evaluated reliably. */
  public static AdmissionDecision internalError(FailurePolicy policy, RuntimeException error) {
    String what = "internal error while evaluating policies: " + oneLine(error);
    return switch (policy) {
      case FAIL -> AdmissionDecision.deny(what + " (failurePolicy Fail)");
      case IGNORE -> AdmissionDecision.allowWithWarnings(List.of(what + "; allowed by failurePolicy Ignore"));
    };
  }

  /**
   * Policies that had not answered by the request's deadline. Denies if any of them has
   * failurePolicy Fail; otherwise allows with one warning per policy.
   */
  public static AdmissionDecision deadlineExceeded(List<String> failClosed, List<String> failOpen, Duration deadline) {
    String limit = DurationText.format(deadline);
    if (!failClosed.isEmpty()) {
      return AdmissionDecision.deny("policy evaluation did not finish within " + limit + " for "
          + String.join(", ", failClosed) + " (failurePolicy Fail)");
    }
    return AdmissionDecision.allowWithWarnings(failOpen.stream()
        .map(name -> "policy " + name + " was not evaluated within " + limit + "; allowed by failurePolicy Ignore")
        .toList());
  }

  /** {@code ClassName: message} on one line, never a stack trace. */
  static String oneLine(Throwable error) {
    String message = error.getMessage();
    String text = message == null || message.isBlank()
        ? error.getClass().getSimpleName()
        : error.getClass().getSimpleName() + ": " + message;
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
