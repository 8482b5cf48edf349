package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.at;
import static io.github.jixiao.render.xlsx.testing.Cells.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming summary of many forms. */
class XlsxSummaryTest {
  private static final Instant AT = Instant.parse("2024-03-01T00:00:00Z");

  @Test
  void writesOneRowPerFormWithFilterFrozenHeaderAndGradeColours() throws Exception {
    List<XlsxSummary.SummaryRow> rows = Seed.EVALUATION.evaluations().stream()
        .map(e -> XlsxSummary.SummaryRow.of(Seed.PKG.department(), e)).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxSummary.write(rows, "2023年度 绩效自评汇总", AT, out);
    try (XSSFWorkbook wb = Seed.open(out.toByteArray())) {
      XSSFSheet s = wb.getSheet("汇总");
      assertThat(text(s, "A1")).isEqualTo("2023年度 绩效自评汇总");
      assertThat(text(s, "C2")).isEqualTo("名称");
      assertThat(s.getLastRowNum()).isEqualTo(16); // the rows as given (the package workbook's 汇总 adds a 合计)
      FormEvaluation last = Seed.EVALUATION.evaluations().get(14);
      assertThat(text(s, "B17")).isEqualTo("附件" + last.form());
      assertThat(at(s, "H17").getNumericCellValue()).isEqualTo(99.5);
      assertThat(at(s, "I17").getNumericCellValue()).isEqualTo(last.computedTotal().doubleValue());
      assertThat(text(s, "J17")).isEqualTo("优");
      assertThat(XlsxRendererTest.fill(at(s, "J17"))).isEqualTo("C6EFCE");
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L17");
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    }
  }

  @Test
  void streamsTwentyThousandRowsGeneratedLazilyDeterministically() throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    XlsxSummary.write(() -> generated(20_000), "汇总", AT, first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    XlsxSummary.write(() -> generated(20_000), "汇总", AT, second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    try (XSSFWorkbook wb = Seed.open(first.toByteArray())) {
      XSSFSheet s = wb.getSheet("汇总");
      assertThat(s.getLastRowNum()).isEqualTo(20_001);
      assertThat(text(s, "C20002")).isEqualTo("项目 19999");
      assertThat(at(s, "H20002").getCellType()).isEqualTo(CellType.STRING); // a mark
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L20002");
    }
  }

  /** {@code n} summary rows made on demand: the writer is the only thing holding memory. */
  static Iterator<XlsxSummary.SummaryRow> generated(int n) {
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public XlsxSummary.SummaryRow next() {
        int k = i++;
        BigDecimal budget = BigDecimal.valueOf(1000 + k % 977, 2);
        return new XlsxSummary.SummaryRow("部门 " + (k / 20), "3-" + (k % 20 + 1), "项目 " + k, "实施单位 " + (k % 7),
            budget, budget, BigDecimal.ONE, k % 5 == 4 ? ScoreCell.mark("无") : ScoreCell.of(BigDecimal.valueOf(90 + k % 10)),
            BigDecimal.valueOf(8000 + k % 2000, 2), Grade.values()[k % 4], k % 3, k % 2);
      }
    };
  }
}
