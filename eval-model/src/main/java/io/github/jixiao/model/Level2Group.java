package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 二级指标 — a level-2 cell of the indicator table and the level-3 rows printed beside it.
 *
 * @param indicator which level-2 indicator, or {@code null} when the column is empty on the form
 * @param label the cell's text as printed ("经济效益指标", "经济效益 指标")
 * @param rows the level-3 rows, in printed order (may be empty: an empty level-2 row)
 */
public record Level2Group(
    @Nullable Level2Indicator indicator, @Nullable String label, List<@Valid IndicatorRow> rows) {
  /**
   * Copies the rows; {@code null} becomes an empty list.
   *
   * @param indicator which level-2 indicator, or {@code null}
   * @param label the cell's text as printed, or {@code null}
   * @param rows the level-3 rows; {@code null} for none
   * @throws FieldException when a row is {@code null}
   */
  public Level2Group {
    rows = Checks.list(rows, "rows");
  }
}
