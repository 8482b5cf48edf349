package io.github.jixiao.render.xlsx.layout;

/**
 * The very hidden sheet of a package workbook holding what the printed forms do not show: format
 * version, year, department, profile, mode and the project registry, one key and value per row.
 */
public final class MetaSheet {
  /** Its name. */
  public static final String NAME = "jixiao";
  /** Cell A1, which tells it apart from a sheet a person named "jixiao". */
  public static final String MAGIC = "jixiao-package";

  private MetaSheet() {}
}
