package io.bulwark.engine.podsecurity;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks over a pod the way Kyverno's {@code evaluatePSS} does, which is not the way the
 * library's own evaluator does:
 *
 * <ul>
 *   <li>The level only filters for {@code baseline}; any other level, {@code privileged} included,
 *       runs the baseline and the restricted checks.
 *   <li>{@code latest} runs the newest implementation of each check. A pinned version runs
 *       <em>every</em> implementation at or below it, so one check can fail more than once (for
 *       example sysctls at v1.32 runs the 1.0, 1.27, 1.29 and 1.32 allow-lists).
 *   <li>Restricted checks do not replace the baseline checks they override in the library, so
 *       both report.
 * </ul>
 */
final class Evaluator {

  private Evaluator() {}

  static List<Failed> evaluate(String level, PssVersion version, Pod pod) {
    var failed = new ArrayList<Failed>();
    for (Check check : Checks.DEFAULT) {
      if (level.equals("baseline") && !check.baseline()) {
        continue;
      }
      if (version.latest()) {
        run(check, newest(check), pod, failed);
        continue;
      }
      for (Check.Versioned versioned : check.versions()) {
        if (!version.olderThan(versioned.minimum())) {
          run(check, versioned, pod, failed);
        }
      }
    }
    return failed;
  }

  private static Check.Versioned newest(Check check) {
    Check.Versioned newest = check.versions().get(0);
    for (Check.Versioned v : check.versions()) {
      if (!v.minimum().olderThan(newest.minimum())) {
        newest = v;
      }
    }
    return newest;
  }

  private static void run(Check check, Check.Versioned versioned, Pod pod, List<Failed> failed) {
    CheckResult result = versioned.fn().check(pod);
    if (!result.allowed()) {
      failed.add(new Failed(check.id(), result));
    }
  }
}
