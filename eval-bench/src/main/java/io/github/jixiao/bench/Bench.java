package io.github.jixiao.bench;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.render.xlsx.XlsxSummary;
import io.github.jixiao.render.xlsx.XlsxSummary.SummaryRow;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timing harness behind BENCHMARKS.md. One thread; each figure is the median of {@code runs}
 * timed runs after {@code warmups} untimed ones, printed with the minimum and maximum.
 *
 * <pre>
 * java -cp … io.github.jixiao.bench.Bench score|pdf|xlsx|summary|heap|growth|all [runs]
 * </pre>
 */
public final class Bench {
  private static final Evaluator EVALUATOR = Evaluator.of(Profiles.builtIn().get(Profiles.DEFAULT));
  private static final OutputStream NOWHERE = OutputStream.nullOutputStream();

  private Bench() {}

  /** Runs the modes named on the command line. */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "all";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    System.out.printf(Locale.ROOT, "jixiao bench: %s, %d runs; java %s, %d cores, max heap %d MB%n", mode, runs,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    switch (mode) {
      case "score" -> score(runs);
      case "pdf" -> render(new PdfRenderer(), runs);
      case "xlsx" -> render(new XlsxRenderer(), runs);
      case "summary" -> summary(20_000, runs);
      case "heap" -> heap(args.length > 2 ? Integer.parseInt(args[2]) : 20_000);
      case "growth" -> growth(runs);
      case "all" -> {
        score(runs);
        render(new XlsxRenderer(), runs);
        render(new PdfRenderer(), runs);
        summary(20_000, runs);
        growth(runs);
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  /** Scoring and audit throughput over 20,000 forms. */
  static void score(int runs) {
    List<EvaluationPackage> packages = new Generator(1).forms(20_000);
    int forms = Generator.countForms(packages);
    double[] s = time(runs, 2, () -> packages.forEach(EVALUATOR::evaluate));
    report("score+audit " + forms + " forms", s, forms);
  }

  /** Rendering time per form: 5 packages per run, to memory. */
  static void render(Renderer renderer, int runs) {
    List<EvaluationPackage> packages = new Generator(2).forms(80);
    int forms = Generator.countForms(packages);
    List<RenderRequest> requests = packages.stream()
        .map(p -> RenderRequest.of(p, EVALUATOR.evaluate(p), RenderMode.REPORTED)).toList();
    double[] s = time(runs, 2, () -> requests.forEach(r -> {
      try {
        renderer.render(r, NOWHERE);
      } catch (IOException | io.github.jixiao.model.render.RenderException e) {
        throw new IllegalStateException(e);
      }
    }));
    report(renderer.id() + " render " + packages.size() + " packages, " + forms + " forms", s, forms);
  }

  /** The streaming 汇总 of {@code n} forms (rows built beforehand; only the writing is timed). */
  static void summary(int n, int runs) {
    List<SummaryRow> rows = rows(new Generator(3).forms(n));
    double[] s = time(runs, 1, () -> writeSummary(rows));
    report("汇总 (streaming) " + rows.size() + " forms", s, rows.size());
  }

  private static List<SummaryRow> rows(List<EvaluationPackage> packages) {
    List<SummaryRow> rows = new ArrayList<>();
    for (EvaluationPackage p : packages) {
      for (FormEvaluation e : EVALUATOR.evaluate(p).evaluations()) {
        rows.add(SummaryRow.of(p.department(), e));
      }
    }
    return rows;
  }

  private static void writeSummary(Iterable<SummaryRow> rows) {
    try {
      XlsxSummary.write(rows, "汇总", Instant.parse("2024-01-01T00:00:00Z"), NOWHERE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The batch of {@code n} forms as {@code jixiao render DIR --format xlsx} does it, one package at
   * a time: generate, score, render the package workbook, keep its 汇总 rows; then the streaming
   * 汇总 of all. Prints the peak heap (sum of the heap pools' peaks) and the heap in use after GC.
   */
  static void heap(int n) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    Generator g = new Generator(4);
    XlsxRenderer xlsx = new XlsxRenderer();
    List<SummaryRow> rows = new ArrayList<>();
    int packages = 0;
    while (rows.size() < n) {
      EvaluationPackage p = g.next();
      PackageEvaluation e = EVALUATOR.evaluate(p);
      try {
        xlsx.render(RenderRequest.of(p, e, RenderMode.REPORTED), NOWHERE);
      } catch (IOException | io.github.jixiao.model.render.RenderException ex) {
        throw new IllegalStateException(ex);
      }
      e.evaluations().forEach(f -> rows.add(SummaryRow.of(p.department(), f)));
      packages++;
    }
    writeSummary(rows);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(Locale.ROOT, "batch %d packages, %d forms (score + xlsx + 汇总): %.1f s; peak heap %d MB, "
        + "after GC %d MB, -Xmx %d MB%n", packages, rows.size(), seconds, peak >> 20, used >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Cost per form at 1,000, 5,000 and 20,000 forms: scoring, and the streaming 汇总. */
  static void growth(int runs) {
    for (int n : new int[] {1_000, 5_000, 20_000}) {
      List<EvaluationPackage> packages = new Generator(5).forms(n);
      int forms = Generator.countForms(packages);
      report("growth score+audit " + forms + " forms", time(runs, 2, () -> packages.forEach(EVALUATOR::evaluate)), forms);
      List<SummaryRow> rows = rows(packages);
      report("growth 汇总 " + rows.size() + " forms", time(runs, 1, () -> writeSummary(rows)), rows.size());
    }
  }

  private static double[] time(int runs, int warmups, Runnable work) {
    try {
      return Compare.time(runs, warmups, work::run);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void report(String what, double[] sorted, int forms) {
    double median = sorted[sorted.length / 2];
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    System.out.printf(Locale.ROOT, "%-45s median %8.3f s (min %.3f, max %.3f, n=%d)  %9.1f forms/s  %8.3f ms/form%n",
        what, median, min, max, sorted.length, forms / median, median * 1000 / forms);
  }
}
