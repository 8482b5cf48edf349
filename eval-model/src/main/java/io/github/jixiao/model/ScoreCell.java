package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 分值/得分单元格 — a printed score or weight cell: either a number or a not-applicable mark
 * such as 无 or 不适用, exactly as the department printed it.
 *
 * @param value the number printed, or {@code null} when the cell holds a mark
 * @param mark the mark printed instead of a number (one of {@link #MARKS}), or {@code null}
 */
public record ScoreCell(@Nullable BigDecimal value, @Nullable String mark) {

  /** Marks a form may print in a score cell instead of a number. */
  public static final Set<String> MARKS = Set.of("无", "不适用", "/", "—", "-");

  /**
   * Checks that the cell holds exactly one of a number and a mark, and that a mark is one of
   * {@link #MARKS}.
   *
   * @param value the number, or {@code null} for a mark
   * @param mark the mark, or {@code null} for a number
   * @throws FieldException when both or neither are given (field "value"), or the mark is not one of
   *     {@link #MARKS} (field "mark")
   */
  public ScoreCell {
    if ((value == null) == (mark == null)) {
      throw new FieldException("value", "a score cell holds either a number or a mark (分值须为数字或“无/不适用”)");
    }
    if (mark != null && !MARKS.contains(mark)) {
      throw new FieldException("mark", 
          "must be a number or one of 无, 不适用, /, —, - (须为数字或“无/不适用”), got '" + mark + "'");
    }
  }

  /**
   * A numeric cell.
   *
   * @param value the number printed
   * @return a cell holding {@code value}
   * @throws NullPointerException when {@code value} is {@code null}
   */
  public static ScoreCell of(BigDecimal value) {
    return new ScoreCell(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * A numeric cell from its printed decimal text, e.g. {@code "99.5"}.
   *
   * @param decimal the number as {@link BigDecimal#BigDecimal(String)} reads it; its scale is kept
   * @return a cell holding the number
   * @throws NumberFormatException when {@code decimal} is not a decimal number
   */
  public static ScoreCell of(String decimal) {
    return of(new BigDecimal(decimal));
  }

  /**
   * A cell printing a not-applicable mark.
   *
   * @param mark one of {@link #MARKS} (无, 不适用, /, —, -)
   * @return a cell holding the mark
   * @throws FieldException when {@code mark} is not one of {@link #MARKS}
   */
  public static ScoreCell mark(String mark) {
    return new ScoreCell(null, mark);
  }

  /**
   * Whether the cell prints a mark (无, 不适用 …) rather than a number.
   *
   * @return {@code true} for a mark, {@code false} for a number
   */
  public boolean isMark() {
    return mark != null;
  }

  @Override
  public String toString() {
    return value != null ? value.toPlainString() : Objects.requireNonNull(mark);
  }
}
