package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.render.xlsx.XlsxTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao template}: writes the blank workbook atomically; exit 0, or 2 for usage and unwritable files. */
class TemplateCommandTest {

  @Test
  void writesTheBlankTemplateForTheYear(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("模板.xlsx");
    CliRun run = CliRun.run("template", "--out", out.toString(), "--year", "2024");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.all()).isEmpty();
    assertThat(Files.readAllBytes(out)).isEqualTo(XlsxTemplate.forYear(2024).toBytes());
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024年度项目支出绩效自评表");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out); // no temporary file left behind
    }
  }

  @Test
  void labelAndRowsChangeTheSheet(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("t.xlsx");
    CliRun run = CliRun.run("template", "-o", out.toString(), "--year", "2025", "--label", "3-9", "--rows", "3");

    assertThat(run.exit()).as(run.all()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      assertThat(wb.getSheetName(0)).isEqualTo("附件3-9");
      assertThat(wb.getSheetAt(0).getMergedRegions()).anyMatch(r -> r.formatAsString().equals("C13:C16"));
    }
  }

  @Test
  void badOptionsAndUnwritablePlacesAreUsageErrors(@TempDir Path dir) {
    CliRun rows = CliRun.run("template", "--out", dir.resolve("t.xlsx").toString(), "--rows", "0");
    assertThat(rows.exit()).isEqualTo(2);
    assertThat(rows.err()).contains("jixiao template: rows per level-2 indicator must be 1 to 50, got 0");

    CliRun year = CliRun.run("template", "--out", dir.resolve("t.xlsx").toString(), "--year", "1800");
    assertThat(year.exit()).isEqualTo(2);
    assertThat(year.err()).contains("between 1990 and 2100");

    CliRun missing = CliRun.run("template");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--out");

    CliRun noDir = CliRun.run("template", "--out", dir.resolve("no/such/dir/t.xlsx").toString());
    assertThat(noDir.exit()).isEqualTo(2);
    assertThat(noDir.err()).contains("does not exist");
    BadInputTest.assertNoStackTrace(noDir);
  }

  @Test
  void helpDescribesTheCommand() {
    CliRun run = CliRun.run("template", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("空白模板").contains("--out").contains("--year").contains("--label").contains("--rows");
  }
}
