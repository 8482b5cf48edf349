package io.github.jixiao.model;

import io.github.jixiao.model.constraint.DecimalMin;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One part of the department form's funds split, as printed in the form's unit.
 *
 * @param kind which part
 * @param label the text as printed ("一般公共预算")
 * @param amount the amount printed after the label, or {@code null} when blank
 */
public record FundSplit(
    FundSplitKind kind,
    @Nullable String label,
    @DecimalMin(value = "0", message = "金额不能为负数 / amount must not be negative") @Nullable Amount amount) {
  /**
   * Checks that {@code kind} is present; a negative amount is left to validation.
   *
   * @param kind which part, required
   * @param label the text as printed, or {@code null}
   * @param amount the amount as printed, or {@code null}
   * @throws FieldException when {@code kind} is missing
   */
  public FundSplit {
    Checks.required(kind, "kind");
  }

}
