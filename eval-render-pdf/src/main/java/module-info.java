/** The PDF renderer (OpenPDF), registered as the renderer {@code pdf}. */
module io.github.jixiao.render.pdf {
  requires transitive io.github.jixiao.model;
  requires com.github.librepdf.openpdf;
  requires org.jfree.jfreechart;
  requires java.desktop;
  requires transitive org.jspecify;

  exports io.github.jixiao.render.pdf;

  provides io.github.jixiao.model.render.RendererProvider
      with io.github.jixiao.render.pdf.PdfRendererProvider;
}
