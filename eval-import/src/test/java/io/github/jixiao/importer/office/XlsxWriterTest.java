package io.github.jixiao.importer.office;

import static io.github.jixiao.importer.office.XlsxReaderTest.part;
import static io.github.jixiao.importer.office.XlsxReaderTest.parts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.FormPrinter;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.importer.Layouts;
import io.github.jixiao.importer.office.GridCell.Kind;
import io.github.jixiao.model.SelfEvaluationForm;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

  private static final String S = "附件3-4";

  /** A form-like sheet with every kind, merges of each shape, a title and a blank row. */
  static Grid form() {
    return new Grid(S, List.of(
        List.of(GridCell.text(0, 6, "项目支出绩效自评表", S + "!A1")),
        List.of(GridCell.text(0, 2, "项目名称", S + "!A2"), GridCell.text(2, 4, "乡村道路养护", S + "!C2")),
        List.of(
            GridCell.text(0, 1, "资金", S + "!A3"),
            new GridCell(1, 1, "287", Kind.NUMBER, null, null, S + "!B3"),
            new GridCell(2, 1, "45.675", Kind.NUMBER, null, null, S + "!C3"),
            new GridCell(3, 1, "", Kind.FORMULA_NO_VALUE, "=B3+C3", null, S + "!D3"),
            new GridCell(4, 1, "95.75%", Kind.PERCENT, "0.9575 (0.00%)", null, S + "!E3"),
            new GridCell(5, 1, "332.675", Kind.FORMULA, "=B3+C3", null, S + "!F3")),
        List.of(),
        List.of(
            GridCell.text(0, 1, "产出指标", S + "!A5"),
            GridCell.text(1, 2, "年度目标", S + "!B5"),
            new GridCell(3, 1, "95%", Kind.FORMULA, "=B6/C6", null, S + "!D5"),
            new GridCell(4, 1, "优", Kind.FORMULA, "=IF(B6>90,\"优\",\"良\")", null, S + "!E5"),
            new GridCell(5, 1, "#DIV/0!", Kind.TEXT, "=B6/0", null, S + "!F5")),
        List.of(
            new GridCell(0, 1, "", Kind.TEXT, null, S + "!A5", S + "!A6"),
            new GridCell(1, 2, "", Kind.TEXT, null, S + "!B5", S + "!B6"),
            new GridCell(3, 1, "95", Kind.NUMBER, null, null, S + "!D6"),
            new GridCell(4, 1, "100", Kind.NUMBER, null, null, S + "!E6"),
            GridCell.text(5, 1, "  ", S + "!F6")),
        List.of(
            new GridCell(0, 1, "", Kind.TEXT, null, S + "!A5", S + "!A7"),
            GridCell.text(1, 1, "TRUE", S + "!B7"),
            new GridCell(2, 1, "95%", Kind.PERCENT, "0.95 (0%)", null, S + "!C7"),
            GridCell.text(3, 1, "", S + "!D7"),
            GridCell.text(4, 2, "第一行\n第二行", S + "!E7"))),
        6);
  }

  @Test
  void theSameGridsGiveTheSameBytes() {
    byte[] first = XlsxWriter.write(List.of(form()), XlsxWriter.Options.defaults());
    byte[] second = XlsxWriter.write(List.of(form()), XlsxWriter.Options.defaults());

    assertThat(second).isEqualTo(first);
    assertThat(part(first, "docProps/core.xml")).contains("2020-01-01T00:00:00Z");
    assertThat(parts(first).keySet()).startsWith("[Content_Types].xml");
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameGrids() throws Exception {
    Grid second = new Grid("汇总", List.of(List.of(GridCell.text(0, 1, "a", "汇总!A1"))), 1);
    byte[] file = XlsxWriter.write(List.of(form(), second), XlsxWriter.Options.defaults());

    OfficeDocument doc = XlsxReader.create(OfficeLimits.defaults()).read(file);

    assertThat(doc.notes()).isEmpty();
    assertThat(doc.blocks()).hasSize(2);
    Grid back = (Grid) doc.blocks().get(0);
    // a blank cell outside a merge (D7) is written, bordered, but a blank cell is not read
    Grid expected = new Grid(S, form().rows().stream()
        .map(row -> row.stream().filter(c -> !(c.text().isEmpty() && c.kind() == Kind.TEXT && c.span() == 1
            && !c.isContinuation())).toList())
        .toList(), 6);
    assertThat(form().rows().get(6)).hasSize(5);
    assertThat(expected.rows().get(6)).hasSize(4);
    for (int r = 0; r < expected.rows().size(); r++) {
      assertThat(back.rows().get(r)).as("row %d", r + 1).isEqualTo(expected.rows().get(r));
    }
    assertThat(back).isEqualTo(expected);
    assertThat(doc.blocks().get(1)).isEqualTo(second);
  }

  @Test
  void theSeedsFormsPrintedAsSheetsReadBackAsPrinted() throws Exception {
    Layout national = Layouts.builtIn().get("national-2020").orElseThrow();
    List<Grid> printed = new ArrayList<>();
    for (SelfEvaluationForm f : Examples.miluo2023().projectEvaluations()) {
      printed.add(FormPrinter.of(national).sheet(f, "附件" + f.label()));
    }
    assertThat(printed).hasSizeGreaterThan(2);

    OfficeDocument doc = XlsxReader.create(OfficeLimits.defaults())
        .read(XlsxWriter.write(printed, XlsxWriter.Options.defaults()));

    assertThat(doc.blocks()).hasSameSizeAs(printed);
    for (int i = 0; i < printed.size(); i++) {
      Grid p = printed.get(i);
      Grid back = (Grid) doc.blocks().get(i);
      assertThat(back.name()).isEqualTo(p.name());
      assertThat(back.columns()).isEqualTo(p.columns());
      assertThat(back.rows()).as(p.name()).hasSameSizeAs(p.rows());
      for (int r = 0; r < p.rows().size(); r++) {
        // the printer's refs are 行/列, the reader's A1; a blank cell outside a merge is not read
        List<String> want = p.rows().get(r).stream()
            .filter(c -> !(c.text().isEmpty() && c.span() == 1 && !c.isContinuation()))
            .map(XlsxWriterTest::shape).toList();
        assertThat(back.rows().get(r).stream().map(XlsxWriterTest::shape).toList()).as("%s row %d", p.name(), r + 1)
            .isEqualTo(want);
      }
    }
  }

  private static String shape(GridCell c) {
    return c.column() + "+" + c.span() + " " + c.kind() + " " + c.raw() + (c.isContinuation() ? " ↑" : "") + " "
        + c.text();
  }

  @Test
  void aFormulaWithoutAValueIsWrittenWithoutAValueElementAndOneWithAValueWithIt() {
    byte[] file = XlsxWriter.write(List.of(form()), XlsxWriter.Options.defaults());
    String sheet = part(file, "xl/worksheets/sheet1.xml");

    assertThat(sheet).containsPattern("<c r=\"D3\"[^>]*><f>B3\\+C3</f></c>");
    assertThat(sheet).containsPattern("<c r=\"F3\"[^>]*><f>B3\\+C3</f><v>332.675</v></c>");
    assertThat(sheet).containsPattern("<c r=\"E5\"[^>]*t=\"str\"[^>]*><f>IF\\(B6>90,\"优\",\"良\"\\)</f><v>优</v></c>");
    assertThat(sheet).containsPattern("<c r=\"F5\"[^>]*t=\"e\"[^>]*><f>B6/0</f><v>#DIV/0!</v></c>");
  }

  @Test
  void theSheetIsStyledAsPrintedTitleBoldAndCentredTableBorderedTextWrappedColumnsByTheirText() throws Exception {
    byte[] file = XlsxWriter.write(List.of(form()), XlsxWriter.Options.defaults());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet s = wb.getSheetAt(0);
      XSSFCellStyle title = s.getRow(0).getCell(0).getCellStyle();
      assertThat(title.getFont().getBold()).isTrue();
      assertThat(title.getFont().getFontHeightInPoints()).isEqualTo((short) 16);
      assertThat(title.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
      assertThat(title.getBorderBottom()).isEqualTo(BorderStyle.NONE);

      XSSFCellStyle body = s.getRow(2).getCell(0).getCellStyle();
      assertThat(body.getFont().getBold()).isFalse();
      assertThat(body.getWrapText()).isTrue();
      assertThat(List.of(body.getBorderTop(), body.getBorderBottom(), body.getBorderLeft(), body.getBorderRight()))
          .containsOnly(BorderStyle.THIN);
      // the covered cells of a merge carry the border too
      XSSFCell covered = s.getRow(1).getCell(3);
      assertThat(covered.getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
      assertThat(s.getRow(2).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(s.getRow(6).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");

      assertThat(s.getMergedRegions()).extracting(Object::toString).extracting(t -> t.replaceAll(".*\\[|\\]", ""))
          .containsExactlyInAnyOrder("A1:F1", "A2:B2", "C2:F2", "A5:A7", "B5:C6", "E7:F7");
      // 产出指标: four Chinese characters count eight, plus a margin
      assertThat(s.getColumnWidth(0)).isEqualTo(10 * 256);
      assertThat(s.getColumnWidth(2)).as("the narrowest column").isEqualTo(8 * 256);
      assertThat(s.getProtect()).isFalse();
    }
  }

  @Test
  void theInputCellsCanBeUnlockedOnAProtectedSheet() throws Exception {
    byte[] file = XlsxWriter.write(List.of(form()), new XlsxWriter.Options(true));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getProtect()).isTrue();
      assertThat(s.getRow(6).getCell(3).getCellStyle().getLocked()).as("the blank D7").isFalse();
      assertThat(s.getRow(2).getCell(0).getCellStyle().getLocked()).as("the label A3").isTrue();
      assertThat(s.getRow(5).getCell(0).getCellStyle().getLocked()).as("a continuation").isTrue();
    }
  }

  @Test
  void sheetNamesAreMadeAcceptableToExcelAndUnique() {
    Set<String> used = new HashSet<>();
    assertThat(XlsxWriter.sheetName("附件3-4", used)).isEqualTo("附件3-4");
    assertThat(XlsxWriter.sheetName("附件3-4", used)).isEqualTo("附件3-4 (2)");
    assertThat(XlsxWriter.sheetName("a/b:c[d]*?\\", used)).isEqualTo("a_b_c_d____");
    assertThat(XlsxWriter.sheetName("'quoted'", used)).isEqualTo("quoted");
    assertThat(XlsxWriter.sheetName("", used)).isEqualTo("Sheet5");
    String longName = "2023年度某某县农业农村局部门整体支出绩效自评表附件2（部门整体）";
    assertThat(XlsxWriter.sheetName(longName, used)).hasSize(31).isEqualTo(longName.substring(0, 31));
    assertThat(XlsxWriter.sheetName(longName, used)).hasSize(31).endsWith(" (2)");
  }

  @Test
  void chineseCharactersCountTwiceInAColumnsWidth() {
    assertThat(XlsxWriter.width("287")).isEqualTo(3);
    assertThat(XlsxWriter.width("产出指标")).isEqualTo(8);
    assertThat(XlsxWriter.width("（万元）")).isEqualTo(8);
    assertThat(XlsxWriter.width("短\n长一些的行")).isEqualTo(10);
  }

  @Test
  void noGridsIsAnError() {
    assertThatThrownBy(() -> XlsxWriter.write(List.of(), XlsxWriter.Options.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no grids");
  }

  @Test
  void libreOfficeShowsTheSavedResultsWithoutRecalculating(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    Assumptions.assumeTrue(soffice != null,
        "LibreOffice (soffice) is not on the PATH: the conversion check is skipped; install libreoffice-calc to run it");
    // a cached result that recalculation would change (777, not 195): only the saved one gives it. LibreOffice
    // 7 recalculates formulas with a text result even when told never to, so the text formula's result is its own
    Grid g = new Grid("S", List.of(
        List.of(new GridCell(0, 1, "95", Kind.NUMBER, null, null, "S!A1"),
            new GridCell(1, 1, "100", Kind.NUMBER, null, null, "S!B1"),
            new GridCell(2, 1, "95%", Kind.FORMULA, "=A1/B1", null, "S!C1"),
            new GridCell(3, 1, "777", Kind.FORMULA, "=A1+B1", null, "S!D1"),
            new GridCell(4, 1, "良", Kind.FORMULA, "=IF(A1>90,\"良\",\"差\")", null, "S!E1"),
            GridCell.text(5, 1, "项目名称", "S!F1"))), 6);
    Path in = dir.resolve("written.xlsx");
    Files.write(in, XlsxWriter.write(List.of(g), XlsxWriter.Options.defaults()));
    Path profile = dir.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    // 1: never recalculate on load, whoever wrote the file
    Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
        <value>1</value></prop></item>
        </oor:items>
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    Path csv = out.resolve("written.csv");
    assertThat(csv).as(Files.readString(dir.resolve("soffice.log"))).exists();

    String text = Files.readString(csv, StandardCharsets.UTF_8).strip();

    assertThat(text).isEqualTo("95,100,95.00%,777,良,项目名称");
  }

  /** The soffice executable on the PATH, or {@code null}. */
  static @Nullable String soffice() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      for (String name : List.of("soffice", "soffice.exe", "libreoffice")) {
        File f = new File(d, name);
        if (f.isFile() && f.canExecute()) {
          return f.getAbsolutePath();
        }
      }
    }
    return null;
  }
}
