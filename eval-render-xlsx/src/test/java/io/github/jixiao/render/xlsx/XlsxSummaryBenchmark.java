package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark, not a test (not run by {@code mvn test}): writes the 汇总 of 20,000 forms with
 * {@link XlsxSummary} (streaming) and prints the time and the peak heap; then renders the seed
 * package in both modes and prints sizes and times. Run it with a small heap to show the
 * summary's memory stays bounded:
 *
 * <pre>
 * mvn -q -o test-compile -pl eval-render-xlsx
 * mvn -q -o exec:exec -pl eval-render-xlsx -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx64m -cp %classpath io.github.jixiao.render.xlsx.XlsxSummaryBenchmark 20000"
 * </pre>
 */
public final class XlsxSummaryBenchmark {
  private XlsxSummaryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    if (args.length > 1 && args[1].equals("memory")) {
      inMemory(rows);
      return;
    }
    Path file = Files.createTempFile("jixiao-summary-benchmark", ".xlsx");
    try {
      // warm-up on a small batch, so the figures are of the writer, not of class loading
      try (OutputStream out = Files.newOutputStream(file)) {
        XlsxSummary.write(() -> XlsxSummaryTest.generated(500), "汇总", Instant.EPOCH, out);
      }
      System.gc();
      resetPeaks();
      long heapBefore = used();
      long start = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        XlsxSummary.write(() -> XlsxSummaryTest.generated(rows), "汇总", Instant.EPOCH, out);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("summary: %,d rows in %,d ms, file %,d bytes; heap used before %.1f MB, peak during %.1f MB "
          + "(sum of heap pools' peaks), max heap %.0f MB%n", rows, millis, Files.size(file), mb(heapBefore),
          mb(peak()), mb(Runtime.getRuntime().maxMemory()));

      for (RenderMode mode : List.of(RenderMode.REPORTED, RenderMode.COMPUTED)) {
        long[] times = new long[11];
        byte[] bytes = null;
        for (int i = 0; i < times.length; i++) {
          long t = System.nanoTime();
          bytes = Seed.render(Seed.PKG, Seed.EVALUATION, mode);
          times[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(times);
        System.out.printf("seed %s: %,d bytes, render median %.1f ms (first of 11 runs: JIT warm-up included in max "
            + "%.1f ms)%n", mode, bytes.length, times[times.length / 2] / 1000.0, times[times.length - 1] / 1000.0);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** For comparison: the same summary with its rows kept in memory instead of streamed. */
  private static void inMemory(int rows) throws Exception {
    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    XmlWorkbook wb = new XmlWorkbook();
    XlsxSummary.writeSheet(wb.sheet("汇总"), wb.styles, "汇总", XlsxSummary.lines(XlsxSummaryTest.generated(rows)), false);
    wb.write(OutputStream.nullOutputStream(), Instant.EPOCH);
    System.out.printf("summary in memory (for comparison): %,d rows in %,d ms, peak heap %.1f MB%n", rows,
        (System.nanoTime() - start) / 1_000_000, mb(peak()));
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
