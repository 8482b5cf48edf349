package io.github.jixiao.importer;

import io.github.jixiao.importer.office.Block;
import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.GridCell;
import io.github.jixiao.importer.office.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What real files do to a printed form, applied to the printed tables before they are written:
 * the quirks issue 17 lists. Each is deterministic for a seed.
 */
final class Quirks {
  private Quirks() {}

  /** "10" typed with full-width digits, "１０". */
  static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c + 0xfee0) : c == '.' ? '．' : c);
    }
    return b.toString();
  }

  /** A Word table split after a page break into a second table (续表), with or without its header repeated. */
  static List<Block> continued(List<Block> blocks, int headerRows, boolean repeatHeader, Random random) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      if (!(b instanceof Grid g) || g.rows().size() < headerRows + 6) {
        out.add(b);
        continue;
      }
      int at = g.rows().size() - 2 - random.nextInt(Math.max(1, Math.min(4, g.rows().size() - headerRows - 4)));
      List<List<GridCell>> first = new ArrayList<>(g.rows().subList(0, at));
      List<List<GridCell>> second = new ArrayList<>();
      if (repeatHeader) {
        int h = indicatorHeader(g);
        if (h >= 0 && h + headerRows <= at) {
          // only a table cut below its indicator header repeats that header
          for (int k = h; k < h + headerRows; k++) {
            second.add(restart(g, g.rows().get(k)));
          }
        }
      }
      boolean top = true;
      for (List<GridCell> row : g.rows().subList(at, g.rows().size())) {
        second.add(top ? restart(g, row) : row);
        top = false;
      }
      out.add(new Grid(g.name(), first, g.columns()));
      out.add(new Paragraph("（续表）", -1, true, ""));
      out.add(new Grid(g.name() + "续", second, g.columns()));
    }
    return out;
  }

  /** The row holding 三级指标 (or the indicator name's header) — where the indicator header starts. */
  private static int indicatorHeader(Grid g) {
    for (int r = 0; r < g.rows().size(); r++) {
      for (GridCell c : g.rows().get(r)) {
        String s = Labels.squash(c.text());
        if (s.equals("三级指标") || s.equals("二级指标") || s.equals("一级指标")) {
          return r;
        }
      }
    }
    return -1;
  }

  /** A row at the top of a new table: merged cells continuing from above restart there with their text. */
  private static List<GridCell> restart(Grid g, List<GridCell> row) {
    List<GridCell> out = new ArrayList<>();
    for (GridCell c : row) {
      if (c.isContinuation()) {
        out.add(new GridCell(c.column(), c.span(), origin(g, c), GridCell.Kind.TEXT, null, null, c.ref()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static String origin(Grid g, GridCell c) {
    for (List<GridCell> row : g.rows()) {
      for (GridCell o : row) {
        if (o.ref().equals(c.mergedFrom())) {
          return o.text();
        }
      }
    }
    return "";
  }

  /** A sheet as people make them: numbers typed as text here and there, blank rows, the form further down. */
  static Grid sheet(Grid g, Random random, boolean numbersAsText, int blankRowsAbove) {
    List<List<GridCell>> rows = new ArrayList<>();
    for (int i = 0; i < blankRowsAbove; i++) {
      rows.add(List.of());
    }
    for (List<GridCell> row : g.rows()) {
      if (!rows.isEmpty() && random.nextInt(12) == 0 && row.stream().noneMatch(GridCell::isContinuation)) {
        rows.add(List.of());
      }
      List<GridCell> r = new ArrayList<>();
      for (GridCell c : row) {
        if (numbersAsText && c.kind() == GridCell.Kind.NUMBER && random.nextInt(3) == 0) {
          r.add(new GridCell(c.column(), c.span(), c.text(), GridCell.Kind.TEXT, null, c.mergedFrom(), c.ref()));
        } else if (c.kind() == GridCell.Kind.PERCENT && random.nextInt(3) == 0) {
          // 执行率 typed as text "95%", or a formula whose saved result is 95 %
          r.add(random.nextBoolean()
              ? new GridCell(c.column(), c.span(), c.text(), GridCell.Kind.TEXT, null, c.mergedFrom(), c.ref())
              : new GridCell(c.column(), c.span(), c.text(), GridCell.Kind.FORMULA,
                  "=" + c.raw().substring(0, c.raw().indexOf(' ')) + "*1", c.mergedFrom(), c.ref()));
        } else {
          r.add(c);
        }
      }
      rows.add(r);
    }
    return new Grid(g.name(), rows, g.columns());
  }
}
