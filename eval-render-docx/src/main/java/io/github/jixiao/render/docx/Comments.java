package io.github.jixiao.render.docx;

import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  /** The places of the part being written (and of none before: they have left the model). */
  private final Map<String, Place> byPointer = new HashMap<>();
  private final Map<Integer, Place> byNumber = new HashMap<>();
  /** The first place registered: findings about no part (the whole package) go there. */
  private @Nullable Place first;
  /** The first place of the part being written. */
  private @Nullable Place partFirst;
  /** Each finding's comment, saved (index: the comment's id, the finding's number − 1). */
  private final byte[][] made;
  /** The JSON pointers of the package's parts: a finding under none of them is about the package. */
  private final List<String> roots = new ArrayList<>();
  private boolean packageFindingsPlaced;
  /** Whether the first place has left the model with its part. */
  private boolean firstGone;
  private @Nullable XWPFComments part;
  private byte @Nullable [] marker;
  private final Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
  private int written;

  Comments(Docx docx) {
    this.docx = docx;
    this.made = new byte[docx.marksFindings() ? docx.findings.size() : 0][];
    at.setTimeInMillis(docx.request.timestamp().toEpochMilli());
    var pkg = docx.pkg;
    for (String root : new String[] {"/departmentReport", "/basicData", "/departmentEvaluation"}) {
      roots.add(root);
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      roots.add("/projectEvaluations/" + i);
    }
    for (int i = 0; i < pkg.projectReports().size(); i++) {
      roots.add("/projectReports/" + i);
    }
    if (pkg.departmentReport() == null) {
      roots.remove("/departmentReport");
    }
    if (pkg.basicData() == null) {
      roots.remove("/basicData");
    }
    if (pkg.departmentEvaluation() == null) {
      roots.remove("/departmentEvaluation");
    }
  }

  /** The paragraph shows these pointers (the first registration of a pointer keeps it). */
  void anchor(XWPFParagraph p, String... pointers) {
    Place place = new Place(p, null, null);
    if (first == null) {
      first = place;
    }
    if (partFirst == null) {
      partFirst = place;
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

  /**
   * The part at {@code root} is written: the comments of its findings (and, with the first place
   * of all, those about the whole package), in the findings' order, before the part leaves the
   * model.
   */
  void placePart(@Nullable String root) {
    if (made.length == 0) {
      return;
    }
    List<FindingIndex.Entry> now = new ArrayList<>(root == null ? List.of() : docx.findings.under(root));
    if (!packageFindingsPlaced && first != null) {
      packageFindingsPlaced = true;
      for (FindingIndex.Entry e : docx.findings.all()) {
        if (roots.stream().noneMatch(r -> e.pointer().equals(r) || e.pointer().startsWith(r + "/"))) {
          now.add(e);
        }
      }
      now.sort(java.util.Comparator.comparingInt(FindingIndex.Entry::number));
    }
    for (FindingIndex.Entry e : now) {
      if (made[e.number() - 1] == null) {
        make(e, place(e));
      }
    }
  }

  /** The part has left the model: its places go. */
  void forget() {
    byPointer.clear();
    byNumber.clear();
    partFirst = null;
    firstGone = first != null;
  }

  /** Writes a comment for every finding not yet written (none when findings are not shown). */
  void write() throws IOException {
    if (made.length == 0) {
      return;
    }
    if (first == null) {
      first = new Place(docx.paragraph(StyleSheet.BODY), null, null);
    }
    placePart(null);
    for (FindingIndex.Entry e : docx.findings.all()) {
      if (made[e.number() - 1] == null) {
        make(e, place(e));
      }
    }
    if (part != null) {
      // what POI will save: one comment, which the zip's writer replaces by all of them
      marker = docx.spoolBytes(part.createComment(BigInteger.valueOf(-1)).getCtComment());
    }
  }

  private void make(FindingIndex.Entry e, Place place) {
    if (part == null) {
      part = docx.doc.createComments();
    }
    BigInteger id = BigInteger.valueOf(e.number() - 1L);
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
    wrap(place, id);
    try {
      made[e.number() - 1] = docx.spoolBytes(c.getCtComment());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    part.removeComment(0);
    written++;
  }

  /**
   * The comments part's splice: its one (marker) comment replaced by every comment in id order;
   * empty when no comment was written.
   */
  Optional<Repack.Splice> splice() {
    if (marker == null) {
      return Optional.empty();
    }
    return Optional.of(new Repack.Splice("word/comments.xml", marker, () -> new SequenceInputStream(
        Collections.enumeration(Arrays.stream(made).<InputStream>map(ByteArrayInputStream::new).toList()))));
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

  /**
   * Where a finding's comment goes: its phrase, else the nearest place that shows its pointer or
   * one enclosing it, else the first place of all (while it is in the model) or of the part.
   */
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
        break;
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
    if (first != null && !firstGone) {
      return first;
    }
    if (partFirst == null) {
      partFirst = new Place(docx.paragraph(StyleSheet.BODY), null, null);
    }
    return partFirst;
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
