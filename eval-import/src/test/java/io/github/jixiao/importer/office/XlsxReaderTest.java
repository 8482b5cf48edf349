package io.github.jixiao.importer.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.importer.office.GridCell.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

  private static final XlsxReader READER = XlsxReader.create(OfficeLimits.defaults());

  // ---------------------------------------------------------------- merged regions

  @Test
  void aHorizontalMergeIsOneCellSpanningTheRegionAndTheCoveredCellsAreLeftOut() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("附件2");
    set(s, "A1", "项目支出绩效自评表");
    set(s, "B1", "covered, never shown by Excel");
    set(s, "E1", "after");
    s.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));

    Grid g = grid(read(wb), 0);

    assertThat(g.rows()).hasSize(1);
    assertThat(g.rows().get(0)).extracting(GridCell::column, GridCell::span, GridCell::text, GridCell::ref)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 4, "项目支出绩效自评表", "附件2!A1"),
            org.assertj.core.groups.Tuple.tuple(4, 1, "after", "附件2!E1"));
    assertThat(g.rows().get(0).get(0).mergedFrom()).isNull();
    assertThat(g.columns()).isEqualTo(5);
  }

  @Test
  void aVerticalMergeContinuesInEachFurtherRowWithEmptyTextNamingTheFirstCell() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    set(s, "A2", "产出指标");
    set(s, "B2", "数量指标");
    set(s, "B3", "质量指标");
    set(s, "B4", "时效指标");
    s.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));

    Grid g = grid(read(wb), 0);

    assertThat(g.rows()).hasSize(4);
    assertThat(g.rows().get(0)).isEmpty();
    GridCell top = g.rows().get(1).get(0);
    assertThat(top).isEqualTo(new GridCell(0, 1, "产出指标", Kind.TEXT, null, null, "S!A2"));
    for (int r = 2; r <= 3; r++) {
      GridCell cont = g.rows().get(r).get(0);
      assertThat(cont).isEqualTo(new GridCell(0, 1, "", Kind.TEXT, null, "S!A2", "S!A" + (r + 1)));
      assertThat(cont.isContinuation()).isTrue();
      assertThat(g.rows().get(r).get(1).text()).isEqualTo(r == 2 ? "质量指标" : "时效指标");
    }
  }

  @Test
  void aBlockMergeSpansItsWidthInItsFirstRowAndContinuesWithTheSameWidthBelow() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    set(s, "A1", "left");
    set(s, "B1", "年度总体目标");
    set(s, "D1", "right");
    set(s, "A2", "left2");
    set(s, "C2", "covered");
    set(s, "D2", "right2");
    s.addMergedRegion(CellRangeAddress.valueOf("B1:C3"));

    Grid g = grid(read(wb), 0);

    assertThat(g.rows()).hasSize(3);
    assertThat(g.rows().get(0)).containsExactly(
        GridCell.text(0, 1, "left", "S!A1"),
        GridCell.text(1, 2, "年度总体目标", "S!B1"),
        GridCell.text(3, 1, "right", "S!D1"));
    assertThat(g.rows().get(1)).containsExactly(
        GridCell.text(0, 1, "left2", "S!A2"),
        new GridCell(1, 2, "", Kind.TEXT, null, "S!B1", "S!B2"),
        GridCell.text(3, 1, "right2", "S!D2"));
    assertThat(g.rows().get(2)).containsExactly(new GridCell(1, 2, "", Kind.TEXT, null, "S!B1", "S!B3"));
    assertThat(g.columns()).isEqualTo(4);
  }

  @Test
  void aMergedRegionWithNothingTypedIsStillOneBlankCellWithItsSpan() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    set(s, "A1", "x");
    s.addMergedRegion(CellRangeAddress.valueOf("B1:C2"));

    Grid g = grid(read(wb), 0);

    assertThat(g.rows().get(0)).containsExactly(GridCell.text(0, 1, "x", "S!A1"), GridCell.text(1, 2, "", "S!B1"));
    assertThat(g.rows().get(1)).containsExactly(new GridCell(1, 2, "", Kind.TEXT, null, "S!B1", "S!B2"));
  }

  // ---------------------------------------------------------------- kinds

  @Test
  void aNumberTypedAsTextStaysText() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    set(s, "A1", "287");
    set(s, "B1", "   ");
    set(s, "C1", " 95% ");

    List<GridCell> row = grid(read(wb), 0).rows().get(0);

    assertThat(row).containsExactly(GridCell.text(0, 1, "287", "S!A1"), GridCell.text(1, 1, "   ", "S!B1"),
        GridCell.text(2, 1, " 95% ", "S!C1"));
  }

  @Test
  void numbersAreInPlainNotationWithoutTrailingZerosAsExcelShowsThem() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    double[] values = {287.0, 0.5, 45.675, 0.1 + 0.2, 1234567.89, -12.5, 1e20, 0.0000123, 0};
    for (int i = 0; i < values.length; i++) {
      s.createRow(i).createCell(0).setCellValue(values[i]);
    }

    Grid g = grid(read(wb), 0);

    assertThat(g.rows()).extracting(r -> r.get(0).text())
        .containsExactly("287", "0.5", "45.675", "0.3", "1234567.89", "-12.5", "100000000000000000000", "0.0000123",
            "0");
    assertThat(g.rows()).extracting(r -> r.get(0).kind()).containsOnly(Kind.NUMBER);
    assertThat(g.rows().get(0).get(0).raw()).isNull();
    assertThat(g.rows().get(3).get(0).raw()).as("the stored double where Excel shows fewer digits")
        .isEqualTo("0.30000000000000004");
  }

  @Test
  void percentFormatsGiveThePercentageWithTheStoredNumberAndFormatAsRaw() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    CellStyle whole = style(wb, "0%");
    CellStyle two = style(wb, "0.00%");
    number(s, "A1", 0.95, whole);
    number(s, "B1", 0.9575, two);
    number(s, "C1", 0.9575, whole);
    number(s, "D1", 1, two);
    number(s, "E1", 0, whole);

    List<GridCell> row = grid(read(wb), 0).rows().get(0);

    assertThat(row).extracting(GridCell::kind).containsOnly(Kind.PERCENT);
    assertThat(row).extracting(GridCell::text).containsExactly("95%", "95.75%", "95.75%", "100%", "0%");
    assertThat(row.get(0).raw()).isEqualTo("0.95 (0%)");
    assertThat(row.get(1).raw()).isEqualTo("0.9575 (0.00%)");
  }

  @Test
  void aPercentSignInQuotesIsNotAPercentFormat() {
    assertThat(XlsxReader.isPercent("0.00%")).isTrue();
    assertThat(XlsxReader.isPercent("0%;[Red]-0%")).isTrue();
    assertThat(XlsxReader.isPercent("0.0\"%\"")).isFalse();
    assertThat(XlsxReader.isPercent("0\\%")).isFalse();
    assertThat(XlsxReader.isPercent("#,##0.00")).isFalse();
  }

  @Test
  void aDateFormattedNumberIsTextAsYearMonthDay() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    Cell c = s.createRow(0).createCell(0);
    c.setCellValue(LocalDate.of(2023, 4, 15));
    c.setCellStyle(style(wb, "yyyy\"年\"m\"月\"d\"日\""));

    GridCell cell = grid(read(wb), 0).rows().get(0).get(0);

    assertThat(cell.kind()).isEqualTo(Kind.TEXT);
    assertThat(cell.text()).isEqualTo("2023-04-15");
    assertThat(cell.raw()).isEqualTo("45031 (yyyy\"年\"m\"月\"d\"日\")");
  }

  @Test
  void booleansAndErrorsAreText() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    Row r = s.createRow(0);
    r.createCell(0).setCellValue(true);
    r.createCell(1).setCellValue(false);
    r.createCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());

    assertThat(grid(read(wb), 0).rows().get(0)).extracting(GridCell::text, GridCell::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("TRUE", Kind.TEXT),
        org.assertj.core.groups.Tuple.tuple("FALSE", Kind.TEXT),
        org.assertj.core.groups.Tuple.tuple("#N/A", Kind.TEXT));
  }

  @Test
  void blankCellsAreLeftOut() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    Row r = s.createRow(0);
    r.createCell(0).setCellStyle(style(wb, "0.00"));
    r.createCell(1).setCellValue("");
    r.createCell(2).setCellValue("x");

    Grid g = grid(read(wb), 0);

    assertThat(g.rows().get(0)).containsExactly(GridCell.text(2, 1, "x", "S!C1"));
    assertThat(g.columns()).isEqualTo(3);
  }

  // ---------------------------------------------------------------- formulas

  @Test
  void aFormulaWithASavedResultGivesTheResultAsTextAndTheFormulaAsRaw() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    number(s, "B2", 95, null);
    number(s, "C2", 100, null);
    formula(s, "D2", "B2/C2", 0.95, style(wb, "0.00%"));
    formula(s, "E2", "B2+C2", 195, null);
    Cell text = s.getRow(1).createCell(5);
    text.setCellFormula("IF(B2>90,\"优\",\"良\")");
    text.setCellValue("优");

    List<GridCell> row = grid(read(wb), 0).rows().get(1);

    assertThat(row.get(2)).isEqualTo(new GridCell(3, 1, "95%", Kind.FORMULA, "=B2/C2", null, "S!D2"));
    assertThat(row.get(3)).isEqualTo(new GridCell(4, 1, "195", Kind.FORMULA, "=B2+C2", null, "S!E2"));
    assertThat(row.get(4)).isEqualTo(new GridCell(5, 1, "优", Kind.FORMULA, "=IF(B2>90,\"优\",\"良\")", null,
        "S!F2"));
  }

  @Test
  void aFormulaWithoutASavedResultIsFormulaNoValueWithEmptyTextNotZero() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    number(s, "B2", 95, null);
    number(s, "C2", 100, null);
    formula(s, "D2", "B2/C2", 0.95, style(wb, "0.00%"));
    byte[] saved = XlsxReaderTest.bytes(wb);
    // as a script writes it: <f> and no <v>
    byte[] noValue = rewrite(saved, "xl/worksheets/sheet1.xml",
        xml -> xml.replaceAll("(<f>B2/C2</f>)<v>[^<]*</v>", "$1"));
    assertThat(part(noValue, "xl/worksheets/sheet1.xml")).contains("<f>B2/C2</f></c>");

    GridCell cell = grid(READER.read(noValue), 0).rows().get(1).get(2);

    assertThat(cell).isEqualTo(new GridCell(3, 1, "", Kind.FORMULA_NO_VALUE, "=B2/C2", null, "S!D2"));
    assertThat(cell.isBlank()).isFalse();
  }

  @Test
  void aFormulaWithAnEmptyValueElementAsOpenpyxlWritesItIsFormulaNoValue() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    number(s, "B2", 95, null);
    number(s, "C2", 100, null);
    formula(s, "D2", "B2/C2", 0.95, style(wb, "0.00%"));
    // openpyxl 3.1 writes <c r="D2" s="1"><f>B2/C2</f><v /></c>
    byte[] openpyxl = rewrite(XlsxReaderTest.bytes(wb), "xl/worksheets/sheet1.xml",
        xml -> xml.replaceAll("(<f>B2/C2</f>)<v>[^<]*</v>", "$1<v />"));

    GridCell cell = grid(READER.read(openpyxl), 0).rows().get(1).get(2);

    assertThat(cell.kind()).isEqualTo(Kind.FORMULA_NO_VALUE);
    assertThat(cell.text()).isEmpty();
    assertThat(cell.raw()).isEqualTo("=B2/C2");
  }

  @Test
  void aFormulaWhoseSavedResultIsAnErrorIsTheErrorTextWithTheFormula() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    number(s, "B2", 95, null);
    Cell c = s.getRow(1).createCell(3);
    c.setCellFormula("B2/C2");
    c.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());

    GridCell cell = grid(read(wb), 0).rows().get(1).get(1);

    assertThat(cell).isEqualTo(new GridCell(3, 1, "#DIV/0!", Kind.TEXT, "=B2/C2", null, "S!D2"));
  }

  // ---------------------------------------------------------------- sheets, refs, rows

  @Test
  void hiddenSheetsAreNotReadButNamedInTheNotes() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    set(wb.createSheet("附件2"), "A1", "a");
    set(wb.createSheet("底稿"), "A1", "hidden");
    set(wb.createSheet("附件3-1"), "A1", "b");
    set(wb.createSheet("参数"), "A1", "very hidden");
    wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
    wb.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);

    OfficeDocument doc = read(wb);

    assertThat(doc.format()).isEqualTo("xlsx");
    assertThat(doc.blocks()).extracting(b -> ((Grid) b).name()).containsExactly("附件2", "附件3-1");
    assertThat(doc.notes()).containsExactly("隐藏的工作表未读取 (hidden sheet not read): 底稿",
        "隐藏的工作表未读取 (hidden sheet not read): 参数");
  }

  @Test
  void refsNameTheSheetAsIsAndTheCellInA1StyleAndBlankRowsAreKept() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("附件3-4");
    set(s, "A1", "附件3-4");
    set(s, "F12", "98");
    s.createRow(5).createCell(2).setCellStyle(style(wb, "0.00")); // a styled, empty cell between

    Grid g = grid(read(wb), 0);

    assertThat(g.name()).isEqualTo("附件3-4");
    assertThat(g.rows()).hasSize(12);
    for (int r = 1; r < 11; r++) {
      assertThat(g.rows().get(r)).as("row %d", r + 1).isEmpty();
    }
    assertThat(g.rows().get(11)).containsExactly(GridCell.text(5, 1, "98", "附件3-4!F12"));
    assertThat(g.columns()).isEqualTo(6);
  }

  @Test
  void trailingRowsWithOnlyFormattingAreNotRows() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("S");
    set(s, "B2", "x");
    s.createRow(40).createCell(8).setCellStyle(style(wb, "0.00"));

    Grid g = grid(read(wb), 0);

    assertThat(g.rows()).hasSize(2);
    assertThat(g.columns()).isEqualTo(2);
  }

  @Test
  void anEmptySheetIsAGridWithoutRows() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("空");

    Grid g = grid(read(wb), 0);

    assertThat(g.rows()).isEmpty();
    assertThat(g.columns()).isZero();
  }

  @Test
  void textBoxesAndCommentsAreNotReadButNamedInTheNotes() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("附件2");
    set(s, "A1", "a");
    XSSFDrawing drawing = s.createDrawingPatriarch();
    XSSFTextBox box = drawing.createTextbox(new XSSFClientAnchor(0, 0, 0, 0, 2, 2, 5, 5));
    box.setText("说明：本表金额单位为万元");
    Drawing<?> d = s.getDrawingPatriarch();
    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
    anchor.setCol1(0);
    anchor.setRow1(0);
    anchor.setCol2(2);
    anchor.setRow2(3);
    Comment comment = d.createCellComment(anchor);
    comment.setString(wb.getCreationHelper().createRichTextString("审核意见"));
    s.getRow(0).getCell(0).setCellComment(comment);

    OfficeDocument doc = read(wb);

    assertThat(doc.notes()).containsExactly(
        "文本框中的文字未读取 (text in text boxes or shapes not read): 附件2",
        "批注未读取 (comments not read): 附件2");
    assertThat(grid(doc, 0).rows().get(0)).containsExactly(GridCell.text(0, 1, "a", "附件2!A1"));
  }

  // ---------------------------------------------------------------- limits and bad files

  @Test
  void aSheetWithMoreRowsThanTheLimitIsRefusedNamingTheSheet() {
    XSSFWorkbook wb = new XSSFWorkbook();
    set(wb.createSheet("附件2"), "A1", "ok");
    XSSFSheet s = wb.createSheet("附件3-7");
    for (int r = 0; r < 11; r++) {
      s.createRow(r).createCell(0).setCellValue(r);
    }
    XlsxReader reader = XlsxReader.create(limits(10, 200, 500_000, 500));

    assertThatThrownBy(() -> reader.read(bytes(wb))).isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining("附件3-7").hasMessageContaining("row 11").hasMessageContaining("10 rows");
  }

  @Test
  void aSheetWiderThanTheLimitIsRefusedNamingTheSheet() {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("宽表");
    set(s, "A1", "a");
    s.addMergedRegion(CellRangeAddress.valueOf("A1:L1"));
    XlsxReader reader = XlsxReader.create(limits(100, 10, 500_000, 500));

    assertThatThrownBy(() -> reader.read(bytes(wb))).isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining("宽表").hasMessageContaining("column L");
  }

  @Test
  void aWorkbookWithMoreCellsOrSheetsThanTheLimitsIsRefused() {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("大表");
    for (int r = 0; r < 5; r++) {
      Row row = s.createRow(r);
      for (int c = 0; c < 5; c++) {
        row.createCell(c).setCellValue("x");
      }
    }
    wb.createSheet("二");
    byte[] file = bytes(wb);

    assertThatThrownBy(() -> XlsxReader.create(limits(100, 100, 20, 500)).read(file))
        .isInstanceOf(OfficeRejectedException.class).hasMessageContaining("20 cells").hasMessageContaining("大表");
    assertThatThrownBy(() -> XlsxReader.create(limits(100, 100, 500_000, 1)).read(file))
        .isInstanceOf(OfficeRejectedException.class).hasMessageContaining("2 sheets");
  }

  @Test
  void filesThatAreNotWorkbooksAreRefusedWithAMessageNotAStackTrace() {
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThatThrownBy(() -> READER.read(new byte[0])).isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> READER.read(xls)).isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining(".xls");
    assertThatThrownBy(() -> READER.read("name,score\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OfficeRejectedException.class).hasMessageContaining("not a Word document or Excel workbook");
    byte[] good = bytes(new XSSFWorkbook());
    byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
    assertThatThrownBy(() -> READER.read(cut)).isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void aWorkbookWithMacrosIsRefused() {
    byte[] file = rewrite(bytes(new XSSFWorkbook()), null, null);
    Map<String, byte[]> parts = parts(file);
    parts.put("xl/vbaProject.bin", new byte[] {1, 2, 3});
    byte[] macros = zip(parts);

    assertThatThrownBy(() -> READER.read(macros)).isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining("macros");
  }

  @Test
  void aCellWhoseReferenceNamesNoColumnIsRefusedNamingItsRowNotAsACrash() {
    // found by IntakeMutationFuzzTest (case 17500265): POI gives column -1 for r="", which GridCell refused with
    // "column -1, span 1"
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("附件3");
    set(s, "A1", "项目名称");
    set(s, "B1", "乡村公路");
    byte[] file = rewrite(bytes(wb), "xl/worksheets/sheet1.xml", x -> x.replace("r=\"B1\"", "r=\"\""));

    assertThatThrownBy(() -> READER.read(file)).isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining("附件3").hasMessageContaining("row 1").hasMessageContaining("damaged")
        .hasMessageNotContaining("column -1");
  }

  // ---------------------------------------------------------------- helpers (shared with XlsxWriterTest)

  static OfficeLimits limits(int rows, int columns, long cells, int sheets) {
    OfficeLimits d = OfficeLimits.defaults();
    return new OfficeLimits(d.maxFileBytes(), d.maxEntryBytes(), d.maxTotalBytes(), d.maxInflateRatio(),
        d.maxEntries(), sheets, rows, columns, cells);
  }

  private static OfficeDocument read(XSSFWorkbook wb) throws OfficeRejectedException {
    return READER.read(bytes(wb));
  }

  static Grid grid(OfficeDocument doc, int i) {
    return (Grid) doc.blocks().get(i);
  }

  private static Cell cell(XSSFSheet s, String a1) {
    CellReference ref = new CellReference(a1);
    Row r = s.getRow(ref.getRow());
    if (r == null) {
      r = s.createRow(ref.getRow());
    }
    return r.createCell(ref.getCol());
  }

  private static void set(XSSFSheet s, String a1, String text) {
    cell(s, a1).setCellValue(text);
  }

  private static void number(XSSFSheet s, String a1, double v, @Nullable CellStyle style) {
    Cell c = cell(s, a1);
    c.setCellValue(v);
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static void formula(XSSFSheet s, String a1, String formula, double cached, @Nullable CellStyle style) {
    Cell c = cell(s, a1);
    c.setCellFormula(formula);
    c.setCellValue(cached);
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static CellStyle style(XSSFWorkbook wb, String format) {
    CellStyle st = wb.createCellStyle();
    st.setDataFormat(wb.createDataFormat().getFormat(format));
    return st;
  }

  static byte[] bytes(XSSFWorkbook wb) {
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The zip's parts by name, in the zip's order. */
  static Map<String, byte[]> parts(byte[] zip) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
      ZipArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  static String part(byte[] zip, String name) {
    byte[] b = parts(zip).get(name);
    assertThat(b).as("part %s in %s", name, parts(zip).keySet()).isNotNull();
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(buffer)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** The zip with one part's XML rewritten (a null part: the zip as it is, repacked). */
  static byte[] rewrite(byte[] zip, @Nullable String name, @Nullable UnaryOperator<String> edit) {
    Map<String, byte[]> parts = parts(zip);
    if (name != null && edit != null) {
      String before = new String(parts.get(name), StandardCharsets.UTF_8);
      String after = edit.apply(before);
      assertThat(after).as("the edit of %s", name).isNotEqualTo(before);
      parts.put(name, after.getBytes(StandardCharsets.UTF_8));
    }
    return zip(parts);
  }
}
