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
  public ScoreRange {
    if (min == null || max == null || min.compareTo(max) > 0) {
      throw new IllegalArgumentException("need min <= max, got " + min + ".." + max);
    }
  }

  /** An exact score. */
  public static ScoreRange exactly(BigDecimal value) {
    return new ScoreRange(value, value);
  }

  /** Whether the rule gives one value. */
  public boolean isExact() {
    return min.compareTo(max) == 0;
  }

  /** Whether {@code score} is allowed. */
  public boolean contains(BigDecimal score) {
    return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
  }

  /** The allowed score nearest to {@code score}. */
  public BigDecimal clamp(BigDecimal score) {
    return score.compareTo(min) < 0 ? min : score.compareTo(max) > 0 ? max : score;
  }

  @Override
  public String toString() {
    return isExact() ? min.toPlainString() : min.toPlainString() + "–" + max.toPlainString();
  }
}
