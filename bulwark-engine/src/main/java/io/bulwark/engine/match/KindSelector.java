package io.bulwark.engine.match;

import io.bulwark.engine.cache.WeakIdentityCache;
import io.bulwark.engine.request.GroupVersionKind;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One {@code kinds} entry of a match block, split into wildcard patterns for the group, version,
 * kind and subresource, as Kyverno's {@code ParseKindSelector} splits it:
 *
 * <pre>
 * Pod                          → *, *, Pod, ""
 * v1/Pod                       → *, v1, Pod, ""
 * apps/v1/Deployment           → apps, v1, Deployment, ""
 * Pod/exec, Pod.exec           → *, *, Pod, exec
 * v1/Pod/exec                  → *, v1, Pod, exec
 * apps/v1/Deployment/scale     → apps, v1, Deployment, scale
 * *&#47;*                          → *, *, *, *
 * *&#47;scale (lowercase)          → *, *, *, scale
 * </pre>
 *
 * An empty subresource pattern matches only requests without a subresource. Immutable.
 */
public record KindSelector(String group, String version, String kind, String subresource) {

  private static final Pattern VERSION = Pattern.compile("v\\d+((alpha|beta)\\d+)?|\\*");
  private static final GroupVersionKind POD = new GroupVersionKind("", "v1", "Pod");
  private static final String EPHEMERAL_CONTAINERS = "ephemeralcontainers";
  /** Entries come from policies, so there are few distinct ones; past this many, parse afresh. */
  private static final int CACHE_LIMIT = 4096;
  private static final Map<String, KindSelector> PARSED = new ConcurrentHashMap<>();

  /** The selector for one {@code kinds} entry; parsed once per distinct entry. */
  public static KindSelector parse(String text) {
    KindSelector cached = PARSED.get(text);
    if (cached != null) {
      return cached;
    }
    KindSelector parsed = parseUncached(text);
    if (PARSED.size() < CACHE_LIMIT) {
      PARSED.put(text, parsed);
    }
    return parsed;
  }

  private static KindSelector parseUncached(String text) {
    List<String> parts = split(text);
    return switch (parts.size()) {
      case 1 -> new KindSelector("*", "*", parts.get(0), "");
      case 2 -> parseTwo(parts.get(0), parts.get(1));
      case 3 -> isVersion(parts.get(0))
          ? new KindSelector("*", parts.get(0), parts.get(1), parts.get(2))
          : new KindSelector(parts.get(0), parts.get(1), parts.get(2), "");
      case 4 -> new KindSelector(parts.get(0), parts.get(1), parts.get(2), parts.get(3));
      default -> new KindSelector("", "", "", "");
    };
  }

  private static KindSelector parseTwo(String first, String second) {
    if (first.equals("*") && second.equals("*")) {
      return new KindSelector("*", "*", "*", "*");
    }
    if (first.equals("*") && second.toLowerCase(Locale.ROOT).equals(second)) {
      return new KindSelector("*", "*", "*", second);
    }
    if (isVersion(first)) {
      return new KindSelector("*", first, second, "");
    }
    return new KindSelector("*", "*", first, second);
  }

  /** Splits on {@code /}, then splits the last part on {@code .} ({@code Pod.status}). */
  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>(List.of(text.split("/", -1)));
    String last = parts.remove(parts.size() - 1);
    parts.addAll(List.of(last.split("\\.", -1)));
    return parts;
  }

  private static boolean isVersion(String part) {
    return VERSION.matcher(part).matches();
  }

  /**
   * Whether a request for {@code gvk} (and {@code requestSubresource}, empty when none) is
   * selected. With {@code allowEphemeralContainers}, a selector for {@code v1/Pod} without a
   * subresource also selects {@code pods/ephemeralcontainers}, as Kyverno does for match blocks.
   */
  public boolean matches(GroupVersionKind gvk, String requestSubresource, boolean allowEphemeralContainers) {
    if (!Wildcard.match(group, gvk.group()) || !Wildcard.match(version, gvk.version())
        || !Wildcard.match(kind, gvk.kind())) {
      return false;
    }
    if (Wildcard.match(subresource, requestSubresource)) {
      return true;
    }
    return allowEphemeralContainers && gvk.equals(POD) && EPHEMERAL_CONTAINERS.equals(requestSubresource);
  }

  /** Whether any entry of {@code kinds} selects the request. */
  public static boolean anyMatches(
      List<String> kinds, GroupVersionKind gvk, String requestSubresource, boolean allowEphemeralContainers) {
    Selectors parsed = SELECTORS.get(kinds);
    if (parsed.exactKinds() != null && !parsed.exactKinds().contains(gvk.kind())) {
      // A selector whose kind has no wildcard selects only that kind: most rules stop here.
      return false;
    }
    List<KindSelector> selectors = parsed.selectors();
    for (int i = 0; i < selectors.size(); i++) {
      if (selectors.get(i).matches(gvk, requestSubresource, allowEphemeralContainers)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The selectors of a {@code kinds} list, and the kinds they name when none has a wildcard in its
   * kind (else null).
   */
  private record Selectors(List<KindSelector> selectors, Set<String> exactKinds) {

    static Selectors of(List<String> kinds) {
      List<KindSelector> selectors = kinds.stream().map(KindSelector::parse).toList();
      boolean exact = selectors.stream().noneMatch(selector -> Wildcard.containsWildcard(selector.kind()));
      return new Selectors(selectors,
          exact ? selectors.stream().map(KindSelector::kind).collect(Collectors.toUnmodifiableSet()) : null);
    }
  }

  /** Kept per list: a policy's lists are never changed. */
  private static final WeakIdentityCache<List<String>, Selectors> SELECTORS =
      new WeakIdentityCache<>(Selectors::of, 16_384);

  /**
   * The bare kind an entry names, without group, version or subresource ({@code apps/v1/Deployment}
   * → {@code Deployment}, {@code Pod/exec} → {@code Pod}), the way Kyverno's autogen reads kinds
   * ({@code GetKindFromGVK} then {@code SplitSubresource}). Wildcards are kept as written.
   */
  public static String kindName(String entry) {
    String[] parts = entry.split("/", -1);
    String kindAndSubresource = switch (parts.length) {
      case 1 -> dotToSlash(entry);
      case 2 -> {
        if (parts[0].equals("*") && parts[1].equals("*")) {
          yield "*/*";
        }
        yield isVersion(parts[0]) ? dotToSlash(parts[1]) : parts[0] + "/" + parts[1];
      }
      case 3 -> isVersion(parts[0]) ? parts[1] + "/" + parts[2] : dotToSlash(parts[2]);
      case 4 -> parts[2] + "/" + parts[3];
      default -> "";
    };
    String[] split = kindAndSubresource.split("/", -1);
    return split.length == 2 ? split[0] : kindAndSubresource;
  }

  /** Whether some entry of {@code kinds} names {@code kind} (see {@link #kindName}). */
  public static boolean containsKind(List<String> kinds, String kind) {
    for (String entry : kinds) {
      if (kindName(entry).equals(kind)) {
        return true;
      }
    }
    return false;
  }

  private static String dotToSlash(String text) {
    return text.replaceFirst("\\.", "/");
  }
}
