package io.github.jixiao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading numbers of reports (公文结构层次序数), for a renderer asked to renumber them: the
 * printed number is stripped, whatever it was ("一 、", "(2) ", "6、 ", "（一）", "1."), and the
 * heading renumbered by its depth: 一、 / （一） / 1. / （1）, as GB/T 9704 prescribes. Renderers
 * print headings exactly as written unless asked ({@code --renumber}); each heading this would
 * change is listed by {@link #changes(Report, String)}, which the audit reports as an INFO finding
 * ({@code REPORT_NUMBERING}) with the heading before and after.
 *
 * <pre>{@code
 * for (ReportNumbering.Change c : ReportNumbering.changes(report, "/projectReports/0")) {
 *   out.println(c.pointer() + ": " + c.before() + " → " + c.after());
 * }
 * }</pre>
 */
public final class ReportNumbering {

  /**
   * One heading that renumbering changes.
   *
   * @param pointer the JSON pointer of the heading ({@code /projectReports/0/sections/1/heading})
   * @param depth its depth, from 0 (一、) to 3 and below (（1）)
   * @param before the heading as written
   * @param after the heading as renumbered
   */
  public record Change(String pointer, int depth, String before, String after) {}

  private static final String CN = "一二三四五六七八九十百零〇两";
  private static final Pattern NUMBER = Pattern.compile(
      "^[\\s\u3000]*(?:"
          + "第[" + CN + "\\d]+[部分章节条]+[\\s\u3000]*[、，,.．:：]?"
          + "|[" + CN + "]+[\\s\u3000]*[、，,.．:：]"
          + "|[（(][\\s\u3000]*[" + CN + "\\d]{1,3}[\\s\u3000]*[)）][\\s\u3000]*[、.．]?"
          + "|\\d{1,2}[\\s\u3000]*[、，,.．:：](?!\\d)"
          + "|\\d{1,2}[\\s\u3000]*[)）]"
          + "|[\u2460-\u2473\u2474-\u2487\u2488-\u249b]"
          + ")[\\s\u3000]*");

  private static final Pattern SUB_ITEM = Pattern.compile("^[\\s\u3000]*[（(][\\s\u3000]*[" + CN + "]{1,3}[\\s\u3000]*[)）].*",
      Pattern.DOTALL);

  private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private ReportNumbering() {}

  /**
   * The heading without its printed number ("一 、项目支出基本情况" → "项目支出基本情况").
   *
   * @param heading the heading as written
   * @return the heading without its number; the heading itself when nothing would remain
   */
  public static String strip(String heading) {
    String h = heading.strip();
    Matcher m = NUMBER.matcher(h);
    if (m.find()) {
      String rest = h.substring(m.end()).strip();
      if (!rest.isEmpty()) {
        return rest;
      }
    }
    return h;
  }

  /**
   * How many paragraphs start like a sub-heading ("(一)项目支出概况。为…"): the source numbered
   * them as the first items of the level below, so the sub-headings are numbered after them.
   *
   * @param paragraphs a section's paragraphs
   * @return how many start with a number in the style of a sub-heading
   */
  public static int numberedParagraphs(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      if (SUB_ITEM.matcher(p).matches()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The number of the {@code index}-th (from 1) heading at {@code depth} (from 0).
   *
   * @param depth the depth, from 0
   * @param index the place among siblings, from 1
   * @return "一、", "（一）", "1." or "（1）" with the index
   */
  public static String number(int depth, int index) {
    return switch (depth) {
      case 0 -> chinese(index) + "、";
      case 1 -> "（" + chinese(index) + "）";
      case 2 -> index + ".";
      default -> "（" + index + "）";
    };
  }

  /**
   * The heading renumbered: its new number and its text.
   *
   * @param heading the heading as written
   * @param depth the depth, from 0
   * @param index the place among siblings, from 1
   * @return the new number followed by the heading without its printed number
   */
  public static String renumber(String heading, int depth, int index) {
    return number(depth, index) + strip(heading);
  }

  /**
   * 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 21 → 二十一, 100 and above in digits.
   *
   * @param n the number
   * @return it in Chinese numerals below 100, in digits otherwise
   */
  public static String chinese(int n) {
    if (n <= 0 || n >= 100) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return DIGITS[n];
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
  }

  /**
   * Every heading of the report that renumbering changes, in printed order. A top-level section
   * is numbered by its place among the report's sections; a sub-section by its place among its
   * siblings, after the paragraphs that the text itself numbers like sub-headings
   * ({@link #numberedParagraphs(List)}).
   *
   * @param report the report
   * @param pointer the report's JSON pointer ({@code /departmentReport}, {@code /projectReports/2})
   * @return the changes; empty when every heading already reads as renumbered
   */
  public static List<Change> changes(Report report, String pointer) {
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < report.sections().size(); i++) {
      collect(report.sections().get(i), pointer + "/sections/" + i, 0, i + 1, out);
    }
    return List.copyOf(out);
  }

  /**
   * The heading a section gets when renumbered, as {@link #changes(Report, String)} numbers it.
   *
   * @param section the section
   * @param depth its depth, from 0
   * @param index its number among its siblings, from 1
   * @return the renumbered heading
   */
  public static String heading(ReportSection section, int depth, int index) {
    return renumber(section.heading(), depth, index);
  }

  /**
   * The number the first sub-section of {@code section} gets, less one: how many of its
   * paragraphs the text itself numbers like sub-headings.
   *
   * @param section the parent section
   * @return the offset to add to a sub-section's place (from 1) among its siblings
   */
  public static int subsectionOffset(ReportSection section) {
    return numberedParagraphs(section.paragraphs());
  }

  private static void collect(ReportSection s, String pointer, int depth, int index, List<Change> out) {
    String after = heading(s, depth, index);
    if (!after.equals(s.heading())) {
      out.add(new Change(pointer + "/heading", depth, s.heading(), after));
    }
    int offset = subsectionOffset(s);
    for (int i = 0; i < s.sections().size(); i++) {
      collect(s.sections().get(i), pointer + "/sections/" + i, depth + 1, offset + i + 1, out);
    }
  }
}
