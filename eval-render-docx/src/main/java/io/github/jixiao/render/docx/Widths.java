package io.github.jixiao.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Column widths of a form table from its content, in twips. Fixed columns (the side label, 一级/
 * 二级, 分值, 得分 …) keep their width; the text columns (三级指标, 年度指标值, 实际完成值, 偏差原因 …)
 * start at their least width and share what is left in proportion to how much of their text does
 * not fit on one line of that width (the lines a wider column would save), but a column never
 * grows past the width its longest line needs while another still wants room, so a column of
 * short values gives way to a column of sentences. What is left when every column holds its
 * longest line goes in proportion to those lines. The widths are whole twips adding up exactly to
 * the total.
 */
final class Widths {

  /** Twips of a CJK character in 小五 (9 pt); Latin letters and digits count half. */
  static final int CHAR = 180;
  /** The cell's left and right margins (the table style's 57 twips each) and a little slack. */
  static final int PADDING = 2 * 57 + 30;
  /**
   * The most one cell's overflow counts in its column's share: eight lines of a narrow column. A
   * single very long cell grows its column, but does not take everything from the other columns.
   */
  static final int INK_CAP = 8 * 1200;

  private Widths() {}

  /**
   * One column: a fixed width, or a text column with its least width, its overflow (how much of
   * its lines does not fit in the least width, each line's up to {@link #INK_CAP}) and its natural
   * width (its longest line).
   *
   * @param fixed the width of a fixed column, 0 for a text column
   * @param least a text column's least width
   * @param ink how much of the column's text does not fit in its least width, in twips of one line
   * @param natural the width the column's longest line needs, margins included
   */
  record Column(int fixed, int least, long ink, int natural) {
    Column {
      if (fixed < 0 || least < 0 || ink < 0 || natural < 0) {
        throw new IllegalArgumentException("column widths are not negative: " + fixed + ", " + least + ", " + ink
            + ", " + natural);
      }
    }

    /** A column of this fixed width. */
    static Column fixed(int width) {
      if (width <= 0) {
        throw new IllegalArgumentException("a fixed column has a width: " + width);
      }
      return new Column(width, 0, 0, 0);
    }

    /** A text column of at least {@code least} twips holding these cells' texts. */
    static Column text(int least, Iterable<@Nullable String> cells) {
      long ink = 0;
      int natural = 0;
      for (String s : cells) {
        for (String line : lines(s)) {
          int w = width(line);
          natural = Math.max(natural, w + PADDING);
          ink += Math.min(Math.max(0, w + PADDING - least), INK_CAP);
        }
      }
      return new Column(0, least, ink, natural);
    }

    boolean isFixed() {
      return fixed > 0;
    }
  }

  /** The lines of a cell's text as it is written ({@link Tables#collapse}): blank for none. */
  static List<String> lines(@Nullable String s) {
    String v = Tables.collapse(s);
    if (v == null || v.isEmpty()) {
      return List.of();
    }
    return List.of(v.replace("\r", "").split("\n", -1));
  }

  /** The width of one line of 小五 text in twips: CJK characters full, ASCII half. */
  static int width(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      n += c < 0x80 ? CHAR / 2 : CHAR;
    }
    return n;
  }

  /**
   * The columns' widths.
   *
   * @param total the table's width in twips
   * @param columns the columns in order
   * @return each column's width in twips, adding up to {@code total}
   */
  static int[] of(int total, List<Column> columns) {
    int n = columns.size();
    if (n == 0) {
      return new int[0];
    }
    double[] w = new double[n];
    List<Integer> text = new ArrayList<>();
    long fixed = 0;
    long least = 0;
    for (int i = 0; i < n; i++) {
      Column c = columns.get(i);
      if (c.isFixed()) {
        w[i] = c.fixed();
        fixed += c.fixed();
      } else {
        w[i] = c.least();
        least += c.least();
        text.add(i);
      }
    }
    if (fixed > total || (text.isEmpty() && fixed != total)) {
      // the fixed columns alone do not fit (or nothing takes the rest): everything in proportion
      double all = fixed + least;
      for (int i = 0; i < n; i++) {
        w[i] = all == 0 ? (double) total / n : w[i] * total / all;
      }
      return round(w, total);
    }
    double room = total - fixed - least;
    if (room < 0) {
      // not even the least widths fit: the text columns shrink in proportion
      for (int i : text) {
        w[i] = least == 0 ? (double) (total - fixed) / text.size() : w[i] * (total - fixed) / least;
      }
      return round(w, total);
    }
    share(w, room, text, columns);
    return round(w, total);
  }

  /**
   * Shares {@code room} among the text columns by their text, each up to its natural width (the
   * room a capped column would have taken goes to the others); what is left when every column has
   * its natural width goes by text again, or evenly when no column holds any.
   */
  private static void share(double[] w, double room, List<Integer> text, List<Column> columns) {
    List<Integer> open = new ArrayList<>(text);
    double left = room;
    while (left > 0.5 && !open.isEmpty()) {
      double ink = 0;
      for (int i : open) {
        ink += columns.get(i).ink();
      }
      if (ink == 0) {
        break;
      }
      List<Integer> capped = new ArrayList<>();
      for (int i : open) {
        double want = left * columns.get(i).ink() / ink;
        if (w[i] + want >= columns.get(i).natural()) {
          capped.add(i);
        }
      }
      if (capped.isEmpty()) {
        for (int i : open) {
          w[i] += left * columns.get(i).ink() / ink;
        }
        return;
      }
      for (int i : capped) {
        double grow = Math.max(0, columns.get(i).natural() - w[i]);
        w[i] += grow;
        left -= grow;
      }
      open.removeAll(capped);
    }
    if (left <= 0.5) {
      return;
    }
    // every column has room for its longest line: the rest by those lines, or evenly
    double natural = 0;
    for (int i : text) {
      natural += columns.get(i).natural();
    }
    for (int i : text) {
      w[i] += natural == 0 ? left / text.size() : left * columns.get(i).natural() / natural;
    }
  }

  /**
   * The lines a cell's text takes in a column this wide (at least one): each of its lines its
   * width over the room inside the margins, rounded up. An estimate: Word breaks at characters,
   * and a Latin word or a number at its end.
   */
  static int lines(@Nullable String s, int width) {
    int inner = Math.max(CHAR, width - PADDING);
    int n = 0;
    for (String line : lines(s)) {
      n += Math.max(1, (width(line) + inner - 1) / inner);
    }
    return Math.max(1, n);
  }

  /** Whole twips adding up to the total: the largest fractions get the twips rounding left over. */
  private static int[] round(double[] w, int total) {
    int n = w.length;
    int[] out = new int[n];
    int sum = 0;
    for (int i = 0; i < n; i++) {
      out[i] = (int) Math.floor(w[i]);
      sum += out[i];
    }
    int left = total - sum;
    boolean[] taken = new boolean[n];
    while (left > 0) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i] && (best < 0 || w[i] - out[i] > w[best] - out[best])) {
          best = i;
        }
      }
      if (best < 0) {
        java.util.Arrays.fill(taken, false);
        continue;
      }
      out[best]++;
      taken[best] = true;
      left--;
    }
    while (left < 0) {
      // (only from floating error) the widest column gives the twips back
      int widest = 0;
      for (int i = 1; i < n; i++) {
        widest = out[i] > out[widest] ? i : widest;
      }
      out[widest]--;
      left++;
    }
    return out;
  }
}
