/** The XLSX importer (Apache POI): reads workbooks in jixiao's layout back into packages. */
module io.github.jixiao.importer.xlsx {
  requires transitive io.github.jixiao.model;
  requires io.github.jixiao.json;
  requires io.github.jixiao.render.xlsx;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.compress;
  requires org.apache.commons.io;
  requires transitive org.jspecify;

  exports io.github.jixiao.importer.xlsx;
}
