package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Rendering" snippet, compiled and run (with the font only where it is installed). */
class ReadmeRenderingTest {
  private static final String NOTO = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

  @Test
  void theReadmeSnippetRendersBothFilesDeterministically(@TempDir Path dir) throws Exception {
    EvaluationPackage pkg = Examples.miluo2023();
    Path out = Files.createDirectory(dir.resolve("out"));
    // --- README snippet start
    PackageEvaluation evaluation = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    RenderRequest request = RenderRequest.of(pkg, evaluation, RenderMode.REPORTED);   // or COMPUTED
    if (Files.exists(Path.of(NOTO))) {
      request = request.withOption("pdf.font.body", NOTO + ",0");
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
