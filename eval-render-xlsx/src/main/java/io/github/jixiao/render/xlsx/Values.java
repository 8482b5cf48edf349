package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.ScoreCell;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** How model values become cell values: numbers stay numbers when a cell can hold them exactly. */
final class Values {
  private Values() {}

  /**
   * Whether a spreadsheet number (a double, 15 significant digits) holds {@code v} exactly and
   * a number format can show its scale (0–10 decimals), so that reading it back gives the same
   * decimal. Other values are written as text.
   */
  static boolean fitsNumberCell(BigDecimal v) {
    if (v.scale() < 0 || v.scale() > 10 || v.precision() > 15) {
      return false;
    }
    double d = v.doubleValue();
    if (Double.isInfinite(d)) {
      return false;
    }
    return new BigDecimal(NumberText.of(d)).compareTo(v) == 0;
  }

  /** "0", "0.0", "0.00" …: the format that shows exactly {@code scale} decimals. */
  static String format(int scale) {
    return scale <= 0 ? "0" : "0." + "0".repeat(Math.min(scale, 10));
  }

  /** The cell value of a printed amount: a number, or its text when no cell can hold it. */
  static @Nullable Object number(@Nullable BigDecimal v) {
    if (v == null) {
      return null;
    }
    return fitsNumberCell(v) ? v : v.toString();
  }

  /** The cell value of an amount cell: its number as {@link #number(BigDecimal)}, or the mark printed ("—"). */
  static @Nullable Object amount(@Nullable Amount a) {
    if (a == null) {
      return null;
    }
    return a.value() != null ? number(a.value()) : a.mark();
  }

  /** The style that shows {@code v} as printed (its scale), based on {@code base}. */
  static Style numberStyle(Style base, @Nullable BigDecimal v) {
    return v != null && fitsNumberCell(v) ? base.format(format(v.scale())) : base;
  }

  /** The cell value of a score cell: a number, or the mark printed (无, 不适用 …). */
  static @Nullable Object score(@Nullable ScoreCell cell) {
    if (cell == null) {
      return null;
    }
    return cell.isMark() ? cell.mark() : number(cell.value());
  }

  static Style scoreStyle(Style base, @Nullable ScoreCell cell) {
    return cell == null || cell.isMark() ? base : numberStyle(base, cell.value());
  }

  /** The numeric value of a score cell, or {@code null} for a mark or blank. */
  static @Nullable BigDecimal value(@Nullable ScoreCell cell) {
    return cell == null ? null : cell.value();
  }

  /**
   * Text as a cell must store it. OOXML writes characters XML cannot hold as {@code _xHHHH_},
   * and every reader (POI, Excel) decodes that pattern: so the underscore of every "_x" in user
   * text is written escaped ({@code _x005F_}; escaping more than needed is harmless, and it stays
   * right when an escaped control character follows), and control characters are written escaped.
   * POI decodes on reading but does not encode on writing; this does.
   */
  static String cellText(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = null;
      if (c == '_' && i + 1 < s.length() && s.charAt(i + 1) == 'x') {
        replacement = "_x005F_";
      } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
        replacement = String.format(java.util.Locale.ROOT, "_x%04X_", (int) c);
      }
      if (replacement != null) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(replacement);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  static String plain(@Nullable BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
