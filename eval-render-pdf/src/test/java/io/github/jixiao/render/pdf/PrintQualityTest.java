package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 6, on the seed as rendered (REPORTED, default fonts), read back with PDFBox:
 * 避头尾, headings kept with what follows, no form page left mostly blank before its continuation,
 * indicator rows of reasonable height, empty rows a line high, numbers right-aligned.
 */
class PrintQualityTest {

  /** Closing marks no line may start with, opening marks no line may end with (the lists). */
  static final String NO_START = "，、。；：）」』》〉！？";
  static final String NO_END = "（「『《〈";
  /** Height of one line of table text and the page's body (forms: 46 pt top, 50 pt bottom margin). */
  static final float LINE = TableKit.SIZE * TableKit.LEADING;
  static final float BOTTOM = 50;
  static final float BODY = 842 - 46 - BOTTOM;

  static PdfText pdf;
  static PdfLayout layout;
  static int firstForm;
  static int firstProjectReport;

  @BeforeAll
  static void read() {
    pdf = Seed.reportedText();
    layout = Seed.reportedLayout();
    firstForm = pdf.bookmark("附件1 部门整体支出绩效评价基础数据表").page();
    firstProjectReport = pdf.bookmark("附件5 项目支出绩效自评报告").children().get(0).page();
  }

