package io.github.jixiao.importer.office;

import io.github.jixiao.model.io.Limits;

/**
 * How large a document or workbook may be before it is refused unread.
 *
 * @param maxFileBytes the file itself
 * @param maxEntryBytes one part of the zip, inflated
 * @param maxTotalBytes all parts inflated
 * @param maxInflateRatio how many times a part above {@link Limits#ZIP_RATIO_FLOOR_BYTES} may inflate
 * @param maxEntries zip entries
 * @param maxTables tables in a document
 * @param maxRows rows in a table or sheet
 * @param maxColumns grid columns in a table or sheet
 * @param maxCells cells in the whole file
 * @param maxSheets sheets in a workbook
 */
public record OfficeLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, double maxInflateRatio,
    int maxEntries, int maxTables, int maxRows, int maxColumns, long maxCells, int maxSheets) {

  /**
   * Limits as before workbooks had a sheet limit of their own: {@code maxTables} is also the sheet limit.
   *
   * @param maxFileBytes the file itself
   * @param maxEntryBytes one part of the zip, inflated
   * @param maxTotalBytes all parts inflated
   * @param maxInflateRatio how many times a large part may inflate
   * @param maxEntries zip entries
   * @param maxTables tables in a document, sheets in a workbook
   * @param maxRows rows in a table or sheet
   * @param maxColumns grid columns in a table or sheet
   * @param maxCells cells in the whole file
   */
  public OfficeLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, double maxInflateRatio,
      int maxEntries, int maxTables, int maxRows, int maxColumns, long maxCells) {
    this(maxFileBytes, maxEntryBytes, maxTotalBytes, maxInflateRatio, maxEntries, maxTables, maxRows, maxColumns,
        maxCells, maxTables);
  }

  /**
   * The limits used unless a caller gives others: jixiao's one set of reader limits ({@link Limits},
   * docs/LIMITS.md), the same the JSON reader and jixiao's own workbook importer keep, and which what
   * jixiao writes for a package of up to {@link Limits#ROUND_TRIP_FORMS} project forms keeps: 20 MiB
   * files, 48 MiB per part and 96 MiB in all inflated, ratio 100 above 4 MiB, 10,000 entries, 2,000
   * tables, 600 sheets, 10,000 rows × 200 columns, 1,000,000 cells.
   *
   * @return the defaults
   */
  public static OfficeLimits defaults() {
    return new OfficeLimits(Limits.OFFICE_FILE_BYTES, Limits.ZIP_PART_BYTES, Limits.ZIP_TOTAL_BYTES,
        Limits.ZIP_INFLATE_RATIO, Limits.ZIP_ENTRIES, Limits.TABLES, Limits.ROWS, Limits.COLUMNS, Limits.CELLS,
        Limits.SHEETS);
  }
}
