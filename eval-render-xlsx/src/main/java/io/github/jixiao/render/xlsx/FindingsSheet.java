package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.render.xlsx.layout.Words;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * 审核意见 — every finding in the package's one numbering ({@link FindingIndex}: 序号 is the
 * finding's id, the same as in the PDF, the HTML and the score JSON's {@code "id"}), with a link
 * to the cell it is about.
 */
final class FindingsSheet {
  static final String[] HEADS = {"序号", "附件", "严重程度", "代码", "位置", "审核意见", "应为", "填报", "单元格"};
  static final double[] WIDTHS = {5, 8, 8, 26, 28, 56, 10, 10, 14};
  static final String[] SEVERITY_FILLS = {"FFC7CE", "FFEB9C", "DDEBF7"};

  /** Where a finding points in the workbook. @param sheet the sheet name @param cell "H25" */
  record Target(String sheet, String cell) {
    String address() {
      return "'" + sheet.replace("'", "''") + "'!" + cell;
    }

    String text() {
      return sheet + "!" + cell;
    }
  }

  private FindingsSheet() {}

  /**
   * Writes the sheet.
   *
   * @param findings the findings in numbering order, or {@code null} when no evaluation was given
   * @param where the cell a finding marks, or {@code null} when it is not in the workbook
   */
  static void write(XmlSheet sheet, Styles styles, @Nullable List<FindingIndex.Entry> findings,
      Function<Finding, @Nullable Target> where) throws IOException {
    XmlSheet.Cell tc = sheet.row(0).height(30).cell(0).style(styles.get(Style.TITLE.h(Style.Horizontal.LEFT).wrap(false)));
    if (findings == null) {
      tc.text("审核意见（未提供审核结果 / no evaluation was given）");
    } else {
      long e = findings.stream().filter(f -> f.finding().severity() == Severity.ERROR).count();
      long w = findings.stream().filter(f -> f.finding().severity() == Severity.WARNING).count();
      long i = findings.size() - e - w;
      tc.text("审核意见（共 " + findings.size() + " 条：错误 " + e + "，警告 " + w + "，提示 " + i + "）");
    }
    XmlSheet.Row h = sheet.row(1).height(24);
    for (int k = 0; k < HEADS.length; k++) {
      h.cell(k).text(HEADS[k]).style(styles.get(Style.HEAD));
    }
    int r = 2;
    if (findings != null) {
      for (FindingIndex.Entry entry : findings) {
        Finding f = entry.finding();
        XmlSheet.Row row = sheet.row(r);
        // stripped: the location of a row without name or group labels (a flat list) ends in a space,
        // and a shared string with white space at an end needs xml:space, which the schema refuses
        String where2 = f.location().toString().strip();
        double height = 0;
        String[] texts = {f.code().name(), where2, f.messageZh(), f.expected(), f.found()};
        int[] cols = {3, 4, 5, 6, 7};
        for (int k = 0; k < texts.length; k++) {
          if (texts[k] != null) {
            height = Math.max(height, TextMetrics.height(texts[k], WIDTHS[cols[k]], Style.Font.BODY.points, true));
          }
        }
        row.height((float) Math.min(409, Math.max(TextMetrics.MIN_ROW_POINTS, height)));
        row.cell(0).number(entry.number()).style(styles.get(Style.TABLE));
        cell(row, 1, f.location().form() == null ? "" : Words.ATTACHMENT + f.location().form(), styles.get(Style.TABLE));
        cell(row, 2, f.severity().chinese(),
            styles.get(Style.TABLE.fill(SEVERITY_FILLS[f.severity().ordinal()])));
        cell(row, 3, f.code().name(), styles.get(Style.TABLE_LEFT));
        cell(row, 4, where2, styles.get(Style.TABLE_LEFT));
        cell(row, 5, f.messageZh(), styles.get(Style.TABLE_LEFT));
        cell(row, 6, f.expected(), styles.get(Style.TABLE));
        cell(row, 7, f.found(), styles.get(Style.TABLE));
        Target target = where.apply(f);
        if (target != null) {
          cell(row, 8, target.text(), styles.get(Style.TABLE.font(Style.Font.LINK)));
          sheet.link(r, 8, target.address());
        } else {
          cell(row, 8, "（不在工作簿中）", styles.get(Style.TABLE));
        }
        r++;
      }
    }
    GridWriter.finishListing(sheet, WIDTHS, HEADS.length, r - 1);
  }

  /** A cell with text (as a cell must store it) or blank, and a format. */
  static XmlSheet.Cell cell(XmlSheet.Row row, int col, @Nullable String value, int style) {
    XmlSheet.Cell c = row.cell(col).style(style);
    if (value != null) {
      c.text(Values.cellText(value));
    }
    return c;
  }
}
