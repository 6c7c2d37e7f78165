package io.bulwark.engine.request;

/** A resource's group, version and kind; the core group is the empty string. */
public record GroupVersionKind(String group, String version, String kind) {

  /** Splits an {@code apiVersion} ({@code apps/v1} or {@code v1}) and pairs it with the kind. */
  public static GroupVersionKind of(String apiVersion, String kind) {
    String api = apiVersion == null ? "" : apiVersion;
    int slash = api.indexOf('/');
    return slash < 0
        ? new GroupVersionKind("", api, kind == null ? "" : kind)
        : new GroupVersionKind(api.substring(0, slash), api.substring(slash + 1), kind == null ? "" : kind);
  }

  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }
}
