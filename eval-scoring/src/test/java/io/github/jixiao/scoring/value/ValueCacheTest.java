package io.github.jixiao.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ValueCacheTest {
  private static final List<String> TEXTS = List.of("100%", "≥95%", "按时完成", "良好", "16个", "无", "完成率98%",
      "2023年12月底前", "达到预期", "≤3%");

  @Test
  void givesWhatTheParserGives() {
    ValueCache cache = ValueCache.create();
    for (int round = 0; round < 2; round++) {
      for (String text : TEXTS) {
        assertThat(cache.parse(text)).isEqualTo(ValueParser.parse(text));
      }
    }
    assertThat(cache.parse(null)).isEqualTo(ValueParser.parse(null));
    assertThat(cache.size()).isEqualTo(TEXTS.size());
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    ValueCache cache = ValueCache.of(4);
    for (int i = 0; i < 1_000; i++) {
      cache.parse(i + "个");
      assertThat(cache.size()).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void keepsNoLongTextAndNothingAtCapacityZero() {
    ValueCache cache = ValueCache.create();
    String longText = "完成".repeat(ValueCache.MAX_TEXT_LENGTH);
    assertThat(cache.parse(longText)).isEqualTo(ValueParser.parse(longText));
    assertThat(cache.size()).isZero();
    ValueCache none = ValueCache.of(0);
    assertThat(none.parse("100%")).isEqualTo(ValueParser.parse("100%"));
    assertThat(none.size()).isZero();
    assertThatThrownBy(() -> ValueCache.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void servesManyThreadsAtOnce() throws Exception {
    ValueCache cache = ValueCache.of(8);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 5_000; i++) {
            String text = TEXTS.get((i + offset) % TEXTS.size());
            if (!cache.parse(text).equals(ValueParser.parse(text))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    // threads adding at the same moment may each add one before one of them empties it
    assertThat(cache.size()).isLessThanOrEqualTo(8 + 4);
  }
}
