package io.github.jixiao.render.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A rendered PDF read back with PDFBox as positioned things, per page: the text as runs (the
 * glyphs of one line of one cell or paragraph, in the order they are drawn), words, the ruled
 * lines (cell borders) and the colours used to fill areas and to draw text. Coordinates are
 * PDF points from the page's bottom left.
 */
final class PdfLayout {

  /** One glyph: its text, left edge, baseline, width and font size. */
  record Glyph(String text, float x, float y, float width, float size) {
    float end() {
      return x + width;
    }
  }

  /**
   * Glyphs drawn one after the other on one baseline with no gap wider than {@code gap}: a line
   * of a cell or of a paragraph (runs); with a small gap, a word.
   */
  record Run(List<Glyph> glyphs) {
    String text() {
      StringBuilder sb = new StringBuilder();
      for (Glyph g : glyphs) {
        sb.append(g.text());
      }
      return sb.toString();
    }

    float x() {
      return glyphs.get(0).x();
    }

    float end() {
      return glyphs.get(glyphs.size() - 1).end();
    }

    float y() {
      return glyphs.get(0).y();
    }

    float centre() {
      return (x() + end()) / 2;
    }

    float size() {
      return glyphs.get(0).size();
    }
  }

  /** A stroked straight segment: a border. */
  record Rule(float x1, float y1, float x2, float y2) {
    boolean horizontal() {
      return Math.abs(y1 - y2) < 0.01f && Math.abs(x1 - x2) > 0.01f;
    }

    boolean vertical() {
      return Math.abs(x1 - x2) < 0.01f && Math.abs(y1 - y2) > 0.01f;
    }
  }

  final List<List<Glyph>> glyphs = new ArrayList<>();
  final List<List<Rule>> rules = new ArrayList<>();
  /** RGB of every area filled (backgrounds, bars), per page. */
  final List<Set<Integer>> fills = new ArrayList<>();
  /** RGB of every glyph drawn, per page. */
  final List<Set<Integer>> inks = new ArrayList<>();

  PdfLayout(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        Positions s = new Positions();
        s.setSortByPosition(false);
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
        glyphs.add(s.found);
        Graphics g = new Graphics(doc.getPage(p - 1));
        g.processPage(doc.getPage(p - 1));
        rules.add(g.rules);
        fills.add(g.fills);
        inks.add(g.inks);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int pageCount() {
    return glyphs.size();
  }

  /**
   * The runs of a page (1-based): glyphs in drawing order, a new run where the baseline changes,
   * the text goes back left, the size changes, or a gap wider than {@code gap} points opens.
   */
  List<Run> runs(int page, float gap) {
    return runs(page, gap, 0.5f, true);
  }

  /**
   * The runs of a page: a new run where the baseline moves more than {@code rise}, the text goes
   * back left or a gap wider than {@code gap} opens, and where the font size changes when
   * {@code bySize}.
   */
  List<Run> runs(int page, float gap, float rise, boolean bySize) {
    List<Run> out = new ArrayList<>();
    List<Glyph> run = new ArrayList<>();
    Glyph last = null;
    for (Glyph g : glyphs.get(page - 1)) {
      if (g.text().isBlank()) {
        // a space ends a word; in a run it is kept only between glyphs
        if (last != null && gap < 2) {
          flush(run, out);
          last = null;
        }
        continue;
      }
      boolean same = last != null && Math.abs(g.y() - last.y()) < rise && g.x() > last.end() - 0.5f
          && g.x() - last.end() <= gap && (!bySize || Math.abs(g.size() - last.size()) < 0.01f);
      if (!same) {
        flush(run, out);
      }
      run.add(g);
      last = g;
    }
    flush(run, out);
    return out;
  }

  /**
   * The lines of cells and paragraphs of a page: runs with gaps up to 5 pt (cells are 6 pt apart),
   * raised finding numbers ("[12]", 5.3 pt up in a report) kept in their line.
   */
  List<Run> lines(int page) {
    return runs(page, 5f, 6f, false);
  }

  /** The words of a page: runs with gaps under 1.2 pt (a word space, or the gap before a finding number). */
  List<Run> words(int page) {
    return runs(page, 1.2f);
  }

  private static void flush(List<Glyph> run, List<Run> out) {
    if (!run.isEmpty()) {
      out.add(new Run(List.copyOf(run)));
      run.clear();
    }
  }

  /** Collects every glyph in drawing order. */
  private static final class Positions extends PDFTextStripper {
    final List<Glyph> found = new ArrayList<>();

    @Override
    protected void processTextPosition(TextPosition t) {
      found.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getPageHeight() - t.getYDirAdj(), t.getWidthDirAdj(),
          t.getFontSizeInPt()));
    }
  }

  /** Collects stroked segments and the colours of fills and glyphs. */
  private static final class Graphics extends PDFGraphicsStreamEngine {
    final List<Rule> rules = new ArrayList<>();
    final Set<Integer> fills = new LinkedHashSet<>();
    final Set<Integer> inks = new LinkedHashSet<>();
    private final List<float[]> path = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    Graphics(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      segment(p0, p1);
      segment(p1, p2);
      segment(p2, p3);
      segment(p3, p0);
    }

    private void segment(Point2D a, Point2D b) {
      path.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      Point2D next = new Point2D.Float(x, y);
      segment(current, next);
      current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void strokePath() {
      for (float[] s : path) {
        rules.add(new Rule(s[0], s[1], s[2], s[3]));
      }
      path.clear();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
      fills.add(rgb(getGraphicsState().getNonStrokingColor()));
      path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
      fills.add(rgb(getGraphicsState().getNonStrokingColor()));
      strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {}

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
        throws IOException {
      inks.add(rgb(getGraphicsState().getNonStrokingColor()));
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    private static int rgb(PDColor c) throws IOException {
      return c.toRGB() & 0xFFFFFF;
    }
  }

  /** Whether an RGB value is a grey (black, white, or between): the forms' own colours. */
  static boolean grey(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return r == g && g == b;
  }
}
