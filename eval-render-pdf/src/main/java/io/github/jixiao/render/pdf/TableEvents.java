package io.github.jixiao.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Table and cell events: "（续表）" over continued tables, merged labels repeated when split,
 * finding numbers drawn in a cell's top-right corner.
 */
final class TableEvents {

  private TableEvents() {}

  /**
   * Writes "（续表）" (the phrase) above every part of the table that starts at the top of a page:
   * the parts after a page break.
   */
  static PdfPTableEvent continued(Phrase mark, DoubleSupplier pageTop) {
    return new PdfPTableEvent() {
      @Override
      public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
          PdfContentByte[] canvases) {
        if (heights.length == 0 || heights[0] < pageTop.getAsDouble() - 1) {
          return;
        }
        // the base canvas is written before the table's text: the mark is read first
        ColumnText.showTextAligned(canvases[PdfPTable.BASECANVAS], Element.ALIGN_LEFT, mark, widths[0][0],
            heights[0] + 5, 0);
      }
    };
  }

  /**
   * A merged label (level-1, level-2 indicator, the side label of a block): its text is drawn by
   * this event, centred in every part of the cell, so a label spanning a page break appears on
   * both pages. The cell itself holds no text and is tall enough for the label.
   */
  static final class CentredLabel implements PdfPCellEvent {
    static final float LEADING = TableKit.LEADING;
    private final Phrase phrase;
    /** The finding numbers of the label, drawn in the corner above it; {@code null}: none. */
    private @Nullable CornerMarks marks;
    /** The last width measured and the height found: a label is measured when its cell is made and
     * again when each part of it is drawn, mostly at the same width (a simulated layout each time). */
    private float measuredWidth = -1;
    private float measuredHeight;

    CentredLabel(Phrase phrase) {
      this.phrase = phrase;
    }

    /** A label whose height at this width is already known (the same text measured before). */
    CentredLabel(Phrase phrase, float width, float height) {
      this.phrase = phrase;
      this.measuredWidth = width;
      this.measuredHeight = height;
    }

    /**
     * Gives the label finding numbers, drawn in the top-right corner of every part of the cell; the
     * text is centred in the room below them (the cell is made that much taller).
     */
    void marks(CornerMarks marks) {
      this.marks = marks;
    }

    /** Height of this label set in a column of this width (remembered for the last width). */
    float measure(float width) {
      if (width != measuredWidth) {
        measuredHeight = height(phrase, width);
        measuredWidth = width;
      }
      return measuredHeight;
    }

    /** Height of the label set in a column of this width. */
    static float height(Phrase phrase, float width) {
      ColumnText ct = new ColumnText(null);
      float top = 100000f;
      ct.setSimpleColumn(0, 0, Math.max(1, width), top);
      ct.setLeading(0, LEADING);
      ct.setAlignment(Element.ALIGN_CENTER);
      ct.addText(phrase);
      try {
        ct.go(true);
      } catch (com.lowagie.text.DocumentException e) {
        return 0;
      }
      return top - ct.getYLine();
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      float left = position.getLeft() + cell.getPaddingLeft();
      float right = position.getRight() - cell.getPaddingRight();
      float h = measure(right - left);
      float above = marks == null ? 0 : CornerMarks.HEIGHT;
      float mid = (position.getTop() - cell.getPaddingTop() - above + position.getBottom() + cell.getPaddingBottom()) / 2;
      float top = Math.min(position.getTop() - cell.getPaddingTop() - above, mid + h / 2);
      ColumnText ct = new ColumnText(canvases[PdfPTable.TEXTCANVAS]);
      ct.setSimpleColumn(left, position.getBottom(), right, top);
      ct.setLeading(0, LEADING);
      ct.setAlignment(Element.ALIGN_CENTER);
      ct.addText(phrase);
      try {
        ct.go();
      } catch (com.lowagie.text.DocumentException e) {
        throw new IllegalStateException(e);
      }
      if (marks != null) {
        marks.cellLayout(cell, position, canvases);
      }
    }
  }

  /**
   * The numbers of a cell's findings ("[12][13]", each linked to 审核意见) drawn small in the cell's
   * top-right corner, as text of their own: the value's text run holds the value only, so it is
   * copied out bare and can never wrap around a number. The cell keeps room for them on its right
   * ({@link TableKit#place}); a cell too narrow for both gives its numbers to the row's last cell.
   */
  static final class CornerMarks implements PdfPCellEvent {
    /** The numbers' font size. */
    static final float SIZE = TableKit.SMALL;
    /** Height of the numbers' line, from the cell's top border. */
    static final float HEIGHT = SIZE + 1.5f;
    /** From the cell's right border to the numbers. */
    static final float INSET = 1.5f;
    /** From the value's text to the numbers (enough for a reader to see two words). */
    static final float GAP = 3f;

    final java.util.List<Marks.Entry> found;
    final Phrase phrase;
    final float width;

    CornerMarks(java.util.List<Marks.Entry> found, Phrase phrase, float width) {
      this.found = java.util.List.copyOf(found);
      this.phrase = phrase;
      this.width = width;
    }

    /** The room the numbers take on the right of the cell's text. */
    float reserve() {
      return INSET + width + GAP;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      // the baseline so that the digits' tops sit 1.5 pt under the border
      float baseline = position.getTop() - 1.5f - SIZE * 0.7f;
      ColumnText.showTextAligned(canvases[PdfPTable.TEXTCANVAS], Element.ALIGN_RIGHT, phrase,
          position.getRight() - INSET, baseline, 0);
    }
  }
}
