package io.github.jixiao.bench;

import io.github.jixiao.bench.baseline.FastexcelBaseline;
import io.github.jixiao.bench.baseline.OpenPdfBaseline;
import io.github.jixiao.bench.baseline.PoiBaseline;
import io.github.jixiao.bench.baseline.SheetSpec;
import io.github.jixiao.bench.baseline.SummaryBaseline;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.bench.baseline.XwpfBaseline;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.render.xlsx.XlsxSummary;
import io.github.jixiao.render.xlsx.XlsxSummary.SummaryRow;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * jixiao against hand-written baselines on the raw libraries ({@code io.github.jixiao.bench.baseline}).
 * Every figure is a ratio measured in one JVM run: each round runs jixiao and then every baseline
 * once, in turn (so machine noise hits both sides alike); the ratio of a round is jixiao's time ÷
 * the baseline's time in that round; the table gives the median of each side's times and the
 * median, minimum and maximum of the per-round ratios, after untimed warm-up rounds.
 *
 * <pre>
 * java -cp … io.github.jixiao.bench.Compare xlsx|pdf|docx|summary|growth|sizes [rounds] [warm-up rounds]
 * (docx-batch N: N generated forms as Word documents, one package after another)
 * java -cp … io.github.jixiao.bench.Compare import-docx|import-xlsx [rounds] [warm-up rounds]
 * (the intake of the corpus forms as files against a raw POI read of the same files)
 * java -cp … io.github.jixiao.bench.Compare import-loop N 0 docx|xlsx (the intake only, N passes, for JFR)
 * java -cp … io.github.jixiao.bench.Compare intake-dir N OUTDIR      (N corpus forms as .docx/.xlsx files)
 * java -cp … io.github.jixiao.bench.Compare season N OUTDIR [SEED]   (N packages as .json/.docx/.xlsx, for jixiao audit)
 * </pre>
 */
public final class Compare {
  private static final Evaluator EVALUATOR = Evaluator.of(Profiles.builtIn().get(Profiles.DEFAULT));
  private static final OutputStream NOWHERE = OutputStream.nullOutputStream();
  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  private Compare() {}

