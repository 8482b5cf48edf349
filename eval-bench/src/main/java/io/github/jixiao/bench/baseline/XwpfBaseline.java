package io.github.jixiao.bench.baseline;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The seed's forms and reports written with raw XWPF, for the DOCX ratio: one table per form sheet
 * of {@link SheetSpec} (the same cells, the same merges as gridSpan and vMerge, 宋体 9 pt, centred
 * where the form centres), then each report's title, headings and paragraphs in 仿宋_GB2312 三号
 * with a two-character indent on 28.95 pt lines, a page break before each part. No styles part,
 * sections, footers, contents, comments, widths from text or deterministic zip: what jixiao adds.
 */
public final class XwpfBaseline {

  private XwpfBaseline() {}

  /** The forms only. */
  public static void forms(SheetSpec.Workbook spec, OutputStream out) throws IOException {
    write(spec, null, out);
  }

  /** The forms and the reports' text. */
  public static void full(SheetSpec.Workbook spec, EvaluationPackage pkg, OutputStream out) throws IOException {
    write(spec, pkg, out);
  }

  private static void write(SheetSpec.Workbook spec, EvaluationPackage pkg, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      if (pkg != null && pkg.departmentReport() != null) {
        report(doc, pkg.departmentReport());
      }
      for (SheetSpec s : spec.sheets()) {
        XWPFParagraph label = doc.createParagraph();
        label.setPageBreak(true);
        run(label, s.name(), "黑体", 16, false);
        table(doc, s, spec.looks());
      }
      if (pkg != null) {
        for (Report r : pkg.projectReports()) {
          report(doc, r);
        }
      }
      doc.write(out);
    }
  }

  private static XWPFRun run(XWPFParagraph p, String text, String font, double points, boolean bold) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setFontFamily("Times New Roman");
    r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    r.setFontSize(points);
    r.setBold(bold);
    return r;
  }

  private static void table(XWPFDocument doc, SheetSpec s, List<SheetSpec.Look> looks) {
    int cols = 0;
    for (SheetSpec.RowSpec r : s.rows()) {
      for (SheetSpec.CellSpec c : r.cells()) {
        cols = Math.max(cols, c.col() + 1);
      }
    }
    Map<Long, int[]> mergeAt = new HashMap<>();
    Set<Long> spanned = new HashSet<>();
    Map<Long, int[]> below = new HashMap<>();
    for (int[] m : s.merges()) {
      mergeAt.put(key(m[0], m[2]), m);
      for (int r = m[0]; r <= m[1]; r++) {
        for (int c = m[2]; c <= m[3]; c++) {
          if (c != m[2]) {
            spanned.add(key(r, c));
          } else if (r != m[0]) {
            below.put(key(r, c), m);
          }
        }
      }
    }
    XWPFTable t = doc.createTable();
    t.removeRow(0);
    int lastRow = s.rows().isEmpty() ? -1 : s.rows().get(s.rows().size() - 1).index();
    Map<Integer, SheetSpec.RowSpec> rows = new HashMap<>();
    s.rows().forEach(r -> rows.put(r.index(), r));
    for (int r = 0; r <= lastRow; r++) {
      SheetSpec.RowSpec row = rows.get(r);
      Map<Integer, SheetSpec.CellSpec> cells = new HashMap<>();
      if (row != null) {
        row.cells().forEach(c -> cells.put(c.col(), c));
      }
      XWPFTableRow tr = t.createRow();
      while (!tr.getTableCells().isEmpty()) {
        tr.removeCell(0);
      }
      for (int c = 0; c < cols; c++) {
        if (spanned.contains(key(r, c))) {
          continue;
        }
        XWPFTableCell cell = tr.addNewTableCell();
        CTTcPr pr = cell.getCTTc().addNewTcPr();
        int[] m = mergeAt.get(key(r, c));
        int[] over = below.get(key(r, c));
        int[] any = m != null ? m : over;
        if (any != null && any[3] > any[2]) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(any[3] - any[2] + 1));
        }
        if (m != null && m[1] > m[0]) {
          pr.addNewVMerge().setVal(STMerge.RESTART);
        } else if (over != null) {
          pr.addNewVMerge().setVal(STMerge.CONTINUE);
        }
        SheetSpec.CellSpec cs = over != null ? null : cells.get(c);
        SheetSpec.Look look = cs == null ? null : looks.get(cs.look());
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (look != null && look.center()) {
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        if (cs != null) {
          run(p, OpenPdfBaseline.text(cs, look), "宋体", look.points() >= 12 ? look.points() : 9, look.bold());
        }
      }
    }
  }

  private static long key(int r, int c) {
    return ((long) r << 16) | c;
  }

  private static void report(XWPFDocument doc, Report r) {
    if (r.title() != null) {
      XWPFParagraph p = doc.createParagraph();
      p.setPageBreak(true);
      p.setAlignment(ParagraphAlignment.CENTER);
      run(p, r.title(), "方正小标宋简体", 22, true);
    }
    r.preamble().forEach(t -> paragraph(doc, t, "仿宋_GB2312"));
    for (ReportSection s : r.sections()) {
      section(doc, s, 0);
    }
    r.closing().forEach(t -> paragraph(doc, t, "仿宋_GB2312"));
  }

  private static void section(XWPFDocument doc, ReportSection s, int depth) {
    paragraph(doc, s.heading(), depth == 0 ? "黑体" : depth == 1 ? "楷体_GB2312" : "仿宋_GB2312");
    s.paragraphs().forEach(t -> paragraph(doc, t, "仿宋_GB2312"));
    for (ReportSection child : s.sections()) {
      section(doc, child, depth + 1);
    }
  }

  private static void paragraph(XWPFDocument doc, String text, String font) {
    XWPFParagraph p = doc.createParagraph();
    p.setFirstLineIndent(640);
    p.setSpacingBetween(28.95, LineSpacingRule.EXACT);
    p.setAlignment(ParagraphAlignment.BOTH);
    run(p, text, font, 16, false);
  }
}
