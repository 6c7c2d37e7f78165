package io.bulwark.engine.pattern;

import io.bulwark.api.problem.FieldPath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why part of a resource did not match, while the walk is still under way. The kind replaces
 * Kyverno's classification of errors by their message text.
 *
 * @param kind what failed
 * @param path where Kyverno reports it; empty only for a positional array that is too short
 * @param message Kyverno's error text, which reaches users in skip and execution-error messages
 */
record Failure(Kind kind, Optional<FieldPath> path, String message) {

  enum Kind {
    /** A value, type or structure did not match. */
    MISMATCH,
    /** A conditional anchor did not hold: the enclosing map does not apply. */
    CONDITION,
    /** A global anchor did not hold: the rule does not apply. */
    GLOBAL,
    /** A negation anchor's key is present. */
    NEGATION,
    /** No element of an array or map applied, because every one was skipped. */
    ALL_SKIPPED
  }

  Failure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  static Failure mismatch(FieldPath at, String message) {
    return new Failure(Kind.MISMATCH, Optional.of(at), message);
  }

  static Failure mismatchWithoutPath(String message) {
    return new Failure(Kind.MISMATCH, Optional.empty(), message);
  }

  static Failure missingConditionKey(FieldPath at) {
    return new Failure(
        Kind.CONDITION,
        Optional.of(at),
        "conditional anchor mismatch: conditional anchor key doesn't exist in the resource");
  }

  static Failure negation(FieldPath at) {
    return new Failure(
        Kind.NEGATION,
        Optional.of(at),
        "negation anchor matched in resource: " + at.kyvernoResourcePath() + " is not allowed");
  }

  /** Kyverno joins the skipped errors as {@code multierr} does: {@code "; "} between them. */
  static Failure allSkipped(FieldPath at, List<Failure> skipped) {
    String message = skipped.stream().map(Failure::message).collect(Collectors.joining("; "));
    return new Failure(Kind.ALL_SKIPPED, Optional.of(at), message);
  }

  /** This failure seen through a conditional anchor: it now means "does not apply". */
  Failure asCondition() {
    return new Failure(Kind.CONDITION, path, "conditional anchor mismatch: " + message);
  }

  /** This failure seen through a global anchor: it now means "rule does not apply". */
  Failure asGlobal() {
    return new Failure(Kind.GLOBAL, path, "global anchor mismatch: " + message);
  }

  boolean isSkip() {
    return kind == Kind.CONDITION || kind == Kind.GLOBAL || kind == Kind.ALL_SKIPPED;
  }
}
