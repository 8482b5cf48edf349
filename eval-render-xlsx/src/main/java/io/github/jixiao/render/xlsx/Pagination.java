package io.github.jixiao.render.xlsx;

import io.github.jixiao.render.xlsx.layout.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the printed pages of a form break, set as manual row breaks so that no page ends on a
 * header row without its data and no block that fits on one page is split: the sheet prints one
 * page wide (A4 portrait), so a page holds the printable height divided by the scale a
 * spreadsheet program takes to fit the columns on the paper's width.
 *
 * <p>The scale is estimated as Excel computes it (column widths in units of the default font's
 * digit, 7 pixels for 宋体 10.5 pt at 96 dpi, plus padding) and the page is filled to {@link
 * #FILL} of what that scale gives: a program that shrinks more (LibreOffice, whose substitute font
 * has wider digits) fits more on a page and still breaks where these breaks say, never earlier.
 */
final class Pagination {
  /** A4 in points. */
  static final double PAGE_WIDTH = 595.276;
  static final double PAGE_HEIGHT = 841.89;
  /** The share of the estimated page height filled before breaking (row heights round, borders add). */
  static final double FILL = 0.96;
  /** Pixels of the default font's digit (宋体 10.5 pt at 96 dpi), Excel's unit of column width. */
  static final int DIGIT_PIXELS = 7;

  /** The rows that introduce what follows: a page never ends on one of them. */
  private static final Set<String> HEADS = Set.of(Tags.FORM, Tags.TITLE, Tags.PARTIAL, Tags.FUNDS_HEAD,
      Tags.SPLIT_HEAD, Tags.GOALS_HEAD, Tags.IND_HEAD, Tags.STAFF_HEAD, Tags.CTRL_HEAD, Tags.BLD_HEAD);
  /** Rows of the funds block, kept on one page together. */
  private static final Set<String> FUNDS = Set.of(Tags.FUNDS_HEAD, Tags.FUNDS, Tags.SPLIT_HEAD, Tags.SPLIT);

  private Pagination() {}

  /**
   * Marks the rows of a form or of 附件1 for printing, from their machine tags: headers kept with
   * the next row, the funds block kept together, the last table row kept with 总分 and the lines
   * under the table ({@code tail}: notes, footer) kept together.
   */
  static void keepTogether(Grid grid) {
    List<Grid.Row> rows = grid.rows;
    for (int i = 0; i < rows.size() - 1; i++) {
      Grid.Row r = rows.get(i);
      String kind = kind(r);
      String next = kind(rows.get(i + 1));
      if (HEADS.contains(kind)) {
        r.keepWithNext = true;
      }
      if (FUNDS.contains(kind) && FUNDS.contains(next)) {
        r.keepWithNext = true;
      }
      // 总分 never alone at the top of a page, nor the notes and footer lines under it
      if (Tags.TOTAL.equals(next) || tail(kind) && tail(next) || Tags.TOTAL.equals(kind) && tail(next)) {
        r.keepWithNext = true;
      }
    }
    // 附件1: what follows 经费控制情况 (楼堂馆所, 厉行节约, notes, footer) stays with its last row, so that
    // no page begins below the table whose heads repeat on every page
    int lastControl = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (Tags.CTRL.equals(kind(rows.get(i)))) {
        lastControl = i;
      }
    }
    for (int i = Math.max(0, lastControl); lastControl >= 0 && i < rows.size() - 1; i++) {
      rows.get(i).keepWithNext = true;
    }
  }

  private static boolean tail(String kind) {
    return Tags.NOTE.equals(kind) || Tags.FOOTER.equals(kind);
  }

  /** The kind of a row's tag ("ind-head"), "" when it has none. */
  static String kind(Grid.Row r) {
    if (r.tag == null) {
      return "";
    }
    Tags.Tag t = Tags.parse(r.tag);
    return t == null ? "" : t.kind();
  }

  /** A column's printed width in points, as Excel sizes a column of {@code characters} units. */
  static double columnPoints(double characters) {
    double pixels = Math.floor((256 * characters + Math.floor(128.0 / DIGIT_PIXELS)) / 256 * DIGIT_PIXELS);
    return pixels * 0.75;
  }

  /**
   * The points of rows one printed page holds.
   *
   * @param printedWidth the printed columns' width in points
   * @param margins left, right, top, bottom in inches
   * @param landscape whether the page is landscape
   */
  static double capacity(double printedWidth, double[] margins, boolean landscape) {
    double w = (landscape ? PAGE_HEIGHT : PAGE_WIDTH) - 72 * (margins[0] + margins[1]);
    double h = (landscape ? PAGE_WIDTH : PAGE_HEIGHT) - 72 * (margins[2] + margins[3]);
    // fit to one page wide: a whole percent, never enlarged
    int percent = printedWidth <= w ? 100 : Math.max(10, (int) Math.floor(100 * w / printedWidth));
    return h * 100 / percent * FILL;
  }

  /**
   * The logical rows that start a new page.
   *
   * @param heights each row's height in points
   * @param keepWithNext whether a page may not end on each row
   * @param keep the rows {@code [first, last]} of cells a page may not break inside
   * @param header the row repeated at the top of the following pages, or -1
   * @param capacity the points of rows a page holds
   * @return the rows that start pages 2, 3 …, ascending
   */
  static List<Integer> breaks(double[] heights, boolean[] keepWithNext, List<int[]> keep, int header,
      double capacity) {
    List<Integer> out = new ArrayList<>();
    int start = 0;
    double used = 0;
    for (int i = 0; i < heights.length; i++) {
      if (i > start && used + heights[i] > room(heights, header, start, capacity)) {
        int b = backOff(i, start, keepWithNext, keep);
        out.add(b);
        start = b;
        used = 0;
        for (int k = b; k < i; k++) {
          used += heights[k];
        }
        if (i > start && used + heights[i] > room(heights, header, start, capacity)) {
          // what is kept together does not fit on a page: break where it overflows
          out.add(i);
          start = i;
          used = 0;
        }
      }
      used += heights[i];
    }
    return out;
  }

  /** The room on the page starting at {@code start}: less the repeated header once it was printed. */
  private static double room(double[] heights, int header, int start, double capacity) {
    return header >= 0 && header < start ? capacity - heights[header] : capacity;
  }

  /**
   * The row to break above instead of {@code i}: moved up over rows kept with the next and out of
   * cells not to be split; {@code i} itself when that would leave the page empty.
   */
  private static int backOff(int i, int start, boolean[] keepWithNext, List<int[]> keep) {
    int b = i;
    boolean moved = true;
    while (moved) {
      moved = false;
      while (b - 1 > start && keepWithNext[b - 1]) {
        b--;
      }
      for (int[] span : keep) {
        if (span[0] < b && b <= span[1]) {
          b = span[0];
          moved = true;
        }
      }
      if (b <= start) {
        return i;
      }
    }
    // the page would still end on a row kept with the next (the block is taller than a page): break
    // where it overflows, the page full
    return keepWithNext[b - 1] ? i : b;
  }
}
