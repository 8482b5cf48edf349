package io.github.jixiao.render.pdf;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;

/**
 * Timed harness, not a test (surefire runs only *Test classes). Run after {@code mvn install}:
 *
 * <pre>
 * java -cp eval-render-pdf/target/classes:eval-render-pdf/target/test-classes:$CP \
 *     io.github.jixiao.render.pdf.PdfRenderBenchmark            # seed: median of 7 after 5 warm-ups
 * java -Xmx256m -cp … io.github.jixiao.render.pdf.PdfRenderBenchmark heap 1000   # 1,000 forms, peak heap
 * java -Xmx48m -cp … io.github.jixiao.render.pdf.PdfRenderBenchmark heap 1000 false   # the same, pdf.font.embed=false
 * </pre>
 */
final class PdfRenderBenchmark {
  private PdfRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("heap")) {
      heap(args.length > 1 ? Integer.parseInt(args[1]) : 1000, args.length > 2 ? args[2] : "true");
      return;
    }
    PdfRenderer r = new PdfRenderer();
    time(r, "seed REPORTED, default font", Seed.reported());
    time(r, "seed COMPUTED, default font", Seed.computed());
    time(r, "seed REPORTED, pdf.font.embed=false", Seed.reported().withOption(PdfOptions.FONT_EMBED, "false"));
    if (Seed.notoInstalled()) {
      time(r, "seed REPORTED, embedded Noto (body serif, heading sans bold, title serif bold)",
          Seed.withNoto(Seed.reported()));
    }
  }

  private static void time(PdfRenderer r, String what, RenderRequest req) throws Exception {
    int warm = 5;
    int runs = 7;
    byte[] pdf = null;
    for (int i = 0; i < warm; i++) {
      pdf = r.renderToBytes(req);
    }
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      pdf = r.renderToBytes(req);
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    int pages = new PdfText(pdf).pageCount;
    System.out.printf(Locale.ROOT, "%s: %d pages, %,d bytes; median %d ms (min %d, max %d) of %d runs after %d warm-up%n",
        what, pages, pdf.length, ms[runs / 2], ms[0], ms[runs - 1], runs, warm);
  }

  private static void heap(int forms, String embed) throws Exception {
    EvaluationPackage pkg = Packages.manyForms(forms);
    PackageEvaluation ev = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    RenderRequest req = RenderRequest.of(pkg, ev, RenderMode.REPORTED).withOption(PdfOptions.FONT_EMBED, embed);
    PdfRenderer r = new PdfRenderer();
    System.gc();
    long before = used();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    long t = System.nanoTime();
    byte[] pdf = r.renderToBytes(req);
    long ms = (System.nanoTime() - t) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%d project forms (+ %d findings): %,d bytes in %d ms; -Xmx %d MB;"
        + " heap before %.1f MB, sum of heap pools' peaks during the render %.1f MB%n",
        forms, ev.allFindings().count(), pdf.length, ms,
        Runtime.getRuntime().maxMemory() >> 20, before / 1048576.0, peak / 1048576.0);
    ev = null;
    pkg = null;
    req = null;
    try {
      System.out.println("pages: " + new PdfText(pdf).pageCount);
    } catch (OutOfMemoryError e) {
      System.out.println("pages: (PDFBox cannot read the file back in this heap)");
    }
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
