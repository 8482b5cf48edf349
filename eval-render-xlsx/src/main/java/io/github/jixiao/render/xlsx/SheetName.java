package io.github.jixiao.render.xlsx;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sheet's name as a formula or a defined name refers to it ({@code 附件3-1!$A$1:$J$40}): in
 * apostrophes, an apostrophe inside doubled, when the bare name could be read as something else —
 * it starts with a digit, holds a character other than a letter, a digit, '.' or '_', looks like
 * a cell of a 256 × 65536 sheet ("A1", "iv65536"), like R1C1 notation ("R", "C", "R2", "RC3"), or
 * like TRUE or FALSE. These are the rules of Excel's formula writer, as POI (which wrote these
 * names before) applies them.
 */
final class SheetName {
  private static final Pattern CELL = Pattern.compile("([A-Za-z]+)([0-9]+)");
  /** The last column and row of a 256 × 65536 sheet. */
  private static final String LAST_COLUMN = "IV";
  private static final int LAST_ROW = 65536;

  private SheetName() {}

  /** {@code name}, quoted when a formula needs it quoted. */
  static String inFormula(String name) {
    return needsQuotes(name) ? "'" + name.replace("'", "''") + "'" : name;
  }

  static boolean needsQuotes(String name) {
    if (name.isEmpty()) {
      return false;
    }
    if (Character.isDigit(name.charAt(0))) {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '.' && c != '_') {
        return true;
      }
    }
    return Character.isLetter(name.charAt(0)) && Character.isDigit(name.charAt(name.length() - 1)) && looksLikeCell(name)
        || name.equalsIgnoreCase("TRUE") || name.equalsIgnoreCase("FALSE")
        || startsLikeR1C1(name);
  }

  /** Letters then digits naming a cell inside columns A–IV and rows 1–65536. */
  private static boolean looksLikeCell(String name) {
    Matcher m = CELL.matcher(name);
    if (!m.matches()) {
      return false;
    }
    String letters = m.group(1).toUpperCase(Locale.ROOT);
    if (letters.length() > LAST_COLUMN.length()
        || letters.length() == LAST_COLUMN.length() && letters.compareTo(LAST_COLUMN) > 0) {
      return false;
    }
    String digits = m.group(2).replaceFirst("^0+", "");
    return !digits.isEmpty() && digits.length() <= 5 && Integer.parseInt(digits) <= LAST_ROW;
  }

  /** "R", "C", "RC" alone or followed by a digit, in either case. */
  private static boolean startsLikeR1C1(String name) {
    char first = name.charAt(0);
    int next;
    if (first == 'R' || first == 'r') {
      next = name.length() > 1 && (name.charAt(1) == 'C' || name.charAt(1) == 'c') ? 2 : 1;
    } else if (first == 'C' || first == 'c') {
      next = 1;
    } else {
      return false;
    }
    return name.length() == next || Character.isDigit(name.charAt(next));
  }

  /**
   * The one place a text becomes a sheet name Excel accepts, unique among {@code taken}: the
   * characters Excel forbids ({@code / \\ [ ] * ? :}) and control characters become "_", leading
   * and trailing apostrophes and spaces are dropped, at most 31 characters (a clash ends in "(2)",
   * "(3)" …, as Excel names copies), never empty, never the reserved "History". Deterministic: the
   * same texts in the same order give the same names; what the text says stays readable, so a
   * person (and the importer, which finds forms by their cells, not their sheet names) still
   * recognises the form.
   *
   * @param text the text (a form's "附件3-1", a department's name)
   * @param taken the names already used in the workbook, lower-cased (Excel compares them
   *     ignoring case); the result is added, lower-cased
   * @return the sheet name
   */
  static String safe(String text, java.util.Set<String> taken) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7F || "/\\[]*?:".indexOf(c) >= 0 ? '_' : c));
    String s = b.toString().strip();
    while (s.startsWith("'")) {
      s = s.substring(1).strip();
    }
    while (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty() || s.equalsIgnoreCase("History")) {
      s = "_" + s;
    }
    String name = cut(s, 31);
    for (int k = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); k++) {
      String suffix = "(" + k + ")";
      name = cut(s, 31 - suffix.length()) + suffix;
    }
    taken.add(name.toLowerCase(java.util.Locale.ROOT));
    return name;
  }

  /**
   * At most {@code n} characters (UTF-16 units, as Excel counts), never splitting a surrogate pair,
   * and not ending in an apostrophe the cut laid bare (Excel refuses a name ending in one).
   */
  private static String cut(String s, int n) {
    if (s.length() <= n) {
      return s;
    }
    int end = Character.isLowSurrogate(s.charAt(n)) ? n - 1 : n;
    while (end > 1 && s.charAt(end - 1) == '\'') {
      end--;
    }
    return s.substring(0, end);
  }
}
