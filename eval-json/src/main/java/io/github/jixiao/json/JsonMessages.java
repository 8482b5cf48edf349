package io.github.jixiao.json;

import io.github.jixiao.model.io.Limits;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The JSON parser's messages in the project's words: what is wrong with the text and, for a limit,
 * the limit and the actual figure; never the parser's Java API, its feature names or switches a
 * reader cannot turn on.
 */
final class JsonMessages {
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern API_REFERENCE = Pattern.compile(",? from `[^`]*`");
  private static final Pattern FEATURE_NOTE = Pattern.compile(
      "\\s*\\((?:not recognized as one since )?(?:Feature|JsonReadFeature|JsonParser\\.Feature)[^)]*\\)|;?\\s*enable `[^`]*`[^;)]*"
          + "|\\s*\\(enable [^)]*\\)");
  private static final Pattern LENGTH = Pattern.compile(
      "(Number value|String value|Name) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern NESTING = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': no open");
  private static final Pattern END_OF_INPUT = Pattern.compile(
      "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at line (\\d+), column (\\d+)\\)");

  private JsonMessages() {}

  /**
   * A syntax error in the project's words.
   *
   * @param original the parser's message
   * @return the message after "JSON 语法错误 / not valid JSON: "
   */
  static String syntax(@Nullable String original) {
    String s = clean(original);
    Matcher m = NON_NUMERIC.matcher(s);
    if (m.find()) {
      return "'" + m.group(1) + "' is not a number JSON can hold: write the number itself, or leave the value out "
          + "(NaN、Infinity 不是数字)";
    }
    if (s.contains("maybe a (non-standard) comment")) {
      return "a comment (// or /* */), which JSON does not allow: remove it (JSON 不允许注释)";
    }
    m = END_OF_INPUT.matcher(s);
    if (m.find()) {
      boolean object = m.group(1).equals("Object");
      return "the text ends before the " + (object ? "object" : "array") + " that starts at line " + m.group(2)
          + ", column " + m.group(3) + " is closed with '" + (object ? "}" : "]") + "': the file is cut short or a '"
          + (object ? "}" : "]") + "' is missing (文件不完整)";
    }
    m = CLOSE.matcher(s);
    if (m.find()) {
      return "a '" + m.group(1) + "' that closes nothing: remove it, or the '" + (m.group(1).equals("}") ? "{" : "[")
          + "' it belongs to is missing (多余的 " + m.group(1) + ")";
    }
    if (s.startsWith("Unexpected end-of-input")) {
      return "the text ends in the middle of a value: the file is cut short (文件不完整)";
    }
    return s;
  }

  /**
   * A parser limit exceeded, with the limit and the actual figure.
   *
   * @param original the parser's message
   * @return the message, starting with "JSON 超出限制 / "
   */
  static String limit(@Nullable String original) {
    String s = clean(original);
    Matcher m = LENGTH.matcher(s);
    if (m.find()) {
      long actual = Long.parseLong(m.group(2));
      long max = Long.parseLong(m.group(3));
      return switch (m.group(1)) {
        case "Number value" -> "JSON 超出限制 / a number of " + Limits.count(actual) + " characters, more than the "
            + Limits.count(max) + " a number may have (a number holds at most " + Limits.INTEGER_DIGITS
            + " digits before the decimal point and " + Limits.FRACTION_DIGITS + " after; 数字过长)";
        case "String value" -> "JSON 超出限制 / a text of more than " + Limits.count(max) + " characters ("
            + Limits.count(actual) + " read), more than the JSON reader takes; a text holds at most "
            + Limits.count(Limits.TEXT_CHARACTERS) + " (文字过长)";
        default -> "JSON 超出限制 / a field name of " + Limits.count(actual) + " characters, more than the "
            + Limits.count(max) + " the JSON reader takes (字段名过长)";
      };
    }
    m = NESTING.matcher(s);
    if (m.find()) {
      return "JSON 超出限制 / the JSON is nested " + m.group(1) + " levels deep, more than the " + m.group(2)
          + " the reader takes (嵌套过深)";
    }
    return "JSON 超出限制 / the JSON exceeds a limit: " + s;
  }

  /** First line, no source description, no Java API names, no feature switches. */
  static String clean(@Nullable String message) {
    String s = message == null ? "" : message;
    int nl = s.indexOf('\n');
    s = nl < 0 ? s : s.substring(0, nl);
    s = SOURCE.matcher(s).replaceAll("line $1, column $2");
    s = API_REFERENCE.matcher(s).replaceAll("");
    return FEATURE_NOTE.matcher(s).replaceAll("").strip();
  }
}
