package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Project;
import io.github.jixiao.render.xlsx.layout.MetaSheet;
import java.io.IOException;

/**
 * The hidden sheet holding what the printed forms do not: format version, year, department,
 * profile and the project registry. A person never sees it (very hidden); the importer reads it
 * when it is there.
 */
final class Meta {
  private Meta() {}

  static void write(XmlWorkbook wb, EvaluationPackage pkg, String mode) throws IOException {
    XmlSheet s = wb.sheet(MetaSheet.NAME);
    int r = 0;
    row(s, r++, MetaSheet.MAGIC, "1");
    row(s, r++, "formatVersion", pkg.formatVersion());
    row(s, r++, "year", Integer.toString(pkg.year()));
    row(s, r++, "department", pkg.department());
    row(s, r++, "profile", pkg.profile() == null ? "" : pkg.profile());
    row(s, r++, "mode", mode);
    for (Project p : pkg.projects()) {
      row(s, r++, "project", p.id()).cell(2).text(Values.cellText(p.name()));
    }
    s.veryHidden();
  }

  private static XmlSheet.Row row(XmlSheet s, int r, String key, String value) throws IOException {
    XmlSheet.Row row = s.row(r);
    row.cell(0).text(key);
    row.cell(1).text(Values.cellText(value));
    return row;
  }
}
