package io.github.jixiao.render.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading numbers of reports (公文结构层次序数): the printed number is stripped, whatever it was
 * ("一 、", "(2) ", "6、 ", "（一）", "1."), and the heading renumbered by its depth: 一、 /
 * （一） / 1. / （1）, as GB/T 9704 prescribes.
 */
final class HeadingNumbers {

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

  private HeadingNumbers() {}

  /** The heading without its printed number ("一 、项目支出基本情况" → "项目支出基本情况"). */
  static String strip(String heading) {
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
   */
  static int numberedParagraphs(java.util.List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      if (SUB_ITEM.matcher(p).matches()) {
        n++;
      }
    }
    return n;
  }

  /** The number of the {@code index}-th (from 1) heading at {@code depth} (from 0). */
  static String number(int depth, int index) {
    return switch (depth) {
      case 0 -> chinese(index) + "、";
      case 1 -> "（" + chinese(index) + "）";
      case 2 -> index + ".";
      default -> "（" + index + "）";
    };
  }

  /** The heading as printed in the PDF: its new number and its text. */
  static String renumber(String heading, int depth, int index) {
    return number(depth, index) + strip(heading);
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 21 → 二十一, 100 and above in digits. */
  static String chinese(int n) {
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
}
