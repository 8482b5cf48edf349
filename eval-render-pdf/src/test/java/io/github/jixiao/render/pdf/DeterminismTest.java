package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.model.render.RenderRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same request gives the same bytes: dates, document id and font subset prefixes are fixed. */
class DeterminismTest {

  static byte[] baseline;
  static final PdfRenderer RENDERER = new PdfRenderer();

  @BeforeAll
  static void render() throws Exception {
    baseline = RENDERER.renderToBytes(Seed.reported());
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void renderingTwiceGivesIdenticalBytes() throws Exception {
    assertThat(RENDERER.renderToBytes(Seed.reported())).isEqualTo(baseline);
  }

  @Test
  void theDocumentIdIsDerivedFromTheContent() throws Exception {
    Matcher m = Pattern.compile("/ID \\[<([0-9a-f]{32})><([0-9a-f]{32})>]").matcher(latin1(baseline));
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo(m.group(2));
    byte[] other = RENDERER.renderToBytes(Seed.computed());
    Matcher m2 = Pattern.compile("/ID \\[<([0-9a-f]{32})>").matcher(latin1(other));
    assertThat(m2.find()).isTrue();
    assertThat(m2.group(1)).isNotEqualTo(m.group(1));
    assertThat(latin1(baseline)).contains("/CreationDate(D:20240101000000Z)", "/ModDate(D:20240101000000Z)");
  }

  @Test
  void anotherTimestampChangesTheDatesOnly() throws Exception {
    RenderRequest later = Seed.reported().withTimestamp(Instant.parse("2024-06-30T08:15:00Z"));
    byte[] b = RENDERER.renderToBytes(later);
    assertThat(latin1(b)).contains("/CreationDate(D:20240630081500Z)");
    assertThat(b).hasSize(baseline.length).isNotEqualTo(baseline);
  }

  @Test
  void defaultTimeZoneAndLocaleDoNotChangeTheBytes() throws Exception {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      byte[] arabic = RENDERER.renderToBytes(Seed.reported());
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      byte[] turkish = RENDERER.renderToBytes(Seed.reported());
      assertThat(arabic).isEqualTo(baseline);
      assertThat(turkish).isEqualTo(baseline);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void concurrentRendersGiveIdenticalBytes() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        futures.add(pool.submit(() -> RENDERER.renderToBytes(Seed.reported())));
      }
      for (Future<byte[]> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(baseline);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSeparateJvmGivesIdenticalBytes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("seed.pdf");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
        "-Duser.timezone=Pacific/Chatham", "-Duser.language=de", "-Duser.country=DE", RenderMain.class.getName(),
        out.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(baseline);
  }

  @Test
  void embeddedFontSubsetsHaveFixedPrefixes() throws Exception {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    RenderRequest noto = Seed.withNoto(Seed.reported()).withOption(PdfOptions.SUMMARY, "false");
    byte[] a = RENDERER.renderToBytes(noto);
    byte[] b = RENDERER.renderToBytes(noto);
    assertThat(a).isEqualTo(b);
    List<String> names = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(a)) {
      PDResources res = doc.getPage(1).getResources();
      for (COSName n : res.getFontNames()) {
        names.add(res.getFont(n).getName());
      }
    }
    assertThat(names).anySatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+NotoSerifCJKsc-Regular-Identity-H"));
  }
}
