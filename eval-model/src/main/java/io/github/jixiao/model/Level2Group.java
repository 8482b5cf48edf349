package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Points;
import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 二级指标 — a level-2 cell of the indicator table and the level-3 rows printed beside it.
 *
 * @param indicator which level-2 indicator, or {@code null} when the column is empty on the form
 * @param label the cell's text as printed ("经济效益指标", "经济效益 指标")
 * @param rows the level-3 rows, in printed order (may be empty: an empty level-2 row)
 * @param type the group's level-2 type in the form's framework ({@code "funds-management"}), or {@code null}
 * @param weight the 分值 printed for the whole group (a form scoring per 二级指标), or {@code null}
 * @param score the 得分 printed for the whole group, or {@code null}
 */
public record Level2Group(
    @Nullable Level2Indicator indicator, @Nullable String label, List<@Valid IndicatorRow> rows,
    @Nullable String type,
    @Points(max = 100) @Nullable ScoreCell weight,
    @Points @Nullable ScoreCell score) {
  /**
   * Copies the rows; {@code null} becomes an empty list.
   *
   * @param indicator which level-2 indicator, or {@code null}
   * @param label the cell's text as printed, or {@code null}
   * @param rows the level-3 rows; {@code null} for none
   * @param type the framework's level-2 type, or {@code null}
   * @param weight the group's printed 分值, or {@code null}
   * @param score the group's printed 得分, or {@code null}
   * @throws FieldException when a row is {@code null}
   */
  public Level2Group {
    rows = Checks.list(rows, "rows");
  }

  /**
   * A group whose weights and scores are its rows'.
   *
   * @param indicator which level-2 indicator, or {@code null}
   * @param label the cell's text as printed, or {@code null}
   * @param rows the level-3 rows; {@code null} for none
   */
  public Level2Group(@Nullable Level2Indicator indicator, @Nullable String label, @Nullable List<IndicatorRow> rows) {
    this(indicator, label, rows, null, null, null);
  }

  /**
   * Whether the group is scored as a whole, as a Hubei form prints it: it has rows, a 分值 or 得分 of
   * its own, and none of its rows prints either. Its 分值 and 得分 are then printed once, beside all
   * its rows.
   *
   * @return {@code true} for a group scored as a whole
   */
  public boolean scoredAsWhole() {
    return !rows.isEmpty() && (weight != null || score != null)
        && rows.stream().allMatch(r -> r.weight() == null && r.score() == null);
  }
}
