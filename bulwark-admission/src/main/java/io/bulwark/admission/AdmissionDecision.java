package io.bulwark.admission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The webhook's answer to one admission request: allowed or not, the denial text, an optional
 * RFC 6902 JSON patch (mutation) and warnings for the client ({@code kubectl} prints them).
 * Immutable.
 */
public record AdmissionDecision(boolean allowed, String message, Optional<JsonNode> patch, List<String> warnings) {

  public AdmissionDecision {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(patch, "patch");
    warnings = List.copyOf(warnings);
  }

  public static AdmissionDecision allow() {
    return new AdmissionDecision(true, "", Optional.empty(), List.of());
  }

  public static AdmissionDecision allowWithWarnings(List<String> warnings) {
    return new AdmissionDecision(true, "", Optional.empty(), warnings);
  }

  public static AdmissionDecision allowWithPatch(JsonNode jsonPatch, List<String> warnings) {
    return new AdmissionDecision(true, "", Optional.of(jsonPatch), warnings);
  }

  public static AdmissionDecision deny(String message) {
    return new AdmissionDecision(false, message, Optional.empty(), List.of());
  }

  /** The same decision with {@code more} warnings after its own. */
  public AdmissionDecision withWarnings(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    var all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new AdmissionDecision(allowed, message, patch, all);
  }
}
