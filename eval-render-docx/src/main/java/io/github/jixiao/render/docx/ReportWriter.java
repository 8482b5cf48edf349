package io.github.jixiao.render.docx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportCover;
import io.github.jixiao.model.ReportNumbering;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.ReportTitles;
import io.github.jixiao.model.render.FindingIndex;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * A report (the department report, each 附件5-n) in the official document style: its cover on a
 * page of its own (no page number), the title (heading 1, unless the cover's title already is),
 * headings as written — or renumbered 一、（一）1.（1） when the request asks — in the heading
 * styles (一级 黑体, 二级 楷体, deeper 仿宋 bold), paragraphs in 仿宋 with the two-character
 * indent. A finding that quotes a phrase of the text (「…」) is a comment on that phrase; the
 * others go on the heading or paragraph they point at, or on the title.
 */
final class ReportWriter {

  private static final Pattern QUOTE = Pattern.compile("「([^」]{2,})」");
  /** Empty lines above the cover's title and between it and the cover's other lines. */
  private static final int ABOVE_COVER_TITLE = 6;
  private static final int BELOW_COVER_TITLE = 7;

  private final Docx d;
  private final List<Quoted> quoted = new ArrayList<>();

  private record Quoted(String text, FindingIndex.Entry entry) {}

  ReportWriter(Docx d) {
    this.d = d;
  }

  /**
   * The heading the navigation pane and the contents show for a report: its cover's title, else
   * its title, on one line; else {@code fallback}.
   */
  static String entry(Report r, String fallback) {
    if (r.cover() != null && r.cover().title() != null && !r.cover().title().isBlank()) {
      return ReportTitles.oneLine(r.cover().title());
    }
    if (r.title() != null && !r.title().isBlank()) {
      return ReportTitles.oneLine(r.title());
    }
    return fallback;
  }

  /**
   * A project report's name when it prints neither cover title nor title: "附件5-n 项目名", its
   * label as printed, or that of its project's form with 5 for 3, else its place.
   */
  static String entry(EvaluationPackage pkg, Report r, int i) {
    String name = r.projectId() == null ? "项目支出绩效自评报告"
        : pkg.project(r.projectId()).map(Project::name).orElse("项目支出绩效自评报告");
    return "附件" + ReportTitles.label(pkg, r, i) + " " + name;
  }

  /**
   * A title broken into even lines before a word ({@link ReportTitles#balance}), widths in
   * Chinese characters (Latin letters and digits half).
   *
   * @param title the title as written (its own line breaks kept)
   * @param capacity how many Chinese characters a line holds
   */
  static String balance(String title, double capacity) {
    return ReportTitles.balance(title, capacity, ReportWriter::units);
  }

  private static double units(String s) {
    double n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) < 0x80 ? 0.5 : 1;
    }
    return n;
  }

  void write(Report report, String base, String fallback) {
    String where = report.label() != null ? "附件" + report.label() : fallback;
    if (d.marksFindings()) {
      for (FindingIndex.Entry e : d.findings.under(base)) {
        Matcher m = QUOTE.matcher(e.finding().messageZh());
        if (m.find() && report.allParagraphs().anyMatch(p -> p.contains(m.group(1)))) {
          quoted.add(new Quoted(m.group(1), e));
        }
      }
    }
    ReportCover cover = report.cover();
    boolean hasTitle = report.title() != null && !report.title().isBlank();
    boolean coverTitle = cover != null && cover.title() != null && !cover.title().isBlank();
    d.begin(Docx.Layout.REPORT, cover != null);
    XWPFParagraph outline = null;
    if (cover != null) {
      outline = cover(report, cover, base, where, coverTitle || !hasTitle ? null : report.title());
      if (outline != null && !coverTitle) {
        d.anchor(outline, base + "/title", base);
      }
    }
    if (hasTitle) {
      XWPFParagraph t = d.paragraph(StyleSheet.TITLE);
      if (cover != null) {
        Docx.pageBreakBefore(t);
      }
      if (outline != null) {
        // the cover's title is the heading: this one is body text for the navigation pane
        t.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
      }
      Docx.text(t, balance(report.title().strip(), StyleSheet.REPORT_WIDTH / (StyleSheet.ERHAO * 10.0)), where + " 标题");
      d.anchor(t, base + "/title", base);
      outline = outline == null ? t : outline;
    }
    if (outline == null) {
      // neither cover nor title: the report's name, so that the navigation pane and comments find it
      XWPFParagraph l = d.paragraph(StyleSheet.LABEL);
      l.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
      Docx.text(l, fallback, where);
      d.anchor(l, base);
    }
    for (int i = 0; i < report.preamble().size(); i++) {
      paragraph(report.preamble().get(i), base + "/preamble/" + i, where);
    }
    for (int i = 0; i < report.sections().size(); i++) {
      section(report.sections().get(i), base + "/sections/" + i, 0, i + 1, where);
    }
    for (int i = 0; i < report.closing().size(); i++) {
      paragraph(report.closing().get(i), base + "/closing/" + i, where);
    }
  }

  /** The cover: the label at the top, the title in the upper middle, the other lines below. */
  private @Nullable XWPFParagraph cover(Report report, ReportCover cover, String base, String where,
      @Nullable String titleInstead) {
    int spacers = ABOVE_COVER_TITLE;
    if (report.label() != null) {
      XWPFParagraph l = d.paragraph(StyleSheet.LABEL);
      Docx.text(l, "附件" + report.label(), where);
      spacers--;
    }
    for (int i = 0; i < spacers; i++) {
      d.paragraph(StyleSheet.COVER_LINE);
    }
    // the cover's own title, else the report's (printed again above the text, as the PDF has it)
    String title = cover.title() != null && !cover.title().isBlank() ? cover.title() : titleInstead;
    XWPFParagraph t = null;
    if (title != null) {
      t = d.paragraph(StyleSheet.COVER_TITLE);
      t.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
      // 一号 on the 156 mm line: 17 Chinese characters
      Docx.text(t, balance(title.strip(), StyleSheet.REPORT_WIDTH / (StyleSheet.YIHAO * 10.0)), where + " 封面");
      d.anchor(t, base + "/cover/title", base + "/cover", base);
    }
    for (int i = 0; i < BELOW_COVER_TITLE; i++) {
      d.paragraph(StyleSheet.COVER_LINE);
    }
    for (int i = 0; i < cover.lines().size(); i++) {
      XWPFParagraph p = d.paragraph(StyleSheet.COVER_LINE);
      Docx.text(p, cover.lines().get(i), where + " 封面");
      d.anchor(p, base + "/cover/lines/" + i);
    }
    return t;
  }

  private void section(ReportSection s, String pointer, int depth, int index, String where) {
    String heading = d.request.renumbered() ? ReportNumbering.renumber(s.heading(), depth, index) : s.heading().strip();
    XWPFParagraph h = d.paragraph(depth == 0 ? StyleSheet.H1 : depth == 1 ? StyleSheet.H2 : StyleSheet.H3);
    Docx.text(h, heading, where + " " + heading);
    d.anchor(h, pointer + "/heading", pointer);
    for (int i = 0; i < s.paragraphs().size(); i++) {
      paragraph(s.paragraphs().get(i), pointer + "/paragraphs/" + i, where);
    }
    int offset = ReportNumbering.subsectionOffset(s);
    for (int i = 0; i < s.sections().size(); i++) {
      section(s.sections().get(i), pointer + "/sections/" + i, depth + 1, offset + i + 1, where);
    }
  }

  /** A paragraph of text; each quoted phrase a run of its own, with its finding's comment. */
  private void paragraph(String text, String pointer, String where) {
    XWPFParagraph p = d.paragraph(StyleSheet.BODY);
    String rest = text;
    for (Quoted q : quoted) {
      int at = rest.indexOf(q.text());
      if (at < 0) {
        continue;
      }
      Docx.text(p, rest.substring(0, at), where);
      XWPFRun r = Docx.text(p, q.text(), where);
      shade(r, Docx.background(q.entry().finding().severity()));
      d.comments.phrase(q.entry(), p, r, r);
      rest = rest.substring(at + q.text().length());
    }
    Docx.text(p, rest, where);
    d.anchor(p, pointer);
  }

  private static void shade(XWPFRun r, String rgb) {
    CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    CTShd shd = pr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(rgb);
  }
}
