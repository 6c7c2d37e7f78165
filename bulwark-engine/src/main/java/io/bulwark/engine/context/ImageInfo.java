package io.bulwark.engine.context;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A container image reference split the way Kyverno exposes it under {@code images.*}
 * ({@code pkg/utils/image/infos.go}): registry (default {@code docker.io}), path, name (last path
 * segment), tag ({@code latest} when neither tag nor digest is given), digest, reference ({@code
 * @digest} when there is one, else {@code :tag}) and referenceWithTag (always {@code :tag}, so
 * {@code docker.io/app:} for a digest alone).
 */
public record ImageInfo(String registry, String path, String name, String tag, String digest) {

  public static final String DEFAULT_REGISTRY = "docker.io";

  /**
   * Parses {@code [registry/]path[:tag][@digest]}; a first segment with a dot, a colon or an upper
   * case letter, or {@code localhost}, is a registry (Kyverno's addDefaultRegistry).
   */
  public static ImageInfo parse(String image) {
    String rest = image;
    String digest = "";
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String registry = DEFAULT_REGISTRY;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")
          || !first.toLowerCase(java.util.Locale.ROOT).equals(first)) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    String tag = "";
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    if (tag.isEmpty() && digest.isEmpty()) {
      tag = "latest";
    }
    String name = rest.substring(rest.lastIndexOf('/') + 1);
    return new ImageInfo(registry, rest, name, tag, digest);
  }

  public String reference() {
    String base = registry + "/" + path;
    if (!digest.isEmpty()) {
      return base + "@" + digest;
    }
    return base + ":" + tag;
  }

  public String referenceWithTag() {
    return registry + "/" + path + ":" + tag;
  }

  /** The image alone, as a verifyImages {@code image} variable would show it. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("registry", registry);
    node.put("path", path);
    node.put("name", name);
    if (!tag.isEmpty()) {
      node.put("tag", tag);
    }
    if (!digest.isEmpty()) {
      node.put("digest", digest);
    }
    node.put("reference", reference());
    node.put("referenceWithTag", referenceWithTag());
    return node;
  }

  /**
   * The entry of {@code images.<group>.<container>}: the image with where it was found (a JSON
   * pointer such as {@code /spec/containers/0/image}) and the names of the pull secrets of the
   * Pod spec it belongs to.
   */
  public ObjectNode toJson(String jsonPointer, java.util.List<String> imagePullSecrets) {
    ObjectNode node = toJson();
    node.put("jsonPointer", jsonPointer);
    var secrets = node.putArray("imagePullSecrets");
    imagePullSecrets.forEach(secrets::add);
    return node;
  }
}
