package io.github.jixiao.model;

import io.github.jixiao.model.constraint.DecimalMax;
import io.github.jixiao.model.constraint.DecimalMin;
import io.github.jixiao.model.constraint.Points;
import io.github.jixiao.model.constraint.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 一级指标 — a level-1 cell of the indicator table and the level-2 groups under it.
 *
 * @param indicator which level-1 indicator, or {@code null} for a flat list with no level 1
 * @param label the cell's text as printed, weight included ("产出指标（30分）")
 * @param weight the weight printed in the label (the 30 of "（30分）"), or {@code null}
 * @param children the level-2 groups in printed order
 * @param type the group's level-1 type in the form's framework ({@code "decision"}, {@code "process"}), or
 *     {@code null} when the label names none of them
 * @param score the 得分 printed for the whole group, or {@code null} when only its rows carry scores
 */
public record Level1Group(
    @Nullable Level1Indicator indicator,
    @Nullable String label,
    @DecimalMin(value = "0", message = "一级指标分值不能为负数 / level-1 weight must not be negative")
        @DecimalMax(value = "100", message = "一级指标分值不能超过100 / level-1 weight must not exceed 100")
        @Nullable BigDecimal weight,
    List<@Valid Level2Group> children,
    @Nullable String type,
    @Points @Nullable ScoreCell score) {
  /**
   * Copies the children; {@code null} becomes an empty list. The weight's range is left to validation.
   *
   * @param indicator which level-1 indicator, or {@code null}
   * @param label the cell's text as printed, or {@code null}
   * @param weight the weight printed in the label, or {@code null}
   * @param children the level-2 groups; {@code null} for none
   * @param type the framework's level-1 type, or {@code null}
   * @param score the group's printed 得分, or {@code null}
   * @throws FieldException when a child is {@code null}
   */
  public Level1Group {
    children = Checks.list(children, "children");
  }

  /**
   * A group of the self-evaluation tree, its score carried by its rows.
   *
   * @param indicator which level-1 indicator, or {@code null}
   * @param label the cell's text as printed, or {@code null}
   * @param weight the weight printed in the label, or {@code null}
   * @param children the level-2 groups; {@code null} for none
   */
  public Level1Group(@Nullable Level1Indicator indicator, @Nullable String label, @Nullable BigDecimal weight,
      @Nullable List<Level2Group> children) {
    this(indicator, label, weight, children, null, null);
  }
}
