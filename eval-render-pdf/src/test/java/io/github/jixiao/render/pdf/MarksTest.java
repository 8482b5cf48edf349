package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.github.jixiao.model.render.FindingIndex;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 5: a finding's number is never part of the value it marks — copied out, the
 * value is the bare number; nothing wraps; in a cell too narrow for both, the number goes to the
 * row's last cell.
 */
class MarksTest {

  /** A value glued to its mark: "100[12]", "9.5[33]", "100%[3]". */
  static final Pattern GLUED = Pattern.compile("[0-9.%％]\\[\\d+\\]");
  static final Pattern MARK = Pattern.compile("\\[\\d+\\]");

  /** PDFBox's text of the form pages (附件1 to the last 附件3-n), in drawing order or sorted by position. */
  private static String formText(byte[] pdf, boolean sorted) throws Exception {
    PdfText t = Seed.reportedText();
    int from = t.bookmark("附件1 部门整体支出绩效评价基础数据表").page();
    int to = t.bookmark("附件5 项目支出绩效自评报告").children().get(0).page() - 1;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(sorted);
      s.setStartPage(from);
      s.setEndPage(to);
      return s.getText(doc);
    }
  }

  @Test
  void everyNumberInTheFormsIsCopiedOutBareAndNoMarkWraps() throws Exception {
    byte[] pdf = Seed.reportedPdf();
    for (boolean sorted : new boolean[] {false, true}) {
      String text = formText(pdf, sorted);
      List<String> glued = new ArrayList<>();
      Matcher m = GLUED.matcher(text);
      while (m.find()) {
        glued.add(text.substring(Math.max(0, m.start() - 8), m.end()));
      }
      // (the output before issue 15: 26 glued numbers and 2 marks wrapped "100[12" / "]")
      assertThat(glued).as("sorted %s", sorted).isEmpty();
      for (String line : text.split("\\R")) {
        String l = line.strip();
        assertThat(l).as("a line of a mark's pieces").doesNotMatch("\\]|\\d*\\]|.*\\[\\d*");
      }
      // the marks are still there, one per finding on a form cell at least
      int marks = 0;
      Matcher mk = MARK.matcher(text);
      while (mk.find()) {
        marks++;
      }
      assertThat(marks).isGreaterThanOrEqualTo(50);
    }
  }

  @Test
  void aMarkIsSmallAndSitsInItsCellsTopRightCorner() {
    PdfLayout layout = Seed.reportedLayout();
    PdfText text = Seed.reportedText();
    // 附件3-13's total: 100 in 分值, the blank 总分 marked (TOTAL_MISSING)
    int page = text.bookmark("附件3-13 招投标监督管理专项").page();
    List<PdfLayout.Run> words = layout.words(page);
    PdfLayout.Run total = words.stream().filter(w -> w.text().equals("总分")).reduce((a, b) -> b).orElseThrow();
    PdfLayout.Run weight = words.stream().filter(w -> w.text().equals("100") && Math.abs(w.y() - total.y()) < 1)
        .findFirst().orElseThrow();
    PdfLayout.Run mark = words.stream().filter(w -> w.text().matches("\\[\\d+\\]") && w.x() > weight.end()
        && w.y() > total.y() && w.y() - total.y() < 10).findFirst().orElseThrow();
    assertThat(mark.size()).isLessThan(7f);
    // in the 得分 cell (30 pt right of the 分值 cell's right edge), not glued to the 100
    assertThat(mark.x()).isGreaterThan(weight.end() + 3);
    assertThat(mark.end()).isLessThan(weight.end() + 3 + 30);
  }

  @Test
  void aMarkTooWideForItsCellGoesToTheRowsLastCell() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Marks marks = Marks.of(FindingIndex.of(Seed.EVALUATION), true);
    TableKit kit = new TableKit(typo, marks);
    Grid.Block block = new Grid.Block(0, 30, 90, 200);
    Grid grid = new Grid(block);
    PdfPTable table = grid.table();
    table.setTotalWidth(200);
    table.setLockedWidth(true);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    // 30 pt: "100" (13.5 pt) and "[10][11]" do not fit side by side; 60 pt: "9" and "[12]" do
    table.addCell(kit.place(grid, kit.mark(kit.cell("100", Element.ALIGN_RIGHT, "t"),
        List.of(marks.all().get(9), marks.all().get(10))), block, 0, 0));
    table.addCell(kit.place(grid, kit.mark(kit.cell("9", Element.ALIGN_RIGHT, "t"), List.of(marks.all().get(11))),
        block, 1, 1));
    table.addCell(kit.place(grid, kit.cell("偏差原因", Element.ALIGN_LEFT, "t"), block, 2, 2));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter.getInstance(doc, out);
    doc.open();
    doc.add(table);
    doc.close();

    List<PdfLayout.Run> words = new PdfLayout(out.toByteArray()).words(1);
    assertThat(words).extracting(PdfLayout.Run::text).contains("100", "9", "偏差原因");
    float last = 50 + 90;
    assertThat(words.stream().filter(w -> w.text().startsWith("[10]")).findFirst().orElseThrow().x())
        .as("[10] in the last cell").isGreaterThan(last);
    PdfLayout.Run twelve = words.stream().filter(w -> w.text().equals("[12]")).findFirst().orElseThrow();
    assertThat(twelve.x()).as("[12] in its own cell").isBetween(50f + 30, last);
    PdfLayout.Run hundred = words.stream().filter(w -> w.text().equals("100")).findFirst().orElseThrow();
    assertThat(hundred.end()).as("100 right-aligned in its cell").isCloseTo(50 + 30 - 3, org.assertj.core.data.Offset.offset(0.5f));
  }
}
