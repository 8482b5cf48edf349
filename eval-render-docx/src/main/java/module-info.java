/** The Word renderer (Apache POI XWPF), registered as the renderer {@code docx}. */
module io.github.jixiao.render.docx {
  requires transitive io.github.jixiao.model;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress;
  requires java.xml;
  requires transitive org.jspecify;

  exports io.github.jixiao.render.docx;

  provides io.github.jixiao.model.render.RendererProvider
      with io.github.jixiao.render.docx.DocxRendererProvider;
}