  /** A piece of work that may throw. */
  interface Work {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "xlsx";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    int warmups = args.length > 2 && args[2].matches("\\d+") ? Integer.parseInt(args[2]) : 5;
    System.out.printf(Locale.ROOT, "jixiao compare: %s, %d rounds after %d warm-up rounds; java %s, %d cores, max heap %d MB%n",
        mode, rounds, warmups, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    switch (mode) {
      case "xlsx" -> xlsx(rounds, warmups);
      case "pdf" -> pdf(rounds, warmups);
      case "docx" -> docx(rounds, warmups);
      case "docx-batch" -> docxBatch(rounds);
      case "summary" -> summary(args.length > 3 ? Integer.parseInt(args[3]) : 20_000, rounds, warmups);
      case "growth" -> growth(rounds, warmups);
      case "sizes" -> sizes();
      case "loop" -> loop(args[3], rounds);
      case "import-docx" -> IntakeBench.compareImport("docx", rounds, warmups);
      case "import-xlsx" -> IntakeBench.compareImport("xlsx", rounds, warmups);
      case "import-loop" -> IntakeBench.loop(args.length > 3 ? args[3] : "docx", rounds);
      case "intake-dir" -> IntakeBench.dir(rounds, java.nio.file.Path.of(args[2]));
      case "package-growth" -> PackageGrowth.run(rounds, args.length > 3 ? args[3] : "xlsx,docx,pdf",
          args.length > 4 ? Integer.parseInt(args[4]) : 8_000);
      case "package-file" -> PackageGrowth.file(rounds, java.nio.file.Path.of(args[2]));
      case "season" -> SeasonBench.write(rounds, java.nio.file.Path.of(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 2024L);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  /** The seed package as XLSX, computed mode, against fastexcel, XSSF and SXSSF writing its forms. */
  static void xlsx(int rounds, int warmups) throws Exception {
    EvaluationPackage seed = Examples.miluo2023();
    PackageEvaluation evaluation = EVALUATOR.evaluate(seed);
    RenderRequest request = RenderRequest.of(seed, evaluation, RenderMode.COMPUTED);
    XlsxRenderer renderer = new XlsxRenderer();
    ByteArrayOutputStream mine = new ByteArrayOutputStream();
    renderer.render(request, mine);
    SheetSpec.Workbook spec = SheetSpec.read(mine.toByteArray());
    System.out.println("baseline content (the seed's forms, computed): " + spec.describe());
    Map<String, Work> work = new LinkedHashMap<>();
    work.put("jixiao xlsx (computed)", () -> renderer.render(request, NOWHERE));
    work.put("fastexcel", () -> FastexcelBaseline.write(spec, NOWHERE));
    work.put("POI XSSF", () -> PoiBaseline.xssf(spec, NOWHERE));
    work.put("POI SXSSF", () -> PoiBaseline.sxssf(spec, NOWHERE));
    compare(work, rounds, warmups);
  }

  /** The seed as PDF: forms only against raw OpenPDF; the full package against the forms and reports' text. */
  static void pdf(int rounds, int warmups) throws Exception {
    EvaluationPackage seed = Examples.miluo2023();
    PackageEvaluation evaluation = EVALUATOR.evaluate(seed);
    EvaluationPackage formsOnly = formsOnly(seed);
    SheetSpec.Workbook spec = reportedForms(formsOnly);
    System.out.println("baseline content (the seed's forms, as reported): " + spec.describe());
    PdfRenderer pdf = new PdfRenderer();
    RenderRequest formsRequest = RenderRequest.of(formsOnly, null, RenderMode.REPORTED).withOption("pdf.summary", "false");
    RenderRequest full = RenderRequest.of(seed, evaluation, RenderMode.REPORTED);
    RenderRequest noCharts = full.withOption("pdf.summary", "false");
    RenderRequest noEvaluation = RenderRequest.of(seed, null, RenderMode.REPORTED).withOption("pdf.summary", "false");
    Map<String, Work> forms = new LinkedHashMap<>();
    forms.put("jixiao pdf, forms only", () -> pdf.render(formsRequest, NOWHERE));
    forms.put("OpenPDF forms", () -> OpenPdfBaseline.forms(spec, OutputStream.nullOutputStream()));
    forms.put("jixiao full package", () -> pdf.render(full, NOWHERE));
    forms.put("OpenPDF forms + reports", () -> OpenPdfBaseline.full(spec, seed, OutputStream.nullOutputStream()));
    forms.put("jixiao full, no charts", () -> pdf.render(noCharts, NOWHERE));
    forms.put("jixiao full, no charts, no evaluation", () -> pdf.render(noEvaluation, NOWHERE));
    compare(forms, rounds, warmups);
  }

  /**
   * The seed as a Word document against raw XWPF writing the same forms (tables with the same
   * merges) and the reports' text: forms only (no evaluation); the whole package as submitted (the
   * same content as the baseline's, plus covers, styles, sections and page numbers); and as
   * reported (with the 60 findings as comments, the contents and the 审核意见 list on top).
   */
  static void docx(int rounds, int warmups) throws Exception {
    EvaluationPackage seed = Examples.miluo2023();
    PackageEvaluation evaluation = EVALUATOR.evaluate(seed);
    EvaluationPackage formsOnly = formsOnly(seed);
    SheetSpec.Workbook spec = reportedForms(formsOnly);
    System.out.println("baseline content (the seed's forms, as reported): " + spec.describe());
    DocxRenderer docx = new DocxRenderer();
    RenderRequest forms = RenderRequest.of(formsOnly, null, RenderMode.SUBMISSION);
    RenderRequest full = RenderRequest.of(seed, evaluation, RenderMode.REPORTED);
    System.out.printf(Locale.ROOT, "sizes: jixiao full %,d bytes, forms %,d bytes; XWPF full %,d bytes, forms %,d bytes%n",
        size(docx, full), size(docx, forms), count(o -> XwpfBaseline.full(spec, seed, o)),
        count(o -> XwpfBaseline.forms(spec, o)));
    Map<String, Work> work = new LinkedHashMap<>();
    work.put("jixiao docx, forms only", () -> docx.render(forms, NOWHERE));
    work.put("XWPF forms", () -> XwpfBaseline.forms(spec, OutputStream.nullOutputStream()));
    RenderRequest submitted = RenderRequest.of(seed, null, RenderMode.SUBMISSION);
    work.put("jixiao docx, full, as submitted", () -> docx.render(submitted, NOWHERE));
    work.put("jixiao docx, full package", () -> docx.render(full, NOWHERE));
    work.put("XWPF forms + reports", () -> XwpfBaseline.full(spec, seed, OutputStream.nullOutputStream()));
    compare(work, rounds, warmups);
  }

  private interface Writing {
    void write(OutputStream out) throws Exception;
  }

  private static int count(Writing w) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    return out.size();
  }

  /**
   * {@code n} generated forms rendered as Word documents one package after another (score, then
   * render, what {@code jixiao render DIR --format docx} does per package); run it under a small
   * {@code -Xmx} to show that nothing is kept.
   */
  static void docxBatch(int n) throws Exception {
    List<EvaluationPackage> packages = new Generator(7).forms(n);
    DocxRenderer docx = new DocxRenderer();
    long t = System.nanoTime();
    long bytes = 0;
    int forms = 0;
    for (EvaluationPackage pkg : packages) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.render(RenderRequest.of(pkg, EVALUATOR.evaluate(pkg), RenderMode.REPORTED), out);
      bytes += out.size();
      forms += (int) pkg.forms().count();
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%d packages, %d forms as DOCX in %.1f s, %,d bytes written; max heap %d MB, "
        + "heap in use after GC %.1f MB%n", packages.size(), forms, (System.nanoTime() - t) / 1e9, bytes,
        rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
  }

  static EvaluationPackage formsOnly(EvaluationPackage p) {
    return new EvaluationPackage(p.formatVersion(), p.year(), p.department(), p.profile(), p.projects(),
        p.basicData(), p.departmentEvaluation(), p.projectEvaluations(), null, List.of());
  }

  /** The streaming 汇总 of {@code n} forms against raw SXSSF. */
  static void summary(int n, int rounds, int warmups) throws Exception {
    List<SummaryRow> rows = rows(new Generator(3).forms(n));
    Map<String, Work> work = new LinkedHashMap<>();
    work.put("jixiao 汇总 " + rows.size() + " forms", () -> XlsxSummary.write(rows, "汇总", T, NOWHERE));
    work.put("raw SXSSF", () -> SummaryBaseline.write(rows, "汇总", NOWHERE));
    compare(work, rounds, warmups);
  }

  /** Cost per form of the 汇总 and of batch PDF (package by package) at 1,000, 5,000 and 20,000 forms. */
  static void growth(int rounds, int warmups) throws Exception {
    PdfRenderer pdf = new PdfRenderer();
    // warm the JIT on other packages first, so that the smallest size, timed first, is not the coldest
    List<EvaluationPackage> warm = new Generator(6).forms(2_000);
    List<SummaryRow> warmRows = rows(warm);
    for (int i = 0; i < 3; i++) {
      XlsxSummary.write(warmRows, "汇总", T, NOWHERE);
      for (EvaluationPackage pkg : warm) {
        pdf.render(RenderRequest.of(pkg, EVALUATOR.evaluate(pkg), RenderMode.REPORTED), NOWHERE);
      }
    }
    line("growth 汇总 fixed cost (0 forms)", time(rounds, warmups, () -> XlsxSummary.write(List.of(), "汇总", T, NOWHERE)), 1);
    for (int n : new int[] {1_000, 5_000, 20_000}) {
      List<EvaluationPackage> packages = new Generator(5).forms(n);
      int forms = Generator.countForms(packages);
      List<SummaryRow> rows = rows(packages);
      List<RenderRequest> requests = new ArrayList<>();
      double[] s = time(rounds, warmups, () -> XlsxSummary.write(rows, "汇总", T, NOWHERE));
      line("growth 汇总 " + forms + " forms", s, forms);
      // batch PDF: what `jixiao render DIR --format pdf` does per package (score, then render), one thread
      double[] p = time(Math.max(5, rounds / 2), 1, () -> {
        for (EvaluationPackage pkg : packages) {
          pdf.render(RenderRequest.of(pkg, EVALUATOR.evaluate(pkg), RenderMode.REPORTED), NOWHERE);
        }
      });
      line("growth batch PDF " + packages.size() + " packages, " + forms + " forms", p, forms);
      requests.clear();
    }
  }

  /**
   * What the baselines write: the forms as jixiao's workbook holds them as reported, read back
   * cell by cell (the same content for jixiao and the raw library).
   */
  static SheetSpec.Workbook reportedForms(EvaluationPackage formsOnly) throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(formsOnly, null, RenderMode.REPORTED), xlsx);
    return SheetSpec.read(xlsx.toByteArray());
  }

