package io.bulwark.admission;

import io.bulwark.engine.request.GroupVersionKind;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of the resource a subresource request is about. The API server sends the subresource's
 * own kind ({@code PodExecOptions} for {@code pods/exec}, {@code Scale} for {@code
 * deployments/scale}), while policies match the parent ({@code Pod/exec}, {@code
 * Deployment/scale}). Kyverno asks the API server's discovery; standalone Bulwark has no API
 * server, so it knows the built-in resources that have subresources. Cluster mode replaces this
 * table with discovery.
 */
final class TopLevelKinds {

  /** group/resource → kind, for the built-in resources with subresources. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("/pods", "Pod"),
      Map.entry("/services", "Service"),
      Map.entry("/nodes", "Node"),
      Map.entry("/namespaces", "Namespace"),
      Map.entry("/serviceaccounts", "ServiceAccount"),
      Map.entry("/replicationcontrollers", "ReplicationController"),
      Map.entry("/persistentvolumes", "PersistentVolume"),
      Map.entry("/persistentvolumeclaims", "PersistentVolumeClaim"),
      Map.entry("/resourcequotas", "ResourceQuota"),
      Map.entry("apps/deployments", "Deployment"),
      Map.entry("apps/replicasets", "ReplicaSet"),
      Map.entry("apps/statefulsets", "StatefulSet"),
      Map.entry("apps/daemonsets", "DaemonSet"),
      Map.entry("batch/jobs", "Job"),
      Map.entry("batch/cronjobs", "CronJob"),
      Map.entry("autoscaling/horizontalpodautoscalers", "HorizontalPodAutoscaler"),
      Map.entry("policy/poddisruptionbudgets", "PodDisruptionBudget"),
      Map.entry("certificates.k8s.io/certificatesigningrequests", "CertificateSigningRequest"),
      Map.entry("apiextensions.k8s.io/customresourcedefinitions", "CustomResourceDefinition"),
      Map.entry("networking.k8s.io/ingresses", "Ingress"));

  private TopLevelKinds() {}

  /**
   * The GVK policies match for a request: {@code kind} itself without a subresource; with one,
   * the parent resource's kind when it is known, else {@code kind}.
   */
  static GroupVersionKind of(GroupVersionKind kind, String group, String version, String resource, String subresource) {
    if (subresource.isEmpty() || resource.isEmpty()) {
      return kind;
    }
    return Optional.ofNullable(KINDS.get(group + "/" + resource))
        .map(parent -> new GroupVersionKind(group, version, parent))
        .orElse(kind);
  }
}
