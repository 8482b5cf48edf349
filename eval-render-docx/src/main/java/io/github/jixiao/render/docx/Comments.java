package io.github.jixiao.render.docx;

import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.Finding;
import java.math.BigInteger;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Every finding as a Word comment (批注), the way reviewers in government offices exchange
 * remarks: author "jixiao 审核", the finding's id in the package's one numbering, its severity
 * and code, the message, and what it compared. A comment is anchored on the paragraph that shows
 * the finding's pointer (a table cell, a report's quoted phrase, a title); a finding about
 * something no paragraph shows by itself (a whole form, a group of rows, the package) goes on the
 * nearest enclosing place that was registered, so no finding is left out.
 */
final class Comments {

  /** The comments' author, as reviewers see it in Word's margin. */
  static final String AUTHOR = "jixiao 审核";
  static final String INITIALS = "jx";

  private static final String W = StyleSheet.W;
  private static final QName RANGE_START = new QName(W, "commentRangeStart", "w");
  private static final QName RANGE_END = new QName(W, "commentRangeEnd", "w");
  private static final QName R = new QName(W, "r", "w");
  private static final QName RPR = new QName(W, "rPr", "w");
  private static final QName RSTYLE = new QName(W, "rStyle", "w");
  private static final QName REFERENCE = new QName(W, "commentReference", "w");
  private static final QName ID = new QName(W, "id", "w");
  private static final QName VAL = new QName(W, "val", "w");

  private record Place(XWPFParagraph paragraph, @Nullable XWPFRun from, @Nullable XWPFRun to) {}

  private final Docx docx;
  private final Map<String, Place> byPointer = new HashMap<>();
  private final Map<Integer, Place> byNumber = new HashMap<>();
  private @Nullable Place first;
  private int written;

  Comments(Docx docx) {
    this.docx = docx;
  }

  /** The paragraph shows these pointers (the first registration of a pointer keeps it). */
  void anchor(XWPFParagraph p, String... pointers) {
    Place place = new Place(p, null, null);
    if (first == null) {
      first = place;
    }
    for (String pointer : pointers) {
      byPointer.putIfAbsent(pointer, place);
    }
  }

  /** This finding's comment goes on these runs of a paragraph (a quoted phrase of a report). */
  void phrase(FindingIndex.Entry entry, XWPFParagraph p, XWPFRun from, XWPFRun to) {
    byNumber.put(entry.number(), new Place(p, from, to));
  }

  /** How many comments were written. */
  int written() {
    return written;
  }

  /** Writes a comment for every finding of the request (none when findings are not shown). */
  void write() {
    List<FindingIndex.Entry> all = docx.findings.all();
    if (!docx.marksFindings() || all.isEmpty()) {
      return;
    }
    if (first == null) {
      first = new Place(docx.paragraph(StyleSheet.BODY), null, null);
    }
    XWPFComments part = docx.doc.createComments();
    Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    at.setTimeInMillis(docx.request.timestamp().toEpochMilli());
    for (FindingIndex.Entry e : all) {
      BigInteger id = BigInteger.valueOf(written++);
      XWPFComment c = part.createComment(id);
      c.setAuthor(AUTHOR);
      c.setInitials(INITIALS);
      c.setDate(at);
      Finding f = e.finding();
      XWPFParagraph head = c.createParagraph();
      head.setStyle(StyleSheet.COMMENT);
      head.createRun().getCTR().addNewAnnotationRef();
      Docx.bold(head, "[" + e.number() + "] " + f.severity().chinese() + " " + f.code().name(), "批注");
      XWPFParagraph message = c.createParagraph();
      message.setStyle(StyleSheet.COMMENT);
      Docx.text(message, f.messageZh(), "批注 " + e.number());
      String compared = compared(f);
      if (compared != null) {
        XWPFParagraph values = c.createParagraph();
        values.setStyle(StyleSheet.COMMENT);
        Docx.text(values, compared, "批注 " + e.number());
      }
      wrap(place(e), id);
    }
  }

  /** "应为 9.80；填报 9.8", or 对照 for a comparison between forms, or {@code null}. */
  static @Nullable String compared(Finding f) {
    if (f.expected() == null && f.found() == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    if (f.expected() != null) {
      sb.append((f.code().expectedIsCorrection() ? "应为" : "对照")).append(' ').append(f.expected());
    }
    if (f.found() != null) {
      sb.append(sb.length() > 0 ? "；" : "").append("填报 ").append(f.found());
    }
    return sb.toString();
  }

  private Place place(FindingIndex.Entry e) {
    Place p = byNumber.get(e.number());
    if (p != null) {
      return p;
    }
    String pointer = e.pointer();
    while (true) {
      p = byPointer.get(pointer);
      if (p != null) {
        return p;
      }
      if (pointer.isEmpty()) {
        return first;
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
  }

  /** Puts commentRangeStart before the place's runs, commentRangeEnd and the reference after them. */
  private static void wrap(Place place, BigInteger id) {
    List<XWPFRun> runs = place.paragraph().getRuns();
    CTR from = place.from() != null ? place.from().getCTR() : runs.isEmpty() ? null : runs.get(0).getCTR();
    CTR to = place.to() != null ? place.to().getCTR() : runs.isEmpty() ? null : runs.get(runs.size() - 1).getCTR();
    String value = id.toString();
    XmlCursor c;
    if (from == null) {
      c = place.paragraph().getCTP().newCursor();
      c.toEndToken();
    } else {
      c = from.newCursor();
    }
    c.beginElement(RANGE_START);
    c.insertAttributeWithValue(ID, value);
    c.close();
    if (to == null) {
      c = place.paragraph().getCTP().newCursor();
      c.toEndToken();
    } else {
      c = to.newCursor();
      c.toEndToken();
      c.toNextToken();
    }
    c.beginElement(RANGE_END);
    c.insertAttributeWithValue(ID, value);
    c.toEndToken();
    c.toNextToken();
    c.beginElement(R);
    c.beginElement(RPR);
    c.beginElement(RSTYLE);
    c.insertAttributeWithValue(VAL, "CommentReference");
    c.toEndToken();
    c.toNextToken();
    c.toEndToken();
    c.toNextToken();
    c.beginElement(REFERENCE);
    c.insertAttributeWithValue(ID, value);
    c.close();
  }
}
