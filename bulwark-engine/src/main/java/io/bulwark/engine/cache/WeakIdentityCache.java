package io.bulwark.engine.cache;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of {@code derive(key)} keyed on the identity of {@code key} (never on {@code
 * equals}: policy records compare by value, and two equal policies loaded from two files are
 * still two policies). Keys are held weakly: when a key is no longer used anywhere else, its entry
 * goes at the next access. The number of entries is bounded; past {@code limit} the cache starts
 * over, which costs recomputation, never correctness.
 *
 * <p>Values must not refer to their key, or the key can never be collected. {@code derive} must be
 * a pure function of the key: two threads asking at once may both compute it, and either result
 * may be kept.
 *
 * <pre>{@code
 * var rules = new WeakIdentityCache<KyvernoPolicy, List<Rule>>(Autogen::rules, 4096);
 * List<Rule> effective = rules.get(policy);   // computed once per policy object
 * }</pre>
 */
public final class WeakIdentityCache<K, V> {

  private final ConcurrentHashMap<Object, V> entries = new ConcurrentHashMap<>();
  private final ReferenceQueue<K> collected = new ReferenceQueue<>();
  private final Function<? super K, ? extends V> derive;
  private final int limit;

  public WeakIdentityCache(Function<? super K, ? extends V> derive, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    this.derive = Objects.requireNonNull(derive, "derive");
    this.limit = limit;
  }

  /** The value derived from {@code key}, computed on first use of this very object. */
  public V get(K key) {
    Objects.requireNonNull(key, "key");
    expungeCollected();
    V cached = entries.get(new Lookup(key));
    if (cached != null) {
      return cached;
    }
    V derived = Objects.requireNonNull(derive.apply(key), "derived value");
    if (entries.size() >= limit) {
      entries.clear();
    }
    V raced = entries.putIfAbsent(new WeakKey<>(key, collected), derived);
    return raced != null ? raced : derived;
  }

  /** How many entries are held now (collected keys not yet expunged included). */
  public int size() {
    return entries.size();
  }

  private void expungeCollected() {
    for (Object stale; (stale = collected.poll()) != null; ) {
      entries.remove(stale);
    }
  }

  /** The stored key: the referent, weakly, and its identity hash taken while it was alive. */
  private static final class WeakKey<K> extends WeakReference<K> {
    private final int hash;

    WeakKey(K key, ReferenceQueue<K> queue) {
      super(key, queue);
      this.hash = System.identityHashCode(key);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      Object referent = get();
      return referent != null && other instanceof WeakKey<?> that && referent == that.get();
    }
  }

  /** A probe for {@link ConcurrentHashMap#get}, which calls the probe's {@code equals}. */
  private static final class Lookup {
    private final Object key;

    Lookup(Object key) {
      this.key = key;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(key);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof WeakKey<?> stored && stored.get() == key;
    }
  }
}
