package io.bulwark.engine.podsecurity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Kyverno's {@code validate.podSecurity}: the Pod Security Standards checks of Kubernetes'
 * pod-security-admission library (in the version Kyverno vendors), run over a Pod or a Pod
 * controller's template, with the rule's exclusions applied.
 *
 * <pre>{@code
 * PodSecurityResult result = PodSecurity.evaluate(pod, "baseline", "latest", List.of());
 * if (!result.allowed()) {
 *   String message = result.message("baseline");
 *   // Validation rule 'baseline' failed. It violates PodSecurity "baseline:latest": (Forbidden reason: ...
 * }
 * }</pre>
 *
 * <p>Kyverno's own behaviour is reproduced where it departs from the library; see {@link
 * Evaluator} and {@link Exemptions}. Stateless and thread-safe.
 */
public final class PodSecurity {

  private static final Pattern CONTAINER_NAMES = Pattern.compile("container(?:s)?\\s*(.*?)\\s*must");

  private PodSecurity() {}

  /**
   * Evaluates one {@code podSecurity} rule.
   *
   * @param resource a Pod, DaemonSet, Deployment, Job, StatefulSet, ReplicaSet, ReplicationController
   *     or CronJob
   * @param level {@code privileged}, {@code baseline} or {@code restricted}, as written in the rule
   * @param version {@code latest}, empty, or {@code v1.N}, as written in the rule
   * @param excludes the rule's {@code exclude} entries (or a PolicyException's), in order; may be empty
   * @throws PodSecurityException when the version does not parse, the kind is not supported, or the
   *     pod template does not decode; Kyverno reports the rule as an error then
   */
  public static PodSecurityResult evaluate(JsonNode resource, String level, String version, List<Exclusion> excludes) {
    Objects.requireNonNull(excludes, "excludes");
    String levelText = level == null ? "" : level;
    String versionText = version == null ? "" : version;
    PssVersion parsed = PssVersion.parse(versionText);
    Workload workload = Workload.of(resource);
    List<Failed> failed = Evaluator.evaluate(levelText, parsed, workload.pod());
    if (!excludes.isEmpty()) {
      failed = Exemptions.apply(levelText, parsed, excludes, failed, workload.pod());
    }
    var failures = new ArrayList<CheckFailure>();
    for (Failed f : failed) {
      var errors = f.errors.stream().map(e -> e.withField(workload.reroot(e.field()))).toList();
      failures.add(new CheckFailure(f.id, Controls.controlName(f.id), f.reason, f.detail, errors, images(f.detail, workload)));
    }
    return new PodSecurityResult(levelText, versionText, failures);
  }

  /**
   * Kyverno's {@code addImages}: the container names in the first "container(s) ... must" of the
   * detail, with quotes and spaces removed, mapped to their images.
   */
  private static List<String> images(String detail, Workload workload) {
    var m = CONTAINER_NAMES.matcher(detail);
    if (!m.find()) {
      return List.of();
    }
    String names = m.group(1).replace("\"", "").replace(" ", "");
    return Arrays.stream(names.split(",", -1)).map(workload::imageOf).toList();
  }
}
