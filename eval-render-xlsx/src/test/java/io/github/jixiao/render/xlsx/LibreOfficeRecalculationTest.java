package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.testing.Cells.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking as a user would: LibreOffice (a real spreadsheet program) opens the seed's computed
 * workbook, recalculates every formula, and its totals and rates must be jixiao's. To be sure
 * LibreOffice really recalculates (it keeps saved results by default), every saved formula
 * result is first overwritten with -777 and LibreOffice is told to recalculate on load. Skipped
 * with a message where LibreOffice ({@code soffice}) is not installed.
 */
class LibreOfficeRecalculationTest {
  private static final double POISON = -777;

  @Test
  void libreOfficeRecalculatesTheComputedWorkbookToJixiaosTotalsAndRates(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(soffice() != null,
        "LibreOffice (soffice) is not on the PATH: the recalculation check is skipped; install libreoffice-calc to run it");
    Path in = dir.resolve("computed.xlsx");
    int poisoned = poison(Seed.COMPUTED, in);
    assertThat(poisoned).isGreaterThan(100);
    Path out = recalculate(in, dir);

    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
              assertThat(c.getNumericCellValue()).as("%s!%s recalculated", s.getSheetName(), c.getAddress())
                  .isNotEqualTo(POISON);
            }
          }
        }
      }
      int compared = 0;
      for (FormEvaluation e : Seed.EVALUATION.evaluations()) {
        SelfEvaluationForm form = Seed.PKG.form(e.form()).orElseThrow();
        Sheet s = wb.getSheet("附件" + e.form());
        int fundsRow = Cells.rowsTagged(s, "jx:funds;kind=TOTAL").get(0);
        FundsRow total = form.totalFunds().orElseThrow();
        assertThat(number(s, "E" + fundsRow)).as("全年预算数 of 附件%s", e.form())
            .isCloseTo(e.annualBudget().doubleValue(), within(1e-9));
        assertThat(number(s, "F" + fundsRow)).as("全年执行数 of 附件%s", e.form())
            .isCloseTo(e.executed().doubleValue(), within(1e-9));
        if (form.funds().rows().stream().anyMatch(r -> r.kind() != FundsRowKind.TOTAL && r.initialBudget() != null)) {
          assertThat(number(s, "D" + fundsRow)).as("年初预算数 of 附件%s", e.form())
              .isCloseTo(total.initialBudget().value().doubleValue(), within(1e-9));
        }
        assertThat(number(s, "H" + fundsRow)).as("执行率 of 附件%s", e.form())
            .isCloseTo(e.executionRate().doubleValue(), within(1e-9));
        List<Integer> starts = Cells.rowsTagged(s, "jx:ind;l1=");
        for (int g = 0; g < starts.size(); g++) {
          assertThat(number(s, "J" + starts.get(g))).as("一级指标小计 %d of 附件%s", g, e.form())
              .isCloseTo(e.groups().get(g).computed().doubleValue(), within(1e-9));
        }
        assertThat(number(s, "H" + Cells.find(s, "总分").substring(1))).as("总分 of 附件%s", e.form())
            .isEqualTo(e.computedTotal().doubleValue());
        compared++;
      }
      assertThat(compared).isEqualTo(15);
      Sheet basic = wb.getSheet("附件1");
      int staff = Cells.rowsTagged(basic, "jx:staff;").isEmpty() ? Cells.rowsTagged(basic, "jx:staff").get(1)
          : Cells.rowsTagged(basic, "jx:staff;").get(0);
      assertThat(number(basic, "F" + staff)).isCloseTo(new BigDecimal("188").divide(new BigDecimal("195"), 12,
          java.math.RoundingMode.HALF_UP).doubleValue(), within(1e-9));
    }
  }

  private static double number(Sheet s, String a1) {
    Cell c = at(s, a1);
    assertThat(c).as(a1).isNotNull();
    return c.getNumericCellValue();
  }

  /** Overwrites every saved formula result with {@link #POISON}; returns how many. */
  private static int poison(byte[] workbook, Path to) throws Exception {
    int n = 0;
    try (XSSFWorkbook wb = Seed.open(workbook)) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.FORMULA) {
              c.setCellValue(POISON);
              n++;
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Files.write(to, out.toByteArray());
    }
    return n;
  }

  /** Opens the workbook in LibreOffice with "recalculate on load: always" and saves it as XLSX. */
  static Path recalculate(Path in, Path dir) throws Exception {
    Path profile = dir.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
        <value>0</value></prop></item>
        </oor:items>
        """, StandardCharsets.UTF_8);
    Path outDir = dir.resolve("out");
    Files.createDirectories(outDir);
    Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
        "--convert-to", "xlsx", "--outdir", outDir.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    Path out = outDir.resolve(in.getFileName());
    assertThat(out).as(Files.readString(dir.resolve("soffice.log"))).exists();
    return out;
  }

  /** The soffice executable on the PATH, or {@code null}. */
  static String soffice() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      for (String name : List.of("soffice", "soffice.exe", "libreoffice")) {
        File f = new File(d, name);
        if (f.isFile() && f.canExecute()) {
          return f.getAbsolutePath();
        }
      }
    }
    return null;
  }
}