  @Test
  void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
    List<String> bad = new ArrayList<>();
    assertThat(badLineBreaks(layout, bad)).isGreaterThan(4000);
    assertThat(bad).isEmpty();
  }

  /**
   * Adds to {@code bad} every line (of a cell or a paragraph) that starts with a closing mark or
   * ends with an opening one.
   *
   * @return how many lines were read
   */
  static int badLineBreaks(PdfLayout layout, List<String> bad) {
    int lines = 0;
    for (int p = 1; p <= layout.pageCount(); p++) {
      for (PdfLayout.Run line : layout.lines(p)) {
        String t = line.text().strip();
        if (t.isEmpty()) {
          continue;
        }
        lines++;
        if (NO_START.indexOf(t.charAt(0)) >= 0 || NO_END.indexOf(t.charAt(t.length() - 1)) >= 0) {
          bad.add("page " + p + ": " + t);
        }
      }
    }
    return lines;
  }

  @Test
  void noPageEndsWithAHeading() {
    TreeSet<String> headings = new TreeSet<>();
    List<Report> reports = new ArrayList<>(Seed.PKG.projectReports());
    reports.add(Seed.PKG.departmentReport());
    for (Report r : reports) {
      for (ReportSection s : r.sections()) {
        collect(s, headings);
      }
    }
    assertThat(headings).contains("四、绩效评价指标分析");
    List<String> bad = new ArrayList<>();
    for (int p = 1; p <= layout.pageCount(); p++) {
      String last = lastLine(p);
      if (last.length() >= 3 && headings.stream().anyMatch(h -> h.endsWith(last))) {
        bad.add("page " + p + ": " + last);
      }
    }
    assertThat(bad).isEmpty();
  }

  private static void collect(ReportSection s, TreeSet<String> out) {
    out.add(PdfText.squeeze(s.heading()));
    for (ReportSection c : s.sections()) {
      collect(c, out);
    }
  }

  /** The page's last line of text above the footer, squeezed. */
  private static String lastLine(int page) {
    PdfLayout.Run last = null;
    for (PdfLayout.Run r : layout.lines(page)) {
      if (r.y() > BOTTOM - 10 && (last == null || r.y() < last.y() - 0.5f)) {
        last = r;
      }
    }
    return last == null ? "" : PdfText.squeeze(last.text());
  }

  @Test
  void noFormPageBeforeItsContinuationIsMoreThanAQuarterBlank() {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (int p = firstForm; p < firstProjectReport - 1; p++) {
      if (!PdfText.squeeze(pdf.pages.get(p)).contains("（续表）")) {
        continue;
      }
      checked++;
      float lowest = Float.MAX_VALUE;
      for (PdfLayout.Glyph g : layout.glyphs.get(p - 1)) {
        if (g.y() > BOTTOM - 10) {
          lowest = Math.min(lowest, g.y());
        }
      }
      for (PdfLayout.Rule r : layout.rules.get(p - 1)) {
        lowest = Math.min(lowest, Math.min(r.y1(), r.y2()));
      }
      float blank = (lowest - BOTTOM) / BODY;
      if (blank > 0.25f) {
        bad.add(String.format(java.util.Locale.ROOT, "page %d: %.0f %% blank", p, blank * 100));
      }
    }
    assertThat(checked).as("form pages continued on the next").isGreaterThanOrEqualTo(2);
    assertThat(bad).isEmpty();
  }

  @Test
  void mergedLabelsAreDrawnOnEveryPageTheirRowsGoOnTo() {
    String head = "偏差原因分析及改进措施";
    int checked = 0;
    for (int p = firstForm; p < firstProjectReport; p++) {
      String t = PdfText.squeeze(pdf.pages.get(p - 1));
      int h = t.indexOf(head);
      if (!t.contains("（续表）") || h < 0) {
        continue;
      }
      checked++;
      // the side label 绩效指标 (as much as fits) comes first in the first row after the header
      assertThat(t.substring(h + head.length())).as("page %d", p).startsWith("绩效");
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
    // 附件2's last page, after its split first row (OpenPDF drops written rows once a row is split;
    // Context puts them back): the level-1 label of its first row is there too
    int last = pdf.bookmark("附件3 项目支出绩效自评表").page() - 1;
    String t = PdfText.squeeze(pdf.pages.get(last - 1));
    String rows = t.substring(t.indexOf(head) + head.length()).replaceFirst("^绩效(指标)?", "");
    assertThat(Seed.PKG.departmentEvaluation().indicators()).as(rows)
        .anyMatch(g -> g.label() != null && rows.startsWith(PdfText.squeeze(g.label())));
  }

  @Test
  void theDepartmentFormsIndicatorRowsAreSizedToTheirText() {
    int from = pdf.bookmark("附件2 部门整体支出绩效自评表").page();
    float tallest = 0;
    for (int p = from; p < from + 3; p++) {
      List<Float> ys = ruleRows(p);
      for (int i = 1; i < ys.size(); i++) {
        tallest = Math.max(tallest, ys.get(i - 1) - ys.get(i));
      }
    }
    // was 29.4 lines of text (the 30-line row) in columns shared by the whole table's text
    assertThat(tallest / LINE).isLessThan(25);
  }

  @Test
  void emptyRowsAreALineOfTextHighNotASliver() {
    List<String> bad = new ArrayList<>();
    for (int p = firstForm; p < firstProjectReport; p++) {
      List<Float> ys = ruleRows(p);
      for (int i = 1; i < ys.size(); i++) {
        float gap = ys.get(i - 1) - ys.get(i);
        if (gap > 1 && gap < LINE) {
          bad.add(String.format(java.util.Locale.ROOT, "page %d: rules %.1f pt apart at y %.1f", p, gap, ys.get(i)));
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  /** The heights of the page's horizontal rules (cell borders), top down, those within 0.5 pt as one. */
  private static List<Float> ruleRows(int page) {
    TreeSet<Float> ys = new TreeSet<>((a, b) -> Float.compare(b, a));
    for (PdfLayout.Rule r : layout.rules.get(page - 1)) {
      if (r.horizontal()) {
        ys.add(Math.round(r.y1() * 2) / 2f);
      }
    }
    List<Float> out = new ArrayList<>();
    for (float y : ys) {
      if (out.isEmpty() || out.get(out.size() - 1) - y > 0.5f) {
        out.add(y);
      }
    }
    return out;
  }

  @Test
  void numbersAreRightAlignedInTheirColumns() {
    int columns = 0;
    int numbers = 0;
    List<String> bad = new ArrayList<>();
    for (int p = firstForm + 1; p < firstProjectReport; p++) {
      List<PdfLayout.Run> words = layout.words(p);
      // the indicator table's header row: 三级指标 … 分值 得分 (columns 30 pt wide); the funds block's
      // 全年预算数, 全年执行数 (72 pt)
      for (PdfLayout.Run head : words) {
        boolean indicators = header(words, head, "三级指标");
        float half = switch (head.text()) {
          case "分值", "得分" -> indicators ? 15 : 0;
          case "全年预算数", "全年执行数" -> 36;
          default -> 0;
        };
        if (half == 0) {
          continue;
        }
        columns++;
        float right = head.centre() + half - 3;
        for (PdfLayout.Run w : words) {
          if (w.y() < head.y() - 5 && w.text().matches("\\d+(\\.\\d+)?%?") && Math.abs(w.size() - TableKit.SIZE) < 0.1f
              && w.x() > head.centre() - half && w.end() < head.centre() + half
              && (indicators || fundsRow(words, w))) {
            numbers++;
            // right-aligned: against the cell's right padding, or before the finding numbers
            if (w.end() > right + 0.5f || w.end() < right - 0.5f && !markedAfter(words, w, head.centre() + half)) {
              bad.add("page " + p + " " + head.text() + ": " + w.text() + " ends at " + w.end() + ", not " + right);
            }
          }
        }
      }
    }
    assertThat(columns).isGreaterThan(40);
    assertThat(numbers).isGreaterThan(300);
    assertThat(bad).isEmpty();
  }

  private static boolean header(List<PdfLayout.Run> words, PdfLayout.Run head, String other) {
    return words.stream().anyMatch(w -> w.text().equals(other) && Math.abs(w.y() - head.y()) < 8);
  }

  /** Whether a finding number is drawn right of the word, above it in the same cell. */
  private static boolean markedAfter(List<PdfLayout.Run> words, PdfLayout.Run w, float cellRight) {
    return words.stream().anyMatch(m -> m.text().matches("(\\[\\d+\\])+") && m.x() > w.end() && m.end() <= cellRight
        && m.y() > w.y() && m.y() - w.y() < 60);
  }

  /** Whether the word is on a row of the funds block (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金). */
  private static boolean fundsRow(List<PdfLayout.Run> words, PdfLayout.Run w) {
    return words.stream().anyMatch(l -> l.text().matches(".*(年度资金总额|当年财政拨款|上年结转资金|其他资金).*")
        && Math.abs(l.y() - w.y()) < 2);
  }

  /**
   * Issue 15, point 3: 附件1's building heads are the official form's layout labels (NOTES.md
   * lists them), not text from the package: the transcription's "规规模控 制率" is a Word artefact of
   * the label 规模控制率; the unit is m² as the forms print it.
   */
  @Test
  void the附件1BuildingHeadsAreTheFormsLayoutLabels() {
    String t = pdf.text(firstForm, firstForm);
    assertThat(t).contains("批复规模（m²）实际规模（m²）规模控制率预算投资（万元）实际投资（万元）投资概算控制率")
        .doesNotContain("规规模控", "㎡");
  }
}
