package io.github.jixiao.bench;

import io.github.jixiao.importer.FormPrinter;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.importer.Layouts;
import io.github.jixiao.importer.office.Block;
import io.github.jixiao.importer.office.DocxWriter;
import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.XlsxWriter;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A county's season for {@code jixiao audit}: packages of the seed's size made by {@link Generator}
 * (one department each), written in turn as the package JSON, a Word document and a workbook of
 * their forms as Hunan prints them ({@link FormPrinter}, the intake tests' printer): what departments
 * send. Seeded: the same seed and count give the same files.
 *
 * <pre>
 * java -cp … io.github.jixiao.bench.Compare season 600 OUTDIR [SEED]
 * </pre>
 */
final class SeasonBench {
  private SeasonBench() {}

  static void write(int n, Path out, long seed) throws IOException {
    Layouts layouts = Layouts.builtIn();
    Layout project = layouts.get("hunan-2023").orElseThrow();
    Layout department = layouts.get("hunan-2023-department").orElseThrow();
    Generator generator = new Generator(seed);
    Files.createDirectories(out);
    long bytes = 0;
    int forms = 0;
    int[] kinds = new int[3];
    for (int k = 0; k < n; k++) {
      EvaluationPackage p = named(generator.next());
      forms += (int) p.forms().count();
      int kind = k % 3;
      kinds[kind]++;
      byte[] b = switch (kind) {
        case 0 -> PackageJson.create().writeBytes(p);
        case 1 -> docx(p, project, department);
        default -> xlsx(p, project, department);
      };
      String name = String.format(Locale.ROOT, "%04d-%s.%s", k, p.department(), kind == 0 ? "json" : kind == 1 ? "docx" : "xlsx");
      Files.write(out.resolve(name), b);
      bytes += b.length;
    }
    System.out.printf(Locale.ROOT, "%d packages (%d .json, %d .docx, %d .xlsx), %d forms, %,d bytes, in %s%n", n,
        kinds[0], kinds[1], kinds[2], forms, bytes, out);
  }

  /** The package with its 附件2 under the department's own name, as a department prints it. */
  static EvaluationPackage named(EvaluationPackage p) {
    SelfEvaluationForm d = p.departmentEvaluation();
    if (d == null) {
      return p;
    }
    SelfEvaluationForm renamed = new SelfEvaluationForm(d.label(), d.title(), d.projectId(), p.department(),
        d.supervisingDepartment(), d.implementingUnit(), d.unit(), d.partial(), d.partialNote(), d.funds(), d.goals(),
        d.indicators(), d.totalWeight(), d.reportedTotal(), d.reportedGrade(), d.notes(), d.footer());
    return new EvaluationPackage(p.formatVersion(), p.year(), p.department(), p.profile(), p.projects(), p.basicData(),
        renamed, p.projectEvaluations(), p.departmentReport(), p.projectReports());
  }

  /** Every form of the package in one Word document, one table each. */
  static byte[] docx(EvaluationPackage p, Layout project, Layout department) {
    List<Block> blocks = new ArrayList<>();
    int table = 1;
    for (SelfEvaluationForm f : p.forms().toList()) {
      FormPrinter printer = FormPrinter.of(f == p.departmentEvaluation() ? department : project);
      blocks.addAll(printer.document(f, "表" + table++));
    }
    return DocxWriter.write(blocks);
  }

  /** Every form of the package in one workbook, a sheet each. */
  static byte[] xlsx(EvaluationPackage p, Layout project, Layout department) {
    List<Grid> sheets = new ArrayList<>();
    for (SelfEvaluationForm f : p.forms().toList()) {
      FormPrinter printer = FormPrinter.of(f == p.departmentEvaluation() ? department : project);
      sheets.add(printer.sheet(f, "附件" + f.label()));
    }
    return XlsxWriter.write(sheets, XlsxWriter.Options.defaults());
  }
}
