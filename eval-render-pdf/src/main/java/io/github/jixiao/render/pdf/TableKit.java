package io.github.jixiao.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.render.pdf.Fonts.Role;
import io.github.jixiao.render.pdf.Typo.Style;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Table cells in the forms' style, with findings marked and computed values shown. */
final class TableKit {

  static final float SIZE = 9f;
  static final float SMALL = 6.5f;
  static final float BORDER = 0.5f;
  /** Line height in table cells, times the font size. */
  static final float LEADING = 1.32f;
  /** Background of a cell whose computed value differs from the printed one (COMPUTED mode). */
  static final Color CHANGED = new Color(0xDD, 0xEB, 0xF7);

  final Typo typo;
  final Marks marks;
  final Style text;
  final Style small;
  private final Map<LabelKey, LabelLayout> labels = new HashMap<>();

  TableKit(Typo typo, Marks marks) {
    this.typo = typo;
    this.marks = marks;
    this.text = Typo.style(Role.BODY, SIZE);
    this.small = new Style(Role.BODY, SMALL, false, Typo.GREY);
  }

  /** A bordered cell with the text (blank when null), vertically centred. */
  PdfPCell cell(@Nullable String value, int align, String where) {
    String v = collapse(value);
    if (v == null || v.isEmpty()) {
      // a blank cell holds no phrase: OpenPDF lays an empty one out (to measure the row, to draw
      // it) for nothing; it measures and draws the same. mark() gives it one if it needs one.
      return cell((Phrase) null, align);
    }
    return cell(typo.phrase(v, text, where), align);
  }

  /** Height of a cell holding one line of table text: a row of blank cells is a line high. */
  static final float LINE = SIZE * LEADING + 0.5f + 3.8f;

  /**
   * A bordered cell holding the phrase; {@code null}: a cell with no text at all, as high as a
   * line of text (an empty row is drawn at text height, not as a sliver between two rules).
   */
  static PdfPCell cell(@Nullable Phrase phrase, int align) {
    PdfPCell c = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
    if (phrase == null) {
      c.setMinimumHeight(LINE);
    }
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setBorderWidth(BORDER);
    c.setPaddingLeft(3f);
    c.setPaddingRight(3f);
    // no ascender/descender adjustment: every line is one leading high, so single lines in a
    // row share a baseline whatever their font (CJK or Times)
    c.setPaddingTop(0.5f);
    c.setPaddingBottom(3.8f);
    c.setLeading(0f, LEADING);
    return c;
  }

  /** A cell for a label or value: centred when short, left-aligned when long or multi-line. */
  PdfPCell auto(@Nullable String value, String where) {
    String v = collapse(value);
    return cell(v, alignFor(v), where);
  }

  /**
   * Long runs of spaces that pushed text to the next line in the source document become a line
   * break ("职责                    目标2" → "职责\n目标2").
   */
  static @Nullable String collapse(@Nullable String value) {
    if (value == null || value.indexOf("    ") < 0) {
      return value;
    }
    return value.replaceAll(" {4,}\\s*", "\n").strip();
  }

  static int alignFor(@Nullable String value) {
    if (value == null) {
      return Element.ALIGN_CENTER;
    }
    return value.length() > 24 || value.indexOf('\n') >= 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER;
  }

  /**
   * A merged label cell (level-1 or level-2 indicator, a block's side label): the text and its
   * finding numbers are drawn centred in every part of the cell, also after a page break.
   *
   * @param width the column's width in points
   */
  PdfPCell label(@Nullable String value, List<Marks.Entry> found, float width, String where) {
    // the same labels (产出指标, 数量指标 …) recur in every form at the same column width: their
    // line breaks and height are worked out once per render (not with findings: those add numbers)
    LabelKey key = found.isEmpty() ? new LabelKey(value, width) : null;
    LabelLayout known = key == null ? null : labels.get(key);
    String lines = known != null ? known.lines() : balance(value, width - 6.5f);
    Phrase p = typo.phrase(lines, text, where);
    // the cell holds no text (an empty phrase would still be laid out when the row is measured
    // and drawn): the event draws the label, and its finding numbers in the corner above it
    PdfPCell c = cell(null, Element.ALIGN_CENTER);
    float inner = width - c.getPaddingLeft() - c.getPaddingRight();
    TableEvents.CentredLabel event = known != null && known.inner() == inner
        ? new TableEvents.CentredLabel(p, inner, known.height())
        : new TableEvents.CentredLabel(p);
    TableEvents.CornerMarks corner = corner(found);
    if (corner != null) {
      event.marks(corner);
    }
    c.setCellEvent(event);
    Severity worst = Marks.worst(found);
    if (worst != null) {
      c.setBackgroundColor(Marks.background(worst));
    }
    float h = event.measure(inner);
    if (key != null && known == null) {
      labels.put(key, new LabelLayout(lines, inner, h));
    }
    c.setMinimumHeight(h + c.getPaddingTop() + c.getPaddingBottom() + 1
        + (corner == null ? 0 : TableEvents.CornerMarks.HEIGHT));
    return c;
  }

