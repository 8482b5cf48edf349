package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.region;
import static io.github.jixiao.render.xlsx.testing.Cells.row;
import static io.github.jixiao.render.xlsx.testing.Cells.rowsTagged;
import static io.github.jixiao.render.xlsx.testing.Cells.tagColumn;
import static io.github.jixiao.render.xlsx.testing.Cells.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Packages;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Forms as other provinces print them (issue 14): extra indicator columns, flat lists, 元, partial forms. */
class OtherProvincesXlsxTest {
  private static final EvaluationPackage PKG = Packages.otherProvinces();

  private static XSSFWorkbook render(EvaluationPackage pkg, RenderMode mode) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var evaluation = mode == RenderMode.COMPUTED ? Packages.notGradable(Seed.evaluate(pkg), "/departmentEvaluation") : null;
    new XlsxRenderer().render(RenderRequest.of(pkg, evaluation, mode), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static int head(Sheet s) {
    return rowsTagged(s, Tags.PREFIX + Tags.IND_HEAD).get(0);
  }

  @Test
  void allFiveExtraColumnsStandBesideTheTargetAndAfterTheScoreInTheProvincesOrder() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.REPORTED)) {
      Sheet s = wb.getSheet("附件3-1");
      int h = head(s);
      assertThat(row(s, h, 14)).containsExactly("绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质",
          "年度指标值", "实际完成值", "分值", "得分", "调整后指标值", "得分系数", "是否核心指标", "偏差原因分析及改进措施");
      assertThat(row(s, h + 1, 14)).containsExactly("", "产出指标", "数量指标", "购置电脑", "台", "≥", "13", "15", "", "",
          "15", "1", "是", "");
      assertThat(tagColumn(s)).as("the tag column moves right of the printed table").isEqualTo(15);
      assertThat(s.isColumnHidden(15)).isTrue();
      assertThat(s.isColumnHidden(10)).as("K is 调整后指标值 now, visible").isFalse();
    }
  }

  @Test
  void aFormGetsOnlyTheExtraColumnsSomeRowFills() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.REPORTED)) {
      Sheet s = wb.getSheet("附件2");
      assertThat(row(s, head(s), 11)).containsExactly("绩效指标", "指标名称", "", "", "计量单位", "指标性质", "年度指标值",
          "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
    }
  }

  @Test
  void theOtherBlocksSpanTheInsertedColumns() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.REPORTED)) {
      Sheet s = wb.getSheet("附件3-1");
      int funds = rowsTagged(s, Tags.PREFIX + Tags.FUNDS_HEAD).get(0);
      assertThat(text(s, "D" + funds)).isEqualTo("年初预算数");
      assertThat(region(s, "D" + funds)).as("年初预算数 over 三级指标, 计量单位 and 指标性质").isEqualTo("D" + funds + ":F" + funds);
      assertThat(region(s, "J" + funds)).as("执行率 over 得分 and the three columns after it").isEqualTo("J" + funds + ":M" + funds);
      assertThat(region(s, "A2")).as("the title over the whole table").isEqualTo("A2:N2");
      int total = rowsTagged(s, Tags.PREFIX + Tags.TOTAL).get(0);
      assertThat(text(s, "J" + total)).isEmpty();
      assertThat(s.getRow(total - 1).getCell(9).getNumericCellValue()).as("总分 under 得分").isEqualTo(97);
    }
  }

  @Test
  void aFlatListPrintsOneNameColumnInsteadOfEmptyLevelColumns() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.REPORTED)) {
      Sheet s = wb.getSheet("附件2");
      int h = head(s);
      assertThat(Cells.find(s, "一级指标")).isNull();
      assertThat(Cells.find(s, "二级指标")).isNull();
      assertThat(region(s, "B" + h)).isEqualTo("B" + h + ":D" + h);
      assertThat(text(s, "B" + (h + 1))).isEqualTo("培训人次");
      assertThat(region(s, "B" + (h + 1))).isEqualTo("B" + (h + 1) + ":D" + (h + 1));
      assertThat(text(s, "B" + (h + 2))).isEqualTo("群众满意度");
    }
  }

  @Test
  void aFlatListInComputedModeKeepsItsSubtotalColumn() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.COMPUTED)) {
      Sheet s = wb.getSheet("附件2");
      assertThat(row(s, head(s), 12).get(11)).isEqualTo("一级指标得分小计");
    }
  }

  @Test
  void aPartialFormSaysSoUnderItsTitle() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.REPORTED)) {
      Sheet dept = wb.getSheet("附件2");
      assertThat(text(dept, "A3")).isEqualTo("本表不完整：第2页缺失");
      assertThat(rowsTagged(dept, Tags.PREFIX + Tags.PARTIAL)).containsExactly(3);
      assertThat(rowsTagged(wb.getSheet("附件3-1"), Tags.PREFIX + Tags.PARTIAL)).isEmpty();
    }
    SelfEvaluationForm d = PKG.departmentEvaluation();
    SelfEvaluationForm noNote = new SelfEvaluationForm(d.label(), d.title(), null, d.name(), null, null, d.unit(), true,
        null, d.funds(), d.goals(), d.indicators(), d.totalWeight(), null, null, d.notes(), d.footer());
    EvaluationPackage pkg = new EvaluationPackage("1", 2023, "某县司法局", null, List.of(), null, noNote, List.of(), null,
        List.of());
    try (XSSFWorkbook wb = render(pkg, RenderMode.REPORTED)) {
      assertThat(text(wb.getSheet("附件2"), "A3")).isEqualTo("本表不完整");
    }
  }

  @Test
  void aYuanFormPrintsItsAmountsAsGivenUnderAYuanLabel() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.REPORTED)) {
      Sheet s = wb.getSheet("附件3-1");
      int funds = rowsTagged(s, Tags.PREFIX + Tags.FUNDS_HEAD).get(0);
      assertThat(text(s, "A" + funds)).isEqualTo("项目资金\n（元）");
      assertThat(s.getRow(funds).getCell(3).getNumericCellValue()).isEqualTo(250000);
      assertThat(text(s, "D" + (funds + 3))).isEqualTo("—");
      assertThat(Cells.find(s, "项目资金\n（万元）")).isNull();
    }
  }

  @Test
  void aFormWithoutTheNewFieldsKeepsTheUsualTenColumns() throws Exception {
    SelfEvaluationForm plain = Packages.form("3-1", "目标", "项目");
    IndicatorRow r = new IndicatorRow("指标", "1", "1", null, null, null);
    plain = new SelfEvaluationForm(plain.label(), plain.title(), null, plain.name(), null, null, plain.funds(),
        plain.goals(), List.of(new Level1Group(null, "产出指标", null, List.of(new Level2Group(null, null, List.of(r))))),
        plain.totalWeight(), null, List.of(), List.of());
    try (XSSFWorkbook wb = render(Packages.onlyForm(plain), RenderMode.REPORTED)) {
      Sheet s = wb.getSheet("附件3-1");
      assertThat(tagColumn(s)).isEqualTo(Tags.COLUMN);
      assertThat(row(s, head(s), 9)).containsExactly("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
          "分值", "得分", "偏差原因分析及改进措施");
    }
  }

  @Test
  void theSummaryConvertsAYuanFormsAmountsToWanYuanAndSaysSo() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.COMPUTED)) {
      Sheet s = wb.getSheet("汇总");
      assertThat(text(s, "B4")).isEqualTo("附件3-1");
      assertThat(s.getRow(3).getCell(4).getNumericCellValue()).as("250000 元").isEqualTo(25);
      assertThat(s.getRow(3).getCell(5).getNumericCellValue()).as("237500 元").isEqualTo(23.75);
      assertThat(s.getRow(3).getCell(4).getCellComment().getString().getString()).isEqualTo("原表 250000.00 元，折算为万元");
      assertThat(text(s, "E2")).isEqualTo("全年预算数（万元）");
      assertThat(s.getRow(1).getCell(4).getCellComment().getString().getString()).contains("已折算为万元");
    }
  }

  @Test
  void aFormThatCannotBeGradedShowsSoInTheSummaryInGrey() throws Exception {
    try (XSSFWorkbook wb = render(PKG, RenderMode.COMPUTED)) {
      Sheet s = wb.getSheet("汇总");
      assertThat(text(s, "B3")).isEqualTo("附件2");
      assertThat(text(s, "J3")).isEqualTo("—（无法评级）");
      assertThat(((org.apache.poi.xssf.usermodel.XSSFColor) s.getRow(2).getCell(9).getCellStyle().getFillForegroundColorColor())
          .getARGBHex()).endsWith("D9D9D9");
    }
  }

  @Test
  void theSummaryOfAWanYuanPackageHasNoConversionComments() throws Exception {
    try (XSSFWorkbook wb = render(Seed.PKG, RenderMode.REPORTED)) {
      Sheet s = wb.getSheet("汇总");
      assertThat(s.getRow(1).getCell(4).getCellComment()).isNull();
    }
  }
}
