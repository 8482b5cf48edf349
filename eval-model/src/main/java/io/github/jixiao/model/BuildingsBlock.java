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
  public BuildingsBlock {
    rows = Checks.list(rows, "rows");
  }
}