  /** A label without findings and the column width it is set in. */
  private record LabelKey(@Nullable String value, float width) {}

  /** How a label is set: its lines (from {@link #balance}), the width they are measured in, their height. */
  private record LabelLayout(@Nullable String lines, float inner, float height) {}

  private static final java.util.regex.Pattern POINTS_SUFFIX =
      java.util.regex.Pattern.compile("[（(]\\s*\\d+(\\.\\d+)?\\s*分\\s*[)）]$");

  /**
   * Breaks a label that does not fit on one line into lines of about equal length, the weight
   * "（30分）" on a line of its own: "社会效益指标" → "社会效\n益指标" (as the official forms
   * print it) rather than "社会效益指\n标".
   */
  @Nullable String balance(@Nullable String label, float inner) {
    if (label == null || label.indexOf('\n') >= 0 || typo.width(label, text) <= inner) {
      return label;
    }
    String head = label;
    String tail = "";
    java.util.regex.Matcher m = POINTS_SUFFIX.matcher(label);
    if (m.find() && m.start() > 0) {
      head = label.substring(0, m.start()).strip();
      tail = "\n" + m.group();
    }
    float w = typo.width(head, text);
    if (w <= inner) {
      return head + tail;
    }
    int lines = (int) Math.ceil(w / inner);
    int n = head.codePointCount(0, head.length());
    if (lines >= n) {
      return label;
    }
    StringBuilder sb = new StringBuilder();
    int from = 0;
    for (int i = 1; i <= lines; i++) {
      int to = Math.round((float) n * i / lines);
      int a = head.offsetByCodePoints(0, from);
      int b = head.offsetByCodePoints(0, to);
      sb.append(i > 1 ? "\n" : "").append(head, a, b);
      from = to;
    }
    return sb + tail;
  }

