package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.html.HtmlRenderer;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, generated input: {@value #CASES} × scale packages of {@link WideGenerator} (empty
 * forms, 0 and the largest amounts, 200-indicator forms, 5,000-character cells, rare CJK, emoji,
 * bidi marks, NUL and controls, markup) each through the JSON writer and validating reader,
 * scoring and audit, the score JSON, and every renderer (PDF, XLSX, HTML, DOCX; every tenth package
 * as computed). Every output must re-open: PDFBox loads the PDF; every XML part of the XLSX is
 * well-formed and the importer (POI's XSSFWorkbook underneath) reads it back, equal to the
 * package when rendered as reported; the HTML is complete UTF-8 with no markup from the
 * package's text.
 * Only the PDF and Word renderers may refuse a package, and only one of the packages with characters
 * the PDF's built-in font cannot show (every third: emoji, CJK extension B–G, bidi controls, NUL; Word
 * refuses the NUL, which XML cannot hold), with a {@link RenderException} naming them.
 */
class GeneratedPackagesFuzzTest {
  static final int CASES = 300;
  private static final long FIRST_SEED = 8_000_000L;
  private static final PackageJson JSON = PackageJson.create();
  private static final Profiles PROFILES = Profiles.builtIn();
  private static final Renderer PDF = new PdfRenderer();
  private static final Renderer XLSX = new XlsxRenderer();
  private static final Renderer HTML = new HtmlRenderer();
  private static final Renderer DOCX = new DocxRenderer();
  private static final XlsxImporter IMPORTER = XlsxImporter.create();

  @Test
  void generatedPackagesGoThroughEveryReaderAndRendererAndEveryOutputReopens() throws Exception {
    int cases = Fuzz.cases(CASES);
    Fuzz.Failures failures = new Fuzz.Failures("generated");
    Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    LongAdder forms = new LongAdder();
    LongAdder indicatorForms200 = new LongAdder();
    LongAdder longCells = new LongAdder();
    long start = System.nanoTime();
    Fuzz.parallel(Fuzz.threads(), FIRST_SEED, cases, Duration.ofSeconds(60), (seed, bounded) -> {
      EvaluationPackage pkg;
      byte[] json;
      try {
        WideGenerator generator = WideGenerator.of(seed);
        pkg = generator.next();
        if (generator.longCells() > 0) {
          longCells.increment();
        }
        json = JSON.writeBytes(pkg);
      } catch (RuntimeException | Error e) {
        failures.add(seed, "the generator or the writer failed: " + e, new byte[0], "txt", e);
        return;
      }
      forms.add(pkg.forms().count());
      if (pkg.forms().anyMatch(f -> f.rows().count() >= 200)) {
        indicatorForms200.increment();
      }
      Fuzz.Outcome o = bounded.run(() -> {
        oneCase(seed, pkg, json, refusals, nanos);
        return null;
      });
      if (o.timedOut()) {
        failures.add(seed, "timed out (60 s)", json, "json", null);
      } else if (o.thrown() != null) {
        failures.add(seed, String.valueOf(o.thrown()), json, "json", o.thrown());
      }
    });
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    System.out.printf("GeneratedPackagesFuzzTest: %,d packages (%,d forms; %d with a 200-indicator form, %d with "
        + "5,000-character cells) through validate, score, audit, pdf, xlsx (+ POI, importer), html in %d s; "
        + "refusals %s; failures %d%n", cases, forms.sum(), indicatorForms200.sum(), longCells.sum(), seconds, refusals,
        failures.count());
    nanos.forEach((stage, n) -> System.out.printf("  %-8s %,8d ms%n", stage, n.sum() / 1_000_000));
    assertThat(failures.count()).as(failures.report()).isZero();
    assertThat(indicatorForms200.sum()).as("the widened shapes appear").isPositive();
    assertThat(longCells.sum()).isPositive();
  }

