package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao import}: 0 imported, 1 problems listed with sheet!cell, 2 usage or a file that is not a workbook. */
class ImportCommandTest {
  private static EvaluationPackage seed;
  private static byte[] workbook;

  @BeforeAll
  static void renderTheSeed() throws Exception {
    seed = Examples.miluo2023();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(seed,
        Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(seed), RenderMode.REPORTED), out);
    workbook = out.toByteArray();
  }

  @Test
  void importsTheSeedWorkbookWithTheReportsFromABasePackage(@TempDir Path dir) throws Exception {
    Path xlsx = Files.write(dir.resolve("miluo.xlsx"), workbook);
    Path base = Files.write(dir.resolve("base.json"), PackageJson.create().writeBytes(seed));
    Path out = dir.resolve("back.json");

    CliRun run = CliRun.run("import", xlsx.toString(), "--base", base.toString(), "--out", out.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.all()).isEmpty();
    assertThat(Files.readAllBytes(out)).isEqualTo(PackageJson.create().writeBytes(seed));
  }

  @Test
  void importsFromStandardInputToStandardOutputWithoutReports() throws Exception {
    CliRun run = CliRun.run(new ByteArrayInputStream(workbook), "import", "-");

    assertThat(run.exit()).as(run.err()).isZero();
    EvaluationPackage back = PackageJson.create().read(run.stdout());
    assertThat(back.projectEvaluations()).isEqualTo(seed.projectEvaluations());
    assertThat(back.projectReports()).isEmpty();
    CliRun validate = CliRun.run(run.stdout(), "validate", "-");
    assertThat(validate.exit()).as(validate.all()).isZero();
  }

  @Test
  void problemsInTheWorkbookAreListedWithSheetAndCellAndExitOne(@TempDir Path dir) throws Exception {
    byte[] broken;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      wb.getSheet("附件3-4").getRow(12).getCell(6).setCellValue("十");
      wb.getSheet("附件3-1").getRow(6).getCell(4).setCellValue("abc");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      broken = out.toByteArray();
    }
    Path xlsx = Files.write(dir.resolve("broken.xlsx"), broken);
    Path out = dir.resolve("never.json");

    CliRun run = CliRun.run("import", xlsx.toString(), "--out", out.toString());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).containsExactly(
        xlsx + ": 附件3-1!E7: 全年预算数 is not a number: 'abc' (不是数字) [/projectEvaluations/0/funds/rows/1/annualBudget]",
        xlsx + ": 附件3-4!G13: 分值 is not a number: '十' (不是数字) [/projectEvaluations/3/indicators/0/children/0/rows/0/weight]",
        xlsx + ": 2 problem(s) (发现 2 处问题)");
    assertThat(out).doesNotExist();
  }

  @Test
  void filesThatAreNotWorkbooksAreUsageErrorsWithAClearMessage(@TempDir Path dir) throws Exception {
    Path pdf = Files.write(dir.resolve("m.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    CliRun run = CliRun.run("import", pdf.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("jixiao import: " + pdf + ": the file is a PDF");
    BadInputTest.assertNoStackTrace(run);

    CliRun missing = CliRun.run("import", dir.resolve("nope.xlsx").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");

    CliRun text = CliRun.run("项目,得分\n".getBytes(StandardCharsets.UTF_8), "import", "-");
    assertThat(text.exit()).isEqualTo(2);
    assertThat(text.err()).contains("<stdin>: the file is plain text, not a Word document or Excel workbook");
  }

  @Test
  void anInvalidBasePackageIsAUsageError(@TempDir Path dir) throws Exception {
    Path xlsx = Files.write(dir.resolve("miluo.xlsx"), workbook);
    Path base = Files.writeString(dir.resolve("base.json"), "{\"year\": \"x\"}");
    CliRun run = CliRun.run("import", xlsx.toString(), "--base", base.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("the base package").contains("is not valid");
  }

  @Test
  void aTemplateFilledInByAPersonImports(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("t.xlsx");
    assertThat(CliRun.run("template", "--out", template.toString(), "--year", "2024").exit()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
      var s = wb.getSheetAt(0);
      s.getRow(2).getCell(2).setCellValue("城市黑臭水体检测费");
      s.getRow(3).getCell(2).setCellValue("汨罗市住房和城乡建设局");
      s.getRow(12).getCell(3).setCellValue("检测次数");
      s.getRow(12).getCell(6).setCellValue(5);
      s.getRow(12).getCell(7).setCellValue("5");
      org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      try (var out = Files.newOutputStream(template)) {
        wb.write(out);
      }
    }
    CliRun run = CliRun.run("import", template.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    EvaluationPackage pkg = PackageJson.create().read(run.stdout());
    assertThat(pkg.year()).isEqualTo(2024);
    assertThat(pkg.projectEvaluations().get(0).rows().map(r -> r.name()).toList()).containsExactly("检测次数");
  }

  @Test
  void helpDescribesTheCommandAndItsExitCodes() {
    CliRun run = CliRun.run("import", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--out").contains("--base").contains("附件3-4!G12").contains("Exit codes");
  }
}
