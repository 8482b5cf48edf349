package io.github.jixiao.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportCover;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.render.pdf.Fonts.Role;
import io.github.jixiao.render.pdf.Typo.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A report (the department report, each 附件5-n project report) in official-document style
 * (GB/T 9704): an optional cover page, the title, headings renumbered by depth (一、 / （一） /
 * 1. / （1）), paragraphs with a two-character first-line indent and fixed line spacing.
 * Findings about a report mark the sentence they quote (「…」) or else the title.
 */
final class ReportRenderer {

  /** 三号 (16 pt) body, 22 lines per page as GB/T 9704 has it. */
  static final float BODY = 16f;
  static final float LEADING = 28.9f;
  static final float TITLE = 22f;
  /** Cover titles: 一号 (26 pt). */
  static final float COVER = 26f;
  private static final Pattern QUOTE = Pattern.compile("「([^」]{2,})」");

  private final Context cx;
  private final TableKit kit;
  private final Typo typo;
  private final Style body = Typo.style(Role.BODY, BODY);

  ReportRenderer(Context cx, TableKit kit) {
    this.cx = cx;
    this.kit = kit;
    this.typo = cx.typo;
  }

  /**
   * Renders the report on new pages.
   *
   * @param report the report
   * @param base its JSON pointer
   * @param bookmarkTitle the bookmark's text
   * @param bookmarkParent the bookmark group, or {@code null}
   */
  void render(Report report, String base, String bookmarkTitle, @Nullable String bookmarkParent)
      throws DocumentException {
    String where = report.label() != null ? "附件" + report.label() : bookmarkTitle;
    List<Marks.Entry> findings = cx.marks.under(base);
    List<Quoted> quoted = new ArrayList<>();
    List<Marks.Entry> onTitle = new ArrayList<>();
    for (Marks.Entry e : findings) {
      Matcher m = QUOTE.matcher(e.finding().messageZh());
      if (m.find() && report.allParagraphs().anyMatch(p -> p.contains(m.group(1)))) {
        quoted.add(new Quoted(m.group(1), e));
      } else {
        onTitle.add(e);
      }
    }

    String key = null;
    ReportCover cover = report.cover();
    if (cover != null) {
      key = cover(report, cover, where, bookmarkTitle, bookmarkParent, onTitle);
    }
    cx.begin(Context.Layout.REPORT);
    if (report.title() != null && !report.title().isBlank()) {
      Style ts = Typo.style(Role.TITLE, TITLE).asBold();
      Phrase tp = typo.phrase(balance(report.title(), cx.width(), ts), ts, where + " 标题");
      if (key == null) {
        key = cx.events.anchor(tp, bookmarkTitle, bookmarkParent, null);
        tp.addAll(kit.markers(onTitle, TITLE));
      }
      Paragraph t = new Paragraph(tp);
      t.setAlignment(Element.ALIGN_CENTER);
      t.setLeading(TITLE * 1.45f, 0);
      t.setSpacingAfter(LEADING * 0.8f);
      cx.add(t);
    }
    if (key == null) {
      // neither cover nor title: the bookmark and the report's findings go on the first text
      pending = new Pending(bookmarkTitle, bookmarkParent, onTitle);
      key = "report:" + base;
    }
    for (String p : report.preamble()) {
      paragraph(p, quoted, where, key);
    }
    for (int i = 0; i < report.sections().size(); i++) {
      section(report.sections().get(i), 0, i + 1, key, where, quoted);
    }
    for (String p : report.closing()) {
      paragraph(p, quoted, where, key);
    }
    pending = null;
  }

  private record Quoted(String text, Marks.Entry entry) {}

