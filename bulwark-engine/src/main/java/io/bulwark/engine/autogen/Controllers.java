package io.bulwark.engine.autogen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The controller list of Kyverno's autogen, kept as the comma-separated string Kyverno passes
 * around, because several of its decisions are plain substring tests on that string (a list
 * containing "all" anywhere also asks for CronJob). Entries are not trimmed, as in Kyverno.
 */
final class Controllers {

  static final String CRON_JOB = "CronJob";
  private static final List<String> ALL = List.of(
      "DaemonSet", "Deployment", "Job", "StatefulSet", "ReplicaSet", "ReplicationController", CRON_JOB);
  private static final List<String> WORKLOADS = ALL.subList(0, ALL.size() - 1);
  private static final Map<String, String> GROUP_VERSION_KINDS = Map.of(
      "DaemonSet", "apps/v1/DaemonSet",
      "Deployment", "apps/v1/Deployment",
      "Job", "batch/v1/Job",
      "StatefulSet", "apps/v1/StatefulSet",
      "ReplicaSet", "apps/v1/ReplicaSet",
      "ReplicationController", "v1/ReplicationController",
      CRON_JOB, "batch/v1/CronJob",
      "Pod", "v1/Pod");

  private Controllers() {}

  /** Every controller when the annotation is absent, else its distinct comma-separated entries. */
  static String requested(String annotation) {
    if (annotation == null) {
      return String.join(",", ALL);
    }
    return String.join(",", new LinkedHashSet<>(Arrays.asList(annotation.split(",", -1))));
  }

  /** The list without CronJob, sorted; empty when nothing else is left. */
  static String withoutCronJob(String controllers) {
    List<String> kept = new ArrayList<>(sorted(controllers));
    kept.removeIf(CRON_JOB::equals);
    return String.join(",", kept);
  }

  static boolean includesCronJob(String controllers) {
    return controllers.contains(CRON_JOB) || controllers.contains("all");
  }

  /**
   * The kinds a controllers rule targets: every workload controller for {@code all}, else the
   * recognised workload controllers listed; when none is recognised, the entries as written.
   */
  static List<String> workloadKinds(String controllers) {
    if (controllers.equals("all")) {
      return sorted(String.join(",", WORKLOADS));
    }
    if (!controllers.equals("none")) {
      List<String> recognised = sorted(controllers).stream().filter(WORKLOADS::contains).toList();
      if (!recognised.isEmpty()) {
        return recognised;
      }
    }
    return sorted(controllers);
  }

  /** {@code Deployment} → {@code apps/v1/Deployment}; unknown kinds are kept as written. */
  static List<String> groupVersionKinds(List<String> kinds) {
    return kinds.stream().map(kind -> GROUP_VERSION_KINDS.getOrDefault(kind, kind)).toList();
  }

  private static List<String> sorted(String controllers) {
    List<String> kinds = new ArrayList<>(Arrays.asList(controllers.split(",", -1)));
    kinds.sort(null);
    return kinds;
  }
}
