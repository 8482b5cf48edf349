package io.github.jixiao.scoring.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A target (年度指标值) or actual (实际完成值) value, read from its printed text. */
public sealed interface ParsedValue
    permits ParsedValue.Quantity, ParsedValue.Period, ParsedValue.Qualitative, ParsedValue.NotApplicable,
        ParsedValue.NeedsReview {

  /**
   * The text as printed.
   *
   * @return the cell's text, {@code ""} for a blank cell
   */
  String text();

  /** How a quantity is compared with its target. */
  enum Comparison {
    /** ≥, 不低于, 不少于, 至少, 以上, 达到. */
    AT_LEAST(false),
    /** &gt;, 超过, 高于. */
    MORE_THAN(false),
    /** =, ＝. */
    EQUAL(false),
    /** ≤, 不超过, 不高于, 以下, 以内, 控制在…内. */
    AT_MOST(true),
    /** &lt;, 低于, 少于. */
    LESS_THAN(true),
    /** A plain number with no comparison word (read as "at least" when it is a target). */
    NONE(false);

    private final boolean lowerIsBetter;

    Comparison(boolean lowerIsBetter) {
      this.lowerIsBetter = lowerIsBetter;
    }

    /**
     * Whether a smaller actual is better (≤ and &lt;).
     *
     * @return {@code true} for {@link #AT_MOST} and {@link #LESS_THAN}
     */
    public boolean lowerIsBetter() {
      return lowerIsBetter;
    }
  }

  /**
   * A number with its comparison and unit: "≥95%", "100套", "55万平方米", "12次以上".
   *
   * @param text as printed
   * @param comparison the comparison word or glyph
   * @param number the number as printed (55 for "55万平方米")
   * @param unit the unit as printed with % normalised ("%", "万平方米", "套"), "" when none
   */
  record Quantity(String text, Comparison comparison, BigDecimal number, String unit) implements ParsedValue {
    /**
     * Whether the unit is a percentage.
     *
     * @return {@code true} when the unit is "%" (％ is normalised to it)
     */
    public boolean isPercent() {
      return unit.equals("%");
    }

    /**
     * The unit without a leading 万.
     *
     * @return "平方米" for "万平方米", "" for a bare "万", the unit itself otherwise
     */
    public String baseUnit() {
      return unit.startsWith("万") ? unit.substring(1) : unit;
    }

    /**
     * The number in the base unit.
     *
     * @return the number times 10,000 when the unit starts with 万 (55万平方米 → 550000), else the number
     */
    public BigDecimal baseNumber() {
      return unit.startsWith("万") ? number.multiply(BigDecimal.valueOf(10_000)) : number;
    }

    /**
     * Whether this and {@code other} measure the same thing (same base unit, or one has none).
     *
     * @param other the quantity to compare with (the target, for an actual)
     * @return {@code true} when their base units are equal or either is empty
     */
    public boolean comparableWith(Quantity other) {
      return baseUnit().equals(other.baseUnit()) || baseUnit().isEmpty() || other.baseUnit().isEmpty();
    }

    /**
     * The ratio of this to {@code other} in base units, 10 decimals.
     *
     * @param other the divisor (the target, for an actual)
     * @return this ÷ other, rounded half up to 10 decimals
     * @throws ArithmeticException when {@code other} is zero
     */
    public BigDecimal ratioTo(Quantity other) {
      return baseNumber().divide(other.baseNumber(), 10, RoundingMode.HALF_UP);
    }
  }

  /** The kinds of period. */
  enum PeriodKind {
    /** A deadline: "2023年12月前", "2023年底前". */
    DEADLINE,
    /** A span: "2023年1-12月", "2023.1-12月". */
    SPAN,
    /** A whole year: "2023年". */
    YEAR,
    /** On schedule, no date: "按计划完成", "按时完成", "按计划时间完成". */
    ON_SCHEDULE
  }

  /**
   * A period, deadline or "on schedule" statement.
   *
   * @param text as printed
   * @param kind which kind
   * @param year the year, or {@code null}
   * @param fromMonth the first month, or {@code null}
   * @param toMonth the last month (or the deadline's month), or {@code null}
   */
  record Period(String text, PeriodKind kind, @Nullable Integer year, @Nullable Integer fromMonth,
      @Nullable Integer toMonth) implements ParsedValue {}

  /** Whether a qualitative statement says the goal was reached. */
  enum Achievement {
    /** 达到 — 完成, 达标, 良好, 有效, 提高, 持续, 无负面影响, 到位 … (80–100% of the weight). */
    ACHIEVED,
    /** 部分达到 — 基本完成, 部分完成, 较好 … (60–80%). */
    PARTLY,
    /** 未达到 — 未完成, 未达标, 未达到 … (0–60%). */
    NOT_ACHIEVED
  }

  /**
   * A qualitative statement: "良好", "完成", "有序稳步发展", "未发生较大安全生产事故".
   *
   * @param text as printed
   * @param achievement what it says about reaching the goal
   * @param keyword the word that decided it ("良好")
   */
  record Qualitative(String text, Achievement achievement, String keyword) implements ParsedValue {}

  /**
   * 无 / 不适用 / blank: the row is not used.
   *
   * @param text as printed ("" for a blank cell)
   */
  record NotApplicable(String text) implements ParsedValue {}

  /**
   * A text the parser cannot read with confidence; a person must look at it.
   *
   * @param text as printed
   * @param reason why it could not be read ("no number or known word")
   */
  record NeedsReview(String text, String reason) implements ParsedValue {}
}
