package io.github.jixiao.importer.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

  private static final DocxReader READER = DocxReader.create(OfficeLimits.defaults());
  private static final XmlOptions FRAGMENT = new XmlOptions().setLoadReplaceDocumentElement(null);
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  // ---------------------------------------------------------------- a document holding what real ones hold

  /**
   * 段落1 title; 段落2 "一、" heading (a WPS-style id "2" named heading 1); 段落3 blank; 段落4 "二、"
   * with full-width digits and a text box; 表1 (gridSpan header, vMerge column, soft break, a
   * numbered list in a cell, a text box in a cell, a nested table 表2, gridBefore); 段落5 a page
   * break only; 表3; 段落6 "附件" after a page break in its own run.
   */
  private static byte[] document() throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"a3\">"
          + "<w:name w:val=\"Title\"/></w:style>", FRAGMENT)));
      styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"2\">"
          + "<w:name w:val=\"heading 1\"/></w:style>", FRAGMENT)));
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger chinese = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(1,
          "chineseCounting", "%1、", null))));
      BigInteger decimal = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(2,
          "decimal", "%1.", "nothing"))));

      XWPFParagraph title = doc.createParagraph();
      title.setStyle("a3");
      title.createRun().setText("2023年度项目支出绩效自评表");

      XWPFParagraph h1 = doc.createParagraph();
      h1.setStyle("2");
      h1.setNumID(chinese);
      h1.setNumILvl(BigInteger.ZERO);
      h1.createRun().setText("基本情况");

      doc.createParagraph(); // blank

      XWPFParagraph second = doc.createParagraph();
      second.setNumID(chinese);
      second.setNumILvl(BigInteger.ZERO);
      second.createRun().setText("资金情况（１０分）  ");
      textBox(second, "填报单位（盖章）：某某市住房和城乡建设局财务科");

      XWPFTable t = doc.createTable(5, 3);
      // row 1: 项目名称 over two grid columns, 预算数
      XWPFTableRow r1 = t.getRow(0);
      text(r1.getCell(0), "项目名称");
      tcPr(r1.getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
      r1.removeCell(1);
      text(r1.getCell(1), "预算数");
      // row 2 and 3: 资金 merged down the first column
      XWPFTableRow r2 = t.getRow(1);
      text(r2.getCell(0), "资金");
      tcPr(r2.getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
      text(r2.getCell(1), "年初");
      textBox(r2.getCell(1).getParagraphs().get(0), "批注");
      text(r2.getCell(2), "１０");
      XWPFTableRow r3 = t.getRow(2);
      tcPr(r3.getCell(0)).addNewVMerge();
      text(r3.getCell(1), "调整");
      XWPFRun soft = r3.getCell(2).getParagraphs().get(0).createRun();
      soft.setText("第一行");
      soft.addBreak();
      soft.setText("第二行\t末");
      // row 4: a numbered list, then a cell holding a nested table
      XWPFTableRow r4 = t.getRow(3);
      XWPFParagraph item1 = r4.getCell(0).getParagraphs().get(0);
      item1.setNumID(decimal);
      item1.createRun().setText("甲");
      XWPFParagraph item2 = r4.getCell(0).addParagraph();
      item2.setNumID(decimal);
      item2.createRun().setText("乙");
      text(r4.getCell(1), "见下表");
      r4.getCell(1).getCTTc().addNewTbl().set(CTTbl.Factory.parse("<w:tbl " + W + "><w:tblGrid><w:gridCol w:w=\"1000\"/>"
          + "<w:gridCol w:w=\"1000\"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>内1</w:t></w:r></w:p></w:tc><w:tc><w:p>"
          + "<w:r><w:t>内2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", FRAGMENT));
      r4.getCell(1).getCTTc().addNewP();
      text(r4.getCell(2), "");
      // row 5: the row starts one grid column in
      XWPFTableRow r5 = t.getRow(4);
      r5.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
      r5.removeCell(2);
      text(r5.getCell(0), "后");
      text(r5.getCell(1), "");

      XWPFParagraph pageBreak = doc.createParagraph();
      pageBreak.createRun().addBreak(BreakType.PAGE);

      XWPFTable t3 = doc.createTable(1, 1);
      text(t3.getRow(0).getCell(0), "续表");

      XWPFParagraph annex = doc.createParagraph();
      XWPFRun br = annex.createRun();
      br.addBreak(BreakType.PAGE);
      annex.createRun().setText("附件");

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static CTAbstractNum abstractNum(int id, String format, String text, String suff) throws XmlException {
    return CTAbstractNum.Factory.parse("<w:abstractNum " + W + " w:abstractNumId=\"" + id + "\"><w:lvl w:ilvl=\"0\">"
        + "<w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
        + (suff == null ? "" : "<w:suff w:val=\"" + suff + "\"/>") + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
        + "</w:abstractNum>", FRAGMENT);
  }

  private static CTTcPr tcPr(XWPFTableCell c) {
    return c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
  }

  private static void text(XWPFTableCell c, String s) {
    if (!s.isEmpty()) {
      c.getParagraphs().get(0).createRun().setText(s);
    }
  }

  private static void textBox(XWPFParagraph p, String text) throws XmlException {
    p.getCTP().addNewR().set(CTR.Factory.parse("<w:r " + W + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:pict>"
        + "<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:txbxContent>"
        + "</v:textbox></v:shape></w:pict></w:r>", FRAGMENT));
  }

  private static OfficeDocument readDocument() throws Exception {
    return READER.read(document());
  }

  // ---------------------------------------------------------------- paragraphs

  @Test
  void paragraphsComeInReadingOrderWithLevelsListNumbersAndRefsCountingBlankOnes() throws Exception {
    OfficeDocument d = readDocument();

    assertThat(d.format()).isEqualTo("docx");
    assertThat(d.blocks()).filteredOn(b -> b instanceof Paragraph).map(b -> (Paragraph) b)
        .extracting(Paragraph::text, Paragraph::level, Paragraph::pageBreakBefore, Paragraph::ref)
        .containsExactly(
            tuple("2023年度项目支出绩效自评表", 0, false, "段落1"),
            tuple("一、\t基本情况", 1, false, "段落2"),
            tuple("二、\t资金情况（１０分）  ", -1, false, "段落4"),
            tuple("附件", -1, true, "段落6"));
  }

  @Test
  void blocksAreParagraphsThenTheTableThenItsNestedTableThenTheNextTable() throws Exception {
    List<Block> blocks = readDocument().blocks();

    assertThat(blocks).extracting(b -> b instanceof Grid g ? g.name() + "<" + g.nestedIn() : ((Paragraph) b).ref())
        .containsExactly("段落1", "段落2", "段落4", "表1<", "表2<表1", "表3<", "段落6");
  }

  @Test
  void aTableIsReadOnItsColumnGridWithSpansMergesAndRefs() throws Exception {
    Grid t = (Grid) readDocument().blocks().get(3);

    assertThat(t.name()).isEqualTo("表1");
    assertThat(t.columns()).isEqualTo(3);
    assertThat(t.rows()).hasSize(5);
    assertThat(t.rows().get(0)).extracting(GridCell::column, GridCell::span, GridCell::text, GridCell::ref)
        .containsExactly(tuple(0, 2, "项目名称", "表1 行1 列1"), tuple(2, 1, "预算数", "表1 行1 列2"));
    assertThat(t.rows().get(1)).extracting(GridCell::column, GridCell::text, GridCell::mergedFrom, GridCell::ref)
        .containsExactly(tuple(0, "资金", null, "表1 行2 列1"), tuple(1, "年初", null, "表1 行2 列2"),
            tuple(2, "１０", null, "表1 行2 列3"));
    assertThat(t.rows().get(2)).extracting(GridCell::column, GridCell::text, GridCell::mergedFrom, GridCell::ref)
        .containsExactly(tuple(0, "", "表1 行2 列1", "表1 行3 列1"), tuple(1, "调整", null, "表1 行3 列2"),
            tuple(2, "第一行\n第二行\t末", null, "表1 行3 列3"));
    assertThat(t.rows().get(3)).extracting(GridCell::column, GridCell::text)
        .containsExactly(tuple(0, "1.甲\n2.乙"), tuple(1, "见下表\n"), tuple(2, ""));
    assertThat(t.rows().get(4)).extracting(GridCell::column, GridCell::span, GridCell::text, GridCell::ref)
        .containsExactly(tuple(1, 1, "后", "表1 行5 列1"), tuple(2, 1, "", "表1 行5 列2"));
    assertThat(t.rows().stream().flatMap(List::stream)).allMatch(c -> c.kind() == GridCell.Kind.TEXT && c.raw() == null);
  }

  @Test
  void aNestedTableIsItsOwnGridNamedInDocumentOrderAndTheOuterCellHoldsOnlyItsParagraphs() throws Exception {
    List<Block> blocks = readDocument().blocks();
    Grid nested = (Grid) blocks.get(4);
    Grid next = (Grid) blocks.get(5);

    assertThat(nested.name()).isEqualTo("表2");
    assertThat(nested.nestedIn()).isEqualTo("表1");
    assertThat(nested.columns()).isEqualTo(2);
    assertThat(nested.rows()).singleElement().satisfies(row -> assertThat(row)
        .extracting(GridCell::column, GridCell::text, GridCell::ref)
        .containsExactly(tuple(0, "内1", "表2 行1 列1"), tuple(1, "内2", "表2 行1 列2")));
    assertThat(next.name()).isEqualTo("表3");
    assertThat(next.nestedIn()).isEmpty();
    assertThat(next.rows().get(0)).extracting(GridCell::text).containsExactly("续表");
  }

  @Test
  void textBoxesAreNotReadButNamedInTheNotesWithTheStartOfTheirText() throws Exception {
    OfficeDocument d = readDocument();

    assertThat(d.notes()).containsExactly(
        "文本框中的文字未读取 (text box not read): 段落4 “填报单位（盖章）：某某市住房和城乡建设局…”",
        "文本框中的文字未读取 (text box not read): 表1 行2 列2 “批注”");
    assertThat(d.blocks()).noneMatch(b -> b instanceof Paragraph p && p.text().contains("填报单位"));
  }

  @Test
  void listCountersContinueThroughTheDocumentAndDeeperLevelsRestart() {
    DocxNumbering n = new DocxNumbering(null);
    assertThat(n.label(1, 0)).isEmpty();
    assertThat(DocxNumbering.format(3, "chineseCounting")).isEqualTo("三");
    assertThat(DocxNumbering.format(10, "chineseCounting")).isEqualTo("十");
    assertThat(DocxNumbering.format(12, "chineseCountingThousand")).isEqualTo("十二");
    assertThat(DocxNumbering.format(21, "chineseCounting")).isEqualTo("二十一");
    assertThat(DocxNumbering.format(105, "chineseCountingThousand")).isEqualTo("一百零五");
    assertThat(DocxNumbering.format(3, "decimalEnclosedCircle")).isEqualTo("③");
    assertThat(DocxNumbering.format(2, "ideographTraditional")).isEqualTo("乙");
    assertThat(DocxNumbering.format(28, "upperLetter")).isEqualTo("BB");
    assertThat(DocxNumbering.format(2, "lowerLetter")).isEqualTo("b");
    assertThat(DocxNumbering.format(14, "upperRoman")).isEqualTo("XIV");
    assertThat(DocxNumbering.format(12, "decimalFullWidth")).isEqualTo("１２");
  }

  @Test
  void nestedLevelsCountUnderTheirParentAndRestartWhenItCounts() throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger id = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(7, "chineseCounting",
          "（%1）", "nothing"))));
      String[][] items = {{"0", "甲"}, {"1", "a"}, {"1", "b"}, {"0", "乙"}, {"1", "c"}};
      for (String[] item : items) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(id);
        p.setNumILvl(new BigInteger(item[0]));
        p.createRun().setText(item[1]);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);

      assertThat(READER.read(out.toByteArray()).blocks()).map(b -> ((Paragraph) b).text())
          .containsExactly("（一）甲", "(1)\ta", "(2)\tb", "（二）乙", "(1)\tc");
    }
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void aWorkbookIsRefusedAsNotAWordDocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      wb.createSheet("附件2");
      wb.write(out);
    }
    assertThatThrownBy(() -> READER.read(out.toByteArray())).isInstanceOf(OfficeRejectedException.class)
        .hasMessage("the file is an Excel workbook (.xlsx), not a Word document: import it as a workbook "
            + "(这是 Excel 工作簿，不是 Word 文档)");
  }

  @Test
  void tooManyTablesRowsOrColumnsAreRefusedNamingTheTable() throws Exception {
    byte[] doc = document();
    assertThatThrownBy(() -> DocxReader.create(limits(2, 10_000, 200)).read(doc))
        .hasMessage("the document has more than 2 tables, the most this tool reads (a package of up to 500 project "
        + "forms has fewer; 表格过多): 表3");
    assertThatThrownBy(() -> DocxReader.create(limits(500, 4, 200)).read(doc))
        .hasMessage("表1 has more than 4 rows, the most this tool reads (表格行数过多): 表1");
    assertThatThrownBy(() -> DocxReader.create(limits(500, 10_000, 2)).read(doc))
        .hasMessage("表1 has more than 2 columns, the most this tool reads (表格列数过多): 表1 行1 列2");
  }

  private static OfficeLimits limits(int tables, int rows, int columns) {
    return new OfficeLimits(20_000_000, 10_000_000, 50_000_000, 100, 10_000, tables, rows, columns, 500_000);
  }

  @Test
  void aDamagedDocumentPartIsAClearRefusalNotAStackTrace() throws Exception {
    java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    byte[] good = document();
    try (var in = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
        new java.io.ByteArrayInputStream(good))) {
      org.apache.commons.compress.archivers.zip.ZipArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    parts.put("word/document.xml", "<w:document xmlns:w=\"x\"><w:body><w:p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var z = new java.util.zip.ZipOutputStream(out)) {
      for (var e : parts.entrySet()) {
        z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    assertThatThrownBy(() -> READER.read(out.toByteArray())).isInstanceOf(OfficeRejectedException.class)
        .hasMessageStartingWith("the file is damaged, not a readable Word document: ")
        .hasMessageEndingWith("(文件已损坏，无法读取)");
  }

  // ---------------------------------------------------------------- jixiao's own Word document

  @Test
  void theSeedsRenderedDocumentReadsBackItsFirstProjectForm() throws Exception {
    EvaluationPackage seed = Examples.miluo2023();
    byte[] docx = new DocxRenderer().renderToBytes(RenderRequest.of(seed,
        Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(seed), RenderMode.REPORTED));

    OfficeDocument d = READER.read(docx);

    int title = -1;
    for (int i = 0; i < d.blocks().size(); i++) {
      if (d.blocks().get(i) instanceof Paragraph p && p.text().equals("附件3-1") && p.pageBreakBefore()) {
        title = i;
        break;
      }
    }
    assertThat(title).as("the 附件3-1 label over its form, on a new page").isNotNegative();
    Grid form = (Grid) d.blocks().get(title + 2);

    assertThat(d.blocks().get(title + 1)).isInstanceOf(Paragraph.class); // the form's title
    assertThat(form.name()).isEqualTo("表6");
    assertThat(form.columns()).isEqualTo(10);
    assertThat(form.rows()).hasSize(9);
    assertThat(form.rows().get(0)).extracting(GridCell::column, GridCell::span, GridCell::text)
        .containsExactly(tuple(0, 2, "项目支出名称"), tuple(2, 8, "帮代办工作经费"));
    assertThat(form.rows().get(1)).extracting(GridCell::column, GridCell::span, GridCell::text)
        .containsExactly(tuple(0, 2, "主管部门"), tuple(2, 4, "汨罗市住房和城乡建设局"), tuple(6, 1, "实施单位"),
            tuple(7, 3, "汨罗市住房和城乡建设局"));
    assertThat(form.rows().get(2)).extracting(GridCell::column, GridCell::text)
        .containsExactly(tuple(0, "项目资金\n（万元）"), tuple(1, ""), tuple(3, "年初预算数"), tuple(4, "全年预算数"),
            tuple(6, "全年执行数"), tuple(7, "分值"), tuple(8, "执行率"), tuple(9, "得分"));
    assertThat(form.rows().get(3)).extracting(GridCell::column, GridCell::span, GridCell::text, GridCell::mergedFrom)
        .containsExactly(tuple(0, 1, "", "表6 行3 列1"), tuple(1, 2, "年度资金总额", null), tuple(3, 1, "45", null),
            tuple(4, 2, "45", null), tuple(6, 1, "45", null), tuple(7, 1, "10", null), tuple(8, 1, "100％", null),
            tuple(9, 1, "10", null));
    for (int r = 3; r <= 6; r++) {
      assertThat(form.rows().get(r).get(0).mergedFrom()).as("row " + (r + 1)).isEqualTo("表6 行3 列1");
    }
    assertThat(form.rows().get(7)).extracting(GridCell::column, GridCell::span, GridCell::text, GridCell::ref)
        .containsExactly(tuple(0, 1, "年度\n总体\n目标", "表6 行8 列1"), tuple(1, 4, "预期目标", "表6 行8 列2"),
            tuple(5, 5, "实际完成情况", "表6 行8 列3"));
    assertThat(form.rows().get(8)).extracting(GridCell::text, GridCell::mergedFrom)
        .containsExactly(tuple("", "表6 行8 列1"), tuple("为企业办理施工许可证、商品房预售许可证100%", null),
            tuple("办证完成率100%", null));
    // the contents (目录) the reported document opens with is not the document's text
    assertThat(d.notes()).containsExactly("目录未读取 (table of contents not read): 段落1 …");
  }

  static byte[] bytes(XWPFDocument doc) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
