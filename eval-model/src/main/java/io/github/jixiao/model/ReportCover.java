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
  public ReportCover {
    lines = Checks.list(lines, "lines");
  }
}
