package io.github.jixiao.importer.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

  private static final DocxReader READER = DocxReader.create(OfficeLimits.defaults());

  private static GridCell cell(int column, int span, String text, String ref) {
    return GridCell.text(column, span, text, ref);
  }

  private static GridCell continues(int column, int span, String from, String ref) {
    return new GridCell(column, span, "", GridCell.Kind.TEXT, null, from, ref);
  }

  /** A funds block as 附件3 prints it: a title, a header over two columns, 项目资金 merged down three rows. */
  private static List<Block> blocks() {
    Grid funds = new Grid("表1", List.of(
        List.of(cell(0, 2, "项目名称", "a1"), cell(2, 3, "帮代办工作经费 & <其他>", "a2")),
        List.of(cell(0, 1, "项目资金\n（万元）", "b1"), cell(1, 1, "", "b2"), cell(2, 1, "年初预算数", "b3"),
            cell(3, 1, "全年执行数", "b4"), cell(4, 1, "执行率", "b5")),
        List.of(continues(0, 1, "b1", "c1"), cell(1, 1, "年度资金总额", "c2"), cell(2, 1, "１０", "c3"),
            cell(3, 1, "  9.5", "c4"), cell(4, 1, "95%", "c5")),
        List.of(continues(0, 1, "b1", "d1"), cell(1, 1, "其中：\t财政拨款", "d2"), cell(3, 2, "跨两列", "d4")),
        List.of(cell(2, 1, "从第三列起", "e3")),
        List.of()), 5);
    Grid next = new Grid("表2", List.of(List.of(cell(0, 1, "续表", "x"))), 1);
    return List.of(
        new Paragraph("2023年度项目支出绩效自评表", 0, false, ""),
        new Paragraph("一、基本情况", 1, false, ""),
        Paragraph.body("（填报单位：某某局）"),
        funds,
        next,
        new Paragraph("附件2\n部门整体支出", 2, true, ""));
  }

  @Test
  void theSameBlocksGiveTheSameBytes() {
    byte[] a = DocxWriter.write(blocks());
    byte[] b = DocxWriter.write(blocks());

    assertThat(a).isEqualTo(b);
    assertThat(DocxWriter.write(blocks(), new DocxWriter.Options(true))).isEqualTo(
        DocxWriter.write(blocks(), new DocxWriter.Options(true)));
  }

  @Test
  void zipEntriesHaveAFixedTimeAndOrder() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(DocxWriter.write(blocks())))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
      }
    }
    assertThat(names).containsExactly("[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/fontTable.xml");
  }

  @Test
  void paragraphsReadBackWithTheirLevelsAndPageBreaks() throws Exception {
    OfficeDocument d = READER.read(DocxWriter.write(blocks()));

    assertThat(d.notes()).isEmpty();
    assertThat(d.blocks()).filteredOn(b -> b instanceof Paragraph).map(b -> (Paragraph) b)
        .extracting(Paragraph::text, Paragraph::level, Paragraph::pageBreakBefore)
        .containsExactly(tuple("2023年度项目支出绩效自评表", 0, false), tuple("一、基本情况", 1, false),
            tuple("（填报单位：某某局）", -1, false), tuple("附件2\n部门整体支出", 2, true));
  }

  @Test
  void tablesReadBackWithTheSameTextsSpansAndMerges() throws Exception {
    for (boolean softBreaks : new boolean[] {false, true}) {
      OfficeDocument d = READER.read(DocxWriter.write(blocks(), new DocxWriter.Options(softBreaks)));
      List<Grid> grids = d.blocks().stream().filter(b -> b instanceof Grid).map(b -> (Grid) b).toList();

      assertThat(grids).extracting(Grid::name, Grid::columns, Grid::nestedIn)
          .containsExactly(tuple("表1", 5, ""), tuple("表2", 1, ""));
      Grid t = grids.get(0);
      assertThat(t.rows()).hasSize(6);
      assertThat(t.rows().get(0)).extracting(GridCell::column, GridCell::span, GridCell::text)
          .containsExactly(tuple(0, 2, "项目名称"), tuple(2, 3, "帮代办工作经费 & <其他>"));
      assertThat(t.rows().get(1)).extracting(GridCell::column, GridCell::text, GridCell::ref)
          .containsExactly(tuple(0, "项目资金\n（万元）", "表1 行2 列1"), tuple(1, "", "表1 行2 列2"),
              tuple(2, "年初预算数", "表1 行2 列3"), tuple(3, "全年执行数", "表1 行2 列4"), tuple(4, "执行率", "表1 行2 列5"));
      assertThat(t.rows().get(2)).extracting(GridCell::column, GridCell::text, GridCell::mergedFrom)
          .containsExactly(tuple(0, "", "表1 行2 列1"), tuple(1, "年度资金总额", null), tuple(2, "１０", null),
              tuple(3, "  9.5", null), tuple(4, "95%", null));
      // the gap at column 2 is an empty cell of its own
      assertThat(t.rows().get(3)).extracting(GridCell::column, GridCell::span, GridCell::text, GridCell::mergedFrom)
          .containsExactly(tuple(0, 1, "", "表1 行2 列1"), tuple(1, 1, "其中：\t财政拨款", null), tuple(2, 1, "", null),
              tuple(3, 2, "跨两列", null));
      assertThat(t.rows().get(4)).extracting(GridCell::column, GridCell::text, GridCell::ref)
          .containsExactly(tuple(2, "从第三列起", "表1 行5 列1"));
      assertThat(t.rows().get(5)).extracting(GridCell::column, GridCell::span, GridCell::text)
          .containsExactly(tuple(0, 5, ""));
      assertThat(grids.get(1).rows().get(0)).extracting(GridCell::text).containsExactly("续表");
    }
  }

  @Test
  void aCellsLinesAreParagraphsOrSoftBreaksAsAsked() throws Exception {
    String paragraphs = documentXml(DocxWriter.write(blocks()));
    String soft = documentXml(DocxWriter.write(blocks(), new DocxWriter.Options(true)));

    assertThat(paragraphs).contains("项目资金</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">（万元）");
    assertThat(soft).contains("项目资金</w:t><w:br/><w:t xml:space=\"preserve\">（万元）");
  }

  @Test
  void theDocumentIsA4PortraitWithFontsBordersMergesAndProportionalWidths() throws Exception {
    byte[] docx = DocxWriter.write(blocks());
    String doc = documentXml(docx);
    String styles = part(docx, "word/styles.xml");

    assertThat(doc).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        .contains("<w:insideV w:val=\"single\" w:sz=\"4\"")
        .contains("<w:gridSpan w:val=\"3\"/>")
        .contains("<w:vMerge w:val=\"restart\"/>")
        .contains("<w:vMerge/>")
        .contains("<w:gridBefore w:val=\"2\"/>")
        .contains("<w:pageBreakBefore/>");
    assertThat(styles).contains("w:eastAsia=\"宋体\"").contains("w:eastAsia=\"仿宋\"")
        .contains("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>")
        .contains("<w:jc w:val=\"center\"/>").contains("<w:sz w:val=\"36\"/>");
    Grid funds = (Grid) blocks().get(3);
    int[] widths = DocxWriter.widths(funds, 5);
    assertThat(java.util.Arrays.stream(widths).sum()).isEqualTo(9000);
    // 年度资金总额 (12) is wider than 执行率 (6), and no column is narrower than the floor
    assertThat(widths[1]).isGreaterThan(widths[4]);
    assertThat(java.util.Arrays.stream(widths).min().orElseThrow()).isGreaterThanOrEqualTo(9000 * 4 / 60);
  }

  @Test
  void textXmlCannotHoldIsLeftOutAndMarkupIsEscaped() {
    assertThat(DocxWriter.escape("a\u0001b<c>&\"d\uD800e")).isEqualTo("ab&lt;c&gt;&amp;&quot;de");
  }

  private static String documentXml(byte[] docx) throws Exception {
    return part(docx, "word/document.xml");
  }

  private static String part(byte[] docx, String name) throws Exception {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name);
  }
}
