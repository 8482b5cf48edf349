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

/** Table and cell events: "（续表）" over continued tables, merged labels repeated when split. */
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
      float mid = (position.getTop() - cell.getPaddingTop() + position.getBottom() + cell.getPaddingBottom()) / 2;
      float top = Math.min(position.getTop() - cell.getPaddingTop(), mid + h / 2);
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
    }
  }
}
