package io.github.jixiao.render.xlsx;

import org.jspecify.annotations.Nullable;

/**
 * What a cell looks like, as a value: the key of the {@link Styles} pool, so that a workbook
 * holds one {@code CellStyle} per distinct look, never one per cell.
 *
 * @param font the font
 * @param h horizontal alignment
 * @param v vertical alignment
 * @param wrap whether text wraps
 * @param border thin borders on all four sides
 * @param fill background colour as RRGGBB hex, or {@code null}
 * @param format the number format ("0.00", "0.00%"), or {@code null} for General
 * @param locked whether the cell is locked when the sheet is protected
 * @param indent indentation level (0 = none)
 */
record Style(
    Font font,
    Horizontal h,
    Vertical v,
    boolean wrap,
    boolean border,
    @Nullable String fill,
    @Nullable String format,
    boolean locked,
    int indent) {

  /** Horizontal alignment, with its name in {@code styles.xml}. */
  enum Horizontal {
    LEFT("left"),
    CENTER("center"),
    RIGHT("right");

    final String xml;

    Horizontal(String xml) {
      this.xml = xml;
    }
  }

  /** Vertical alignment, with its name in {@code styles.xml}. */
  enum Vertical {
    TOP("top"),
    CENTER("center"),
    BOTTOM("bottom");

    final String xml;

    Vertical(String xml) {
      this.xml = xml;
    }
  }

  /** The fonts used (宋体 throughout: the font of the official forms). */
  enum Font {
    BODY(10.5, false, false),
    BOLD(10.5, true, false),
    TITLE(16, true, false),
    LABEL(12, true, false),
    LINK(10.5, false, true);

    final double points;
    final boolean bold;
    final boolean link;

    Font(double points, boolean bold, boolean link) {
      this.points = points;
      this.bold = bold;
      this.link = link;
    }
  }

  /** Body text in a bordered table cell, centred, wrapped. */
  static final Style TABLE = new Style(Font.BODY, Horizontal.CENTER, Vertical.CENTER, true, true,
      null, null, true, 0);
  /** A number in a bordered table cell: right-aligned, as numbers are throughout the workbook. */
  static final Style NUMBER = TABLE.h(Horizontal.RIGHT);
  /** Bordered, left-aligned wrapped text (long texts). */
  static final Style TABLE_LEFT = TABLE.h(Horizontal.LEFT);
  /** Bold centred header of a table. */
  static final Style HEAD = TABLE.font(Font.BOLD);
  /** Unbordered text below or above a table. */
  static final Style PLAIN = new Style(Font.BODY, Horizontal.LEFT, Vertical.CENTER, true, false,
      null, null, true, 0);
  /** The form's title. */
  static final Style TITLE = new Style(Font.TITLE, Horizontal.CENTER, Vertical.CENTER, true, false,
      null, null, true, 0);
  /** The attachment label ("附件3-1"). */
  static final Style LABEL = new Style(Font.LABEL, Horizontal.LEFT, Vertical.CENTER, false, false,
      null, null, true, 0);

  Style font(Font f) {
    return new Style(f, h, v, wrap, border, fill, format, locked, indent);
  }

  Style h(Horizontal a) {
    return new Style(font, a, v, wrap, border, fill, format, locked, indent);
  }

  Style fill(@Nullable String rgb) {
    return new Style(font, h, v, wrap, border, rgb, format, locked, indent);
  }

  Style format(@Nullable String f) {
    return new Style(font, h, v, wrap, border, fill, f, locked, indent);
  }

  Style locked(boolean l) {
    return new Style(font, h, v, wrap, border, fill, format, l, indent);
  }

  Style indent(int i) {
    return new Style(font, h, v, wrap, border, fill, format, locked, i);
  }

  Style wrap(boolean w) {
    return new Style(font, h, v, w, border, fill, format, locked, indent);
  }
}
