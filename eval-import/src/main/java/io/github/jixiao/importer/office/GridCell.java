package io.github.jixiao.importer.office;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a table as a person sees it printed: where it sits on the table's column grid, its
 * text, and what the file held when that differs from the text.
 *
 * <p>Word cells are always {@link Kind#TEXT}. An Excel cell holding a number is {@link Kind#NUMBER}
 * (text: the number in plain notation, "287" or "0.5"), a number formatted as a percentage is
 * {@link Kind#PERCENT} (text: the percentage, "95%" for 0.95), a formula is {@link Kind#FORMULA}
 * (text: its saved result, raw: the formula) or, when the file holds no saved result (a workbook
 * written by a script and never opened in Excel), {@link Kind#FORMULA_NO_VALUE} with empty text.
 *
 * <p>A merged cell is one cell with a {@code span} over grid columns; the cells a vertical merge
 * covers below its first row (Word's {@code vMerge} continuation, the rest of an Excel merged
 * region) are cells of their own with empty text and {@code mergedFrom} naming the first.
 *
 * @param column the first grid column the cell covers (0-based)
 * @param span how many grid columns it covers (1 or more)
 * @param text the text as printed: paragraphs and soft line breaks as {@code \n}, list numbers
 *     included ("1、"), nothing trimmed or normalised
 * @param kind what the file held
 * @param raw the formula ({@code =D5/C5}), or the stored number and its format for a percentage
 *     ({@code 0.95 (0.00%)}); {@code null} when the text is all there is
 * @param mergedFrom the reference of the merged cell this one continues, or {@code null}
 * @param ref where the cell is, as a person finds it: {@code 附件3-4!F12} in a workbook, {@code 表3
 *     行5 列2} in a document (1-based; 列 counts the row's cells as Word shows them)
 */
public record GridCell(int column, int span, String text, Kind kind, @Nullable String raw, @Nullable String mergedFrom,
    String ref) {

  /** What the file held for a cell. */
  public enum Kind {
    /** text (every Word cell; a text cell of a workbook, also "287" typed as text) */
    TEXT,
    /** an Excel number */
    NUMBER,
    /** an Excel number formatted as a percentage */
    PERCENT,
    /** an Excel formula with its saved result */
    FORMULA,
    /** an Excel formula without a saved result: nothing can be read from it */
    FORMULA_NO_VALUE,
    /**
     * a cell the file holds damaged (a text cell referring past the end of the workbook's table of shared
     * texts): its text is lost, {@code raw} says why; nothing can be read from it
     */
    DAMAGED
  }

    /**
   * Checks the fields.
   *
   * @param column see the record
   * @param span see the record
   * @param text see the record
   * @param kind see the record
   * @param raw see the record
   * @param mergedFrom see the record
   * @param ref see the record
   */
  public GridCell {
    if (column < 0 || span < 1) {
      throw new IllegalArgumentException("column " + column + ", span " + span);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ref, "ref");
  }

  /**
   * A text cell.
   *
   * @param column the first grid column
   * @param span the grid columns it covers
   * @param text the text
   * @param ref where it is
   * @return the cell
   */
  public static GridCell text(int column, int span, String text, String ref) {
    return new GridCell(column, span, text, Kind.TEXT, null, null, ref);
  }

  /** @return the last grid column the cell covers, exclusive */
  public int end() {
    return column + span;
  }

  /** @return whether the cell continues a merged cell above or to the left (its text is the first cell's) */
  public boolean isContinuation() {
    return mergedFrom != null;
  }

  /** @return whether nothing is printed in it (blank or white space only, and not a continuation) */
  public boolean isBlank() {
    return text.isBlank() && kind != Kind.FORMULA_NO_VALUE && kind != Kind.DAMAGED;
  }
}
