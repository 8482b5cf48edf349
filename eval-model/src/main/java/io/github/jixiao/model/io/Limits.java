package io.github.jixiao.model.io;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The limits of what jixiao reads, one set for every reader: the JSON reader, jixiao's own workbook
 * importer, the importer of Word documents and workbooks in any province's layout, and the scoring
 * profiles. They agree with what the writers produce: a package of up to {@link #ROUND_TRIP_FORMS}
 * project forms, written as JSON, XLSX or DOCX by jixiao, is read back by jixiao. Each limit, what it
 * guards and what a package of that size needs is listed in {@code docs/LIMITS.md}; a reader that
 * refuses something says which limit and the actual figure ("the workbook has 2,005 sheets, more than
 * the 600 jixiao reads").
 *
 * <p>A value beyond a limit of the package (a text longer than a cell holds, a number with more digits
 * than a form prints) is a problem at its place, reported with every other problem; a file beyond a
 * limit of its size is refused before it is parsed. Numbers in free text (a 年度指标值 of 200,000
 * digits) are not read as numbers beyond {@link #INTEGER_DIGITS} and {@link #FRACTION_DIGITS} digits,
 * so no reader or scorer does work that grows faster than the text.
 */
public final class Limits {
  /** Project forms (附件3-n) per package that every format writes and reads back: the documented batch size. */
  public static final int ROUND_TRIP_FORMS = 500;

  /** Characters in one text value of a package (a cell, a heading, a paragraph): what an Excel cell holds. */
  public static final int TEXT_CHARACTERS = 32_767;

  /** Digits of a number before the decimal point (万元 amounts to the trillions). */
  public static final int INTEGER_DIGITS = 15;

  /** Digits of a number after the decimal point, trailing zeros aside. */
  public static final int FRACTION_DIGITS = 10;

  /** Bytes of a package JSON file. */
  public static final int JSON_BYTES = 64 * 1024 * 1024;

  /** Characters of one number in JSON (the parser's bound; a number the package holds has far fewer). */
  public static final int JSON_NUMBER_CHARACTERS = 100;

  /** Characters of one JSON string (the parser's bound, beyond {@link #TEXT_CHARACTERS} a value may have). */
  public static final int JSON_STRING_CHARACTERS = 1_000_000;

  /** Levels of nesting of a JSON document. */
  public static final int JSON_NESTING = 200;

  /** Bytes of a Word document or workbook file. */
  public static final long OFFICE_FILE_BYTES = 20L * 1024 * 1024;

  /** Bytes one part of a Word document or workbook inflates to (a 500-form document's text is 23 MB). */
  public static final long ZIP_PART_BYTES = 48L * 1024 * 1024;

  /** Bytes all parts of a Word document or workbook inflate to together. */
  public static final long ZIP_TOTAL_BYTES = 96L * 1024 * 1024;

  /** How many times a part larger than {@link #ZIP_RATIO_FLOOR_BYTES} may inflate. */
  public static final double ZIP_INFLATE_RATIO = 100;

  /**
   * Inflated bytes from which a part's inflate ratio is checked: smaller parts, such as a sheet with a
   * long text of one repeated character, are ordinary text, and the absolute limits bound the rest.
   */
  public static final long ZIP_RATIO_FLOOR_BYTES = 4L * 1024 * 1024;

  /** Entries of a zip (parts of a Word document or workbook). */
  public static final int ZIP_ENTRIES = 10_000;

  /** Sheets of a workbook: {@link #ROUND_TRIP_FORMS} forms, 附件1, 附件2, 汇总, 审核意见, jixiao's own, and room. */
  public static final int SHEETS = 600;

  /** Tables of a Word document (a form is one to three tables). */
  public static final int TABLES = 2_000;

  /** Rows of one sheet or table. */
  public static final int ROWS = 10_000;

  /** Columns of one sheet or table. */
  public static final int COLUMNS = 200;

  /** Cells of a whole workbook or document. */
  public static final long CELLS = 1_000_000;

  private Limits() {}

  /**
   * What is wrong with a number a package would hold, in the words every reader uses.
   *
   * @param value a number read (an amount, a weight, a score)
   * @return {@code null} when it has at most {@link #INTEGER_DIGITS} digits before the decimal point
   *     and {@link #FRACTION_DIGITS} after (trailing zeros aside); otherwise the message
   */
  public static @Nullable String numberProblem(BigDecimal value) {
    // precision and scale only: no arithmetic that grows with the exponent (1E+999999999)
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > INTEGER_DIGITS || value.scale() > FRACTION_DIGITS && fractionDigits(value) > FRACTION_DIGITS) {
      return "数值超出范围 / the number " + shortText(value) + " is out of range: at most " + INTEGER_DIGITS
          + " digits before the decimal point and " + FRACTION_DIGITS + " after";
    }
    return null;
  }

  /**
   * What is wrong with a text a package would hold.
   *
   * @param text a text read
   * @return {@code null} when it has at most {@link #TEXT_CHARACTERS} characters; otherwise the message,
   *     with the limit and the text's length
   */
  public static @Nullable String textProblem(String text) {
    if (text.length() <= TEXT_CHARACTERS) {
      return null;
    }
    return "文字过长 / the text has " + count(text.length()) + " characters, more than the " + count(TEXT_CHARACTERS)
        + " a cell holds";
  }

  /**
   * Whether a run of digits written in text can be a number a form holds, before it is parsed: at
   * most {@link #INTEGER_DIGITS} digits before the point and {@link #FRACTION_DIGITS} after, once
   * leading zeros and trailing zeros after the point are dropped. Cheap for any length.
   *
   * @param digits digits, optionally with one decimal point ("0012.50")
   * @return whether {@code new BigDecimal(digits)} would be within the limits
   */
  public static boolean fitsDigits(CharSequence digits) {
    int dot = -1;
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) == '.') {
        dot = i;
        break;
      }
    }
    int end = digits.length();
    int intEnd = dot < 0 ? end : dot;
    int start = 0;
    while (start < intEnd - 1 && digits.charAt(start) == '0') {
      start++;
    }
    if (intEnd - start > INTEGER_DIGITS) {
      return false;
    }
    if (dot < 0) {
      return true;
    }
    int last = end;
    while (last > dot + 1 && digits.charAt(last - 1) == '0') {
      last--;
    }
    return last - dot - 1 <= FRACTION_DIGITS;
  }

  /**
   * A figure as the limits' messages print it: digit groups with commas ("2,005").
   *
   * @param n a count
   * @return the count with thousands separators
   */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static long fractionDigits(BigDecimal value) {
    if (value.signum() == 0) {
      return 0;
    }
    return value.stripTrailingZeros().scale();
  }

  /** The number as written, or its size when writing it would be long: the message stays short. */
  private static String shortText(BigDecimal value) {
    if (value.precision() > 40) {
      return "of " + count(value.precision()) + " digits";
    }
    return value.toString(); // short: 1E+999999999 stays in scientific notation
  }
}