  /**
   * The notes (备注, 说明) and the footer line (填表人 … 联系电话) under a form, as a borderless
   * table: tables are written after the page's paragraphs, so keeping these in a table keeps
   * them after the form's cells in the text a reader (or a screen reader) gets.
   */
  PdfPTable trailer(List<String> notes, List<io.github.jixiao.model.FooterField> footer, String base, String where) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSplitLate(true);
    for (int i = 0; i < notes.size(); i++) {
      Phrase np = typo.phrase(notes.get(i), text, where + " 备注");
      np.addAll(markers(at(base + "/notes/" + i), SIZE));
      PdfPCell c = plain(np, Element.ALIGN_LEFT);
      c.setPaddingTop(i == 0 ? 5 : 1);
      c.setLeading(0, 1.4f);
      t.addCell(c);
    }
    if (!footer.isEmpty()) {
      Style s = Typo.style(Role.BODY, 10.5f);
      Phrase p = new Phrase();
      for (int i = 0; i < footer.size(); i++) {
        io.github.jixiao.model.FooterField f = footer.get(i);
        typo.add(p, (i == 0 ? "" : "\u3000\u3000\u3000") + f.label() + "："
            + (f.value() == null ? "\u3000\u3000\u3000" : f.value()), s, where + " 填表信息");
        p.addAll(markers(at(base + "/footer/" + i), 10.5f));
      }
      PdfPCell c = plain(p, Element.ALIGN_LEFT);
      c.setPaddingTop(8);
      c.setLeading(0, 1.5f);
      t.addCell(c);
    }
    return t;
  }

  /** A cell without borders spanning the table: the "（续表）" line. */
  PdfPCell plain(Phrase phrase, int align) {
    PdfPCell c = new PdfPCell(phrase);
    c.setBorder(Rectangle.NO_BORDER);
    c.setHorizontalAlignment(align);
    c.setPaddingLeft(0);
    c.setPaddingBottom(4f);
    c.setUseAscender(true);
    c.setUseDescender(true);
    return c;
  }

  /**
   * Marks the findings on the cell: a coloured background for the most serious one and their
   * numbers, each linked to its entry in 审核意见, in the cell's top-right corner — never in the
   * value's text ({@link TableEvents.CornerMarks}). Where they go is settled by {@link #place}.
   */
  PdfPCell mark(PdfPCell cell, List<Marks.Entry> found) {
    Severity worst = Marks.worst(found);
    if (worst == null) {
      return cell;
    }
    cell.setBackgroundColor(Marks.background(worst));
    cell.setCellEvent(corner(found));
    return cell;
  }

  /** The numbers of the findings, to draw in a cell's corner; {@code null} when there are none. */
  TableEvents.@Nullable CornerMarks corner(List<Marks.Entry> found) {
    if (found.isEmpty()) {
      return null;
    }
    Phrase p = new Phrase();
    float width = 0;
    for (Chunk c : markers(found, SIZE)) {
      c.setTextRise(0);
      p.add(c);
      width += c.getFont().getBaseFont().getWidthPoint(c.getContent(), c.getFont().getSize());
    }
    return new TableEvents.CornerMarks(found, p, width);
  }

  /** Finding numbers of cells too narrow for them, waiting for the last cell of their row. */
  private final List<Marks.Entry> carried = new ArrayList<>();

  /**
   * Places the cell on the grid ({@link Grid#place}) and settles its finding numbers: the cell
   * keeps room for them on the right of its text, unless that leaves too little room for the
   * widest word or number of the text; then they move to the last cell of the row (the cell that
   * reaches the table's right edge), which takes them with its own.
   */
  PdfPCell place(Grid grid, PdfPCell cell, Grid.Block block, int first, int last) {
    grid.place(cell, block, first, last);
    float width = block.edges()[last + 1] - block.edges()[first];
    boolean rowEnd = last + 1 == block.columns();
    TableEvents.CornerMarks own = cell.getCellEvent() instanceof TableEvents.CornerMarks m ? m : null;
    if (own != null && !rowEnd
        && widestWord(cell.getPhrase()) > width - cell.getPaddingLeft() - own.reserve()) {
      carried.addAll(own.found);
      cell.setCellEvent(null);
      own = null;
    }
    if (rowEnd && !carried.isEmpty()) {
      List<Marks.Entry> all = new ArrayList<>(own == null ? List.of() : own.found);
      all.addAll(carried);
      carried.clear();
      own = corner(all);
      com.lowagie.text.pdf.PdfPCellEvent before = cell.getCellEvent();
      TableEvents.CornerMarks numbers = own;
      cell.setCellEvent(before == null || before instanceof TableEvents.CornerMarks ? numbers
          : (c, position, canvases) -> {
            before.cellLayout(c, position, canvases);
            numbers.cellLayout(c, position, canvases);
          });
    }
    if (own != null) {
      cell.setPaddingRight(own.reserve());
    }
    return cell;
  }

  /** Width of the widest piece of the phrase that cannot be broken: a number, a Latin word, one Chinese character. */
  static float widestWord(@Nullable Phrase phrase) {
    if (phrase == null) {
      return 0;
    }
    float widest = 0;
    float word = 0;
    for (Element e : phrase.getChunks()) {
      Chunk c = (Chunk) e;
      com.lowagie.text.pdf.BaseFont f = c.getFont().getBaseFont();
      float size = c.getFont().getSize();
      String s = c.getContent();
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        float w = f == null ? size / 2 : f.getWidthPoint(ch, size);
        if (Character.isWhitespace(ch)) {
          word = 0;
        } else if (ch >= 0x2e80) {
          // a Chinese character (or full-width sign) is a piece of its own
          word = 0;
          widest = Math.max(widest, w);
        } else {
          word += w;
          widest = Math.max(widest, word);
        }
      }
    }
    return widest;
  }

  /**
   * The numbers of the findings as small raised chunks "[3][4]" linked to 审核意见, for text that
   * is not a table value (titles, notes, report sentences).
   */
  List<Chunk> markers(List<Marks.Entry> found, float size) {
    List<Chunk> out = new ArrayList<>();
    for (Marks.Entry e : found) {
      Style s = new Style(Role.BODY, Math.max(SMALL, size * 0.72f), false, Marks.ink(e.finding().severity()));
      for (Chunk c : typo.chunks("[" + e.number() + "]", s, "审核意见编号")) {
        c.setTextRise(size * 0.33f);
        c.setLocalGoto(e.anchor());
        out.add(c);
      }
    }
    return out;
  }

  /** The cells' findings: every pointer's, in order, without repeats. */
  List<Marks.Entry> at(String... pointers) {
    List<Marks.Entry> out = new ArrayList<>();
    for (String p : pointers) {
      for (Marks.Entry e : marks.at(p)) {
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * A score cell: the printed value, or in COMPUTED mode jixiao's value with the printed one
   * underneath when they differ.
   */
  PdfPCell score(@Nullable ScoreCell printed, @Nullable BigDecimal computed, boolean showComputed, String where) {
    // a number: right-aligned, as in the workbook
    if (!showComputed) {
      return cell(text(printed), Element.ALIGN_RIGHT, where);
    }
    boolean differs = differs(printed, computed);
    String shown = computed != null ? number(computed) : text(printed);
    Phrase p = typo.phrase(shown, text, where);
    PdfPCell c = cell(p, Element.ALIGN_RIGHT);
    if (differs) {
      typo.add(p, "\n填报" + (printed == null ? "空" : printed.toString()), small, where);
      c.setPhrase(p);
      c.setBackgroundColor(CHANGED);
    }
    return c;
  }

  static boolean differs(@Nullable ScoreCell printed, @Nullable BigDecimal computed) {
    if (computed == null) {
      return false;
    }
    if (printed == null || printed.value() == null) {
      return true;
    }
    return printed.value().compareTo(computed) != 0;
  }

  static @Nullable String text(@Nullable ScoreCell cell) {
    return cell == null ? null : cell.toString();
  }

  static @Nullable String text(@Nullable BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  /** An amount cell as printed: the number in plain notation, or the mark ("—"). */
  static @Nullable String text(@Nullable Amount amount) {
    return amount == null ? null : amount.toString();
  }

  /** A computed number without trailing zeros: 9.80 → "9.8", 20.00 → "20". */
  static String number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return v.toPlainString();
  }
}
