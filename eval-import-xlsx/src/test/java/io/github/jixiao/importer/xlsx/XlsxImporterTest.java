package io.github.jixiao.importer.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.at;
import static io.github.jixiao.render.xlsx.testing.Packages.form;
import static io.github.jixiao.render.xlsx.testing.Packages.onlyForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.render.xlsx.XlsxTemplate;
import io.github.jixiao.render.xlsx.layout.MetaSheet;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Packages;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading workbooks back: the seed's round trip, a filled-in template, and every problem with its cell. */
class XlsxImporterTest {
  private final XlsxImporter importer = XlsxImporter.create();

  @Test
  void seedWorkbookImportsBackToTheSamePackageGivenTheReportsFromABasePackage() throws Exception {
    assertThat(importer.read(Seed.REPORTED, Seed.PKG)).isEqualTo(Seed.PKG);
  }

  @Test
  void seedWorkbookAloneImportsEveryFormAndThePackageDataButNoReports() throws Exception {
    EvaluationPackage back = importer.read(Seed.REPORTED, null);
    EvaluationPackage withoutReports = new EvaluationPackage(Seed.PKG.formatVersion(), Seed.PKG.year(),
        Seed.PKG.department(), Seed.PKG.profile(), Seed.PKG.projects(), Seed.PKG.basicData(),
        Seed.PKG.departmentEvaluation(), Seed.PKG.projectEvaluations(), null, List.of());
    assertThat(back).isEqualTo(withoutReports);
  }

  @Test
  void aComputedWorkbookImportsTheComputedScores() throws Exception {
    EvaluationPackage back = importer.read(Seed.COMPUTED, Seed.PKG);
    assertThat(back.form("3-13").orElseThrow().reportedTotal()).isEqualTo(ScoreCell.of("99.38"));
    assertThat(back.form("3-13").orElseThrow().name()).isEqualTo("招投标监督管理专项");
  }

  @Test
  void aRenamedSheetIsFoundByItsLabelAndTitle() throws Exception {
    byte[] edited = edit(Seed.REPORTED, wb -> {
      wb.setSheetName(wb.getSheetIndex("附件3-1"), "帮代办");
      wb.setSheetName(wb.getSheetIndex("附件2"), "Sheet2");
    });
    assertThat(importer.read(edited, Seed.PKG)).isEqualTo(Seed.PKG);
  }

  @Test
  void withoutJixiaosSheetTheYearDepartmentAndProjectsComeFromTheForms() throws Exception {
    byte[] edited = edit(Seed.REPORTED, wb -> wb.removeSheetAt(wb.getSheetIndex(MetaSheet.NAME)));
    assertThat(importer.read(edited, Seed.PKG)).isEqualTo(Seed.PKG);
    EvaluationPackage alone = importer.read(edited, null);
    assertThat(alone.year()).isEqualTo(2023);
    assertThat(alone.department()).isEqualTo("汨罗市住房和城乡建设局"); // 附件3-1's 主管部门
    assertThat(alone.project("bangdaiban").orElseThrow().name()).isEqualTo("帮代办工作经费");
    assertThat(alone.project("shigongtu-shencha").orElseThrow().name()).isEqualTo("施工图审查"); // as in 附件1
    assertThat(alone.projectEvaluations()).isEqualTo(Seed.PKG.projectEvaluations());
  }

  @Test
  void theSubmissionCopyWithoutJixiaosSheetImportsBackToTheSameForms() throws Exception {
    // RenderMode.SUBMISSION: no 汇总, 审核意见 or hidden data sheet, nothing that names jixiao; the hidden
    // machine tags stay, so the filed copy reads back exactly
    assertThat(importer.read(Seed.SUBMISSION, Seed.PKG)).isEqualTo(Seed.PKG);
    EvaluationPackage alone = importer.read(Seed.SUBMISSION, null);
    assertThat(alone.year()).isEqualTo(2023);
    assertThat(alone.department()).isEqualTo("汨罗市住房和城乡建设局");
    assertThat(alone.basicData()).isEqualTo(Seed.PKG.basicData());
    assertThat(alone.departmentEvaluation()).isEqualTo(Seed.PKG.departmentEvaluation());
    assertThat(alone.projectEvaluations()).isEqualTo(Seed.PKG.projectEvaluations());
  }

