package io.bulwark.api.resource;

import java.util.Set;

/**
 * Which kinds are cluster-scoped, without asking an API server: the built-in cluster-scoped kinds
 * and the well-known ones of Kyverno and common operators. Every other kind, custom ones included,
 * counts as namespaced (what a cluster with only the built-in types would answer).
 */
public final class ResourceScopes {

  private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume",
      "ComponentStatus", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "APIService",
      "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
      "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding",
      "StorageClass", "VolumeAttachment", "CSIDriver", "CSINode", "PriorityClass", "RuntimeClass", "IngressClass",
      "CertificateSigningRequest", "PodSecurityPolicy", "FlowSchema", "PriorityLevelConfiguration",
      "TokenReview", "SubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview",
      "ClusterPolicy", "ClusterPolicyReport", "ClusterCleanupPolicy", "ClusterEphemeralReport",
      "GlobalContextEntry", "ValidatingPolicy", "MutatingPolicy", "GeneratingPolicy", "DeletingPolicy",
      "ImageValidatingPolicy", "ClusterIssuer", "ClusterSecretStore", "ClusterExternalSecret", "ClusterReport");

  private ResourceScopes() {}

  /** Whether a kind (its bare name, e.g. {@code ClusterRole}) is cluster-scoped. */
  public static boolean isClusterScoped(String kind) {
    return kind != null && CLUSTER_SCOPED.contains(kind);
  }

  /**
   * Whether a kind written as Kyverno accepts it in generate rules and cloneList ({@code Kind},
   * {@code version/Kind} or {@code group/version/Kind}) is cluster-scoped: the last segment decides.
   */
  public static boolean isClusterScopedReference(String kindReference) {
    if (kindReference == null) {
      return false;
    }
    int slash = kindReference.lastIndexOf('/');
    return isClusterScoped(slash < 0 ? kindReference : kindReference.substring(slash + 1));
  }
}
