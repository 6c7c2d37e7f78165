package io.bulwark.admission;

/**
 * The mutating webhook ({@code /mutate}, {@code /mutate/fail}, {@code /mutate/ignore}). The mutate
 * engine is a later issue; until then every request is allowed unchanged, with no patch, which is
 * what Kyverno answers when no mutate policy matches.
 */
public final class MutatingHandler implements AdmissionHandler {

  @Override
  public AdmissionDecision handle(AdmissionRequest request) {
    return AdmissionDecision.allow();
  }
}
