package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.examples.html.HtmlRenderer;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of the corpus of real forms from other provinces (元 forms, partial forms, marked
 * amounts, 指标性质 and 计量单位 columns…) renders to PDF, XLSX and HTML in both modes, and its
 * workbook imports back to the same package.
 */
class CorpusRoundTripTest {
  private static final Renderer PDF = new PdfRenderer();
  private static final Renderer XLSX = new XlsxRenderer();
  private static final Renderer HTML = new HtmlRenderer();
  private static final XlsxImporter IMPORTER = XlsxImporter.create();

  static Stream<String> corpus() {
    return Examples.list().stream().map(Examples.Example::name).filter(n -> !n.equals(Examples.MILUO_2023));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyCorpusFormRendersAndItsWorkbookImportsBack(String name) throws Exception {
    EvaluationPackage pkg = Examples.load(name);
    PackageEvaluation evaluation = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
    for (RenderMode mode : RenderMode.values()) {
      RenderRequest request = RenderRequest.of(pkg, evaluation, mode);
      byte[] pdf = render(PDF, request);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc);
        String formName = Stream.concat(Stream.ofNullable(pkg.departmentEvaluation()), pkg.projectEvaluations().stream())
            .findFirst().orElseThrow().name();
        assertThat(text.replaceAll("\\s", "")).as("%s PDF (%s)", name, mode)
            .contains(formName.replaceAll("\\s", "").substring(0, Math.min(8, formName.replaceAll("\\s", "").length())));
        if (pkg.projectEvaluations().stream().anyMatch(f -> f.moneyUnit().printed().equals("元"))) {
          assertThat(text).as("%s: a form printed in 元 says so", name).contains("（元）");
        }
      }
      String html = new String(render(HTML, request), StandardCharsets.UTF_8);
      assertThat(html).as("%s HTML", name).contains("</html>");
      byte[] xlsx = render(XLSX, request);
      GeneratedPackagesFuzzTest.wellFormed(xlsx);
      if (mode == RenderMode.REPORTED) {
        assertThat(IMPORTER.read(xlsx, pkg)).as("%s imported back from its workbook", name).isEqualTo(pkg);
      }
    }
  }

  private static byte[] render(Renderer renderer, RenderRequest request) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(request, out);
    return out.toByteArray();
  }
}