  @Test
  void aFilledInTemplateIsReadWithNumbersTypedAsTextBlankRowsASplitMergeAndARenamedSheet() throws Exception {
    byte[] filled = edit(XlsxTemplate.forYear(2024).toBytes(), wb -> {
      XSSFSheet s = wb.getSheetAt(0);
      set(s, "C3", "城市黑臭水体检测费");
      set(s, "C4", "汨罗市住房和城乡建设局");
      set(s, "G4", "汨罗市城市管理局");
      set(s, "D7", "5.88"); // a number typed as text
      set(s, "E7", 5.88);
      set(s, "F7", 5.88);
      set(s, "D8", "０"); // full-width digit, as text
      set(s, "E8", 0);
      set(s, "F8", 0);
      set(s, "B11", "完成黑臭水体检测任务");
      set(s, "F11", "已完成12次检测");
      row(s, 13, "黑臭水体检测次数", "≥12次", "12次", "5", 5.0, null); // 分值 typed as text
      row(s, 15, "检测点位覆盖率", "100%", "100%", 5.0, "4.5", "个别点位延期检测"); // row 14 left blank
      row(s, 28, "成本控制", "≤5.88万元", "5.88万元", 20.0, 20.0, null);
      row(s, 34, "群众满意度", "≥95%", "98%", "10", 9.0, "加强宣传");
      s.removeMergedRegion(indexOf(s, "B13:B19")); // a person splits the merged 产出指标 cell
      s.shiftRows(15, s.getLastRowNum(), 1); // and inserts a blank row below row 15
      wb.setSheetName(0, "黑臭水体");
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb); // what saving in Excel or WPS does
    });

    EvaluationPackage pkg = importer.read(filled, null);

