package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.office.DocxWriter;
import io.github.jixiao.importer.office.XlsxWriter;
import io.github.jixiao.model.SelfEvaluationForm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as an office application writes them: corpus forms in their province's layout, opened and
 * saved again by LibreOffice (Writer as .docx, Calc as .xlsx, its own table and cell markup, its
 * saved formula results), read back value for value. Skipped where LibreOffice is not installed
 * (the CI script installs it).
 */
class LibreOfficeFilesTest {
  /** Forms with merged level cells, a two-row header, 部门整体 split rows, flat and wide tables. */
  private static final List<String[]> FORMS = List.of(
      new String[] {"hubei-2019-ezhou-disanfang", "national-2020"},
      new String[] {"yunnan-2020-gucheng-weipian", "yunnan-2020"},
      new String[] {"hebei-2020-chengan-gaoling-jintie", "hebei-2020"},
      new String[] {"hunan-2021-lingling-linye-bumen", "hunan-2023-department"},
      new String[] {"sichuan-2023-qingshen-gongzi", "sichuan-2023"},
      new String[] {"neimenggu-2024-bayannaoer-ganqimaodu-ziranziyuan", "neimenggu-2024"});

  @Test
  void formsSavedAgainByLibreOfficeReadBackAsPrinted(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Layouts layouts = Layouts.builtIn();
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> docx = new ArrayList<>();
    List<Path> xlsx = new ArrayList<>();
    for (String[] f : FORMS) {
      Layout layout = layouts.get(f[1]).orElseThrow();
      SelfEvaluationForm form = Examples.load(f[0]).forms().findFirst().orElseThrow();
      docx.add(Files.write(in.resolve(f[0] + ".docx"), DocxWriter.write(FormPrinter.of(layout).document(form, "表1"))));
      xlsx.add(Files.write(in.resolve(f[0] + ".xlsx"),
          XlsxWriter.write(List.of(FormPrinter.of(layout).sheet(form, "Sheet1")), XlsxWriter.Options.defaults())));
    }
    Path outDocx = convert(soffice, dir, docx, "docx:MS Word 2007 XML", "d");
    Path outXlsx = convert(soffice, dir, xlsx, "xlsx:Calc MS Excel 2007 XML", "x");
    int values = 0;
    for (String[] f : FORMS) {
      Layout layout = layouts.get(f[1]).orElseThrow();
      SelfEvaluationForm form = Examples.load(f[0]).forms().findFirst().orElseThrow();
      int year = Examples.load(f[0]).year();
      for (Path saved : List.of(outDocx.resolve(f[0] + ".docx"), outXlsx.resolve(f[0] + ".xlsx"))) {
        assertThat(saved).exists();
        byte[] bytes = Files.readAllBytes(saved);
        Intake.Result r = Intake.create().withYear(year).read(bytes, saved.getFileName().toString(), null);
        assertThat(r.problems()).as(saved.toString()).isEmpty();
        SelfEvaluationForm back = r.pkg().forms().findFirst().orElseThrow();
        SelfEvaluationForm expected = PrintedForms.expected(form, layout);
        assertThat(ValueCount.leaves(back)).as(saved.toString()).isEqualTo(ValueCount.leaves(expected));
        values += ValueCount.leaves(expected).size();
      }
    }
    System.out.println("LibreOfficeFilesTest: " + values + " values of " + FORMS.size()
        + " forms read back from files LibreOffice saved (Writer .docx, Calc .xlsx)");
  }

  private static Path convert(String soffice, Path dir, List<Path> files, String filter, String name) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out-" + name));
    List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--convert-to", filter, "--outdir", out.toString()));
    files.forEach(f -> cmd.add(f.toString()));
    Path log = dir.resolve(name + ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    return out;
  }

  /** soffice on the PATH, or {@code null}. */
  private static String soffice() {
    String path = System.getenv("PATH");
    for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
      File f = new File(d, "soffice");
      if (f.isFile() && f.canExecute()) {
        return f.getAbsolutePath();
      }
    }
    return null;
  }
}
