/**
 * County review (县级审核): one package's audit as a pure function of its input bytes and the
 * profile ({@code PackageAudit}), the season's result as {@code audit.json} ({@code AuditJson}),
 * and the merge of results audited apart ({@code Season}). The letters and the county workbook
 * are written from these results by the renderers, so any part of a season can run anywhere.
 */
module io.github.jixiao.review {
  requires transitive io.github.jixiao.model;
  requires transitive io.github.jixiao.scoring;
  requires transitive io.github.jixiao.importer;
  requires io.github.jixiao.json;
  requires com.fasterxml.jackson.databind;
  requires transitive org.jspecify;

  exports io.github.jixiao.review;
}