    assertThat(pkg.year()).isEqualTo(2024);
    assertThat(pkg.department()).isEqualTo("汨罗市住房和城乡建设局");
    assertThat(pkg.projects()).isEmpty();
    BigDecimal fiveEightyEight = new BigDecimal("5.88");
    ScoreCell ten = ScoreCell.of("10");
    SelfEvaluationForm expected = new SelfEvaluationForm("3-1", "2024年度项目支出绩效自评表", null, "城市黑臭水体检测费",
        "汨罗市住房和城乡建设局", "汨罗市城市管理局",
        new FundsBlock(List.of(
            // 年初预算数 of the sources are text or blank: the spreadsheet's SUM leaves them out, as Excel does
            new FundsRow(FundsRowKind.TOTAL, "年度资金总额", null, fiveEightyEight, fiveEightyEight, ten, "100.00%",
                ScoreCell.of("10.00")),
            new FundsRow(FundsRowKind.CURRENT_YEAR_APPROPRIATION, "其中：当年财政拨款", fiveEightyEight, fiveEightyEight,
                fiveEightyEight, null, null, null),
            new FundsRow(FundsRowKind.CARRY_OVER, "上年结转资金", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null,
                null, null),
            new FundsRow(FundsRowKind.OTHER_FUNDS, "其他资金", null, null, null, null, null, null)), List.of(), List.of()),
        List.of(new Goal("完成黑臭水体检测任务", "已完成12次检测")),
        List.of(
            new Level1Group(Level1Indicator.OUTPUT, "产出指标（30分）", new BigDecimal("30"), List.of(
                new Level2Group(Level2Indicator.QUANTITY, "数量指标", List.of(
                    new IndicatorRow("黑臭水体检测次数", "≥12次", "12次", ScoreCell.of("5"), ScoreCell.of("5"), null),
                    new IndicatorRow("检测点位覆盖率", "100%", "100%", ScoreCell.of("5"), ScoreCell.of("4.5"),
                        "个别点位延期检测"))),
                new Level2Group(Level2Indicator.QUALITY, "质量指标", List.of()),
                new Level2Group(Level2Indicator.TIMELINESS, "时效指标", List.of()))),
            new Level1Group(Level1Indicator.BENEFIT, "效益指标（30分）", new BigDecimal("30"), List.of(
                new Level2Group(Level2Indicator.ECONOMIC_BENEFIT, "经济效益指标", List.of()),
                new Level2Group(Level2Indicator.SOCIAL_BENEFIT, "社会效益指标", List.of()),
                new Level2Group(Level2Indicator.ECOLOGICAL_BENEFIT, "生态效益指标", List.of()),
                new Level2Group(Level2Indicator.SUSTAINABLE_IMPACT, "可持续影响指标", List.of()))),
            new Level1Group(Level1Indicator.COST, "成本指标（20分）", new BigDecimal("20"), List.of(
                new Level2Group(Level2Indicator.ECONOMIC_COST, "经济成本指标", List.of(
                    new IndicatorRow("成本控制", "≤5.88万元", "5.88万元", ScoreCell.of("20"), ScoreCell.of("20"), null))),
                new Level2Group(Level2Indicator.SOCIAL_COST, "社会成本指标", List.of()),
                new Level2Group(Level2Indicator.ECOLOGICAL_COST, "生态环境成本指标", List.of()))),
            new Level1Group(Level1Indicator.SATISFACTION, "满意度指标（10分）", new BigDecimal("10"), List.of(
                new Level2Group(Level2Indicator.SERVICE_SATISFACTION, "服务对象满意度指标", List.of(
                    new IndicatorRow("群众满意度", "≥95%", "98%", ScoreCell.of("10"), ScoreCell.of("9"), "加强宣传")))))),
        // the total weight and 总分 are the template's formulas, as the spreadsheet computed them
        // (the weights typed as text, 5 and 10, are not summed by the spreadsheet)
        ScoreCell.of("35"), ScoreCell.of("44.00"),
        List.of("备注：一个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金…各一张表。"), // the template's note
        List.of(new FooterField("填表人", null), new FooterField("填报日期", null), new FooterField("联系电话", null),
            new FooterField("单位负责人签字", null)));
    assertThat(pkg.projectEvaluations()).containsExactly(expected);
  }

  @Test
  void numbersTypedIntoTextCellsAreReadAsTheCellShowsThem() throws Exception {
    byte[] edited = edit(Seed.REPORTED, wb -> {
      Sheet s = wb.getSheet("附件3-1");
      set(s, "D16", 1.0e11); // General: in full, not 1E+11
      set(s, "E16", 75.0);
      set(s, "F16", 0.98);
      var percent = wb.createCellStyle();
      percent.cloneStyleFrom(at(s, "F16").getCellStyle());
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      at(s, "F16").setCellStyle(percent);
    });
    IndicatorRow row = importer.read(edited, Seed.PKG).form("3-1").orElseThrow().indicators().get(1).children().get(0)
        .rows().get(0);
    assertThat(row.name()).isEqualTo("100000000000");
    assertThat(row.target()).isEqualTo("75");
    assertThat(row.actual()).isEqualTo("98%");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsSheetAndCell() throws Exception {
    byte[] broken = edit(Seed.REPORTED, wb -> {
      set(wb.getSheet("附件3-4"), "G13", "十");
      set(wb.getSheet("附件3-1"), "E7", "abc");
      set(wb.getSheet("附件3-2"), "C3", "  ");
      set(wb.getSheet("附件3-3"), "H14", "12O"); // a letter O for a zero
      set(wb.getSheet("附件3-5"), "G13", 150.0); // a weight above 100: the validator's problem, at its cell
    });
    assertThatThrownBy(() -> importer.read(broken, Seed.PKG))
        .isInstanceOfSatisfying(InvalidPackageException.class, e -> {
          List<String> messages = e.problems().stream().map(Problem::message).toList();
          assertThat(messages).contains(
              "附件3-4!G13: 分值 is not a number: '十' (不是数字)",
              "附件3-1!E7: 全年预算数 is not a number: 'abc' (不是数字)",
              "附件3-2!C3: 名称 (项目支出名称 / 预算部门名称) is blank (名称不能为空)",
              "附件3-3!H14: 得分 is not a number: '12O' (不是数字)");
          assertThat(messages).anyMatch(m -> m.startsWith("附件3-5!G13: ") && m.contains("100"));
          assertThat(e.problems()).hasSize(5);
          assertThat(e.problems().get(0).pointer()).startsWith("/projectEvaluations/");
          Problem weight = e.problems().stream().filter(p -> p.message().startsWith("附件3-4!G13")).findFirst()
              .orElseThrow();
          assertThat(weight.pointer()).isEqualTo("/projectEvaluations/3/indicators/0/children/0/rows/0/weight");
        });
  }

  @Test
  void formulasAreReadByTheirSavedResultNeverEvaluated() throws Exception {
    byte[] edited = edit(Seed.REPORTED, wb -> {
      XSSFCell c = (XSSFCell) at(wb.getSheet("附件3-1"), "E6");
      c.getCTCell().addNewF().setStringValue("E7*1000+WEBSERVICE(\"http://example.com/\")");
      c.getCTCell().setV("45"); // the saved result stays what the sheet showed
    });
    assertThat(importer.read(edited, Seed.PKG)).isEqualTo(Seed.PKG);
  }

  @Test
  void aFormulaWithoutASavedResultIsReported() throws Exception {
    byte[] edited = edit(Seed.REPORTED, wb -> {
      XSSFCell c = (XSSFCell) at(wb.getSheet("附件3-1"), "E6");
      c.setCellFormula("SUM(E7:E9)");
      c.getCTCell().unsetV();
    });
    assertThatThrownBy(() -> importer.read(edited, Seed.PKG))
        .isInstanceOfSatisfying(InvalidPackageException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("附件3-1!E6: 全年预算数: 公式没有保存的计算结果，请在 Excel/WPS 中打开并保存后再导入")));
  }

  @Test
  void aTargetTypedAsTheFormulaEqualsHundredPercentIsAProblemNotTheNumberOne() throws Exception {
    String[] where = new String[1];
    byte[] edited = edit(Seed.REPORTED, wb -> {
      org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("附件3-1");
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          if (where[0] == null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && cell.getStringCellValue().replaceAll("\\s", "").equals("年度指标值")) {
            XSSFCell target = (XSSFCell) sheet.getRow(row.getRowNum() + 1).getCell(cell.getColumnIndex());
            target.setCellFormula("100%");
            target.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.N);
            target.getCTCell().setV("1");
            where[0] = target.getAddress().formatAsString();
          }
        }
      }
    });
    assertThatThrownBy(() -> importer.read(edited, Seed.PKG))
        .isInstanceOfSatisfying(InvalidPackageException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("附件3-1!" + where[0] + ": 年度指标值 holds the formula =100% whose result is the number 1")));
  }

  @Test
  void aFormulaShowingAnErrorIsReported() throws Exception {
    byte[] edited = edit(Seed.REPORTED, wb -> {
      XSSFCell c = (XSSFCell) at(wb.getSheet("附件3-1"), "F6");
      c.getCTCell().addNewF().setStringValue("1/0");
      c.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.E);
      c.getCTCell().setV("#DIV/0!");
    });
    assertThatThrownBy(() -> importer.read(edited, Seed.PKG))
        .isInstanceOfSatisfying(InvalidPackageException.class, e -> assertThat(e.problems().get(0).message())
            .isEqualTo("附件3-1!F6: 全年执行数 shows an error #DIV/0! (单元格显示错误值)"));
  }

  @Test
  void aWorkbookWithoutAnyFormIsAProblemNotACrash() throws Exception {
    byte[] plain = edit(null, wb -> wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello"));
    assertThatThrownBy(() -> importer.read(plain, null))
        .isInstanceOfSatisfying(InvalidPackageException.class, e -> assertThat(e.problems().get(0).message())
            .startsWith("no form found"));
  }

  @Test
  void anUntouchedTemplateImportsAsProblemsToFillIn() {
    assertThatThrownBy(() -> XlsxImporter.create().read(XlsxTemplate.forYear(2024).toBytes(), null))
        .isInstanceOfSatisfying(io.github.jixiao.model.InvalidPackageException.class, e -> assertThat(
            e.problems().stream().map(io.github.jixiao.model.Problem::message))
            .containsExactly("附件3-1!C3: 名称 (项目支出名称 / 预算部门名称) is blank (名称不能为空)",
                "the department cannot be told: fill in 主管部门 on the form (无法确定部门，请填写主管部门)"));
  }

  @Test
  void textSplitOverMergedRowsReadsBackWhole() throws Exception {
    EvaluationPackage pkg = onlyForm(form("3-1", "保障项目顺利实施，按期完成年度任务。".repeat(120), "名称"));
    byte[] bytes = Seed.render(pkg, null, RenderMode.REPORTED);
    try (XSSFWorkbook wb = Seed.open(bytes)) {
      assertThat(Cells.rowsTagged(wb.getSheet("附件3-1"), Tags.CONT)).as("the goal is split over rows").isNotEmpty();
    }
    assertThat(importer.read(bytes, pkg)).isEqualTo(pkg);
  }

  @Test
  void textThatLooksLikeAFormulaReadsBackUnchanged() throws Exception {
    EvaluationPackage pkg = Packages.formulaLikeText();
    assertThat(importer.read(Seed.render(pkg, null, RenderMode.REPORTED), pkg)).isEqualTo(pkg);
  }

  @Test
  void aComputedTotalNoSpreadsheetNumberHoldsKeepsThePrintedTotalAndReadsBack() throws Exception {
    // 25 significant digits: within a form's limits (15 + 10), beyond a spreadsheet number's 15, so the
    // source is written as text, which SUM would skip; the printed total stays, marked (fuzz case 8000001)
    SelfEvaluationForm f = form("3-1", "完成", "名称");
    f = new SelfEvaluationForm(f.label(), f.title(), null, f.name(), null, null, new FundsBlock(List.of(
        new FundsRow(FundsRowKind.TOTAL, "年度资金总额", null, new BigDecimal("838"), null, ScoreCell.of("10"), null,
            null),
        new FundsRow(FundsRowKind.OTHER_FUNDS, "其他资金", null, new BigDecimal("999999999999999.9999999999"),
            new BigDecimal("0.01"), null, null, null)), List.of(), List.of()),
        f.goals(), f.indicators(), f.totalWeight(), f.reportedTotal(), f.notes(), f.footer());
    EvaluationPackage pkg = onlyForm(f);
    byte[] computed = Seed.render(pkg, Seed.evaluate(pkg), RenderMode.COMPUTED);
    try (XSSFWorkbook wb = Seed.open(computed)) {
      org.apache.poi.ss.usermodel.Cell total = null;
      for (org.apache.poi.ss.usermodel.Row r : wb.getSheet("附件3-1")) {
        for (org.apache.poi.ss.usermodel.Cell c : r) {
          if (c.getCellComment() != null && c.getCellComment().getString().getString().contains("超出表格数值的精度")) {
            total = c;
          }
        }
      }
      assertThat(total).as("the marked total").isNotNull();
      assertThat(total.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(838.0);
      assertThat(total.getCellComment().getString().getString())
          .contains("各来源合计 999999999999999.9999999999，超出表格数值的精度，保留填报数");
    }
    FundsRow back = importer.read(computed, pkg).projectEvaluations().get(0).funds().rows().get(0);
    assertThat(back.annualBudget()).isEqualTo(io.github.jixiao.model.Amount.of("838"));
  }

  // ------------------------------------------------------------------ helpers

  interface Edit {
    void apply(XSSFWorkbook wb) throws Exception;
  }

  static byte[] edit(byte[] bytes, Edit edit) throws Exception {
    try (XSSFWorkbook wb = bytes == null ? new XSSFWorkbook() : Seed.open(bytes)) {
      edit.apply(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static Cell cell(Sheet s, String a1) {
    var a = new org.apache.poi.ss.util.CellAddress(a1);
    var row = s.getRow(a.getRow()) == null ? s.createRow(a.getRow()) : s.getRow(a.getRow());
    return row.getCell(a.getColumn()) == null ? row.createCell(a.getColumn()) : row.getCell(a.getColumn());
  }

  static void set(Sheet s, String a1, Object value) {
    Cell c = cell(s, a1);
    if (value instanceof String t) {
      c.setCellValue(t);
    } else if (value instanceof Number n) {
      c.setCellValue(n.doubleValue());
    }
  }

  static void row(Sheet s, int row, String name, String target, String actual, Object weight, Object score,
      String reason) {
    set(s, "D" + row, name);
    set(s, "E" + row, target);
    set(s, "F" + row, actual);
    set(s, "G" + row, weight);
    set(s, "H" + row, score);
    if (reason != null) {
      set(s, "I" + row, reason);
    }
  }

  static int indexOf(Sheet s, String region) {
    for (int i = 0; i < s.getNumMergedRegions(); i++) {
      if (s.getMergedRegion(i).formatAsString().equals(region)) {
        return i;
      }
    }
    throw new AssertionError("no merged region " + region);
  }

}
