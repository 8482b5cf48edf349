package io.github.jixiao.importer.office;

import java.util.Objects;

/**
 * A paragraph outside tables (a form's title above its table, a line of a report).
 *
 * @param text the text as printed, list number included ("一、"), soft line breaks as {@code \n}
 * @param level the outline level the document gives it: 0 for a title (style Title), 1–9 for a
 *     heading (Heading 1–9 or an outline level), -1 for body text
 * @param pageBreakBefore whether a page break comes before it (for writing 续表 and covers)
 * @param ref where it is: {@code 段落12} (the twelfth paragraph outside tables, 1-based)
 */
public record Paragraph(String text, int level, boolean pageBreakBefore, String ref) implements Block {
    /**
   * Checks the fields.
   *
   * @param text see the record
   * @param level see the record
   * @param pageBreakBefore see the record
   * @param ref see the record
   */
  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ref, "ref");
  }

  /**
   * A body paragraph.
   *
   * @param text its text
   * @return the paragraph
   */
  public static Paragraph body(String text) {
    return new Paragraph(text, -1, false, "");
  }
}
