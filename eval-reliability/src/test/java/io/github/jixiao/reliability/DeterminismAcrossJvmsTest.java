package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.json.PackageJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, determinism across runs, JVM restarts, time zones and default locales/charsets: the
 * CLI (with the HTML plug-in) forked in JVMs with {@code -Duser.timezone}, {@code -Dfile.encoding}
 * and {@code -Duser.language/-Duser.country} varied renders the seed and two generated packages
 * as PDF, XLSX, DOCX and HTML (and the batch 汇总.xlsx) and prints the batch score JSON; every output
 * has the same SHA-256 in every JVM.
 *
 * <p>This test found that the PDF's chart pages (评分汇总 图表) depended on the default locale: with
 * no font file given, the charts measured text with Java's logical font, whose component fonts
 * Java picks by locale, so the legend and plot moved by a point or two under
 * {@code -Duser.language=en}. The charts now measure with a named physical font (SummaryRenderer),
 * and both tests render the chart pages.
 */
class DeterminismAcrossJvmsTest {
  private static final List<List<String>> ZONES_AND_CHARSETS = List.of(
      List.of("-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-Duser.language=zh", "-Duser.country=CN"),
      List.of("-Duser.timezone=America/Los_Angeles", "-Dfile.encoding=ISO-8859-1", "-Duser.language=zh",
          "-Duser.country=CN"),
      List.of("-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=GBK", "-Duser.language=zh", "-Duser.country=CN"));
  private static final List<List<String>> LOCALES = List.of(
      List.of("-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-Duser.language=zh", "-Duser.country=CN"),
      List.of("-Duser.timezone=America/Los_Angeles", "-Dfile.encoding=ISO-8859-1", "-Duser.language=en",
          "-Duser.country=US"),
      List.of("-Duser.timezone=UTC", "-Dfile.encoding=GBK", "-Duser.language=tr", "-Duser.country=TR"),
      List.of("-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-Duser.language=ar", "-Duser.country=SA"));

  @TempDir Path dir;
  private Path in;

  @BeforeEach
  void packages() throws Exception {
    Cli.assumeJar();
    Cli.assumeHtmlPlugin();
    in = dir.resolve("in");
    Files.createDirectories(in);
    PackageJson json = PackageJson.create();
    Files.write(in.resolve("seed.json"), json.writeBytes(Examples.miluo2023()));
    int generated = 0;
    for (long seed = 31_000; generated < 2; seed++) {
      EvaluationPackage p = WideGenerator.forSeed(seed);
      if (p.forms().count() > 0) {
        Files.write(in.resolve("generated-" + seed + ".json"), json.writeBytes(p));
        generated++;
      }
    }
  }

  @Test
  void everyOutputHasTheSameBytesWhateverTheTimeZoneAndDefaultCharset() throws Exception {
    List<Map<String, String>> runs = new ArrayList<>();
    // the default build renders REPORTED only here (COMPUTED is rendered under every locale below);
    // a larger fuzz scale renders both
    List<String> modes = Fuzz.scale() > 1 ? List.of("reported", "computed") : List.of("reported");
    for (List<String> settings : ZONES_AND_CHARSETS) {
      runs.add(digests(settings, modes, true));
    }
    assertSame(runs, ZONES_AND_CHARSETS, 2 * 4 * modes.size() + 1);
  }

  @Test
  void everyOutputHasTheSameBytesWhateverTheDefaultLocale() throws Exception {
    List<Map<String, String>> runs = new ArrayList<>();
    // the score JSON is compared under every time zone and charset above; a larger fuzz scale
    // compares it under every locale too
    boolean score = Fuzz.scale() > 1;
    // the default build: the first locale (the reference) and Turkish (its dotless i breaks
    // case mapping); a larger scale adds English and Arabic
    List<List<String>> locales = score ? LOCALES : List.of(LOCALES.get(0), LOCALES.get(2));
    for (List<String> settings : locales) {
      runs.add(digests(settings, List.of("computed"), score));
    }
    assertSame(runs, locales, 2 * 4 + (score ? 1 : 0));
  }

  private static void assertSame(List<Map<String, String>> runs, List<List<String>> settings, int atLeast) {
    assertThat(runs.get(0)).as("outputs of the first JVM").hasSizeGreaterThanOrEqualTo(atLeast);
    for (int i = 1; i < runs.size(); i++) {
      Map<String, String> run = runs.get(i);
      List<String> differing = runs.get(0).keySet().stream().filter(k -> !runs.get(0).get(k).equals(run.get(k))).toList();
      assertThat(differing).as("outputs that differ in the JVM with " + settings.get(i)).isEmpty();
      assertThat(run).isEqualTo(runs.get(0));
    }
    System.out.printf("DeterminismAcrossJvmsTest: %d JVMs × %d outputs, all identical%n", runs.size(), runs.get(0).size());
  }

  /** SHA-256 of every file rendered and of the batch score JSON, in a JVM with {@code settings}. */
  private Map<String, String> digests(List<String> settings, List<String> modes, boolean score) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    for (String mode : modes) {
      Path out = Files.createTempDirectory(dir, "out-" + mode);
      List<String> args = new ArrayList<>(List.of("render", in.toString(), "--format", "pdf,xlsx,docx,html", "--mode", mode,
          "--plugins", Cli.HTML_PLUGIN.toString(), "--out", out.toString()));
      Cli.Result r = Cli.run(dir, settings, args.toArray(String[]::new));
      assertThat(r.exit()).as(settings + ": " + r.stderr() + r.out()).isIn(0, 1);
      try (Stream<Path> files = Files.list(out)) {
        for (Path f : files.sorted().toList()) {
          digests.put(mode + "/" + f.getFileName(), ConcurrentRenderingTest.sha(Files.readAllBytes(f)));
        }
      }
    }
    if (score) {
      Cli.Result json = Cli.run(dir, settings, "score", in.toString(), "--format", "json");
      assertThat(json.exit()).as(json.stderr()).isIn(0, 1);
      assertThat(json.out()).contains("\"packages\"");
      digests.put("score.json", ConcurrentRenderingTest.sha(json.stdout()));
    }
    return digests;
  }
}
