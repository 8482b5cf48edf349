package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REPORTED and COMPUTED, with and without an evaluation; options; the renderer as a plug-in. */
class ModesTest {

  static final PdfRenderer RENDERER = new PdfRenderer();

  @Test
  void computedModeWithoutAnEvaluationIsRefused() {
    RenderRequest r = RenderRequest.of(Seed.PKG, null, RenderMode.COMPUTED);
    assertThatThrownBy(() -> RENDERER.renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("COMPUTED mode needs the package's evaluation");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> RENDERER.render(r, out)).isInstanceOf(RenderException.class);
    assertThat(out.size()).as("nothing written").isZero();
  }

  @Test
  void computedModeShowsJixiaosScoresBesideThePrintedOnes() throws Exception {
    PdfText pdf = new PdfText(RENDERER.renderToBytes(Seed.computed()));
    int page = pdf.bookmark("附件3-13 招投标监督管理专项").page();
    String t = pdf.text(page, page);
    // 10 × 15 ÷ 16 = 9.38 instead of the printed 10; the blank total computed; the grade
    assertThat(t).contains("做好公开招投标项目监管16个15个109.38填报10", "总分10099.38填报空等级：优");
    assertThat(t).contains("按计算（jixiao，评分规则hunan-2023）");
    int dept = pdf.bookmark("附件2 部门整体支出绩效自评表").page();
    assertThat(pdf.text(dept, dept + 3)).contains("总分100109.69填报99等级：—（无法评级）", "109.69填报9");
    // no finding numbers in the tables in COMPUTED mode, but the findings are listed
    assertThat(PdfText.squeeze(pdf.pages.get(page - 1))).doesNotContainPattern("\\[\\d+\\]");
    assertThat(pdf.bookmark("审核意见").page()).isGreaterThan(page);
  }

  @Test
  void reportedModeWithoutAnEvaluationMarksNothing() throws Exception {
    byte[] bytes = RENDERER.renderToBytes(RenderRequest.of(Seed.PKG, null, RenderMode.REPORTED));
    PdfText pdf = new PdfText(bytes);
    assertThat(pdf.bookmarks).extracting(PdfText.Bookmark::title).doesNotContain("审核意见").contains("评分汇总");
    assertThat(PdfText.squeeze(String.join("", pdf.pages))).doesNotContainPattern("\\[\\d+\\]")
        .contains("未提供审核结果，不计算等级");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      for (PDPage p : doc.getPages()) {
        assertThat(p.getAnnotations()).noneMatch(a -> a instanceof PDAnnotationLink);
      }
    }
  }

  @Test
  void theSummaryCanBeLeftOut() throws Exception {
    PdfText pdf = new PdfText(RENDERER.renderToBytes(Seed.reported().withOption(PdfOptions.SUMMARY, "false")));
    assertThat(pdf.bookmarks).extracting(PdfText.Bookmark::title).doesNotContain("评分汇总").contains("审核意见");
  }

  @Test
  void unknownPdfOptionsAreRefusedOtherRenderersOptionsIgnored() throws Exception {
    RenderRequest typo = Seed.reported().withOption("pdf.font.bdy", "/x.ttf");
    assertThatThrownBy(() -> RENDERER.renderToBytes(typo)).isInstanceOf(RenderException.class)
        .hasMessageContaining("unknown PDF option(s): pdf.font.bdy").hasMessageContaining("pdf.font.body");
    byte[] other = RENDERER.renderToBytes(Seed.reported().withOption("xlsx.formulas", "true"));
    assertThat(new PdfText(other).pageCount).isEqualTo(new PdfText(RENDERER.renderToBytes(Seed.reported())).pageCount);
  }

  @Test
  void anEmptyPackageGivesOnePageSayingSo() throws Exception {
    PdfText pdf = new PdfText(RENDERER.renderToBytes(RenderRequest.of(Packages.empty(), null, RenderMode.REPORTED)));
    assertThat(pdf.pageCount).isEqualTo(1);
    assertThat(pdf.all()).contains("2023年度汨罗市住房和城乡建设局：本材料没有表格或报告");
  }

  @Test
  void rendersToAFileAndIsFoundAsAPlugIn(@TempDir Path dir) throws Exception {
    assertThat(RENDERER.id()).isEqualTo("pdf");
    assertThat(RENDERER.fileExtension()).isEqualTo("pdf");
    Path file = dir.resolve("out.pdf");
    RENDERER.render(Seed.reported(), file);
    assertThat(Files.readAllBytes(file)).startsWith("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Renderers found = Renderers.discover(PdfRenderer.class.getClassLoader());
    assertThat(found.ids()).contains("pdf");
    assertThat(found.get("pdf")).isInstanceOf(PdfRenderer.class);
  }
}
