/** The XLSX renderer, template and importer (Apache POI), registered as the renderer {@code xlsx}. */
module io.github.jixiao.render.xlsx {
  requires transitive io.github.jixiao.model;
  requires io.github.jixiao.json;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.compress;
  requires org.apache.commons.io;
  requires transitive org.jspecify;

  exports io.github.jixiao.render.xlsx;

  provides io.github.jixiao.model.render.RendererProvider
      with io.github.jixiao.render.xlsx.XlsxRendererProvider;
}
