package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.at;
import static io.github.jixiao.render.xlsx.testing.Cells.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Packages;
import io.github.jixiao.render.xlsx.testing.Seed;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The levels' own 分值 and 得分 columns (issue 21) in a workbook: inserted after 一级指标 and 二级指标,
 * merged down beside the group's rows; the subtotals and 总分 still add the right cells when a group's
 * 得分 stands in a level-2 column.
 */
class LevelColumnsXlsxTest {
  /** The cells of a row from column A up to {@code end} as a spreadsheet shows them ("" for blank). */
  private static java.util.List<String> shown(Sheet s, int row1, int end) {
    org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
    java.util.List<String> out = new java.util.ArrayList<>();
    org.apache.poi.ss.usermodel.Row r = s.getRow(row1 - 1);
    for (int c = 0; c < end; c++) {
      Cell cell = r == null ? null : r.getCell(c);
      out.add(cell == null || cell.getCellType() == CellType.FORMULA ? "" : f.formatCellValue(cell));
    }
    return out;
  }

  @Test
  void levelWeightsAreColumnsOfTheirOwnAfterTheirLabels() throws Exception {
    EvaluationPackage pkg = Examples.load(Packages.LEVEL_WEIGHTS);
    try (XSSFWorkbook wb = Seed.open(Seed.render(pkg, Seed.evaluate(pkg), RenderMode.REPORTED))) {
      Sheet s = wb.getSheet("附件1");
      int head = Cells.rowsTagged(s, "jx:ind-head").get(0);
      // a 评分表: 三级指标 spans the 年度指标值 and 实际完成值 columns (the blocks above keep them), 指标说明 over 偏差原因
      assertThat(Cells.row(s, head, 13)).containsExactly("绩效指标", "一级指标", "分值", "二级指标", "分值", "三级指标",
          "", "", "分值", "得分", "评价标准", "指标说明", "");
      assertThat(region(s, "F" + head)).isEqualTo("F" + head + ":H" + head);
      assertThat(region(s, "L" + head)).isEqualTo("L" + head + ":M" + head);
      int first = Integer.parseInt(Cells.find(s, "在职人员控制率").substring(1));
      assertThat(shown(s, first, 10)).containsExactly("", "投入", "13", "预算配置", "13", "在职人员控制率", "", "", "5",
          "5");
      assertThat(region(s, "F" + first)).isEqualTo("F" + first + ":H" + first);
      assertThat(region(s, "L" + first)).isEqualTo("L" + first + ":M" + first);
      assertThat(region(s, "C" + first)).isEqualTo("C" + first + ":C" + (first + 1));
      assertThat(region(s, "E" + first)).isEqualTo("E" + first + ":E" + (first + 1));
      assertThat(at(s, "C" + first).getCellType()).isEqualTo(CellType.NUMERIC);
    }
  }

  @Test
  void aGroupsScoreInALevelColumnStillCountsInTheSubtotalAndTotal() throws Exception {
    EvaluationPackage pkg = Packages.levelScoreColumns();
    PackageEvaluation evaluation = Seed.evaluate(pkg);
    FormEvaluation e = evaluation.evaluations().get(0);
    try (XSSFWorkbook wb = Seed.open(Seed.render(pkg, evaluation, RenderMode.COMPUTED))) {
      Sheet s = wb.getSheet("附件1");
      int head = Cells.rowsTagged(s, "jx:ind-head").get(0);
      assertThat(Cells.row(s, head, 12)).containsExactly("绩效指标", "一级指标", "二级指标", "分值", "得分", "三级指标",
          "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "一级指标得分小计");
      int quantity = Integer.parseInt(Cells.find(s, "培训人次").substring(1));
      // a group scored as a whole: its 分值 and (computed) 得分 in the level-2 columns, its rows' own blank
      assertThat(shown(s, quantity, 10)).containsExactly("", "产出指标（40分）", "数量指标", "15", "15.00", "培训人次",
          "≥300人次", "320人次", "", "");
      assertThat(region(s, "E" + quantity)).isEqualTo("E" + quantity + ":E" + (quantity + 1));
      int time = Integer.parseInt(Cells.find(s, "培训完成时间").substring(1));
      assertThat(shown(s, time, 10).subList(2, 10)).containsExactly("时效指标", "5", "5", "培训完成时间",
          "2023年11月底前", "2023年11月", "5", "5.00");
      Cell sub = at(s, "L" + quantity);
      // 数量 (two rows) and 质量 in E, 时效's row in J (the rows' 得分), 成本 in E
      assertThat(sub.getCellFormula()).isEqualTo("SUM(E" + quantity + ":E" + (time - 1) + ",J" + time + ":J" + time + ",E"
          + (time + 1) + ":E" + (time + 1) + ")");
      assertThat(sub.getNumericCellValue()).isCloseTo(e.groups().get(0).computed().doubleValue(), within(1e-9));
      Cell total = at(s, "J" + Cells.find(s, "总分").substring(1));
      assertThat(total.getCellFormula()).contains(",E" + quantity + ":E").contains(",J" + time);
      assertThat(total.getNumericCellValue()).isEqualTo(e.computedTotal().doubleValue());
    }
  }

  @Test
  void aScoringTableWithoutFundsOrGoalsPrintsNeitherBlock() throws Exception {
    EvaluationPackage pkg = Examples.load("henan-2024-renshe-zhiye-jineng-jingsai");
    try (XSSFWorkbook wb = Seed.open(Seed.render(pkg, Seed.evaluate(pkg), RenderMode.REPORTED))) {
      Sheet s = wb.getSheet("附件1");
      assertThat(Cells.rowsTagged(s, "jx:funds-head")).isEmpty();
      assertThat(Cells.rowsTagged(s, "jx:goals-head")).isEmpty();
      assertThat(Cells.rowsTagged(s, "jx:ind-head")).hasSize(1);
    }
    EvaluationPackage seed = Examples.miluo2023();
    try (XSSFWorkbook wb = Seed.open(Seed.render(seed, Seed.evaluate(seed), RenderMode.REPORTED))) {
      assertThat(Cells.rowsTagged(wb.getSheet("附件3-1"), "jx:funds-head")).hasSize(1);
    }
  }
}