  /** One package through everything; anything thrown (but a renderer's documented refusal) fails the case. */
  static void oneCase(long seed, EvaluationPackage pkg, byte[] json, Map<String, LongAdder> refusals,
      Map<String, LongAdder> nanos) throws Exception {
    long t = System.nanoTime();
    EvaluationPackage read = JSON.read(json);
    if (!read.equals(pkg)) {
      throw new AssertionError("the JSON read back differs from the package written");
    }
    PackageEvaluation evaluation = Evaluator.of(Evaluator.chooseProfile(pkg, PROFILES, null)).evaluate(pkg);
    String score = EvaluationJson.write(evaluation);
    if (score.isEmpty()) {
      throw new AssertionError("empty score JSON");
    }
    RenderMode mode = seed % 10 == 1 ? RenderMode.COMPUTED : RenderMode.REPORTED;
    RenderRequest request = RenderRequest.of(pkg, evaluation, mode);
    t = lap(nanos, "json+score", t);

    byte[] pdf = render(PDF, request, refusals, WideGenerator.usesUnshowable(seed));
    t = lap(nanos, "pdf", t);
    if (pdf != null) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        if (doc.getNumberOfPages() < 1) {
          throw new AssertionError("the PDF has no page");
        }
      }
    }
    t = lap(nanos, "pdfbox", t);
    byte[] xlsx = render(XLSX, request, refusals, false);
    t = lap(nanos, "xlsx", t);
    if (xlsx != null) {
      wellFormed(xlsx);
      // the importer opens the workbook with POI's XSSFWorkbook: that is the "POI reads it" check too
      EvaluationPackage back = IMPORTER.read(xlsx, pkg);
      if (mode == RenderMode.REPORTED && !back.equals(pkg)) {
        throw new AssertionError("the workbook imported back differs from the package rendered");
      }
    }
    t = lap(nanos, "poi+import", t);
    byte[] html = render(HTML, request, refusals, false);
    if (html != null) {
      String page = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(html)).toString();
      if (!page.contains("</html>")) {
        throw new AssertionError("the HTML page is not complete");
      }
      if (page.contains("<script") || page.contains("<img") || page.contains("onerror=\"") || page.contains("' onmouseover='")) {
        throw new AssertionError("package text became markup in the HTML page");
      }
    }
    t = lap(nanos, "html", t);
    // Word refuses only what XML cannot hold (NUL and other control characters), naming the place
    byte[] docx = render(DOCX, request, refusals, WideGenerator.usesUnshowable(seed));
    if (docx != null) {
      wellFormed(docx);
      try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
          new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx))) {
        if (doc.getBodyElements().isEmpty()) {
          throw new AssertionError("the Word document has no body");
        }
      }
    }
    lap(nanos, "docx", t);
  }

  private static final ThreadLocal<javax.xml.parsers.SAXParser> SAX = ThreadLocal.withInitial(() -> {
    try {
      return javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser();
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IllegalStateException(e);
    }
  });

  /** Every XML part of the workbook parses (POI itself only logs a broken docProps part and goes on). */
  static void wellFormed(byte[] xlsx) throws Exception {
    for (Map.Entry<String, byte[]> part : Workbooks.entries(xlsx).entrySet()) {
      String name = part.getKey();
      if (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml")) {
        try {
          SAX.get().reset();
          SAX.get().parse(new ByteArrayInputStream(part.getValue()), new org.xml.sax.helpers.DefaultHandler());
        } catch (org.xml.sax.SAXException e) {
          throw new AssertionError("the workbook's part " + name + " is not well-formed XML: " + e.getMessage(), e);
        }
      }
    }
  }

  private static long lap(Map<String, LongAdder> nanos, String stage, long since) {
    long now = System.nanoTime();
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(now - since);
    return now;
  }

  /** The output, or {@code null} when the renderer refused the package and {@code mayRefuse}. */
  private static byte[] render(Renderer renderer, RenderRequest request, Map<String, LongAdder> refusals,
      boolean mayRefuse) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(request, out);
    } catch (RenderException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError(renderer.id() + " refused the package without saying why", e);
      }
      if (!mayRefuse) {
        throw new AssertionError(renderer.id() + " refused a package it should render: " + e.getMessage(), e);
      }
      refusals.computeIfAbsent(renderer.id() + ": " + e.getMessage().replaceAll("(?s)[：:].*", ""), k -> new LongAdder())
          .increment();
      return null;
    }
    return out.toByteArray();
  }
}