  /**
   * A project report's bookmark, "附件5-n 标题": its label as printed (附件5-5), or for a report
   * printed without one the label of its project's form with 5 for 3 (the report of 附件3-1 is
   * 附件5-1), else its place among the reports; then its own title as printed where the bookmark
   * points — the cover's title when it has a cover, else the title above its text — on one line.
   *
   * @param pkg the package
   * @param r the report
   * @param i its index among the package's project reports
   */
  static String bookmark(EvaluationPackage pkg, Report r, int i) {
    String label = io.github.jixiao.model.ReportTitles.label(pkg, r, i);
    String title = r.cover() != null && r.cover().title() != null && !r.cover().title().isBlank() ? r.cover().title()
        : r.title();
    if (title == null || title.isBlank()) {
      title = r.projectId() == null ? "项目支出绩效自评报告"
          : pkg.project(r.projectId()).map(Project::name).orElse("项目支出绩效自评报告");
    }
    return "附件" + label + " " + io.github.jixiao.model.ReportTitles.oneLine(title);
  }

  /** A title broken into even lines before a word ({@link io.github.jixiao.model.ReportTitles#balance}). */
  String balance(String title, float width, Style style) {
    return io.github.jixiao.model.ReportTitles.balance(title, width, t -> typo.width(t, style));
  }

  private record Pending(String title, @Nullable String parent, List<Marks.Entry> marks) {}

  private @Nullable Pending pending;

  /** Anchors a bookmark left pending (a report without cover and title) on this phrase. */
  private void settle(Phrase phrase, String key) {
    Pending p = pending;
    if (p != null && !phrase.getChunks().isEmpty()) {
      cx.events.anchor(phrase, p.title(), p.parent(), key);
      phrase.addAll(kit.markers(p.marks(), BODY));
      pending = null;
    }
  }

  private @Nullable String cover(Report report, ReportCover cover, String where, String bookmarkTitle,
      @Nullable String parent, List<Marks.Entry> onTitle) throws DocumentException {
    cx.begin(Context.Layout.REPORT);
    cx.events.noFooterOnCurrentPage(cx.writer);
    float left = cx.doc.left();
    float right = cx.doc.right();
    float top = cx.doc.getPageSize().getHeight();
    String key = null;
    if (report.label() != null) {
      ColumnText lc = new ColumnText(cx.writer.getDirectContent());
      lc.setSimpleColumn(left, top - 140, right, top - 60);
      Paragraph lp = new Paragraph(typo.phrase("附件" + report.label(), Typo.style(Role.HEADING, BODY).asBold(), where));
      lc.addElement(lp);
      lc.go();
    }
    String title = cover.title() != null && !cover.title().isBlank() ? cover.title() : report.title();
    if (title != null && !title.isBlank()) {
      Style cs = Typo.style(Role.TITLE, COVER).asBold();
      float coverLeft = cx.doc.getPageSize().getWidth() * 0.1f;
      float coverRight = cx.doc.getPageSize().getWidth() * 0.9f;
      Phrase tp = typo.phrase(balance(title, coverRight - coverLeft, cs), cs, where + " 封面");
      key = cx.events.anchor(tp, bookmarkTitle, parent, null);
      tp.addAll(kit.markers(onTitle, COVER));
      Paragraph t = new Paragraph(tp);
      t.setAlignment(Element.ALIGN_CENTER);
      t.setLeading(COVER * 1.6f, 0);
      ColumnText tc = new ColumnText(cx.writer.getDirectContent());
      tc.setSimpleColumn(coverLeft, top * 0.42f, coverRight, top * 0.72f);
      tc.addElement(t);
      tc.go();
    }
    if (!cover.lines().isEmpty()) {
      ColumnText cc = new ColumnText(cx.writer.getDirectContent());
      cc.setSimpleColumn(left, cx.doc.bottom(), right, top * 0.36f);
      for (String line : cover.lines()) {
        Paragraph p = new Paragraph(typo.phrase(line, Typo.style(Role.BODY, BODY), where + " 封面"));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(LEADING * 1.3f, 0);
        cc.addElement(p);
      }
      cc.go();
    }
    cx.writer.setPageEmpty(false);
    return key;
  }

