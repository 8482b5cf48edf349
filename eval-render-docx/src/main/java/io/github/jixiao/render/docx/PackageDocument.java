package io.github.jixiao.render.docx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The package as one document, in printed order: (the contents), the department report, 附件1,
 * 附件2, 附件3-n, 附件5-n, and, when findings are shown, 审核意见 — the list of every finding with
 * its id, for whoever reads a copy without the comments.
 */
final class PackageDocument {

  private PackageDocument() {}

  /**
   * Writes the package's document; each part leaves POI's model as soon as it is written
   * ({@link Docx#flush}), so the model holds one part at a time, whatever the package's size.
   */
  static void write(RenderRequest request, OutputStream out) throws IOException {
    EvaluationPackage pkg = request.pkg();
    Docx d = new Docx(request);
    try {
      if (request.mode() != RenderMode.SUBMISSION) {
        contents(d, pkg);
        d.flush(null);
      }
      if (pkg.departmentReport() != null) {
        new ReportWriter(d).write(pkg.departmentReport(), "/departmentReport", "部门整体支出绩效自评报告");
        d.flush("/departmentReport");
      }
      if (pkg.basicData() != null) {
        new BasicDataWriter(d).write(pkg.basicData());
        d.flush("/basicData");
      }
      FormWriter forms = new FormWriter(d);
      if (pkg.departmentEvaluation() != null) {
        forms.write(pkg.departmentEvaluation(), "/departmentEvaluation", true);
        d.flush("/departmentEvaluation");
      }
      for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
        forms.write(pkg.projectEvaluations().get(i), "/projectEvaluations/" + i, false);
        d.flush("/projectEvaluations/" + i);
      }
      for (int i = 0; i < pkg.projectReports().size(); i++) {
        Report r = pkg.projectReports().get(i);
        new ReportWriter(d).write(r, "/projectReports/" + i, ReportWriter.entry(pkg, r, i));
        d.flush("/projectReports/" + i);
      }
      if (d.showsFindings() && !d.findings.isEmpty()) {
        findings(d);
      }
      if (d.isEmpty()) {
        d.begin(Docx.Layout.REPORT, false);
        XWPFParagraph p = d.paragraph(StyleSheet.BODY);
        Docx.text(p, pkg.year() + "年度 " + pkg.department() + "：本材料没有表格或报告", "空材料");
        d.anchor(p, "");
      }
      d.write(out);
    } finally {
      d.discard();
    }
  }

  /** The entries of the contents: each part's heading as the navigation pane shows it. */
  static List<String> entries(EvaluationPackage pkg) {
    List<String> out = new ArrayList<>();
    if (pkg.departmentReport() != null) {
      out.add(ReportWriter.entry(pkg.departmentReport(), "部门整体支出绩效自评报告"));
    }
    if (pkg.basicData() != null) {
      out.add("附件" + pkg.basicData().label());
    }
    pkg.forms().forEach(f -> out.add(FormWriter.entry(f)));
    for (int i = 0; i < pkg.projectReports().size(); i++) {
      Report r = pkg.projectReports().get(i);
      out.add(ReportWriter.entry(r, ReportWriter.entry(pkg, r, i)));
    }
    return out;
  }

  /**
   * 目录: a TOC field over the level-1 headings, its result the parts' headings without page
   * numbers until Word updates it (the settings ask Word to update fields when it opens the file).
   */
  private static void contents(Docx d, EvaluationPackage pkg) {
    d.begin(Docx.Layout.REPORT, false);
    XWPFParagraph head = d.paragraph(StyleSheet.TOC_HEADING);
    Docx.text(head, "目  录", "目录");
    List<String> entries = entries(pkg);
    XWPFParagraph first = d.paragraph("TOC1");
    first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    var instr = first.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
    instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    XWPFParagraph last = first;
    for (int i = 0; i < entries.size(); i++) {
      XWPFParagraph p = i == 0 ? first : d.paragraph("TOC1");
      Docx.text(p, entries.get(i), "目录");
      last = p;
    }
    last.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    d.doc.getSettings().setUpdateFields();
  }

  /** 审核意见: every finding with its id, severity, place and message, in the one numbering. */
  private static void findings(Docx d) throws IOException {
    d.begin(Docx.Layout.FORM, false);
    XWPFParagraph t = d.paragraph(StyleSheet.FORM_TITLE);
    Docx.text(t, "审核意见", "审核意见");
    XWPFParagraph note = d.paragraph(StyleSheet.NOTE);
    Docx.text(note, "jixiao 审核（评分规则 " + d.request.evaluation().profile() + "）：共 " + d.findings.size()
        + " 条" + (d.marksFindings() ? "；每条也以批注标在所指的单元格或文字上" : "")
        + "，编号与评分结果（score JSON）的 id 相同。", "审核意见");
    int[] widths = {560, 900, 2400, 6366};
    XWPFTable table = d.table(widths);
    XWPFTableRow h = Docx.row(table, true);
    String[] heads = {"编号", "级别", "位置", "说明"};
    for (int i = 0; i < heads.length; i++) {
      XWPFTableCell c = Docx.cell(h, widths[i], 1, null);
      Docx.paragraph(c).setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
      Docx.text(Docx.paragraph(c), heads[i], "审核意见");
    }
    for (FindingIndex.Entry e : d.findings.all()) {
      Finding f = e.finding();
      XWPFTableRow r = Docx.row(table, false);
      String compared = Comments.compared(f);
      String[] values = {String.valueOf(e.number()), f.severity().chinese(), f.location().toString(),
          f.messageZh() + (compared == null ? "" : "\n" + compared)};
      for (int i = 0; i < values.length; i++) {
        XWPFTableCell c = Docx.cell(r, widths[i], 1, null);
        Docx.text(Docx.paragraph(c), values[i], "审核意见 " + e.number());
      }
      Docx.shade(r.getCell(1), Docx.background(f.severity()));
      if (e.number() % 256 == 0) {
        d.spoolRows(table);
      }
    }
    d.end(table);
  }
}
