package io.bulwark.engine.context;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A container image reference split the way Kyverno exposes it under {@code images.*}: registry
 * (default {@code docker.io}), path, name (last path segment), tag ({@code latest} when neither tag
 * nor digest is given), digest, reference and referenceWithTag.
 */
public record ImageInfo(String registry, String path, String name, String tag, String digest) {

  public static final String DEFAULT_REGISTRY = "docker.io";

  /** Parses {@code [registry/]path[:tag][@digest]}; a first segment with a dot, colon or "localhost" is a registry. */
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
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
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
    return registry + "/" + path + (tag.isEmpty() ? "" : ":" + tag);
  }

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
}
