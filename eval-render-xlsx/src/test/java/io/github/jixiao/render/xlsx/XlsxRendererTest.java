package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.at;
import static io.github.jixiao.render.xlsx.testing.Cells.merged;
import static io.github.jixiao.render.xlsx.testing.Cells.region;
import static io.github.jixiao.render.xlsx.testing.Cells.text;
import static io.github.jixiao.render.xlsx.testing.Packages.form;
import static io.github.jixiao.render.xlsx.testing.Packages.onlyForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Packages;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook of the seed, as reported: sheets, layout, values as printed, marks, links, print setup, bytes. */
class XlsxRendererTest {

  @Test
  void hasTheIdAndExtensionXlsx() {
    XlsxRenderer r = new XlsxRenderer();
    assertThat(r.id()).isEqualTo("xlsx");
    assertThat(r.fileExtension()).isEqualTo("xlsx");
  }

  @Test
  void isFoundByTheServiceLoaderUnderItsId() {
    var renderers = io.github.jixiao.model.render.Renderers.discover(getClass().getClassLoader());
    assertThat(renderers.ids()).contains("xlsx");
    assertThat(renderers.get("xlsx")).isInstanceOf(XlsxRenderer.class);
    assertThat(java.util.ServiceLoader.load(io.github.jixiao.model.render.RendererProvider.class).stream()
        .map(java.util.ServiceLoader.Provider::type)).contains(XlsxRendererProvider.class);
  }

  @Test
  void sheetsAreTheFormsByAttachmentThenSummaryAndFindingsAndAHiddenDataSheet() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      List<String> expected = new ArrayList<>(List.of("附件1", "附件2"));
      for (int i = 1; i <= 14; i++) {
        expected.add("附件3-" + i);
      }
      expected.addAll(List.of("汇总", "审核意见", "jixiao"));
      assertThat(names).containsExactlyElementsOf(expected);
      assertThat(wb.getSheetVisibility(wb.getSheetIndex("jixiao"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(wb.getActiveSheetIndex()).isZero();
    }
  }

  @Test
  void projectFormHasTheLabelTitleAndHeaderBlockOfTheOfficialForm() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      Sheet s = wb.getSheet("附件3-1");
      assertThat(text(s, "A1")).isEqualTo("附件3-1");
      assertThat(text(s, "A2")).isEqualTo("2023年度项目支出绩效自评表");
      assertThat(region(s, "A2")).isEqualTo("A2:I2");
      assertThat(text(s, "A3")).isEqualTo("项目支出名称");
      assertThat(text(s, "C3")).isEqualTo("帮代办工作经费");
      assertThat(text(s, "A4")).isEqualTo("主管部门");
      assertThat(text(s, "C4")).isEqualTo("汨罗市住房和城乡建设局");
      assertThat(text(s, "F4")).isEqualTo("实施单位");
      assertThat(text(s, "G4")).isEqualTo("汨罗市住房和城乡建设局");
      assertThat(text(s, "A5")).isEqualTo("项目资金\n（万元）");
      assertThat(List.of(text(s, "D5"), text(s, "E5"), text(s, "F5"), text(s, "G5"), text(s, "H5"), text(s, "I5")))
          .containsExactly("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
      assertThat(region(s, "A5")).isEqualTo("A5:A9");
      assertThat(text(s, "A12")).isEqualTo("绩效指标");
      assertThat(text(s, "I12")).isEqualTo("偏差原因分析及改进措施");
      assertThat(text(s, "A25")).isEqualTo("总分");
      assertThat(region(s, "A25")).isEqualTo("A25:F25");
      assertThat(text(s, "A26")).isEqualTo("填表人：");
      assertThat(text(s, "D26")).isEqualTo("填报日期：");
      assertThat(text(s, "G26")).isEqualTo("联系电话：");
    }
  }