  private void section(ReportSection s, int depth, int index, @Nullable String parentKey, String where,
      List<Quoted> quoted) throws DocumentException {
    // as written, unless the request asks for 一、（一）1.（1） (each change is then an INFO finding)
    String heading = heading(s, depth, index);
    Style style = headingStyle(depth);
    // keep with next: the heading, the headings that follow it directly and two lines of the
    // first paragraph go on one page
    // (OpenPDF sets a line only where one more leading would still fit under it)
    if (cx.spaceLeft() < keep(s, depth, index) + LEADING - 0.1f) {
      cx.doc.newPage();
    }
    Phrase hp = typo.phrase(heading, style, where + " " + heading);
    if (parentKey != null) {
      settle(hp, parentKey);
    }
    if (depth == 0 && parentKey != null) {
      cx.events.anchor(hp, heading, parentKey, null);
    }
    for (Paragraph h : Typo.paragraphs(hp, cx.width(), BODY * 2, LEADING, Element.ALIGN_LEFT)) {
      cx.add(h);
    }
    for (String p : s.paragraphs()) {
      paragraph(p, quoted, where, parentKey);
    }
    // items the text itself numbers like sub-headings ("(一)项目支出概况。为…") come first
    int offset = io.github.jixiao.model.ReportNumbering.subsectionOffset(s);
    for (int i = 0; i < s.sections().size(); i++) {
      section(s.sections().get(i), depth + 1, offset + i + 1, parentKey, where, quoted);
    }
  }

  /** The heading as printed: as written, or renumbered 一、（一）1.（1） when the request asks. */
  private String heading(ReportSection s, int depth, int index) {
    return cx.request.renumbered() ? io.github.jixiao.model.ReportNumbering.renumber(s.heading(), depth, index)
        : s.heading().strip();
  }

  private Style headingStyle(int depth) {
    return switch (depth) {
      case 0 -> Typo.style(Role.HEADING, BODY).asBold();
      case 1 -> Typo.style(Role.BODY, BODY).asBold();
      default -> body;
    };
  }

  /**
   * The room a heading needs at the bottom of a page so that it is not left alone there: its own
   * lines, then two lines of its first paragraph — or, when a sub-heading follows it directly,
   * what that sub-heading needs.
   */
  private float keep(ReportSection s, int depth, int index) {
    float need = lines(heading(s, depth, index), headingStyle(depth)) * LEADING;
    if (!s.paragraphs().isEmpty()) {
      return need + Math.min(2, lines(s.paragraphs().get(0), body)) * LEADING;
    }
    if (!s.sections().isEmpty()) {
      int offset = io.github.jixiao.model.ReportNumbering.subsectionOffset(s);
      return need + keep(s.sections().get(0), depth + 1, offset + 1);
    }
    return need;
  }

  /** How many lines the text takes as a paragraph of the report (indented first line). */
  private int lines(String text, Style style) {
    List<Chunk> chunks = typo.chunks(text, style, "(measure)");
    return Typo.lineStarts(chunks, cx.width() - BODY * 2, cx.width()).length;
  }

  private void paragraph(String text, List<Quoted> quoted, String where, @Nullable String key)
      throws DocumentException {
    Phrase p = new Phrase();
    String rest = text;
    for (Quoted q : quoted) {
      int at = rest.indexOf(q.text());
      if (at < 0) {
        continue;
      }
      typo.add(p, rest.substring(0, at), body, where);
      for (Chunk c : typo.chunks(q.text(), body, where)) {
        c.setBackground(Marks.background(q.entry().finding().severity()));
        p.add(c);
      }
      p.addAll(kit.markers(List.of(q.entry()), BODY));
      rest = rest.substring(at + q.text().length());
    }
    typo.add(p, rest, body, where);
    if (key != null) {
      settle(p, key);
    }
    // 避头尾: a line that would start with "，" or end with "（" ends earlier
    for (Paragraph para : Typo.paragraphs(p, cx.width(), BODY * 2, LEADING, Element.ALIGN_JUSTIFIED)) {
      cx.add(para);
    }
  }
}
