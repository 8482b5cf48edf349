package io.github.jixiao.importer.office;

/**
 * How large a document or workbook may be before it is refused unread.
 *
 * @param maxFileBytes the file itself
 * @param maxEntryBytes one part of the zip, inflated
 * @param maxTotalBytes all parts inflated
 * @param maxInflateRatio how many times a part above 1 MB may inflate
 * @param maxEntries zip entries
 * @param maxTables tables in a document, sheets in a workbook
 * @param maxRows rows in a table or sheet
 * @param maxColumns grid columns in a table or sheet
 * @param maxCells cells in the whole file
 */
public record OfficeLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, double maxInflateRatio,
    int maxEntries, int maxTables, int maxRows, int maxColumns, long maxCells) {

  /**
   * The limits used unless a caller gives others: 20 MB files, 10 MB per part and 50 MB in all
   * inflated, ratio 100, 10,000 entries, 500 tables or sheets of 10,000 rows × 200 columns,
   * 500,000 cells.
   *
   * @return the defaults
   */
  public static OfficeLimits defaults() {
    return new OfficeLimits(20_000_000, 10_000_000, 50_000_000, 100, 10_000, 500, 10_000, 200, 500_000);
  }
}
