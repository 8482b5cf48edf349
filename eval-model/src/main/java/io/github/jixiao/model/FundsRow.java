package io.github.jixiao.model;

import io.github.jixiao.model.constraint.DecimalMin;
import io.github.jixiao.model.constraint.Points;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 资金行 — one row of the funds block, amounts as printed in the form's unit (blank =
 * {@code null}; a printed "—" or "/" is a marked {@link Amount}).
 *
 * @param kind which row
 * @param label the row's text as printed ("其中：当年财政拨款")
 * @param initialBudget 年初预算数
 * @param annualBudget 全年预算数
 * @param executed 全年执行数
 * @param weight 分值 (printed on the 年度资金总额 row)
 * @param executionRate 执行率 as printed ("100%", "100％")
 * @param score 得分 (the reported budget-execution score)
 * @param deviationReason a reason printed for the execution rate (some provinces ask for one)
 */
public record FundsRow(
    FundsRowKind kind,
    @Nullable String label,
    @DecimalMin(value = "0", message = "金额不能为负数 / amount must not be negative") @Nullable Amount initialBudget,
    @DecimalMin(value = "0", message = "金额不能为负数 / amount must not be negative") @Nullable Amount annualBudget,
    @DecimalMin(value = "0", message = "金额不能为负数 / amount must not be negative") @Nullable Amount executed,
    @Points(max = 100) @Nullable ScoreCell weight,
    @Nullable String executionRate,
    @Points @Nullable ScoreCell score,
    @Nullable String deviationReason) {
  /**
   * Checks that {@code kind} is present; negative amounts and weights out of range are left to
   * validation.
   *
   * @param kind which row, required
   * @param label the row's text as printed, or {@code null}
   * @param initialBudget 年初预算数, or {@code null}
   * @param annualBudget 全年预算数, or {@code null}
   * @param executed 全年执行数, or {@code null}
   * @param weight 分值, or {@code null}
   * @param executionRate 执行率 as printed, or {@code null}
   * @param score 得分, or {@code null}
   * @param deviationReason a reason printed for the execution rate, or {@code null}
   * @throws FieldException when {@code kind} is missing
   */
  public FundsRow {
    Checks.required(kind, "kind");
  }

  /**
   * A row of numbers (no mark, no reason), as most forms print it.
   *
   * @param kind which row, required
   * @param label the row's text as printed, or {@code null}
   * @param initialBudget 年初预算数, or {@code null}
   * @param annualBudget 全年预算数, or {@code null}
   * @param executed 全年执行数, or {@code null}
   * @param weight 分值, or {@code null}
   * @param executionRate 执行率 as printed, or {@code null}
   * @param score 得分, or {@code null}
   */
  public FundsRow(FundsRowKind kind, @Nullable String label, @Nullable BigDecimal initialBudget,
      @Nullable BigDecimal annualBudget, @Nullable BigDecimal executed, @Nullable ScoreCell weight,
      @Nullable String executionRate, @Nullable ScoreCell score) {
    this(kind, label, Amount.ofNullable(initialBudget), Amount.ofNullable(annualBudget), Amount.ofNullable(executed),
        weight, executionRate, score, null);
  }
}
