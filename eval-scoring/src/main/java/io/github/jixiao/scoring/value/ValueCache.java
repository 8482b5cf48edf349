package io.github.jixiao.scoring.value;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Values already read, by their text: {@link ValueParser#parse} remembered. Cells repeat — the
 * seed package alone has 296 filled target/actual cells but 113 distinct texts (100%, 按时完成,
 * ≥95%, 达到预期 …), and a batch of one province's forms repeats them far more — and {@code
 * parse} is a pure function of the text with immutable results, so they can be shared.
 *
 * <p>Bounded: it holds at most {@link #capacity()} texts (when full it is emptied and starts
 * again; threads adding at the same moment may each add one more) and never texts longer than
 * {@value #MAX_TEXT_LENGTH} characters, so hostile input cannot grow it. Thread-safe: one cache may
 * serve several evaluators and threads. It belongs to whoever creates it (an {@code Evaluator}
 * makes its own unless given one); there is no JVM-wide cache. BENCHMARKS.md gives the throughput
 * with and without it.
 */
public final class ValueCache {
  /** The capacity an {@code Evaluator} gives the cache it makes. */
  public static final int DEFAULT_CAPACITY = 8_192;

  /** Longer texts are read each time, not kept. */
  public static final int MAX_TEXT_LENGTH = 200;

  private final int capacity;
  private final Map<String, ParsedValue> values = new ConcurrentHashMap<>();

  private ValueCache(int capacity) {
    this.capacity = capacity;
  }

  /**
   * A cache of at most {@code capacity} texts; 0 remembers nothing (every text is read).
   *
   * @param capacity the most texts to hold, 0 or more
   * @return a new, empty cache
   * @throws IllegalArgumentException when {@code capacity} is negative
   */
  public static ValueCache of(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be 0 or more, got " + capacity);
    }
    return new ValueCache(capacity);
  }

  /**
   * A cache of {@link #DEFAULT_CAPACITY} texts.
   *
   * @return a new, empty cache
   */
  public static ValueCache create() {
    return of(DEFAULT_CAPACITY);
  }

  /**
   * What {@link ValueParser#parse} gives for this text, remembered when short enough.
   *
   * @param text a printed target or actual, {@code null} for a blank cell
   * @return the parsed value, the same as {@code ValueParser.parse(text)}
   */
  public ParsedValue parse(@Nullable String text) {
    if (text == null || capacity == 0 || text.length() > MAX_TEXT_LENGTH) {
      return ValueParser.parse(text);
    }
    ParsedValue known = values.get(text);
    if (known != null) {
      return known;
    }
    ParsedValue value = ValueParser.parse(text);
    if (values.size() >= capacity) {
      values.clear();
    }
    values.put(text, value);
    return value;
  }

  /**
   * How many texts it holds now.
   *
   * @return the number of texts remembered, at most {@link #capacity()} (give or take racing threads)
   */
  public int size() {
    return values.size();
  }

  /**
   * The most texts it holds.
   *
   * @return the capacity it was created with; 0 when it remembers nothing
   */
  public int capacity() {
    return capacity;
  }
}
