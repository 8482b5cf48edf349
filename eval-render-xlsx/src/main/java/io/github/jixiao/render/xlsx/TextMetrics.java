package io.github.jixiao.render.xlsx;

/**
 * Estimates how much room text needs in a cell, because neither Excel nor WPS nor LibreOffice
 * fits the height of a merged, wrapped cell: we compute row heights ourselves.
 *
 * <p>Widths are in Excel's column unit, the width of a digit of the workbook's default font
 * (宋体): a Chinese character is two units, a Latin letter or digit one. Heights are in points,
 * with a generous line height (1.3 em: 宋体 needs about 1.15 em, the fonts that stand in for it on
 * Linux up to 1.3) so that text is not cut off.
 */
final class TextMetrics {
  /** Excel's limit for one row (409 points): taller text is split over several merged rows. */
  static final double MAX_ROW_POINTS = 409;
  /** The smallest row of a table. */
  static final double MIN_ROW_POINTS = 18;
  /** Inner padding of a cell, in width units. */
  private static final double PADDING_UNITS = 1.2;
  /** Wrapping never fills a line exactly (words, punctuation that may not start a line). */
  private static final double SLACK = 1.03;
  private static final double LINE_EM = 1.3;
  private static final double PADDING_POINTS = 5;

  private TextMetrics() {}

  /** The width of one code point in column units. */
  static double units(int cp) {
    if (cp < 0x80) {
      return 1.0;
    }
    if (wide(cp)) {
      return 2.0;
    }
    return cp < 0x300 ? 1.2 : 1.6;
  }

  /** Whether the code point is drawn full width in a Chinese font. */
  static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2010 && cp <= 0x2BFF) // punctuation such as — … “ ”, symbols, ①, ■, ℃: full width in CJK fonts
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || cp >= 0x20000;
  }

  /** The width of a line of text, in column units. */
  static double width(CharSequence text) {
    double w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      w += units(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** How many lines the text takes in a cell {@code widthUnits} wide at {@code points} (wrapped). */
  static int lines(String text, double widthUnits, double points) {
    // widths scale with the font: units are measured at the body size
    double scale = points / Style.Font.BODY.points;
    double available = Math.max(1, widthUnits - PADDING_UNITS);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      double w = width(paragraph) * scale * SLACK;
      lines += Math.max(1, (int) Math.ceil(w / available));
    }
    return lines;
  }

  /** The height in points a cell needs for the text. */
  static double height(String text, double widthUnits, double points, boolean wrap) {
    int lines = wrap ? lines(text, widthUnits, points) : (int) text.chars().filter(c -> c == '\n').count() + 1;
    return lines * points * LINE_EM + PADDING_POINTS;
  }

  /** The column width, in units, that shows {@code text} on one line. */
  static double oneLine(String text, double points) {
    return width(text) * points / Style.Font.BODY.points * SLACK + PADDING_UNITS;
  }
}
