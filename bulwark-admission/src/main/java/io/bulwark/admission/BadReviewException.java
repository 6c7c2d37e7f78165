package io.bulwark.admission;

/**
 * A request body the webhook cannot answer: not JSON, not an AdmissionReview, too large, or
 * missing what the review needs. Carries the HTTP status to send and a one-line reason; never a
 * stack trace for the client.
 */
public final class BadReviewException extends RuntimeException {

  private final int status;

  public BadReviewException(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  /** A 400 Bad Request with {@code reason}. */
  public static BadReviewException badRequest(String reason) {
    return new BadReviewException(400, reason);
  }

  public int status() {
    return status;
  }

  /** The one-line reason. */
  public String reason() {
    return getMessage();
  }
}
