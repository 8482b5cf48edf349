package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Seed;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A form scored per 二级指标 (issue 21) as a sheet: the band above the table, one 分值 and 得分 per group merged
 * down beside its rows, and the tags that bring the groups back.
 */
class FrameworkFormsXlsxTest {
  @Test
  void aGroupScoredFormMergesEachGroupsWeightAndScoreAndTagsThem() throws Exception {
    EvaluationPackage pkg = Examples.load(Examples.SAMPLE_GROUP_SCORED);
    byte[] xlsx = Seed.render(pkg, Seed.evaluate(pkg), RenderMode.REPORTED);
    try (XSSFWorkbook wb = Seed.open(xlsx)) {
      Sheet s = wb.getSheet("附件1");
      assertThat(Cells.rowsTagged(s, Tags.PREFIX + Tags.BAND)).hasSize(1);
      int band = Cells.rowsTagged(s, Tags.PREFIX + Tags.BAND).get(0) - 1;
      assertThat(s.getRow(band).getCell(0).getStringCellValue()).isEqualTo("年度绩效目标1（80分）");
      Row first = rowWith(s, "培训人次");
      Cell weight = first.getCell(6); // G 分值
      Cell score = first.getCell(7); // H 得分
      assertThat(weight.getNumericCellValue()).isEqualTo(15.0);
      assertThat(score.getNumericCellValue()).isEqualTo(15.0);
      assertThat(s.getMergedRegions()).contains(new CellRangeAddress(first.getRowNum(), first.getRowNum() + 1, 6, 6),
          new CellRangeAddress(first.getRowNum(), first.getRowNum() + 1, 7, 7));
      String tag = first.getCell(Cells.tagColumn(s)).getStringCellValue();
      assertThat(tag).contains("w2=15").contains("s2=15").contains("g2=1");
    }
  }

  private static Row rowWith(Sheet s, String text) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(text)) {
          return r;
        }
      }
    }
    throw new AssertionError("no row with " + text);
  }
}
