package io.github.jixiao.importer.office;

import io.github.jixiao.importer.office.DocxXml.El;
import static io.github.jixiao.importer.office.DocxXml.attr;
import static io.github.jixiao.importer.office.DocxXml.child;
import static io.github.jixiao.importer.office.DocxXml.children;
import static io.github.jixiao.importer.office.DocxXml.intVal;
import static io.github.jixiao.importer.office.DocxXml.isW;
import static io.github.jixiao.importer.office.DocxXml.val;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * List numbers as Word prints them ("一、", "（二）", "1.", "①"): counters per list and level, kept
 * through the document in reading order, deeper levels restarting when a shallower one counts.
 * Lists of one abstract definition share their counters (as in Word) unless a list restarts with a
 * start override. Good enough for the usual government documents; {@code lvlRestart} and legal
 * numbering of mixed formats are not modelled beyond the common cases.
 */
final class DocxNumbering {
  private static final int UNSET = Integer.MIN_VALUE;
  private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String[] LEGAL = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
  private static final String[] STEMS = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
  private static final String[] BRANCHES = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};

  private final Map<Integer, El> nums = new HashMap<>();
  private final Map<Integer, El> abstracts = new HashMap<>();
  private final Map<String, int[]> counters = new HashMap<>();

  DocxNumbering(@Nullable El numbering) {
    if (numbering == null) {
      return;
    }
    for (El e : children(numbering)) {
      if (isW(e, "num")) {
        Integer id = integer(attr(e, "numId"));
        if (id != null) {
          nums.put(id, e);
        }
      } else if (isW(e, "abstractNum")) {
        Integer id = integer(attr(e, "abstractNumId"));
        if (id != null) {
          abstracts.put(id, e);
        }
      }
    }
  }

  private static @Nullable Integer integer(@Nullable String s) {
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Counts a numbered paragraph and gives its printed number with what follows it (a tab, a space
   * or nothing), or "" when the list is unknown.
   *
   * @param numId the list ({@code w:numId}); 0 or less means none
   * @param ilvl the level, 0–8
   */
  String label(int numId, int ilvl) {
    El num = nums.get(numId);
    if (numId <= 0 || num == null) {
      return "";
    }
    Integer absId = integer(val(num, "abstractNumId"));
    El abs = absId == null ? null : abstracts.get(absId);
    int level = Math.max(0, Math.min(8, ilvl));
    El[] lvls = new El[9];
    Integer[] overrides = new Integer[9];
    if (abs != null) {
      for (El l : children(abs)) {
        if (isW(l, "lvl")) {
          Integer i = integer(attr(l, "ilvl"));
          if (i != null && i >= 0 && i < 9) {
            lvls[i] = l;
          }
        }
      }
    }
    boolean restarts = false;
    for (El o : children(num)) {
      if (isW(o, "lvlOverride")) {
        Integer i = integer(attr(o, "ilvl"));
        if (i != null && i >= 0 && i < 9) {
          El start = child(o, "startOverride");
          if (start != null) {
            overrides[i] = integer(attr(start, "val"));
            restarts = true;
          }
          El l = child(o, "lvl");
          if (l != null) {
            lvls[i] = l;
          }
        }
      }
    }
    if (lvls[level] == null) {
      return "";
    }
    String key = restarts || absId == null ? "n" + numId : "a" + absId;
    int[] c = counters.computeIfAbsent(key, k -> {
      int[] a = new int[9];
      Arrays.fill(a, UNSET);
      return a;
    });
    for (int i = 0; i <= level; i++) {
      int start = overrides[i] != null ? overrides[i] : intVal(lvls[i], "start", 1);
      if (i == level) {
        c[i] = c[i] == UNSET ? start : c[i] + 1;
      } else if (c[i] == UNSET) {
        c[i] = start;
      }
    }
    for (int i = level + 1; i < 9; i++) {
      c[i] = UNSET;
    }
    El lvl = lvls[level];
    String format = val(lvl, "numFmt");
    String text = val(lvl, "lvlText");
    if (text == null || "none".equals(format)) {
      return "";
    }
    boolean legal = DocxXml.on(lvl, "isLgl");
    StringBuilder b = new StringBuilder();
    if ("bullet".equals(format)) {
      for (char ch : text.toCharArray()) {
        // a bullet in a symbol font is a private-use character: printed as a bullet
        b.append(ch >= '\uE000' && ch <= '\uF8FF' ? '•' : ch);
      }
    } else {
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
          int k = text.charAt(i + 1) - '1';
          if (k <= level) {
            String f = legal && k < level ? "decimal" : k == level ? format : val(lvls[k], "numFmt");
            b.append(format(c[k] == UNSET ? 1 : c[k], f == null ? "decimal" : f));
          }
          i++;
        } else {
          b.append(ch);
        }
      }
    }
    String suff = val(lvl, "suff");
    if (b.length() > 0) {
      b.append("space".equals(suff) ? " " : "nothing".equals(suff) ? "" : "\t");
    }
    return b.toString();
  }

  /** A number in one of Word's number formats ({@code w:numFmt}); unknown formats in decimal. */
  static String format(int n, String format) {
    return switch (format) {
      case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20
          ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
      case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('\u2474' + n - 1)) : Integer.toString(n);
      case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('\u2488' + n - 1))
          : Integer.toString(n);
      case "upperLetter" -> letters(n, 'A');
      case "lowerLetter" -> letters(n, 'a');
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
          "taiwaneseCountingThousand", "koreanCounting" -> chinese(n, DIGITS);
      case "chineseLegalSimplified" -> chinese(n, LEGAL).replace('十', '拾').replace('百', '佰').replace('千', '仟');
      case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? STEMS[n - 1] : Integer.toString(n);
      case "ideographZodiac" -> n >= 1 && n <= 12 ? BRANCHES[n - 1] : Integer.toString(n);
      default -> Integer.toString(n);
    };
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return b.toString();
  }

  /** A, B … Z, AA, BB … as Word counts letters. */
  private static String letters(int n, char a) {
    if (n < 1) {
      return Integer.toString(n);
    }
    char c = (char) (a + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n < 1 || n > 3999) {
      return Integer.toString(n);
    }
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    int r = n;
    for (int i = 0; i < v.length; i++) {
      while (r >= v[i]) {
        b.append(s[i]);
        r -= v[i];
      }
    }
    return b.toString();
  }

  private static String digits(int n) {
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      b.append(c >= '0' && c <= '9' ? DIGITS[c - '0'] : String.valueOf(c));
    }
    return b.toString();
  }

  /** 一, 十, 十一, 二十, 一百零五, 一千, 一万零一 … (up to 99,999,999). */
  static String chinese(int n, String[] digits) {
    if (n < 0 || n > 99_999_999) {
      return Integer.toString(n);
    }
    if (n == 0) {
      return digits[0];
    }
    String s;
    if (n >= 10_000) {
      int rest = n % 10_000;
      s = below10000(n / 10_000, digits) + "万" + (rest == 0 ? "" : (rest < 1000 ? "零" : "") + below10000(rest, digits));
    } else {
      s = below10000(n, digits);
    }
    return n >= 10 && n < 20 ? s.substring(1) : s;
  }

  private static String below10000(int n, String[] digits) {
    String[] units = {"千", "百", "十", ""};
    int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    StringBuilder b = new StringBuilder();
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      if (parts[i] == 0) {
        zero = b.length() > 0;
      } else {
        if (zero) {
          b.append('零');
          zero = false;
        }
        b.append(digits[parts[i]]).append(units[i]);
      }
    }
    return b.toString();
  }
}
