/**
 * Intake (导入): Word documents and Excel workbooks in any province's layout, read into packages
 * with an import report. Layouts are data ({@code Layouts}); the office files are read as tables
 * ({@code io.github.jixiao.importer.office}).
 */
module io.github.jixiao.importer {
  requires transitive io.github.jixiao.model;
  requires transitive io.github.jixiao.json;
  requires io.github.jixiao.importer.xlsx;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.commons.compress;
  requires org.apache.commons.io;
  requires org.apache.xmlbeans;
  requires java.xml;
  requires transitive org.jspecify;

  exports io.github.jixiao.importer;
  exports io.github.jixiao.importer.office;

  opens io.github.jixiao.importer to com.fasterxml.jackson.databind;
}