  /** Runs one of jixiao's renders {@code n} times, for a profiler (JFR) to watch. */
  static void loop(String what, int n) throws Exception {
    EvaluationPackage seed = Examples.miluo2023();
    PackageEvaluation evaluation = EVALUATOR.evaluate(seed);
    Work w = switch (what) {
      case "xlsx" -> () -> new XlsxRenderer().render(RenderRequest.of(seed, evaluation, RenderMode.COMPUTED), NOWHERE);
      case "pdf-forms" -> () -> new PdfRenderer().render(RenderRequest.of(formsOnly(seed), null, RenderMode.REPORTED)
          .withOption("pdf.summary", "false"), NOWHERE);
      case "pdf" -> () -> new PdfRenderer().render(RenderRequest.of(seed, evaluation, RenderMode.REPORTED), NOWHERE);
      case "baseline-pdf" -> {
        SheetSpec.Workbook spec = reportedForms(formsOnly(seed));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        OpenPdfBaseline.forms(spec, pdf);
        java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "baseline-forms.pdf"),
            pdf.toByteArray());
        yield () -> OpenPdfBaseline.forms(spec, OutputStream.nullOutputStream());
      }
      case "summary-empty" -> () -> XlsxSummary.write(List.of(), "汇总", T, NOWHERE);
      case "summary-baseline-empty" -> () -> SummaryBaseline.write(List.of(), "汇总", NOWHERE);
      case "summary" -> {
        List<SummaryRow> rows = rows(new Generator(3).forms(20_000));
        yield () -> XlsxSummary.write(rows, "汇总", T, NOWHERE);
      }
      default -> throw new IllegalArgumentException(what);
    };
    for (int i = 0; i < n; i++) {
      w.run();
    }
  }

  /** Sizes of the seed PDF and XLSX. */
  static void sizes() throws Exception {
    EvaluationPackage seed = Examples.miluo2023();
    PackageEvaluation evaluation = EVALUATOR.evaluate(seed);
    for (RenderMode mode : RenderMode.values()) {
      RenderRequest r = RenderRequest.of(seed, evaluation, mode);
      System.out.printf(Locale.ROOT, "seed %s pdf, default font: %,d bytes%n", mode, size(new PdfRenderer(), r));
      System.out.printf(Locale.ROOT, "seed %s pdf, --discover-fonts: %,d bytes%n", mode,
          size(new PdfRenderer(), r.withOption("pdf.font.discover", "true")));
      System.out.printf(Locale.ROOT, "seed %s xlsx: %,d bytes%n", mode, size(new XlsxRenderer(), r));
    }
  }

  private static int size(io.github.jixiao.model.render.Renderer renderer, RenderRequest r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(r, out);
    return out.size();
  }

  public static List<SummaryRow> rows(List<EvaluationPackage> packages) {
    List<SummaryRow> rows = new ArrayList<>();
    for (EvaluationPackage p : packages) {
      for (FormEvaluation e : EVALUATOR.evaluate(p).evaluations()) {
        rows.add(SummaryRow.of(p.department(), e));
      }
    }
    return rows;
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /**
   * Runs every piece of work once per round, in turn; prints medians and per-round ratios of the
   * jixiao rows to each baseline, twice: by wall-clock time and by the CPU time of the whole
   * process (all threads, so garbage collection counts; other processes' load does not).
   */
  static Timings compare(Map<String, Work> work, int rounds, int warmups) throws Exception {
    // -Djixiao.repeat=N: each measurement runs the work N times (the process CPU clock ticks in 10 ms here);
    // the tables give the time of one run
    int repeat = Integer.getInteger("jixiao.repeat", 1);
    List<String> names = new ArrayList<>(work.keySet());
    double[][] wall = new double[names.size()][rounds];
    double[][] cpu = new double[names.size()][rounds];
    for (int round = -warmups; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        long c = OS.getProcessCpuTime();
        long t = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
          work.get(names.get(k)).run();
        }
        double took = (System.nanoTime() - t) / 1e6 / repeat;
        double cpuTook = (OS.getProcessCpuTime() - c) / 1e6 / repeat;
        if (round >= 0) {
          wall[k][round] = took;
          cpu[k][round] = cpuTook;
        }
      }
    }
    System.out.printf(Locale.ROOT, "each measurement: %d run(s) of the work%n", repeat);
    table("wall-clock", names, wall, rounds);
    table("process CPU time", names, cpu, rounds);
    return new Timings(names, wall, cpu);
  }

  /** What {@link #compare} measured: per piece of work, per round, in ms. */
  record Timings(List<String> names, double[][] wall, double[][] cpu) {
    double medianWall(int k) {
      return median(wall[k]);
    }

    double medianCpu(int k) {
      return median(cpu[k]);
    }

    private static double median(double[] ms) {
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }

  private static void table(String clock, List<String> names, double[][] ms, int rounds) {
    System.out.printf(Locale.ROOT, "%n%s, %d rounds:%n%-40s %10s %16s   %s%n", clock, rounds, "", "median ms",
        "(min – max)", "ratio to each (median of per-round ratios, min – max)");
    for (int k = 0; k < names.size(); k++) {
      double[] sorted = ms[k].clone();
      Arrays.sort(sorted);
      StringBuilder ratios = new StringBuilder();
      for (int b = 0; b < names.size(); b++) {
        if (b == k || names.get(b).startsWith("jixiao") || !names.get(k).startsWith("jixiao")) {
          continue;
        }
        double[] r = new double[rounds];
        for (int i = 0; i < rounds; i++) {
          r[i] = ms[k][i] / ms[b][i];
        }
        Arrays.sort(r);
        ratios.append(String.format(Locale.ROOT, "  ÷ %s = %.2f (%.2f – %.2f)", names.get(b), r[rounds / 2], r[0],
            r[rounds - 1]));
      }
      System.out.printf(Locale.ROOT, "%-40s %10.1f %16s %s%n", names.get(k), sorted[rounds / 2],
          String.format(Locale.ROOT, "(%.1f – %.1f)", sorted[0], sorted[rounds - 1]), ratios);
    }
  }

  static double[] time(int runs, int warmups, Work work) throws Exception {
    for (int i = 0; i < warmups; i++) {
      work.run();
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - t) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds;
  }

  static void line(String what, double[] sorted, int forms) {
    double median = sorted[sorted.length / 2];
    System.out.printf(Locale.ROOT, "%-50s median %8.3f s (min %.3f, max %.3f, n=%d)  %8.4f ms/form (min %.4f, max %.4f)%n",
        what, median, sorted[0], sorted[sorted.length - 1], sorted.length, median * 1000 / forms,
        sorted[0] * 1000 / forms, sorted[sorted.length - 1] * 1000 / forms);
  }
}
