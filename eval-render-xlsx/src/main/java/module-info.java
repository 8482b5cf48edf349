/**
 * The XLSX renderer, blank template and streaming 汇总, registered as the renderer {@code xlsx}.
 * Written without third-party libraries; the importer is the module {@code
 * io.github.jixiao.importer.xlsx}, which alone reads this module's layout package.
 */
module io.github.jixiao.render.xlsx {
  requires transitive io.github.jixiao.model;
  requires transitive org.jspecify;

  exports io.github.jixiao.render.xlsx;
  exports io.github.jixiao.render.xlsx.layout to io.github.jixiao.importer.xlsx;

  provides io.github.jixiao.model.render.RendererProvider
      with io.github.jixiao.render.xlsx.XlsxRendererProvider;
}
