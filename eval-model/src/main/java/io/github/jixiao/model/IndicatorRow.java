package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Points;
import org.jspecify.annotations.Nullable;

/**
 * 三级指标 — a level-3 indicator row of the self-evaluation table, as printed. Every cell may be
 * blank ({@code null}); a completely blank row is kept because the form prints it.
 *
 * @param name 三级指标 (the indicator's name)
 * @param target 年度指标值, as printed ("≥95%", "100套", "良好")
 * @param actual 实际完成值, as printed
 * @param weight 分值 (the reported weight)
 * @param score 得分 (the reported score)
 * @param deviationReason 偏差原因分析及改进措施
 */
public record IndicatorRow(
    @Nullable String name,
    @Nullable String target,
    @Nullable String actual,
    @Points(max = 100) @Nullable ScoreCell weight,
    @Points @Nullable ScoreCell score,
    @Nullable String deviationReason) {

  /**
   * Whether every cell of the row is blank.
   *
   * @return {@code true} when all six cells are {@code null}
   */
  public boolean isBlank() {
    return name == null && target == null && actual == null && weight == null && score == null
        && deviationReason == null;
  }
}
