package io.github.jixiao.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;
import java.util.List;

/**
 * OpenPDF's {@link PdfGraphics2D} for charts, with text set exactly as in the rest of the
 * document: strings are drawn with the document's fonts (the CJK font, and the Latin font for
 * ASCII in the default set-up) and measured with the same fonts' metrics, so JFreeChart lays out
 * labels by the widths that are actually printed. Plain {@code PdfGraphics2D} would stretch every
 * string to the width Java's own (often different) font gives it.
 */
final class ChartGraphics extends PdfGraphics2D {

  private final PdfTemplate template;
  private final float height;
  private final Typo typo;
  private final java.util.Map<String, Float> widths;

  /**
   * @param widths the widths of strings measured so far, shared by the charts of one render:
   *     JFreeChart measures the same labels many times (and each prefix of a label it wraps)
   */
  ChartGraphics(PdfTemplate template, float width, float height, FontMapper mapper, Typo typo,
      java.util.Map<String, Float> widths) {
    super(template, width, height, mapper, false, false, 0f);
    this.template = template;
    this.height = height;
    this.typo = typo;
    this.widths = widths;
  }

  private List<Chunk> runs(String s, Font font) {
    return typo.chunks(s, new Typo.Style(font.isBold() ? Role.HEADING : Role.BODY, font.getSize2D(), false,
        Color.BLACK), "评分汇总 图表");
  }

  @Override
  public void drawString(String s, float x, float y) {
    if (s.isEmpty()) {
      return;
    }
    Font font = getFont();
    float size = font.getSize2D();
    AffineTransform at = new AffineTransform(1, 0, 0, -1, 0, height);
    at.concatenate(getTransform());
    at.translate(x, y);
    at.concatenate(font.getTransform());
    at.scale(1, -1);
    double[] m = new double[6];
    at.getMatrix(m);
    Paint paint = getPaint();
    Color color = paint instanceof Color c ? c : Color.BLACK;
    template.saveState();
    template.setColorFill(color);
    template.beginText();
    template.setTextMatrix((float) m[0], (float) m[1], (float) m[2], (float) m[3], (float) m[4], (float) m[5]);
    for (Chunk c : runs(s, font)) {
      BaseFont bf = c.getFont().getBaseFont();
      template.setFontAndSize(bf, size);
      template.showText(c.getContent());
    }
    template.endText();
    template.restoreState();
  }

  @Override
  public void drawString(String s, int x, int y) {
    drawString(s, (float) x, (float) y);
  }

  @Override
  public void drawString(java.text.AttributedCharacterIterator iterator, float x, float y) {
    StringBuilder sb = new StringBuilder();
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
      sb.append(c);
    }
    drawString(sb.toString(), x, y);
  }

  @Override
  public FontMetrics getFontMetrics(Font f) {
    return new Metrics(f, super.getFontMetrics(f));
  }

  @Override
  public FontMetrics getFontMetrics() {
    return getFontMetrics(getFont());
  }

  /** Widths from the PDF fonts; heights from Java's metrics of the same size. */
  private final class Metrics extends FontMetrics {
    private static final long serialVersionUID = 1L;
    private final transient FontMetrics awt;

    Metrics(Font font, FontMetrics awt) {
      super(font);
      this.awt = awt;
    }

    private float width(String s) {
      Font f = getFont();
      String key = f.getSize2D() + (f.isBold() ? "b" : "r") + s;
      Float known = widths.get(key);
      if (known != null) {
        return known;
      }
      float w = 0;
      for (Chunk c : runs(s, f)) {
        w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), f.getSize2D());
      }
      widths.put(key, w);
      return w;
    }

    @Override
    public int getAscent() {
      return awt.getAscent();
    }

    @Override
    public int getDescent() {
      return awt.getDescent();
    }

    @Override
    public int getLeading() {
      return awt.getLeading();
    }

    @Override
    public int charWidth(char ch) {
      return Math.round(width(String.valueOf(ch)));
    }

    @Override
    public int charWidth(int codePoint) {
      return Math.round(width(new String(Character.toChars(codePoint))));
    }

    @Override
    public int stringWidth(String str) {
      return Math.round(width(str));
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
      return Math.round(width(new String(data, off, len)));
    }

    @Override
    public Rectangle2D getStringBounds(String str, Graphics context) {
      return new Rectangle2D.Float(0, -getAscent(), width(str), getAscent() + getDescent() + getLeading());
    }

    @Override
    public Rectangle2D getStringBounds(String str, int beginIndex, int limit, Graphics context) {
      return getStringBounds(str.substring(beginIndex, limit), context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
      return getStringBounds(new String(chars, beginIndex, limit - beginIndex), context);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
      StringBuilder sb = new StringBuilder();
      for (char c = ci.setIndex(beginIndex); ci.getIndex() < limit; c = ci.next()) {
        sb.append(c);
      }
      return getStringBounds(sb.toString(), context);
    }
  }
}
