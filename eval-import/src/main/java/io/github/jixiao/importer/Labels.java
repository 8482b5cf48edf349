package io.github.jixiao.importer;

import java.util.Collection;

/** How printed labels are compared: squashed, then equal or (for long labels) one starting the other. */
public final class Labels {
  private Labels() {}

  /**
   * The label without white space (also full-width and no-break spaces), with full-width ASCII
   * (letters, digits, brackets, colon, percent) made half-width and 【】 read as []: "项目资金 （万元）"
   * and "项目资金(万元)" squash to the same text.
   *
   * @param s printed text
   * @return the squashed text
   */
  public static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
        continue;
      }
      if (c >= '\uff01' && c <= '\uff5e') {
        c = (char) (c - 0xfee0);
      } else if (c == '【') {
        c = '[';
      } else if (c == '】') {
        c = ']';
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Whether a printed header or label is one of the labels: equal after squashing, or equal once a
   * bracketed tail is dropped on both sides ("全年预算数(A)" is "全年预算数", "分值(10分)" is "分值").
   *
   * @param printed the printed text
   * @param labels the label and its synonyms
   * @return whether it matches
   */
  public static boolean matches(String printed, Collection<String> labels) {
    String p = squash(printed);
    if (p.isEmpty()) {
      return false;
    }
    String bare = bare(p);
    for (String l : labels) {
      String q = squash(l);
      if (p.equals(q) || (!bare.isEmpty() && bare.equals(bare(q)))) {
        return true;
      }
    }
    return false;
  }

  /** The text without a trailing bracketed part and trailing colons: "全年预算数(A)" → "全年预算数". */
  static String bare(String squashed) {
    int end = squashed.length();
    while (end > 0) {
      char last = squashed.charAt(end - 1);
      if (last == ':' || last == '：') {
        end--;
        continue;
      }
      if (last == ')') {
        int open = squashed.lastIndexOf('(', end - 1);
        if (open >= 0 && squashed.indexOf(')', open) == end - 1) {
          end = open;
          continue;
        }
      }
      break;
    }
    return squashed.substring(0, end);
  }
}
