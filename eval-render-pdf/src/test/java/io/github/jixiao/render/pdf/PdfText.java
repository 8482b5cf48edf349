package io.github.jixiao.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back with PDFBox: text per page, bookmarks. */
final class PdfText {

  /** A bookmark: its title, the page it points to (1-based), its children. */
  record Bookmark(String title, int page, List<Bookmark> children) {}

  final byte[] bytes;
  final List<String> pages = new ArrayList<>();
  final List<Bookmark> bookmarks;
  final int pageCount;

  PdfText(byte[] bytes) {
    this.bytes = bytes;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      pageCount = doc.getNumberOfPages();
      PDFTextStripper s = new PDFTextStripper();
      for (int i = 1; i <= pageCount; i++) {
        s.setStartPage(i);
        s.setEndPage(i);
        pages.add(s.getText(doc));
      }
      bookmarks = doc.getDocumentCatalog().getDocumentOutline() == null ? List.of()
          : children(doc, doc.getDocumentCatalog().getDocumentOutline());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Bookmark> children(PDDocument doc, PDOutlineNode node) throws IOException {
    List<Bookmark> out = new ArrayList<>();
    for (PDOutlineItem item : node.children()) {
      PDPage page = item.findDestinationPage(doc);
      int index = page == null ? -1 : doc.getPages().indexOf(page) + 1;
      out.add(new Bookmark(item.getTitle(), index, children(doc, item)));
    }
    return out;
  }

  /** Text without any white space (line breaks, justification gaps, ideographic spaces). */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000\\u200b]+", "");
  }

  /**
   * The squeezed text of pages {@code from..to} (1-based, inclusive) as a reader follows it:
   * page footers and finding markers "[12]" removed; "⋯" read back as "…" (the Adobe CJK
   * character collection has one glyph for both, PDFBox maps it to U+22EF).
   */
  String text(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append(pages.get(i - 1));
    }
    return squeeze(sb.toString()).replaceAll("\\[\\d{1,3}\\]", "").replaceAll("第\\d+页共\\d+页", "")
        .replace('\u22ef', '\u2026');
  }

  String all() {
    return text(1, pageCount);
  }

  /** Every bookmark, depth first. */
  List<Bookmark> flat() {
    List<Bookmark> out = new ArrayList<>();
    walk(bookmarks, out);
    return out;
  }

  private static void walk(List<Bookmark> list, List<Bookmark> out) {
    for (Bookmark b : list) {
      out.add(b);
      walk(b.children(), out);
    }
  }

  Bookmark bookmark(String title) {
    return flat().stream().filter(b -> b.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no bookmark " + title + " in " + flat()));
  }

  /**
   * Checks that the strings occur in {@code text} in this order (squeezed); returns the first
   * one that does not, or {@code null}.
   */
  static String firstOutOfOrder(String text, List<String> expected) {
    int at = 0;
    // the rest of cells of a row split across a page break, still to be read on the next page
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      String e = expected.get(i);
      String s = squeeze(e);
      if (s.isEmpty()) {
        continue;
      }
      int found = text.indexOf(s, at);
      if (found >= 0 && !rest.isEmpty() && text.indexOf(rest.get(0), at) >= 0
          && text.indexOf(rest.get(0), at) < found) {
        // a row after a split one: the rests of the split cells come first
        for (String r : rest) {
          int f = text.indexOf(r, at);
          if (f < 0 || f > found) {
            return r + "  (the rest of a split cell, looked after: …" + text.substring(Math.max(0, at - 30),
                Math.min(text.length(), at + 60)) + "…)";
          }
          at = f + r.length();
        }
        rest.clear();
        found = text.indexOf(s, at);
      }
      if (found < 0) {
        // a cell of a row split by a page break: its first part here, followed by the next cell's
        // (first part), the rest after the row's other first parts (the next page), in order
        String next = "";
        for (int j = i + 1; j < expected.size() && next.isEmpty(); j++) {
          next = squeeze(expected.get(j));
        }
        next = next.substring(0, Math.min(6, next.length()));
        // the shortest first part after which the next cell starts and whose rest follows later
        // (a longer one could take the start of the next cell, "352套" + "10")
        int k = 2;
        int part = -1;
        for (; k < s.length(); k++) {
          int p = text.indexOf(s.substring(0, k), at);
          if (p < 0) {
            break;
          }
          if (text.startsWith(next, p + k) && text.indexOf(s.substring(k), p + k) >= 0) {
            part = p;
            break;
          }
        }
        if (part < 0 || text.indexOf(s.substring(k), part + k) < 0) {
          return e + "  (looked after: …" + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 60))
              + "…)";
        }
        rest.add(s.substring(k));
        at = part + k;
        continue;
      }
      at = found + s.length();
    }
    for (String r : rest) {
      int f = text.indexOf(r, at);
      if (f < 0) {
        return r + "  (the rest of a split cell)";
      }
      at = f + r.length();
    }
    return null;
  }
}
