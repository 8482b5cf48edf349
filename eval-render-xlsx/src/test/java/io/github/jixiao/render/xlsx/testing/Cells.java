package io.github.jixiao.render.xlsx.testing;

import io.github.jixiao.render.xlsx.layout.Tags;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/** Small helpers to look at cells in tests (of the writer and of the importer). */
public final class Cells {
  private Cells() {}

  public static @Nullable Cell at(Sheet s, String a1) {
    CellAddress a = new CellAddress(a1);
    Row r = s.getRow(a.getRow());
    return r == null ? null : r.getCell(a.getColumn());
  }

  /** The string in the cell, "" when blank or missing. */
  public static String text(Sheet s, String a1) {
    Cell c = at(s, a1);
    return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
  }

  /** The merged region holding the cell, or {@code null}. */
  public static @Nullable CellRangeAddress merged(Sheet s, String a1) {
    CellAddress a = new CellAddress(a1);
    return s.getMergedRegions().stream().filter(r -> r.isInRange(a)).findFirst().orElse(null);
  }

  /** "A5:A9": the merged region holding the cell, or {@code null}. */
  public static @Nullable String region(Sheet s, String a1) {
    CellRangeAddress r = merged(s, a1);
    return r == null ? null : r.formatAsString();
  }

  /** The address of the first cell (row by row) whose string is exactly {@code text}. */
  public static @Nullable String find(Sheet s, String text) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return c.getAddress().formatAsString();
        }
      }
    }
    return null;
  }

  /** The 1-based row numbers whose hidden tag starts with {@code tag}. */
  public static List<Integer> rowsTagged(Sheet s, String tag) {
    List<Integer> rows = new ArrayList<>();
    int column = tagColumn(s);
    for (Row r : s) {
      Cell c = r.getCell(column);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(tag)) {
        rows.add(r.getRowNum() + 1);
      }
    }
    return rows;
  }

  /** The hidden tag column: where the first row's "jx:form" tag is ({@link Tags#COLUMN} unless extra columns moved it). */
  public static int tagColumn(Sheet s) {
    Row first = s.getRow(0);
    if (first != null) {
      for (Cell c : first) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(Tags.PREFIX)) {
          return c.getColumnIndex();
        }
      }
    }
    return Tags.COLUMN;
  }

  /** The strings of a row from column A up to (not including) {@code end}, "" for blank cells. */
  public static List<String> row(Sheet s, int row1, int end) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < end; c++) {
      out.add(text(s, new CellAddress(row1 - 1, c).formatAsString()));
    }
    return out;
  }
}
