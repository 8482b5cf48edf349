package io.github.jixiao.importer.xlsx;

import io.github.jixiao.render.xlsx.testing.Seed;

/**
 * Benchmark, not a test (not run by {@code mvn test}): imports the seed's workbook (as reported,
 * with the seed as base) and prints the mean time per workbook after a warm-up.
 *
 * <pre>
 * mvn -q -o test-compile -pl eval-import-xlsx -am
 * mvn -q -o exec:exec -pl eval-import-xlsx -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath io.github.jixiao.importer.xlsx.XlsxImporterBenchmark 20"
 * </pre>
 */
public final class XlsxImporterBenchmark {
  private XlsxImporterBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    XlsxImporter importer = XlsxImporter.create();
    for (int i = 0; i < 5; i++) {
      importer.read(Seed.REPORTED, Seed.PKG); // warm-up: the figure is of the importer, not of class loading
    }
    long t = System.nanoTime();
    for (int i = 0; i < n; i++) {
      importer.read(Seed.REPORTED, Seed.PKG);
    }
    System.out.printf("seed import: %.1f ms per workbook (mean of %d)%n", (System.nanoTime() - t) / 1e6 / n, n);
  }
}
