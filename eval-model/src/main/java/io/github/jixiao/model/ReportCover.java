package io.github.jixiao.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cover page of a report.
 *
 * @param title the title as printed on the cover
 * @param lines the other cover lines as printed ("部门（单位）名称：（盖章）", the date)
 */
public record ReportCover(@Nullable String title, List<String> lines) {
  /**
   * Copies the lines; {@code null} becomes an empty list.
   *
   * @param title the title on the cover, or {@code null}
   * @param lines the other cover lines; {@code null} for none
   * @throws FieldException when a line is {@code null}
   */
  public ReportCover {
    lines = Checks.list(lines, "lines");
  }
}
