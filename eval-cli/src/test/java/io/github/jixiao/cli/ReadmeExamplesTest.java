package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples that need scoring and rendering, compiled and run; {@code
 * ReadmeSnippetsTest} holds the README's text to the regions between the markers.
 */
class ReadmeExamplesTest {
  private static final String NOTO = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

  @Test
  void theOneMinuteExampleScoresThePackageAndRendersIt(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("miluo-2023.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    // --- README snippet start
    EvaluationPackage pkg = PackageJson.create().read(dir.resolve("miluo-2023.json"));   // reads and validates
    PackageEvaluation evaluation = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    for (FormEvaluation form : evaluation.evaluations()) {
      out.println("附件" + form.form() + " " + form.name() + ": 总分 " + form.reportedTotal()
          + " → " + form.computedTotal() + " " + form.grade().chinese() + ", " + form.findings().size() + " findings");
    }
    RenderRequest request = RenderRequest.of(pkg, evaluation, RenderMode.REPORTED);       // findings marked
    new PdfRenderer().render(request, dir.resolve("miluo-2023.pdf"));                      // written atomically
    // --- README snippet end
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("附件2 汨罗市住建系统: 总分 99 → 109.69 —（无法评级）, ")
        .contains("附件3-13 招投标监督管理专项: 总分 null → 99.38 优, ");
    assertThat(text.lines()).hasSize(15);
    assertThat(Files.size(dir.resolve("miluo-2023.pdf"))).isPositive();
  }

  @Test
  void theRenderingSnippetRendersBothFilesDeterministically(@TempDir Path dir) throws Exception {
    EvaluationPackage pkg = Examples.miluo2023();
    Path out = Files.createDirectory(dir.resolve("out"));
    // --- README snippet start
    PackageEvaluation evaluation = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    RenderRequest request = RenderRequest.of(pkg, evaluation, RenderMode.REPORTED);   // or COMPUTED
    if (Files.exists(Path.of(NOTO))) {
      request = request.withOption("pdf.font.body", NOTO + ",0");   // a .ttc face, embedded as a subset
    }
    new PdfRenderer().render(request, out.resolve("package.pdf"));    // written atomically
    new XlsxRenderer().render(request, out.resolve("package.xlsx"));
    // --- README snippet end
    byte[] pdf = Files.readAllBytes(out.resolve("package.pdf"));
    byte[] xlsx = Files.readAllBytes(out.resolve("package.xlsx"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(xlsx[0]).isEqualTo((byte) 'P');
    new PdfRenderer().render(request, out.resolve("again.pdf"));
    new XlsxRenderer().render(request, out.resolve("again.xlsx"));
    assertThat(Files.readAllBytes(out.resolve("again.pdf"))).isEqualTo(pdf);
    assertThat(Files.readAllBytes(out.resolve("again.xlsx"))).isEqualTo(xlsx);
  }
}
