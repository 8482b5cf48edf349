package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 金额单元格 — a printed amount: a number in the form's unit (万元 unless the form says otherwise),
 * or the not-applicable mark a form prints instead ("—", "/", "无"), exactly as printed.
 *
 * @param value the number printed, or {@code null} when the cell holds a mark
 * @param mark the mark printed instead of a number (one of {@link #MARKS}), or {@code null}
 */
public record Amount(@Nullable BigDecimal value, @Nullable String mark) {

  /** Marks a form may print in an amount cell instead of a number. */
  public static final Set<String> MARKS = ScoreCell.MARKS;

  /**
   * Checks that the cell holds either a number or one of {@link #MARKS}.
   *
   * @param value the number printed, or {@code null} for a mark
   * @param mark the mark printed, or {@code null} for a number
   * @throws FieldException when both or neither are given, or the mark is not one of {@link #MARKS}
   */
  public Amount {
    if ((value == null) == (mark == null)) {
      throw new FieldException("value", "an amount cell holds either a number or a mark (金额须为数字或“—/无”)");
    }
    if (mark != null && !MARKS.contains(mark)) {
      throw new FieldException("mark",
          "must be a number or one of 无, 不适用, /, —, - (金额须为数字或“—/无”), got '" + mark + "'");
    }
  }

  /**
   * A numeric cell.
   *
   * @param value the amount
   * @return the cell
   */
  public static Amount of(BigDecimal value) {
    return new Amount(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * A numeric cell from its printed decimal text.
   *
   * @param decimal the amount as text, e.g. {@code "45.00"}
   * @return the cell
   */
  public static Amount of(String decimal) {
    return of(new BigDecimal(decimal));
  }

  /**
   * A cell printing a mark.
   *
   * @param mark one of {@link #MARKS}
   * @return the cell
   */
  public static Amount mark(String mark) {
    return new Amount(null, mark);
  }

  /**
   * A numeric cell, or none.
   *
   * @param value the amount, or {@code null} for a blank cell
   * @return the cell, or {@code null}
   */
  public static @Nullable Amount ofNullable(@Nullable BigDecimal value) {
    return value == null ? null : of(value);
  }

  /**
   * The number of a cell, for arithmetic: {@code null} when the cell is blank or prints a mark.
   *
   * @param cell the cell, or {@code null} for a blank one
   * @return its number, or {@code null}
   */
  public static @Nullable BigDecimal number(@Nullable Amount cell) {
    return cell == null ? null : cell.value;
  }

  /**
   * Whether the cell prints a mark rather than a number.
   *
   * @return {@code true} for a mark
   */
  public boolean isMark() {
    return mark != null;
  }

  /**
   * The cell as printed: the number in plain notation, or the mark.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value != null ? value.toPlainString() : Objects.requireNonNull(mark);
  }
}
