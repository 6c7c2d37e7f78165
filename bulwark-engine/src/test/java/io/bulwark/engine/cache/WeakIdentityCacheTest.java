package io.bulwark.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WeakIdentityCacheTest {

  private final AtomicInteger computations = new AtomicInteger();
  private final WeakIdentityCache<List<String>, String> cache =
      new WeakIdentityCache<>(key -> "derived-" + computations.incrementAndGet(), 3);

  @Test
  void derivesOncePerObject() {
    List<String> key = List.of("a");

    assertThat(cache.get(key)).isEqualTo("derived-1");
    assertThat(cache.get(key)).isEqualTo("derived-1");
    assertThat(computations).hasValue(1);
  }

  @Test
  void equalButDistinctObjectsAreDerivedSeparately() {
    List<String> first = new ArrayList<>(List.of("a"));
    List<String> second = new ArrayList<>(List.of("a"));

    assertThat(cache.get(first)).isEqualTo("derived-1");
    assertThat(cache.get(second)).isEqualTo("derived-2");
    assertThat(cache.get(first)).isEqualTo("derived-1");
  }

  @Test
  void startsOverPastItsLimitAndStillAnswers() {
    List<List<String>> keys = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      keys.add(new ArrayList<>(List.of("k" + i)));
      cache.get(keys.get(i));
    }

    assertThat(cache.size()).isLessThanOrEqualTo(3);
    assertThat(cache.get(keys.get(9))).isEqualTo("derived-10");
  }

  @Test
  void rejectsANullKeyAndANonPositiveLimit() {
    assertThatThrownBy(() -> cache.get(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new WeakIdentityCache<String, String>(k -> k, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
