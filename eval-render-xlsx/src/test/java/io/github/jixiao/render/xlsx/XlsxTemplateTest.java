package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.at;
import static io.github.jixiao.render.xlsx.testing.Cells.region;
import static io.github.jixiao.render.xlsx.testing.Cells.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.render.xlsx.testing.Seed;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The blank template: layout, formulas in locked cells, unlocked inputs, drop-down lists, protection. */
class XlsxTemplateTest {
  private static final byte[] TEMPLATE = XlsxTemplate.forYear(2024).toBytes();

  @Test
  void hasTheProjectFormLayoutWithEmptyInputs() throws Exception {
    try (XSSFWorkbook wb = Seed.open(TEMPLATE)) {
      assertThat(wb.getSheetName(0)).isEqualTo("附件3-1");
      assertThat(wb.getSheetName(1)).isEqualTo("填表说明");
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(text(s, "A1")).isEqualTo("附件3-1");
      assertThat(text(s, "A2")).isEqualTo("2024年度项目支出绩效自评表");
      assertThat(text(s, "A3")).isEqualTo("项目支出名称");
      assertThat(at(s, "C3").getCellType()).isEqualTo(CellType.BLANK);
      assertThat(text(s, "B6")).isEqualTo("年度资金总额");
      assertThat(at(s, "G6").getNumericCellValue()).isEqualTo(10.0); // the execution weight, pre-filled
      assertThat(text(s, "B13")).isEqualTo("产出指标（30分）");
      assertThat(region(s, "B13")).isEqualTo("B13:B19");
      assertThat(text(s, "C13")).isEqualTo("数量指标");
      assertThat(region(s, "C13")).isEqualTo("C13:C15");
      assertThat(text(s, "B34")).isEqualTo("满意度指标（10分）");
      assertThat(text(s, "A36")).isEqualTo("总分");
      assertThat(at(s, "D13").getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void totalsRateExecutionScoreSubtotalsAndTotalAreFormulasInLockedCells() throws Exception {
    try (XSSFWorkbook wb = Seed.open(TEMPLATE)) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(at(s, "E6").getCellFormula()).isEqualTo("IF(COUNT(E7,E8,E9)=0,\"\",SUM(E7,E8,E9))");
      assertThat(at(s, "H6").getCellFormula()).isEqualTo("IF(AND(ISNUMBER(E6),ISNUMBER(F6),E6>0),F6/E6,\"\")");
      assertThat(at(s, "I6").getCellFormula()).isEqualTo("IF(ISNUMBER(H6),ROUND(G6*MIN(H6,1),2),\"\")");
      assertThat(at(s, "J13").getCellFormula()).isEqualTo("IF(COUNT(H13:H19)=0,\"\",SUM(H13:H19))");
      assertThat(at(s, "H36").getCellFormula()).isEqualTo("IF(COUNT(I6,H13:H35)=0,\"\",ROUND(SUM(I6,H13:H35),2))");
      assertThat(at(s, "G36").getCellFormula()).isEqualTo("SUM(G6,G13:G35)");
      for (String a1 : List.of("E6", "H6", "I6", "J13", "H36", "G36", "A1", "B13", "D5")) {
        if (a1.equals("B13")) {
          continue;
        }
        assertThat(at(s, a1).getCellStyle().getLocked()).as(a1).isTrue();
      }
      for (String a1 : List.of("C3", "C4", "G4", "D7", "E8", "F9", "B11", "F11", "D13", "E13", "G13", "H13", "I13",
          "B13", "C13", "G6")) {
        assertThat(at(s, a1).getCellStyle().getLocked()).as(a1).isFalse();
      }
      assertThat(s.getProtect()).isTrue();
      assertThat(s.isFormatRowsLocked()).isFalse();
      assertThat(s.isInsertRowsLocked()).isFalse();
      assertThat(s.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
      // every formula has a saved result, so that a reader that does not recalculate still sees one
      int formulas = 0;
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().isSetV()).as(c.getAddress().toString())
                .isTrue();
            formulas++;
          }
        }
      }
      assertThat(formulas).isEqualTo(3 + 1 + 1 + 4 + 2); // 年度资金总额 ×3, 执行率, 得分, 小计 ×4, 分值 and 总分
    }
  }

  @Test
  void levelOneAndLevelTwoNamesHaveDropDownLists() throws Exception {
    try (XSSFWorkbook wb = Seed.open(TEMPLATE)) {
      List<XSSFDataValidation> lists = wb.getSheetAt(0).getDataValidations();
      assertThat(lists).hasSize(2);
      XSSFDataValidation level1 = lists.stream().filter(v -> v.getRegions().getCellRangeAddresses()[0]
          .formatAsString().startsWith("B")).findFirst().orElseThrow();
      assertThat(level1.getValidationConstraint().getExplicitListValues())
          .containsExactly("产出指标（30分）", "效益指标（30分）", "成本指标（20分）", "满意度指标（10分）");
      assertThat(level1.getRegions().getCellRangeAddresses()).hasSize(4);
      assertThat(level1.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
      XSSFDataValidation level2 = lists.stream().filter(v -> v != level1).findFirst().orElseThrow();
      assertThat(level2.getValidationConstraint().getExplicitListValues()).contains("数量指标", "服务对象满意度指标",
          "生态环境成本指标").hasSize(12);
      assertThat(level2.getRegions().getCellRangeAddresses()).hasSize(11);
      assertThat(wb.getSheetAt(0).getCTWorksheet().getDataValidations().getDataValidationArray(1).getShowDropDown())
          .as("false shows the arrow in Excel").isFalse();
    }
  }

  @Test
  void isDeterministicAndConfigurable() throws Exception {
    assertThat(XlsxTemplate.forYear(2024).toBytes()).isEqualTo(TEMPLATE);
    byte[] other = XlsxTemplate.forYear(2025).withLabel("3-7").withRowsPerIndicator(4)
        .withTimestamp(Instant.parse("2026-01-01T00:00:00Z")).toBytes();
    try (XSSFWorkbook wb = Seed.open(other)) {
      XSSFSheet s = wb.getSheet("附件3-7");
      assertThat(text(s, "A2")).isEqualTo("2025年度项目支出绩效自评表");
      assertThat(region(s, "C13")).isEqualTo("C13:C17"); // 数量指标: 4 + 1 rows
    }
    assertThatThrownBy(() -> XlsxTemplate.forYear(2024).withRowsPerIndicator(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 50");
    assertThatThrownBy(() -> XlsxTemplate.forYear(1800)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLabelWithCharactersExcelForbidsInSheetNamesGivesASheetNameExcelAccepts() throws Exception {
    byte[] bytes = XlsxTemplate.forYear(2024).withLabel("'3/1:[甲]*?'").toBytes();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      java.util.List<String> names = new java.util.ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        names.add(wb.getSheetName(i));
      }
      assertThat(names).contains("附件'3_1__甲___");
      assertThat(names).allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[/\\\\\\[\\]*?:]"));
    }
  }
}
