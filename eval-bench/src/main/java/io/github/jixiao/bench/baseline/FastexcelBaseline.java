package io.github.jixiao.bench.baseline;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The package's forms written with dhatim fastexcel (a streaming writer that generates the XML
 * itself): the same cells, looks, merged regions, formulas, row heights and column widths as
 * {@link PoiBaseline}. fastexcel writes no cached result for a formula, and pools styles itself.
 */
public final class FastexcelBaseline {
  private FastexcelBaseline() {}

  /** Writes the forms. */
  public static void write(SheetSpec.Workbook spec, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "baseline", "1.0");
    wb.setGlobalDefaultFont("宋体", 10.5);
    for (SheetSpec s : spec.sheets()) {
      Worksheet ws = wb.newWorksheet(s.name());
      for (int c = 0; c < s.widths().length; c++) {
        ws.width(c, s.widths()[c]);
      }
      for (SheetSpec.RowSpec r : s.rows()) {
        ws.rowHeight(r.index(), r.height());
        for (SheetSpec.CellSpec c : r.cells()) {
          int row = r.index();
          if (c.formula() != null) {
            ws.formula(row, c.col(), c.formula());
          } else if (c.number() != null) {
            ws.value(row, c.col(), c.number());
          } else if (c.text() != null) {
            ws.value(row, c.col(), c.text());
          }
          SheetSpec.Look l = spec.looks().get(c.look());
          StyleSetter st = ws.style(row, c.col());
          st.fontName("宋体").fontSize(BigDecimal.valueOf(l.points()));
          if (l.bold()) {
            st.bold();
          }
          st.horizontalAlignment(l.center() ? "center" : "left").verticalAlignment("center").wrapText(l.wrap());
          if (l.border()) {
            st.borderStyle("thin");
          }
          if (l.fill() != null) {
            st.fillColor(l.fill());
          }
          if (l.format() != null) {
            st.format(l.format());
          }
          st.set();
        }
      }
      for (int[] m : s.merges()) {
        ws.range(m[0], m[2], m[1], m[3]).merge();
      }
      ws.finish();
    }
    wb.finish();
  }
}
