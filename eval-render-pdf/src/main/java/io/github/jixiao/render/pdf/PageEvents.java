package io.github.jixiao.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Page events: the footer "第 N 页 共 M 页" on every page but covers (the total M is a template
 * filled in when the document closes), and the bookmarks (outline), created where their anchor
 * chunk is actually laid out so they point at the right page and height.
 */
final class PageEvents extends PdfPageEventHelper {

  static final float FOOTER_SIZE = 9f;
  private static final float FOOTER_Y = 26f;
  private static final String TOTAL_RESERVE = "0000";

  /** A bookmark to create when its anchor is laid out. */
  record Bookmark(String title, @Nullable String parentKey, boolean open) {}

  private final Typo typo;
  private final Typo.Style footerStyle;
  private final Map<String, Bookmark> bookmarks = new HashMap<>();
  private final Map<String, PdfOutline> outlines = new HashMap<>();
  private final Set<Integer> noFooter = new HashSet<>();
  private final Map<String, String> groupTitles = new HashMap<>();
  private @Nullable PdfTemplate total;
  /** Chart templates to write out (and free) once the page that shows them is done. */
  private final java.util.List<PdfTemplate> release = new java.util.ArrayList<>();
  private final java.util.List<PdfTemplate> releaseLater = new java.util.ArrayList<>();
  private int counter;

  PageEvents(Typo typo) {
    this.typo = typo;
    this.footerStyle = new Typo.Style(Role.BODY, FOOTER_SIZE, false, Typo.GREY);
  }

  /** Declares a bookmark group ("附件3 项目支出绩效自评表") created with its first member. */
  void group(String key, String title) {
    groupTitles.put(key, title);
  }

  /**
   * Makes the layout of the phrase's first chunk create a bookmark at its position.
   *
   * @return the bookmark's key, for children
   */
  String anchor(Phrase phrase, String title, @Nullable String parentKey, @Nullable String key) {
    String k = key != null ? key : "b" + (++counter);
    bookmarks.put(k, new Bookmark(title, parentKey, parentKey == null));
    for (Object o : phrase.getChunks()) {
      if (o instanceof Chunk c && !c.getContent().isBlank()) {
        Object before = c.getChunkAttributes() == null ? null : c.getChunkAttributes().get(Chunk.GENERICTAG);
        c.setGenericTag(before == null ? k : before + "|" + k);
        return k;
      }
    }
    throw new IllegalArgumentException("a bookmark needs text to anchor on: " + title);
  }

  /** Writes the template's content out and frees it after the page (or the next) that shows it. */
  void releaseAfterPage(PdfTemplate template) {
    release.add(template);
  }

  /** The page currently being written gets no footer (a cover page). */
  void noFooterOnCurrentPage(PdfWriter writer) {
    noFooter.add(writer.getPageNumber());
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    float w = typo.width(TOTAL_RESERVE + " 页", footerStyle) + 2;
    total = writer.getDirectContent().createTemplate(w, FOOTER_SIZE * 2);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    try {
      // a template is written when its page is done; one moved to the next page goes then
      for (PdfTemplate t : releaseLater) {
        writer.releaseTemplate(t);
      }
      releaseLater.clear();
      for (PdfTemplate t : release) {
        writer.releaseTemplate(t);
      }
      releaseLater.addAll(release);
      release.clear();
    } catch (java.io.IOException e) {
      throw new com.lowagie.text.ExceptionConverter(e);
    }
    int page = writer.getPageNumber();
    if (noFooter.contains(page) || total == null) {
      return;
    }
    PdfContentByte cb = writer.getDirectContent();
    String before = "第 " + page + " 页  共 ";
    float wBefore = typo.width(before, footerStyle);
    float x = (document.getPageSize().getWidth() - wBefore - typo.width("00 页", footerStyle)) / 2;
    Phrase p = typo.phrase(before, footerStyle, "页脚");
    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, p, x, FOOTER_Y, 0);
    cb.addTemplate(total, x + wBefore, FOOTER_Y - FOOTER_SIZE * 0.5f);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    if (total == null) {
      return;
    }
    int pages = writer.getPageNumber() - 1;
    Phrase p = typo.phrase(pages + " 页", footerStyle, "页脚");
    ColumnText.showTextAligned(total, Element.ALIGN_LEFT, p, 0, FOOTER_SIZE * 0.5f, 0);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    for (String key : text.split("\\|")) {
      bookmark(writer, document, rect, key);
    }
  }

  private void bookmark(PdfWriter writer, Document document, Rectangle rect, String text) {
    Bookmark b = bookmarks.get(text);
    if (b == null || outlines.containsKey(text)) {
      return;
    }
    float top = Math.min(rect.getTop() + 24, document.getPageSize().getHeight());
    PdfOutline parent = writer.getRootOutline();
    if (b.parentKey() != null) {
      parent = outlines.get(b.parentKey());
      if (parent == null) {
        String groupTitle = groupTitles.get(b.parentKey());
        if (groupTitle != null) {
          parent = new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.XYZ, 0, top, 0),
              groupTitle, true);
          outlines.put(b.parentKey(), parent);
        } else {
          parent = writer.getRootOutline();
        }
      }
    }
    PdfOutline o = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, 0, top, 0), b.title(), b.open());
    outlines.put(text, o);
  }
}
