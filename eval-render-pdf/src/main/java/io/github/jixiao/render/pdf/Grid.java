package io.github.jixiao.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * A table grid shared by blocks with different column layouts, the way the official Word forms
 * are built: each block (funds, goals, indicators …) gives its own column edges; the grid is
 * their union, and a block's column becomes a cell spanning the grid columns between its edges.
 */
final class Grid {

  /** One block's column edges, in points from the table's left edge (first 0, last the width). */
  record Block(float... edges) {
    int columns() {
      return edges.length - 1;
    }
  }

  private final float[] edges;

  Grid(Block... blocks) {
    TreeSet<Float> all = new TreeSet<>();
    for (Block b : blocks) {
      for (float e : b.edges()) {
        all.add(e);
      }
    }
    edges = new float[all.size()];
    int i = 0;
    for (float e : all) {
      edges[i++] = e;
    }
  }

  /** A full-width table on this grid that repeats nothing and moves rows that do not fit. */
  PdfPTable table() {
    float[] widths = new float[edges.length - 1];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = edges[i + 1] - edges[i];
    }
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSplitLate(true);
    t.setSplitRows(true);
    t.setSpacingBefore(0);
    t.setSpacingAfter(0);
    return t;
  }

  /** Sets the cell's colspan to cover the block's columns {@code first..last}. */
  PdfPCell place(PdfPCell cell, Block block, int first, int last) {
    cell.setColspan(span(block.edges()[first], block.edges()[last + 1]));
    return cell;
  }

  private int span(float from, float to) {
    // a block's edges are edges of the grid: the span is the distance between their indexes
    int a = Arrays.binarySearch(edges, from);
    int b = Arrays.binarySearch(edges, to);
    if (a >= 0 && b > a) {
      return b - a;
    }
    int n = 0;
    for (int i = 0; i < edges.length - 1; i++) {
      if (edges[i] >= from && edges[i + 1] <= to) {
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no grid column between " + from + " and " + to);
    }
    return n;
  }
}
