package io.github.jixiao.model;

import io.github.jixiao.model.constraint.DecimalMin;
import io.github.jixiao.model.constraint.Points;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 资金行 — one row of the funds block, amounts in 万元 as printed (blank = {@code null}).
 *
 * @param kind which row
 * @param label the row's text as printed ("其中：当年财政拨款")
 * @param initialBudget 年初预算数
 * @param annualBudget 全年预算数
 * @param executed 全年执行数
 * @param weight 分值 (printed on the 年度资金总额 row)
 * @param executionRate 执行率 as printed ("100%", "100％")
 * @param score 得分 (the reported budget-execution score)
 */
public record FundsRow(
    FundsRowKind kind,
    @Nullable String label,
    @DecimalMin(value = "0", message = "金额不能为负数 / amount must not be negative") @Nullable BigDecimal initialBudget,
    @DecimalMin(value = "0", message = "金额不能为负数 / amount must not be negative") @Nullable BigDecimal annualBudget,
    @DecimalMin(value = "0", message = "金额不能为负数 / amount must not be negative") @Nullable BigDecimal executed,
    @Points(max = 100) @Nullable ScoreCell weight,
    @Nullable String executionRate,
    @Points @Nullable ScoreCell score) {
  public FundsRow {
    Checks.required(kind, "kind");
  }
}
