package io.github.jixiao.model.result;

import java.math.BigDecimal;

/**
 * The scores a rule allows: a single value where the rule is exact (proportional scoring) or a
 * range where it leaves room (qualitative bands such as 80–100% of the weight).
 *
 * @param min the lowest allowed score
 * @param max the highest allowed score
 */
public record ScoreRange(BigDecimal min, BigDecimal max) {
  /**
   * Checks that both bounds are present and {@code min <= max}.
   *
   * @param min the lowest allowed score
   * @param max the highest allowed score, not below {@code min}
   * @throws IllegalArgumentException when a bound is {@code null} or {@code min > max}
   */
  public ScoreRange {
    if (min == null || max == null || min.compareTo(max) > 0) {
      throw new IllegalArgumentException("need min <= max, got " + min + ".." + max);
    }
  }

  /**
   * An exact score: the range of one value.
   *
   * @param value the only allowed score
   * @return the range [value, value]
   * @throws IllegalArgumentException when {@code value} is {@code null}
   */
  public static ScoreRange exactly(BigDecimal value) {
    return new ScoreRange(value, value);
  }

  /**
   * Whether the rule gives one value.
   *
   * @return {@code true} when {@code min} and {@code max} are numerically equal (2.0 and 2.00 are)
   */
  public boolean isExact() {
    return min.compareTo(max) == 0;
  }

  /**
   * Whether {@code score} is allowed.
   *
   * @param score a score
   * @return {@code true} when {@code min <= score <= max}, compared by value
   */
  public boolean contains(BigDecimal score) {
    return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
  }

  /**
   * The allowed score nearest to {@code score}: how a reported score outside a qualitative band is
   * corrected.
   *
   * @param score a score
   * @return {@code score} itself when allowed, else {@code min} or {@code max}
   */
  public BigDecimal clamp(BigDecimal score) {
    return score.compareTo(min) < 0 ? min : score.compareTo(max) > 0 ? max : score;
  }

  @Override
  public String toString() {
    return isExact() ? min.toPlainString() : min.toPlainString() + "–" + max.toPlainString();
  }
}
