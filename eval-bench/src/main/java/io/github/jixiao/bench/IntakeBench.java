package io.github.jixiao.bench;

import io.github.jixiao.bench.baseline.PoiReadBaseline;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.FormPrinter;
import io.github.jixiao.importer.Intake;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.importer.Layouts;
import io.github.jixiao.importer.office.DocxWriter;
import io.github.jixiao.importer.office.XlsxWriter;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.SelfEvaluationForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The intake (issue 17) against a raw POI read of the same files, and the files for the
 * 600-package directory run.
 *
 * <p>The files are the corpus of real forms ({@code eval-examples/corpus}): every form of every
 * example listed in {@code corpus-layouts.tsv} (a copy of eval-import's test mapping, example →
 * its province's layout), printed in its layout by {@link FormPrinter} and written by {@link
 * DocxWriter} (a Word document: label and title paragraphs, one table) or {@link XlsxWriter} (one
 * sheet), one form per file, in memory. Each is imported as {@code jixiao import FILE --year Y}
 * would, Y the example's year: two corpus forms print no year in their title.
 */
final class IntakeBench {
  private IntakeBench() {}

  /** A corpus form with the layout its province prints it in. */
  record Sample(String example, int index, Layout layout, SelfEvaluationForm form, int year) {
    String name(String ext) {
      return example + "-" + index + "." + ext;
    }
  }

  /** A file in memory. */
  record File(String name, byte[] bytes, int year, String layout) {}

  /** Every form of the examples in corpus-layouts.tsv, in the file's order. */
  static List<Sample> corpus() {
    Layouts layouts = Layouts.builtIn();
    List<Sample> out = new ArrayList<>();
    for (String[] row : mapping()) {
      Layout layout = layouts.get(row[1]).orElseThrow(() -> new IllegalStateException("no layout " + row[1]));
      EvaluationPackage pkg = Examples.load(row[0]);
      List<SelfEvaluationForm> forms = pkg.forms().toList();
      for (int i = 0; i < forms.size(); i++) {
        out.add(new Sample(row[0], i, layout, forms.get(i), pkg.year()));
      }
    }
    return out;
  }

