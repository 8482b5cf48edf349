package io.github.jixiao.importer;

import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.io.Limits;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number or a mark (无, 不适用, /, —, -) out of a printed cell, saying what was normalised:
 * full-width digits, thousands separators, a unit or 分 after the number. Anything else is not a
 * number: the caller reports it with the cell's place, it never becomes 0.
 */
final class Values {
  private Values() {}

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /**
   * A cell's text as a message quotes it: at most 40 characters, and the length of a longer one.
   *
   * @param text the text
   * @return the text, or its start and its length
   */
  static String quote(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + Limits.count(text.length()) + " characters)";
  }

  /**
   * Why a cell's text is not a number, for a message ("is not a number: 'abc'").
   *
   * @param text the text
   * @return the reason; a run of digits longer than any number a form holds says so, with the limit
   */
  static String notANumber(String text) {
    long digits = 0;
    int points = 0;
    String t = Labels.squash(text);
    for (int i = 0; i < t.length() && digits >= 0; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && ++points == 1 || c == ',' || i == 0 && (c == '+' || c == '-')) {
        continue;
      } else {
        digits = -1; // not a run of digits: one pass, whatever the length
      }
    }
    if (digits > Limits.INTEGER_DIGITS) {
      return "is a number of " + Limits.count(digits) + " digits, more than a form holds (at most "
          + Limits.INTEGER_DIGITS + " before the decimal point and " + Limits.FRACTION_DIGITS + " after; 数字位数过多)";
    }
    return "is not a number: '" + quote(text) + "'";
  }

  /**
   * A number or a mark read from a cell.
   *
   * @param number the number, or {@code null} for a mark
   * @param mark the mark, or {@code null} for a number
   * @param normalised what was changed to read it, or {@code null}
   */
  record Read(@Nullable BigDecimal number, @Nullable String mark, @Nullable String normalised) {
    String value() {
      return number != null ? number.toPlainString() : String.valueOf(mark);
    }
  }

  /**
   * Reads a cell meant to hold a number.
   *
   * @param printed the printed text (not blank)
   * @param suffixes units that may follow the number ("分", "万元", "元")
   * @return what it holds, or {@code null} when it is not a number or a mark
   */
  static @Nullable Read read(String printed, String... suffixes) {
    String s = printed.strip().replace('\u3000', ' ').strip();
    if (ScoreCell.MARKS.contains(s)) {
      return new Read(null, s, s.equals(printed) ? null : "空白 '" + quote(printed) + "' → " + s);
    }
    if (s.equals("——") || s.equals("－") || s.equals("―")) {
      return new Read(null, "—", "'" + printed + "' → —");
    }
    String t = Labels.squash(s);
    StringBuilder why = new StringBuilder();
    if (!t.equals(s.replace(" ", ""))) {
      why.append("全角字符 ");
    }
    for (String suffix : suffixes) {
      if (t.endsWith(suffix) && t.length() > suffix.length()) {
        t = t.substring(0, t.length() - suffix.length());
        why.append("去掉单位").append(suffix).append(' ');
        break;
      }
    }
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
      why.append("千分位 ");
    }
    if (!NUMBER.matcher(t).matches()) {
      return null;
    }
    if (t.startsWith("+")) {
      t = t.substring(1);
    }
    if (!Limits.fitsDigits(t.startsWith("-") ? t.substring(1) : t)) {
      return null; // more digits than a form holds: never parsed (the caller says how many)
    }
    BigDecimal n = new BigDecimal(t);
    String note = why.length() == 0 && t.equals(printed) ? null
        : (why.length() == 0 ? "空白 " : why.toString()) + "'" + quote(printed) + "' → " + n.toPlainString();
    return new Read(n, null, note == null ? null : note.strip());
  }
}
