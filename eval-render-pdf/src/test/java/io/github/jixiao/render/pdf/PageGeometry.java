package io.github.jixiao.render.pdf;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a page draws, read back with PDFBox, in page coordinates with the origin at the top left
 * (y grows downwards, as PDFBox's text positions): every glyph with its box and font size, every
 * stroked line segment and every filled rectangle — chart templates (form XObjects) included.
 */
final class PageGeometry {

  /** A glyph: its text, its box (top-left origin) and its size in points. */
  record Glyph(String text, Rectangle2D box, float size) {}

  final float height;
  final List<Glyph> glyphs = new ArrayList<>();
  final List<Line2D> strokes = new ArrayList<>();
  final List<Rectangle2D> fills = new ArrayList<>();
  /** The stroked segments drawn in black (table borders; charts draw in grey and colours). */
  final List<Line2D> blackStrokes = new ArrayList<>();

  private PageGeometry(float height) {
    this.height = height;
  }

  /** The pages {@code from..to} (1-based, inclusive). */
  static List<PageGeometry> of(byte[] pdf, int from, int to) {
    List<PageGeometry> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int i = from; i <= to; i++) {
        PDPage page = doc.getPage(i - 1);
        PageGeometry g = new PageGeometry(page.getMediaBox().getHeight());
        new Lines(page, g).processPage(page);
        Text t = new Text(g);
        t.setStartPage(i);
        t.setEndPage(i);
        t.getText(doc);
        out.add(g);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The lowest point anything is drawn at (text, lines, fills), from the top of the page. */
  double lowest(double footerTop) {
    double y = 0;
    for (Glyph gl : glyphs) {
      if (gl.box().getMinY() < footerTop) {
        y = Math.max(y, gl.box().getMaxY());
      }
    }
    for (Line2D l : strokes) {
      y = Math.max(y, Math.max(l.getY1(), l.getY2()) < footerTop ? Math.max(l.getY1(), l.getY2()) : 0);
    }
    for (Rectangle2D r : fills) {
      if (r.getMaxY() < footerTop && r.getHeight() < height - 1) {
        y = Math.max(y, r.getMaxY());
      }
    }
    return y;
  }

  /** The glyphs of a run of text: consecutive glyphs on one baseline spelling {@code word}. */
  List<List<Glyph>> find(String word) {
    List<List<Glyph>> found = new ArrayList<>();
    for (int i = 0; i + word.length() <= glyphs.size(); i++) {
      StringBuilder sb = new StringBuilder();
      int j = i;
      while (j < glyphs.size() && sb.length() < word.length()
          && Math.abs(glyphs.get(j).box().getMaxY() - glyphs.get(i).box().getMaxY()) < 1) {
        sb.append(glyphs.get(j).text());
        j++;
      }
      if (sb.toString().equals(word)) {
        found.add(glyphs.subList(i, j));
      }
    }
    return found;
  }

  /** The runs spelling {@code word} set at this size (chart labels, not the page's text). */
  List<List<Glyph>> find(String word, float size) {
    return find(word).stream().filter(run -> Math.abs(run.get(0).size() - size) < 0.01f).toList();
  }

  /** The box around some glyphs. */
  static Rectangle2D box(List<Glyph> run) {
    Rectangle2D r = (Rectangle2D) run.get(0).box().clone();
    for (Glyph g : run) {
      r.add(g.box());
    }
    return r;
  }

  private static final class Text extends PDFTextStripper {
    private final PageGeometry g;

    Text(PageGeometry g) {
      this.g = g;
      setSortByPosition(false);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      // the size as printed: the font size times the text and graphics matrices (PDFBox's
      // getFontSizeInPt truncates to a whole number)
      float size = Math.round(Math.hypot(t.getTextMatrix().getValue(0, 0), t.getTextMatrix().getValue(0, 1)) * 100) / 100f;
      // the glyph's box: ascent above the baseline, a little descent below (CJK em box)
      double top = t.getYDirAdj() - 0.88 * size;
      g.glyphs.add(new Glyph(t.getUnicode(), new Rectangle2D.Double(t.getXDirAdj(), top, t.getWidthDirAdj(),
          size), size));
    }
  }

  private static final class Lines extends PDFGraphicsStreamEngine {
    private final PageGeometry g;
    private final List<Line2D> path = new ArrayList<>();
    private final List<Rectangle2D> rects = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private Point2D start = new Point2D.Double();

    Lines(PDPage page, PageGeometry g) {
      super(page);
      this.g = g;
    }

    private Point2D down(float x, float y) {
      return new Point2D.Double(x, g.height - y);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      Rectangle2D r = new Rectangle2D.Double(p0.getX(), g.height - p0.getY(), 0, 0);
      r.add(p1.getX(), g.height - p1.getY());
      r.add(p2.getX(), g.height - p2.getY());
      r.add(p3.getX(), g.height - p3.getY());
      rects.add(r);
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      current = down(x, y);
      start = current;
    }

    @Override
    public void lineTo(float x, float y) {
      Point2D p = down(x, y);
      path.add(new Line2D.Double(current, p));
      current = p;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      Point2D p = down(x3, y3);
      path.add(new Line2D.Double(current, p));
      current = p;
    }

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Double(current.getX(), g.height - current.getY());
    }

    @Override
    public void closePath() {
      path.add(new Line2D.Double(current, start));
      current = start;
    }

    @Override
    public void endPath() {
      path.clear();
      rects.clear();
    }

    @Override
    public void strokePath() throws IOException {
      int rgb = getGraphicsState().getStrokingColor().toRGB();
      boolean black = (rgb & 0xffffff) == 0;
      int before = g.strokes.size();
      g.strokes.addAll(path);
      for (Rectangle2D r : rects) {
        g.strokes.add(new Line2D.Double(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMinY()));
        g.strokes.add(new Line2D.Double(r.getMinX(), r.getMaxY(), r.getMaxX(), r.getMaxY()));
        g.strokes.add(new Line2D.Double(r.getMinX(), r.getMinY(), r.getMinX(), r.getMaxY()));
        g.strokes.add(new Line2D.Double(r.getMaxX(), r.getMinY(), r.getMaxX(), r.getMaxY()));
      }
      if (black) {
        g.blackStrokes.addAll(g.strokes.subList(before, g.strokes.size()));
      }
      endPath();
    }

    @Override
    public void fillPath(int windingRule) {
      Rectangle2D box = null;
      for (Line2D l : path) {
        Rectangle2D b = l.getBounds2D();
        if (box == null) {
          box = b;
        } else {
          box.add(b);
        }
      }
      if (box != null) {
        g.fills.add(box);
      }
      g.fills.addAll(rects);
      endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
      List<Line2D> copy = new ArrayList<>(path);
      List<Rectangle2D> rectCopy = new ArrayList<>(rects);
      fillPath(windingRule);
      path.addAll(copy);
      rects.addAll(rectCopy);
      strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
