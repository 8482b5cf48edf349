package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Points;
import org.jspecify.annotations.Nullable;

/**
 * 三级指标 — a level-3 indicator row of the self-evaluation table, as printed. Every cell may be
 * blank ({@code null}); a completely blank row is kept because the form prints it. The columns
 * some provinces add (计量单位, 指标性质, 调整后指标值, 得分系数, 是否核心指标) and the 评分表's
 * (评价标准, 指标说明) are kept as printed.
 *
 * @param name 三级指标 (the indicator's name)
 * @param unitOfMeasure 计量单位, as printed ("个", "%")
 * @param nature 指标性质, as printed ("正向", "反向", "定量", "定性", "≥")
 * @param target 年度指标值, as printed ("≥95%", "100套", "良好")
 * @param adjustedTarget 调整后指标值, as printed
 * @param actual 实际完成值, as printed
 * @param weight 分值 (the reported weight)
 * @param scoreCoefficient 得分系数, as printed ("0.9", "90%")
 * @param score 得分 (the reported score)
 * @param core 是否核心指标, as printed ("是", "否", "√")
 * @param criteria 评价标准 (评分标准): the rule the row is scored by, as a 评分表 prints it
 *     ("100%计满分,每低于5%扣2分,扣完为止。")
 * @param explanation 指标说明 (指标解释): what the indicator measures, as printed ("预算完成率=…")
 * @param deviationReason 偏差原因分析及改进措施
 * @param execution whether the row is the budget execution (预算执行率) printed as an indicator, as the
 *     evaluation framework does under 过程/资金管理: its target and actual are rates, its score is checked
 *     like the funds block's
 */
public record IndicatorRow(
    @Nullable String name,
    @Nullable String unitOfMeasure,
    @Nullable String nature,
    @Nullable String target,
    @Nullable String adjustedTarget,
    @Nullable String actual,
    @Points(max = 100) @Nullable ScoreCell weight,
    @Nullable String scoreCoefficient,
    @Points @Nullable ScoreCell score,
    @Nullable String core,
    @Nullable String criteria,
    @Nullable String explanation,
    @Nullable String deviationReason,
    boolean execution) {

  /**
   * A row without the 评分表's columns (评价标准, 指标说明).
   *
   * @param name 三级指标, or {@code null}
   * @param unitOfMeasure 计量单位, or {@code null}
   * @param nature 指标性质, or {@code null}
   * @param target 年度指标值, or {@code null}
   * @param adjustedTarget 调整后指标值, or {@code null}
   * @param actual 实际完成值, or {@code null}
   * @param weight 分值, or {@code null}
   * @param scoreCoefficient 得分系数, or {@code null}
   * @param score 得分, or {@code null}
   * @param core 是否核心指标, or {@code null}
   * @param deviationReason 偏差原因分析及改进措施, or {@code null}
   * @param execution whether the row is the budget execution printed as an indicator
   */
  public IndicatorRow(@Nullable String name, @Nullable String unitOfMeasure, @Nullable String nature,
      @Nullable String target, @Nullable String adjustedTarget, @Nullable String actual, @Nullable ScoreCell weight,
      @Nullable String scoreCoefficient, @Nullable ScoreCell score, @Nullable String core,
      @Nullable String deviationReason, boolean execution) {
    this(name, unitOfMeasure, nature, target, adjustedTarget, actual, weight, scoreCoefficient, score, core, null, null,
        deviationReason, execution);
  }

  /**
   * A row as printed with all its columns, not marked as the budget execution.
   *
   * @param name 三级指标, or {@code null}
   * @param unitOfMeasure 计量单位, or {@code null}
   * @param nature 指标性质, or {@code null}
   * @param target 年度指标值, or {@code null}
   * @param adjustedTarget 调整后指标值, or {@code null}
   * @param actual 实际完成值, or {@code null}
   * @param weight 分值, or {@code null}
   * @param scoreCoefficient 得分系数, or {@code null}
   * @param score 得分, or {@code null}
   * @param core 是否核心指标, or {@code null}
   * @param deviationReason 偏差原因分析及改进措施, or {@code null}
   */
  public IndicatorRow(@Nullable String name, @Nullable String unitOfMeasure, @Nullable String nature,
      @Nullable String target, @Nullable String adjustedTarget, @Nullable String actual, @Nullable ScoreCell weight,
      @Nullable String scoreCoefficient, @Nullable ScoreCell score, @Nullable String core,
      @Nullable String deviationReason) {
    this(name, unitOfMeasure, nature, target, adjustedTarget, actual, weight, scoreCoefficient, score, core,
        deviationReason, false);
  }

  /**
   * A row with the columns every form prints (三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因).
   *
   * @param name 三级指标, or {@code null}
   * @param target 年度指标值 as printed, or {@code null}
   * @param actual 实际完成值 as printed, or {@code null}
   * @param weight 分值, or {@code null}
   * @param score 得分, or {@code null}
   * @param deviationReason 偏差原因分析及改进措施, or {@code null}
   */
  public IndicatorRow(@Nullable String name, @Nullable String target, @Nullable String actual,
      @Nullable ScoreCell weight, @Nullable ScoreCell score, @Nullable String deviationReason) {
    this(name, null, null, target, null, actual, weight, null, score, null, deviationReason);
  }

  /**
   * Whether every cell of the row is blank.
   *
   * @return {@code true} when all cells are {@code null}
   */
  public boolean isBlank() {
    return name == null && unitOfMeasure == null && nature == null && target == null && adjustedTarget == null
        && actual == null && weight == null && scoreCoefficient == null && score == null && core == null
        && criteria == null && explanation == null && deviationReason == null && !execution;
  }
}