  @Test
  void levelOneAndLevelTwoCellsAreMergedOverTheirRows() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      Sheet s = wb.getSheet("附件3-1");
      assertThat(text(s, "B13")).isEqualTo("成本指标（20分）");
      assertThat(region(s, "B13")).isEqualTo("B13:B15");
      assertThat(text(s, "B16")).isEqualTo("产出指标（30分）");
      assertThat(region(s, "B16")).isEqualTo("B16:B19");
      assertThat(text(s, "C16")).isEqualTo("数量指标");
      assertThat(region(s, "C16")).isEqualTo("C16:C17");
      assertThat(text(s, "D17")).isEqualTo("商品房预算许可");
      assertThat(region(s, "C18")).isNull(); // 质量指标: one row, nothing to merge
      assertThat(region(s, "A12")).isEqualTo("A12:A24"); // 绩效指标 beside the whole table
    }
  }

  @Test
  void everyCellOfEveryMergedRegionInATableHasAllFourBorders() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      int checked = 0;
      for (String name : List.of("附件1", "附件2", "附件3-1", "附件3-14")) {
        Sheet s = wb.getSheet(name);
        for (CellRangeAddress region : s.getMergedRegions()) {
          Cell first = s.getRow(region.getFirstRow()).getCell(region.getFirstColumn());
          if (first.getCellStyle().getBorderTop() == BorderStyle.NONE) {
            continue; // titles, notes and footer lines have no borders
          }
          for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
            for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
              Cell cell = s.getRow(r).getCell(c);
              assertThat(cell).as("%s!%s in %s", name, new org.apache.poi.ss.util.CellAddress(r, c), region).isNotNull();
              CellStyle st = cell.getCellStyle();
              assertThat(List.of(st.getBorderTop(), st.getBorderBottom(), st.getBorderLeft(), st.getBorderRight()))
                  .as("%s!%s", name, cell.getAddress()).containsOnly(BorderStyle.THIN);
              checked++;
            }
          }
        }
      }
      assertThat(checked).isGreaterThan(200);
    }
  }

  @Test
  void reportedValuesAreWhatWasPrintedTextStaysTextAndBlankStaysBlank() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      Sheet s = wb.getSheet("附件3-1");
      Cell total = at(s, "E6");
      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(45.0);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0");
      assertThat(text(s, "H6")).isEqualTo("100％"); // the rate as printed, full-width percent sign
      assertThat(text(s, "G14")).isEqualTo("无"); // a mark stays text
      assertThat(at(s, "I13").getCellType()).isEqualTo(CellType.BLANK);

      Sheet basic = wb.getSheet("附件1");
      String row = Cells.find(basic, "公车运行维护").substring(1);
      Cell previous = at(basic, "B" + row);
      assertThat(previous.getNumericCellValue()).isEqualTo(6.0);
      assertThat(previous.getCellStyle().getDataFormatString()).isEqualTo("0.00"); // printed "6.00"
      assertThat(at(basic, "D" + row).getCellStyle().getDataFormatString()).isEqualTo("0.00"); // "3.00"
      assertThat(at(basic, "F" + row).getCellStyle().getDataFormatString()).isEqualTo("0.0"); // "3.1"

      Sheet s13 = wb.getSheet("附件3-13");
      String totalRow = Cells.find(s13, "总分").substring(1);
      assertThat(at(s13, "H" + totalRow).getCellType()).isEqualTo(CellType.BLANK); // 总分 left blank in the source
      Sheet s14 = wb.getSheet("附件3-14");
      assertThat(at(s14, "H" + Cells.find(s14, "总分").substring(1)).getNumericCellValue()).isEqualTo(99.5);
    }
  }

  @Test
  void cellsWithFindingsAreFilledByTheirSeverityAndCommentedWithTheFinding() throws Exception {
    Finding missing = Seed.EVALUATION.allFindings().filter(f -> f.code() == FindingCode.TOTAL_MISSING).findFirst()
        .orElseThrow();
    Finding rule = Seed.EVALUATION.allFindings()
        .filter(f -> f.code() == FindingCode.SCORE_NOT_PER_RULE && f.location().form().equals("3-13")).findFirst()
        .orElseThrow();
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      Sheet s = wb.getSheet("附件3-13");
      Cell total = at(s, "H" + Cells.find(s, "总分").substring(1));
      assertThat(fill(total)).isEqualTo("FFC7CE");
      assertThat(total.getCellComment().getString().getString()).contains(missing.messageZh()).contains("错误");

      // the first level-3 row under 数量指标: 做好公开招投标项目监管, scored 10 where the rule gives 9.38
      String row = Cells.find(s, "数量指标").substring(1);
      Cell score = at(s, "H" + row);
      assertThat(score.getNumericCellValue()).isEqualTo(10.0); // the printed score, unchanged
      assertThat(fill(score)).isEqualTo("FFC7CE");
      assertThat(score.getCellComment().getString().getString()).contains(rule.messageZh());
      assertThat(fill(at(s, "G" + row))).isNull(); // the weight has no finding

      Sheet clean = wb.getSheet("附件3-12");
      assertThat(at(clean, "H" + Cells.find(clean, "总分").substring(1)).getCellComment()).isNull();
    }
  }

  @Test
  void findingsSheetListsEveryFindingWithALinkToItsCell() throws Exception {
    List<Finding> findings = Seed.EVALUATION.numbered(); // the package's one numbering: FindingNumbersTest
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      Sheet s = wb.getSheet("审核意见");
      assertThat(text(s, "A1")).startsWith("审核意见（共 " + findings.size() + " 条");
      assertThat(s.getLastRowNum() + 1).isEqualTo(2 + findings.size());
      int linked = 0;
      for (int i = 0; i < findings.size(); i++) {
        Row row = s.getRow(2 + i);
        Finding f = findings.get(i);
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(f.code().name());
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(f.messageZh());
        var link = row.getCell(8).getHyperlink();
        if (link != null) {
          linked++;
          assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
          String[] target = link.getAddress().split("!");
          Sheet sheet = wb.getSheet(target[0].replace("'", ""));
          assertThat(sheet).as(link.getAddress()).isNotNull();
          if (f.location().pointer().endsWith("/reportedTotal")) {
            assertThat(text(sheet, "A" + target[1].substring(1))).isEqualTo("总分");
            assertThat(target[1]).startsWith("H");
          }
        }
      }
      // only the findings about reports (not in the workbook) have no link
      long aboutReports = findings.stream().filter(f -> f.location().pointer().startsWith("/projectReports")
          || f.location().pointer().startsWith("/departmentReport")).count();
      assertThat(linked).isEqualTo(findings.size() - aboutReports);
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(((XSSFSheet) s).getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }

  @Test
  void summaryHasOneRowPerFormWithAutofilterFrozenHeaderAndGradeColours() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      Sheet s = wb.getSheet("汇总");
      // 附件1, 附件2, 附件3-1 … 3-14, the three reports with findings, then 合计
      assertThat(s.getLastRowNum() + 1).isEqualTo(2 + 1 + 15 + 3 + 1);
      assertThat(text(s, "B2")).isEqualTo("附件");
      assertThat(text(s, "B3")).isEqualTo("附件1");
      assertThat(text(s, "C3")).isEqualTo("基础数据表");
      assertThat(text(s, "B4")).isEqualTo("附件2");
      assertThat(text(s, "B17")).isEqualTo("附件3-13");
      assertThat(text(s, "C17")).isEqualTo("招投标监督管理专项");
      assertThat(text(s, "D17")).isEqualTo("汨罗市建筑工程服务中心");
      assertThat(at(s, "H17").getCellType()).isEqualTo(CellType.BLANK); // 总分 blank as printed
      assertThat(at(s, "I17").getNumericCellValue()).isEqualTo(99.38);
      assertThat(text(s, "J17")).isEqualTo("优");
      assertThat(fill(at(s, "J17"))).isEqualTo("C6EFCE");
      // its own two errors and the two cross-form ones on its funds (附件1 says 20 万元, 3-13 prints 5)
      assertThat(at(s, "K17").getNumericCellValue()).isEqualTo(4.0);
      assertThat(at(s, "G17").getNumericCellValue()).isEqualTo(1.0);
      assertThat(at(s, "G17").getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(at(s, "B17").getHyperlink().getAddress()).isEqualTo("'附件3-13'!A1");
      assertThat(text(s, "B19")).isEqualTo("项目自评报告"); // printed without an attachment label
      assertThat(text(s, "C19")).isEqualTo("帮代办工作经费");
      assertThat(text(s, "B20")).isEqualTo("附件5-11");
      assertThat(text(s, "A22")).isEqualTo("合计");
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L21");
    }
  }

  @Test
  void formsPrintOnA4PortraitOnePageWideWithRepeatedHeadsAndPageNumbers() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      for (String name : List.of("附件1", "附件2", "附件3-7")) {
        XSSFSheet s = wb.getSheet(name);
        PrintSetup ps = s.getPrintSetup();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isFalse();
        assertThat(s.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        // the indicator (附件1: 经费控制情况) heads repeat on every page: PrintLayoutTest
        assertThat(text(s, "A" + (s.getRepeatingRows().getFirstRow() + 1)))
            .isEqualTo(name.equals("附件1") ? "经费控制情况（万元）" : "绩效指标");
        assertThat(s.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        assertThat(s.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).isEqualTo(0.6);
        // as reported with findings, up to the printable 审核意见 column right of the hidden tag column
        assertThat(wb.getPrintArea(wb.getSheetIndex(s))).matches("'?" + name + "'?!\\$A\\$1:\\$L\\$\\d+");
        assertThat(s.isColumnHidden(Tags.COLUMN)).isTrue();
      }
    }
  }

  @Test
  void rowHeightsFollowTheTextAndStayWithinExcelsLimit() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      Sheet s = wb.getSheet("附件2");
      int goal = Cells.rowsTagged(s, "jx:goal;").isEmpty() ? Cells.rowsTagged(s, "jx:goal").get(1)
          : Cells.rowsTagged(s, "jx:goal;").get(0);
      // 16 goals in one cell, over 1,000 characters: a tall row, but not taller than Excel allows
      assertThat(s.getRow(goal - 1).getHeightInPoints()).isGreaterThan(150f).isLessThanOrEqualTo(409f);
      Sheet p = wb.getSheet("附件3-1");
      assertThat(p.getRow(16).getHeightInPoints()).isLessThan(40f); // 商品房预算许可: one line
      for (Sheet sheet : wb) {
        for (Row r : sheet) {
          assertThat(r.getHeightInPoints()).as("%s row %d", sheet.getSheetName(), r.getRowNum() + 1)
              .isLessThanOrEqualTo(409f);
        }
      }
    }
  }

  @Test
  void textTallerThanOneRowIsSplitOverMergedRows() throws Exception {
    String longGoal = "保障项目顺利实施，按期完成年度任务。".repeat(120);
    EvaluationPackage pkg = onlyForm(form("3-1", longGoal, "名称"));
    byte[] bytes = render(pkg, RenderMode.REPORTED, Instant.parse("2024-01-01T00:00:00Z"));
    try (XSSFWorkbook wb = Seed.open(bytes)) {
      Sheet s = wb.getSheet("附件3-1");
      String at = Cells.find(s, longGoal);
      CellRangeAddress region = merged(s, at);
      assertThat(region.getLastRow() - region.getFirstRow()).isGreaterThanOrEqualTo(2);
      assertThat(Cells.rowsTagged(s, Tags.CONT)).isNotEmpty();
    }
    // that it reads back: eval-import-xlsx, XlsxImporterTest
  }

  @Test
  void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
    List<String> dangerous = Packages.FORMULA_LIKE;
    EvaluationPackage pkg = Packages.formulaLikeText();
    byte[] bytes = render(pkg, RenderMode.REPORTED, RenderRequest.defaultTimestamp(pkg));
    try (XSSFWorkbook wb = Seed.open(bytes)) {
      int strings = 0;
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            assertThat(c.getCellType()).as("%s!%s", s.getSheetName(), c.getAddress()).isNotEqualTo(CellType.FORMULA);
            if (c.getCellType() == CellType.STRING && dangerous.contains(c.getStringCellValue())) {
              strings++;
            }
          }
        }
      }
      assertThat(strings).isGreaterThanOrEqualTo(dangerous.size());
    }
    // that it reads back unchanged: eval-import-xlsx, XlsxImporterTest
  }

  @Test
  void theSameRequestGivesByteIdenticalFilesWithFixedTimes() throws Exception {
    RenderRequest request = RenderRequest.of(Seed.PKG, Seed.EVALUATION, RenderMode.REPORTED);
    byte[] first = render(request);
    Thread.sleep(1100); // zip entry times have a 2-second resolution: make sure the clock moved
    byte[] second = render(request);
    assertThat(second).isEqualTo(first).isEqualTo(Seed.REPORTED);
    byte[] computed = render(request.withTimestamp(request.timestamp()).withOption("x", "y"));
    assertThat(computed).isEqualTo(first);

    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(first))) {
      ZipEntry e;
      int n = 0;
      while ((e = zin.getNextEntry()) != null) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
        n++;
      }
      assertThat(n).isGreaterThan(20);
    }
    try (XSSFWorkbook wb = Seed.open(first)) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
      assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
      assertThat(core.getCreator()).isEqualTo("jixiao");
    }
  }

  @Test
  void anotherTimestampChangesOnlyTheTimes() throws Exception {
    RenderRequest request = RenderRequest.of(Seed.PKG, Seed.EVALUATION, RenderMode.REPORTED)
        .withTimestamp(Instant.parse("2024-06-30T08:00:00Z"));
    byte[] other = render(request);
    assertThat(other).isNotEqualTo(Seed.REPORTED);
    try (XSSFWorkbook wb = Seed.open(other)) {
      assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
          .isEqualTo(Instant.parse("2024-06-30T08:00:00Z"));
    }
  }

  @Test
  void stylesArePooledNotCreatedPerCell() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      int cells = 0;
      for (Sheet s : wb) {
        for (Row r : s) {
          cells += r.getPhysicalNumberOfCells();
        }
      }
      assertThat(cells).isGreaterThan(3000);
      assertThat(wb.getNumCellStyles()).isLessThan(60);
    }
  }

  @Test
  void computedModeWithoutAnEvaluationIsRefusedBeforeWriting() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> new XlsxRenderer().render(RenderRequest.of(Seed.PKG, null, RenderMode.COMPUTED), out))
        .isInstanceOf(RenderException.class).hasMessageContaining("evaluation").hasMessageContaining("按计算");
    assertThat(out.size()).isZero();
  }

  @Test
  void reportedModeWithoutAnEvaluationMarksNothingAndSaysSo() throws Exception {
    byte[] bytes = render(RenderRequest.of(Seed.PKG, null, RenderMode.REPORTED));
    try (XSSFWorkbook wb = Seed.open(bytes)) {
      assertThat(text(wb.getSheet("审核意见"), "A1")).contains("未提供审核结果");
      Sheet s = wb.getSheet("附件3-13");
      assertThat(at(s, "H" + Cells.find(s, "总分").substring(1)).getCellComment()).isNull();
      assertThat(wb.getSheet("汇总").getRow(2).getCell(8).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void textLongerThanACellHoldsIsRefusedNamingWhere() {
    EvaluationPackage pkg = onlyForm(form("3-1", "长".repeat(40_000), "名称"));
    assertThatThrownBy(() -> render(pkg, RenderMode.REPORTED, RenderRequest.defaultTimestamp(pkg)))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("附件3-1")
        .hasMessageContaining("/projectEvaluations/0/goals/0/expected")
        .hasMessageContaining("32767");
  }

  // ------------------------------------------------------------------ helpers

  static String fill(Cell c) {
    XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
    var color = st.getFillForegroundXSSFColor();
    return color == null || color.getRGB() == null ? null
        : java.util.HexFormat.of().withUpperCase().formatHex(color.getRGB());
  }

  static byte[] render(EvaluationPackage pkg, RenderMode mode, Instant at) throws Exception {
    return render(new RenderRequest(pkg, null, mode, at, java.util.Map.of()));
  }

  static byte[] render(RenderRequest request) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(request, out);
    return out.toByteArray();
  }
}
