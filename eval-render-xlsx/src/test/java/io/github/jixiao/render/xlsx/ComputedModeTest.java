package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.at;
import static io.github.jixiao.render.xlsx.testing.Cells.region;
import static io.github.jixiao.render.xlsx.testing.Cells.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.GroupScore;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The seed as computed: jixiao's scores, and live formulas whose cached values are jixiao's values. */
class ComputedModeTest {

  @Test
  void fundsTotalIsTheSumOfItsSourcesAsALiveFormula() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.COMPUTED)) {
      Sheet s = wb.getSheet("附件3-14");
      Cell annual = at(s, "E6");
      assertThat(annual.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(annual.getCellFormula()).isEqualTo("SUM(E7,E8,E9)");
      assertThat(annual.getNumericCellValue()).isEqualTo(334.74);
      assertThat(annual.getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(at(s, "D6").getNumericCellValue()).isEqualTo(325.0);
      assertThat(at(s, "D6").getCellComment()).isNull(); // the printed total agrees with its sources
    }
  }

  @Test
  void executionRateIsALiveFormulaShownAsAPercentage() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.COMPUTED)) {
      Cell rate = at(wb.getSheet("附件3-1"), "H6");
      assertThat(rate.getCellFormula()).isEqualTo("IF(AND(ISNUMBER(E6),ISNUMBER(F6),E6>0),F6/E6,\"\")");
      assertThat(rate.getNumericCellValue()).isEqualTo(1.0);
      assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(at(wb.getSheet("附件3-1"), "I6").getNumericCellValue()).isEqualTo(10.0); // execution score (jixiao's)
    }
  }

  @Test
  void scoresAreJixiaosAndEveryDifferenceFromThePrintedScoreIsExplained() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.COMPUTED)) {
      Sheet s = wb.getSheet("附件3-13");
      String row = Cells.find(s, "数量指标").substring(1);
      Cell score = at(s, "H" + row);
      assertThat(score.getNumericCellValue()).isEqualTo(9.38);
      assertThat(score.getCellComment().getString().getString()).contains("填报得分 10").contains("9.38");
      Cell total = at(s, "H" + Cells.find(s, "总分").substring(1));
      assertThat(total.getNumericCellValue()).isEqualTo(99.38);
      assertThat(total.getCellComment().getString().getString()).contains("填报总分 （空白）").contains("99.38");
    }
  }

  @Test
  void levelOneSubtotalsAndTotalsAreFormulasWhoseCachedValuesAreJixiaosForEveryForm() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.COMPUTED)) {
      int checked = 0;
      for (FormEvaluation e : Seed.EVALUATION.evaluations()) {
        Sheet s = wb.getSheet("附件" + e.form());
        assertThat(text(s, "J" + Cells.rowsTagged(s, "jx:ind-head").get(0))).isEqualTo("一级指标得分小计");
        List<Integer> starts = Cells.rowsTagged(s, "jx:ind;l1=");
        assertThat(starts).hasSameSizeAs(e.groups());
        for (int g = 0; g < starts.size(); g++) {
          GroupScore group = e.groups().get(g);
          Cell sub = at(s, "J" + starts.get(g));
          assertThat(sub.getCellType()).isEqualTo(CellType.FORMULA);
          assertThat(sub.getCellFormula()).startsWith("SUM(H" + starts.get(g) + ":H");
          assertThat(sub.getNumericCellValue()).as("附件%s group %d", e.form(), g)
              .isCloseTo(group.computed().doubleValue(), within(1e-9));
          assertThat(String.valueOf(region(s, "J" + starts.get(g)))).as("subtotal merged beside its group")
              .isEqualTo(String.valueOf(region(s, "B" + starts.get(g))).replace('B', 'J'));
        }
        int fundsTotal = Cells.rowsTagged(s, "jx:funds;kind=TOTAL").get(0);
        Cell total = at(s, "H" + Cells.find(s, "总分").substring(1));
        assertThat(total.getCellFormula()).startsWith("ROUND(SUM(I" + fundsTotal + ",H" + (starts.get(0)) + ":H");
        assertThat(total.getNumericCellValue()).as("总分 of 附件%s", e.form())
            .isEqualTo(e.computedTotal().doubleValue());
        Cell rate = at(s, "H" + fundsTotal);
        assertThat(rate.getNumericCellValue()).isCloseTo(e.executionRate().doubleValue(), within(1e-9));
        checked++;
      }
      assertThat(checked).isEqualTo(15);
    }
  }

  @Test
  void recalculatingEveryFormulaGivesItsCachedValue() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.COMPUTED)) {
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      int formulas = 0;
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() != CellType.FORMULA) {
              continue;
            }
            CellValue v = evaluator.evaluate(c);
            String where = s.getSheetName() + "!" + c.getAddress();
            if (c.getCachedFormulaResultType() == CellType.NUMERIC) {
              assertThat(v.getNumberValue()).as(where).isCloseTo(c.getNumericCellValue(), within(1e-9));
            } else {
              assertThat(v.getStringValue()).as(where).isEqualTo(c.getStringCellValue());
            }
            formulas++;
          }
        }
      }
      assertThat(formulas).isGreaterThan(15 * 6);
    }
  }

  @Test
  void computedWorkbookAsksSpreadsheetsToRecalculateOnOpening() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.COMPUTED)) {
      assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }
    try (XSSFWorkbook wb = Seed.open(Seed.REPORTED)) {
      assertThat(wb.getForceFormulaRecalculation()).isFalse();
    }
  }

  @Test
  void staffingControlRateIsALiveFormulaInBasicData() throws Exception {
    try (XSSFWorkbook wb = Seed.open(Seed.COMPUTED)) {
      Sheet s = wb.getSheet("附件1");
      int row = Cells.rowsTagged(s, "jx:staff;").isEmpty() ? Cells.rowsTagged(s, "jx:staff").get(1)
          : Cells.rowsTagged(s, "jx:staff;").get(0);
      Cell rate = at(s, "F" + row);
      assertThat(rate.getCellFormula()).contains("D" + row + "/B" + row);
      assertThat(rate.getNumericCellValue()).isCloseTo(188.0 / 195.0, within(1e-9));
    }
  }
}
