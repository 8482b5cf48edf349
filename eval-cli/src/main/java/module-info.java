/** The {@code jixiao} command line. Bundles everything; renderers are found through the SPI. */
module io.github.jixiao.cli {
  requires io.github.jixiao.model;
  requires io.github.jixiao.json;
  requires io.github.jixiao.scoring;
  requires io.github.jixiao.render.xlsx;
  requires io.github.jixiao.render.pdf;
  requires io.github.jixiao.importer.xlsx;
  requires io.github.jixiao.importer;
  requires io.github.jixiao.review;
  requires io.github.jixiao.render.docx;
  requires io.github.jixiao.examples;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires transitive org.jspecify;

  // Renderers are found through the SPI; the PDF renderer is also required to say which fonts a
  // PDF uses (PdfRenderer.fonts: the renderer prints nothing itself).
  uses io.github.jixiao.model.render.RendererProvider;

  // picocli reads the command classes' annotated fields.
  opens io.github.jixiao.cli to info.picocli;
}