  private static List<String[]> mapping() {
    try (InputStream in = IntakeBench.class.getResourceAsStream("corpus-layouts.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
          .filter(a -> a.length >= 2 && !a[0].equals("example")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] docx(SelfEvaluationForm form, Layout layout) {
    return DocxWriter.write(FormPrinter.of(layout).document(form, "表1"));
  }

  static byte[] xlsx(SelfEvaluationForm form, Layout layout) {
    return XlsxWriter.write(List.of(FormPrinter.of(layout).sheet(form, "Sheet1")), XlsxWriter.Options.defaults());
  }

  static List<File> files(List<Sample> samples, String format) {
    List<File> out = new ArrayList<>();
    for (Sample s : samples) {
      byte[] bytes = format.equals("docx") ? docx(s.form(), s.layout()) : xlsx(s.form(), s.layout());
      out.add(new File(s.name(format), bytes, s.year(), s.layout().id()));
    }
    return out;
  }

  /**
   * {@code Compare import-docx|import-xlsx}: A = {@code Intake.read} over every corpus file, B = the
   * raw POI read of the same files, interleaved; then wall and CPU per form and forms per second
   * (one thread, after the warm-up rounds).
   */
  static void compareImport(String format, int rounds, int warmups) throws Exception {
    List<Sample> samples = corpus();
    List<File> files = files(samples, format);
    long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
    Intake intake = Intake.create();
    // one check run, not timed: what the import gives for these files
    int forms = 0;
    int failed = 0;
    int problems = 0;
    long cells = 0;
    Map<String, Integer> layouts = new TreeMap<>();
    for (File f : files) {
      Intake.Result r = intake.withYear(f.year()).read(f.bytes(), f.name(), null);
      forms += r.report().forms().size();
      cells += r.report().cellsRead();
      problems += r.problems().size();
      if (r.pkg() == null) {
        failed++;
        System.out.println("  not imported: " + f.name() + ": "
            + r.problems().stream().limit(3).map(Object::toString).toList());
      }
      r.report().forms().forEach(x -> layouts.merge(x.layout(), 1, Integer::sum));
    }
    System.out.printf(Locale.ROOT, "%d corpus forms from %d examples as %d %s files (%,d bytes, %,d on average); "
        + "imported: %d forms, %,d cells read, %d files with problems (%d problems); %d layouts matched%n",
        samples.size(), mapping().size(), files.size(), format, bytes, bytes / files.size(), forms, cells, failed,
        problems, layouts.size());
    Map<String, Compare.Work> work = new LinkedHashMap<>();
    long[] sink = new long[1];
    work.put("jixiao import " + format + " (" + files.size() + " files)", () -> {
      for (File f : files) {
        sink[0] += intake.withYear(f.year()).read(f.bytes(), f.name(), null).report().forms().size();
      }
    });
    // what the import costs when the layout is given (--layout ID): one layout read instead of every
    // shipped layout tried on each form
    Map<String, Intake> given = new java.util.HashMap<>();
    for (File f : files) {
      given.computeIfAbsent(f.layout(), id -> intake.withLayouts(intake.layouts().only(id).orElseThrow()));
    }
    work.put("jixiao import " + format + ", --layout given", () -> {
      for (File f : files) {
        sink[0] += given.get(f.layout()).withYear(f.year()).read(f.bytes(), f.name(), null).report().forms().size();
      }
    });
    String baseline = format.equals("docx") ? "POI XWPFDocument read" : "POI XSSFWorkbook read";
    work.put(baseline, () -> {
      for (File f : files) {
        sink[0] += format.equals("docx") ? PoiReadBaseline.docx(f.bytes()) : PoiReadBaseline.xlsx(f.bytes());
      }
    });
    Compare.Timings t = Compare.compare(work, rounds, warmups);
    System.out.printf(Locale.ROOT, "%nper form (%d forms, one per file), one thread:%n", files.size());
    for (int k = 0; k < t.names().size(); k++) {
      double wall = t.medianWall(k) / files.size();
      double cpu = t.medianCpu(k) / files.size();
      System.out.printf(Locale.ROOT, "%-40s wall %6.2f ms/form (%6.0f forms/s), process CPU %6.2f ms/form (%6.0f forms/s)%n",
          t.names().get(k), wall, 1000 / wall, cpu, 1000 / cpu);
    }
    System.out.println("(sink " + sink[0] + ")");
  }

  /** {@code Compare import-loop docx|xlsx N}: imports the corpus files N times over, for a profiler. */
  static void loop(String format, int n) throws Exception {
    List<File> files = files(corpus(), format);
    Intake intake = Intake.create();
    long t = System.nanoTime();
    int forms = 0;
    for (int i = 0; i < n; i++) {
      for (File f : files) {
        forms += intake.withYear(f.year()).read(f.bytes(), f.name(), null).report().forms().size();
      }
    }
    System.out.printf(Locale.ROOT, "%d forms imported in %.1f s%n", forms, (System.nanoTime() - t) / 1e9);
  }

  /**
   * {@code Compare intake-dir N OUTDIR}: N files, one form each, the corpus forms cycled, .docx and
   * .xlsx in turn; each copy renamed (名称 + "（第k份）") and its money scaled by a factor of its own
   * (1.00–1.16, every amount of the form alike, so the printed rates stay right).
   */
  static void dir(int n, Path out) throws IOException {
    List<Sample> samples = corpus();
    Files.createDirectories(out);
    long bytes = 0;
    int docx = 0;
    for (int k = 0; k < n; k++) {
      Sample s = samples.get(k % samples.size());
      // the cycle of formats is offset by the lap, so each form comes both as .docx and as .xlsx
      boolean asDocx = (k + k / samples.size()) % 2 == 0;
      SelfEvaluationForm form = varied(s.form(), k);
      byte[] b = asDocx ? docx(form, s.layout()) : xlsx(form, s.layout());
      String name = String.format(Locale.ROOT, "%04d-%s-%d.%s", k, s.example(), s.index(), asDocx ? "docx" : "xlsx");
      Files.write(out.resolve(name), b);
      bytes += b.length;
      docx += asDocx ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "%d files (%d .docx, %d .xlsx), %,d bytes, in %s%n", n, docx, n - docx, bytes, out);
  }

  static SelfEvaluationForm varied(SelfEvaluationForm f, int k) {
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(k % 17, 2));
    List<FundsRow> rows = f.funds().rows().stream().map(r -> new FundsRow(r.kind(), r.label(),
        scaled(r.initialBudget(), factor), scaled(r.annualBudget(), factor), scaled(r.executed(), factor), r.weight(),
        r.executionRate(), r.score(), r.deviationReason())).toList();
    FundsBlock funds = new FundsBlock(rows, f.funds().byIncome(), f.funds().byExpenditure());
    return new SelfEvaluationForm(f.label(), f.title(), f.projectId(), f.name() + "（第" + (k + 1) + "份）",
        f.supervisingDepartment(), f.implementingUnit(), f.unit(), f.partial(), f.partialNote(), funds, f.goals(),
        f.indicators(), f.totalWeight(), f.reportedTotal(), f.reportedGrade(), f.notes(), f.footer());
  }

  private static Amount scaled(Amount a, BigDecimal factor) {
    if (a == null || a.value() == null) {
      return a;
    }
    BigDecimal v = a.value().multiply(factor).setScale(Math.max(2, a.value().scale()), RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return new Amount(v.scale() < 0 ? v.setScale(0) : v, a.mark());
  }
}
