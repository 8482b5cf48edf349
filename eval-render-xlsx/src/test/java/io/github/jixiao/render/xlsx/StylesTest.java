package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The style pool's own table of built-in number formats numbers them as POI's {@code
 * BuiltinFormats} does (the writer used it until it stopped depending on POI), for every format
 * the writer uses.
 */
class StylesTest {
  @Test
  void everyFormatTheWriterUsesIsNumberedAsPoiNumbersBuiltInFormats() {
    List<String> formats = new ArrayList<>(List.of("General", FormLayout.MONEY, FormLayout.PERCENT));
    for (int scale = 0; scale <= 10; scale++) {
      formats.add(Values.format(scale));
    }
    for (String f : formats) {
      assertThat(Styles.builtInFormat(f)).as(f).isEqualTo(BuiltinFormats.getBuiltinFormat(f));
    }
    assertThat(Styles.builtInFormat("0.00")).isEqualTo(2);
    assertThat(Styles.builtInFormat("0.000")).isEqualTo(-1);
  }

  @Test
  void noCellOfTheSeedOrTheTemplateHasABuiltInFormatWrittenAsACustomOne() throws Exception {
    ByteArrayOutputStream summary = new ByteArrayOutputStream();
    XlsxSummary.write(Seed.EVALUATION.evaluations().stream()
        .map(e -> XlsxSummary.SummaryRow.of(Seed.PKG.department(), e)).toList(), "汇总", java.time.Instant.EPOCH, summary);
    int checked = 0;
    for (byte[] workbook : List.of(Seed.REPORTED, Seed.COMPUTED, XlsxTemplate.forYear(2024).toBytes(),
        summary.toByteArray())) {
      try (XSSFWorkbook wb = Seed.open(workbook)) {
        for (Sheet s : wb) {
          for (Row r : s) {
            for (Cell c : r) {
              String format = c.getCellStyle().getDataFormatString();
              int builtIn = BuiltinFormats.getBuiltinFormat(format);
              if (builtIn >= 0) {
                assertThat((int) c.getCellStyle().getDataFormat()).as("%s!%s %s", s.getSheetName(), c.getAddress(), format)
                    .isEqualTo(builtIn);
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }
}
