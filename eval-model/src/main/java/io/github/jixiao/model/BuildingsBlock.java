package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 楼堂馆所控制情况 — the buildings block of 附件1.
 *
 * @param label the block's label as printed
 * @param rows the building projects (empty when the block is blank)
 */
public record BuildingsBlock(@Nullable String label, List<@Valid BuildingRow> rows) {
  /**
   * Copies the rows; {@code null} becomes an empty list.
   *
   * @param label the block's label as printed, or {@code null}
   * @param rows the building projects; {@code null} for none
   * @throws FieldException when a row is {@code null}
   */
  public BuildingsBlock {
    rows = Checks.list(rows, "rows");
  }
}
