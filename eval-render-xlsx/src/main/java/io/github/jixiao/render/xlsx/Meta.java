package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Project;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The hidden sheet holding what the printed forms do not: format version, year, department,
 * profile and the project registry. A person never sees it (very hidden); the importer reads it
 * when it is there.
 */
final class Meta {
  static final String SHEET = "jixiao";
  static final String MAGIC = "jixiao-package";

  private Meta() {}

  static void write(Workbook wb, EvaluationPackage pkg, String mode) {
    Sheet s = wb.createSheet(SHEET);
    int r = 0;
    row(s, r++, MAGIC, "1");
    row(s, r++, "formatVersion", pkg.formatVersion());
    row(s, r++, "year", Integer.toString(pkg.year()));
    row(s, r++, "department", pkg.department());
    row(s, r++, "profile", pkg.profile() == null ? "" : pkg.profile());
    row(s, r++, "mode", mode);
    for (Project p : pkg.projects()) {
      Row row = row(s, r++, "project", p.id());
      row.createCell(2).setCellValue(Values.cellText(p.name()));
    }
    wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.VERY_HIDDEN);
  }

  private static Row row(Sheet s, int r, String key, String value) {
    Row row = s.createRow(r);
    row.createCell(0).setCellValue(key);
    row.createCell(1).setCellValue(Values.cellText(value));
    return row;
  }
}
