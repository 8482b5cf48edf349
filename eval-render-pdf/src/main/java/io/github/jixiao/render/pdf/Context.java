package io.github.jixiao.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.PackageEvaluation;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything the parts of one render share: the request, the document, fonts, findings. */
final class Context {

  /** Page margins of a part, in points (A4 portrait). */
  enum Layout {
    /** Forms and tables: narrow margins so the nine-column forms keep Chinese readable. */
    FORM(42f, 42f, 46f, 50f),
    /** Reports and covers: GB/T 9704 (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm). */
    REPORT(79.4f, 73.7f, 104.9f, 99.2f);

    final float left;
    final float right;
    final float top;
    final float bottom;

    Layout(float left, float right, float top, float bottom) {
      this.left = left;
      this.right = right;
      this.top = top;
      this.bottom = bottom;
    }
  }

  final EvaluationPackage pkg;
  final RenderRequest request;
  final Document doc;
  final PdfWriter writer;
  final Typo typo;
  final Marks marks;
  final PageEvents events;
  private final Map<String, FormEvaluation> formEvaluations = new HashMap<>();
  private final Map<String, IndicatorScore> scores = new HashMap<>();
  private final Runnable onOpen;

  Context(RenderRequest request, Document doc, PdfWriter writer, Typo typo, Marks marks, PageEvents events,
      Runnable onOpen) {
    this.pkg = request.pkg();
    this.request = request;
    this.doc = doc;
    this.writer = writer;
    this.typo = typo;
    this.marks = marks;
    this.events = events;
    this.onOpen = onOpen;
    PackageEvaluation ev = request.evaluation();
    if (ev != null) {
      for (FormEvaluation fe : ev.evaluations()) {
        formEvaluations.put(fe.pointer(), fe);
        for (IndicatorScore s : fe.indicators()) {
          scores.put(s.pointer(), s);
        }
      }
    }
  }

  /** Whether scores are shown as computed (COMPUTED mode). */
  boolean computed() {
    return request.mode() == RenderMode.COMPUTED;
  }

  @Nullable PackageEvaluation evaluation() {
    return request.evaluation();
  }

  @Nullable FormEvaluation formEvaluation(String pointer) {
    return formEvaluations.get(pointer);
  }

  @Nullable IndicatorScore score(String rowPointer) {
    return scores.get(rowPointer);
  }

  /** Starts a part on a new page with the layout's margins. */
  void begin(Layout layout) {
    doc.setMargins(layout.left, layout.right, layout.top, layout.bottom);
    if (!doc.isOpen()) {
      doc.open();
      onOpen.run();
    } else {
      doc.newPage();
    }
  }

  /** The usable width of the current page. */
  float width() {
    return doc.right() - doc.left();
  }

  /** Space left on the current page above the bottom margin. */
  float spaceLeft() {
    return writer.getVerticalPosition(false) - doc.bottom();
  }

  void add(Element e) throws DocumentException {
    doc.add(e);
  }

  /**
   * Writes the elements (tables) from the current position on, page after page, the way {@link
   * Document#add} writes a table except that a first row that does not fit in the room left is
   * split where the page ends instead of moving to the next page (OpenPDF splits the first row of
   * a column, and {@code Document.add} starts a table that is not at the top of a page after an
   * empty paragraph, so that its first row is never the column's first). Later rows move whole to
   * the next page as usual. The part ends a page's content: the next part starts on a new page.
   */
  void flowSplittingFirstRow(Element... elements) throws DocumentException {
    KeepingRows ct = new KeepingRows(writer.getDirectContent());
    for (Element e : elements) {
      ct.addElement(e);
    }
    float top = writer.getVerticalPosition(false);
    while (true) {
      ct.setSimpleColumn(doc.left(), doc.bottom(), doc.right(), top);
      int status = ct.goKeepingRows();
      writer.setPageEmpty(false);
      if (!com.lowagie.text.pdf.ColumnText.hasMoreText(status)) {
        return;
      }
      doc.newPage();
      top = doc.top();
    }
  }

  /**
   * A column that keeps the rows of a table it has written. Once a row of a table has been split,
   * OpenPDF 2.0.5 drops (sets to null) the rows it writes on each page; a merged cell going on
   * to a later page then finds no row above it, and that part of it is not drawn at all (no
   * label, no borders). The rows dropped by a page are put back after it.
   */
  private static final class KeepingRows extends com.lowagie.text.pdf.ColumnText {
    KeepingRows(com.lowagie.text.pdf.PdfContentByte canvas) {
      super(canvas);
    }

    int goKeepingRows() throws DocumentException {
      com.lowagie.text.pdf.PdfPTable before =
          !compositeElements.isEmpty() && compositeElements.getFirst() instanceof com.lowagie.text.pdf.PdfPTable t
              ? t : null;
      java.util.List<com.lowagie.text.pdf.PdfPRow> rows =
          before == null ? java.util.List.of() : new java.util.ArrayList<>(before.getRows());
      int status = go();
      if (before != null && !compositeElements.isEmpty() && compositeElements.getFirst() == before) {
        java.util.List<com.lowagie.text.pdf.PdfPRow> now = before.getRows();
        for (int i = 0; i < Math.min(rows.size(), now.size()); i++) {
          if (now.get(i) == null && rows.get(i) != null) {
            now.set(i, rows.get(i));
          }
        }
      }
      return status;
    }
  }
}
