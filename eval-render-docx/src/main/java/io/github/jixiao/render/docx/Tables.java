package io.github.jixiao.render.docx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.ScoreCell;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * What the form and basic-data writers share: cells placed on a grid of column edges, text in
 * a cell aligned as the forms print it (numbers right, labels centred, long text left), score
 * cells with the computed value and the printed one, labels broken into even lines, the notes
 * and the footer line under a table, and the thin paragraph that keeps two tables apart.
 */
final class Tables {

  static final ParagraphAlignment C = ParagraphAlignment.CENTER;
  static final ParagraphAlignment L = ParagraphAlignment.LEFT;
  static final ParagraphAlignment R = ParagraphAlignment.RIGHT;

  /** The grey of secondary text (the printed value under a computed one, the computed note). */
  static final String GREY = "595959";
  /** The colour of the line saying that a form is incomplete (as the PDF). */
  static final String PARTIAL = "C05000";
  /** 五号 (10.5 pt) in half-points: the footer line under a form. */
  static final int WUHAO = 21;

  private Tables() {}

  /**
   * A table's grid: the column edges in twips. Cells are placed from one edge to another, so a
   * block laid out on coarser columns (the header block's rows) spans the grid columns between.
   */
  record Grid(int[] edges) {
    /** A grid from column widths. */
    static Grid ofWidths(int[] widths) {
      int[] e = new int[widths.length + 1];
      for (int i = 0; i < widths.length; i++) {
        e[i + 1] = e[i] + widths[i];
      }
      return new Grid(e);
    }

    /** The grid columns' widths. */
    int[] widths() {
      int[] w = new int[edges.length - 1];
      for (int i = 0; i < w.length; i++) {
        w[i] = edges[i + 1] - edges[i];
      }
      return w;
    }

    /** A cell over grid columns {@code first..last} (inclusive). */
    XWPFTableCell cell(XWPFTableRow r, int first, int last, @Nullable String merge) {
      return Docx.cell(r, edges[last + 1] - edges[first], last - first + 1, merge);
    }

    /** The grid column that starts at this edge (twips). */
    int at(int edge) {
      for (int i = 0; i < edges.length; i++) {
        if (edges[i] == edge) {
          return i;
        }
      }
      throw new IllegalArgumentException("no column edge at " + edge);
    }
  }

  /**
   * Long runs of spaces that pushed text to the next line in the source document become a line
   * break ("职责                    目标2" → "职责\n目标2"), as the PDF writes them.
   */
  static @Nullable String collapse(@Nullable String value) {
    if (value == null || value.indexOf("    ") < 0) {
      return value;
    }
    return value.replaceAll(" {4,}\\s*", "\n").strip();
  }

  /** Centred when short, left when long or of several lines (the PDF's rule for text cells). */
  static ParagraphAlignment auto(@Nullable String value) {
    if (value == null) {
      return C;
    }
    return value.length() > 24 || value.indexOf('\n') >= 0 ? L : C;
  }

  /** Writes the text into the cell's paragraph with this alignment; returns the cell. */
  static XWPFTableCell put(XWPFTableCell c, @Nullable String text, ParagraphAlignment align, String where) {
    XWPFParagraph p = Docx.paragraph(c);
    p.setAlignment(align);
    Docx.text(p, collapse(text), where);
    return c;
  }

  /** A text cell aligned by {@link #auto}. */
  static XWPFTableCell auto(XWPFTableCell c, @Nullable String text, String where) {
    String v = collapse(text);
    return put(c, v, auto(v), where);
  }

  /** Keeps the row's paragraphs with the next row (a header row never ends a page alone). */
  static void keepWithNext(XWPFTableRow r) {
    for (XWPFTableCell c : r.getTableCells()) {
      for (XWPFParagraph p : c.getParagraphs()) {
        p.setKeepNext(true);
      }
    }
  }

  /** Removes a cell's border on one side ("top", "bottom"): a label open towards the cell it continues. */
  static void open(XWPFTableCell c, String side) {
    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    CTTcBorders b = pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders();
    CTBorder border = "top".equals(side) ? b.addNewTop() : b.addNewBottom();
    border.setVal(STBorder.NIL);
  }

  /** Indents a cell's text (the sub-rows of 经费控制情况), in twips. */
  static void indent(XWPFTableCell c, int twips) {
    if (twips > 0) {
      Docx.paragraph(c).setIndentationLeft(twips);
    }
  }

  // ---------------------------------------------------------------- values

  static @Nullable String text(@Nullable ScoreCell cell) {
    return cell == null ? null : cell.toString();
  }

  static @Nullable String text(@Nullable BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  /** An amount as printed: the number in plain notation, or the mark ("—"). */
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

  /** Whether a computed score differs from the printed one (a blank printed score differs). */
  static boolean differs(@Nullable ScoreCell printed, @Nullable BigDecimal computed) {
    if (computed == null) {
      return false;
    }
    if (printed == null || printed.value() == null) {
      return true;
    }
    return printed.value().compareTo(computed) != 0;
  }

  /**
   * A score cell, right-aligned: the printed value; or, when {@code showComputed}, jixiao's value
   * with "填报 X" on a second line in small grey and the cell filled {@link Docx#CHANGED} when the
   * two differ. Findings registered on the cell afterwards fill it with their colour instead.
   */
  static XWPFTableCell score(XWPFTableCell c, @Nullable ScoreCell printed, @Nullable BigDecimal computed,
      boolean showComputed, String where) {
    if (!showComputed) {
      return put(c, text(printed), R, where);
    }
    String shown = computed != null ? number(computed) : text(printed);
    put(c, shown, R, where);
    if (differs(printed, computed)) {
      XWPFParagraph p = Docx.paragraph(c);
      XWPFRun first = p.getRuns().isEmpty() ? null : p.getRuns().get(p.getRuns().size() - 1);
      if (first != null) {
        first.addBreak();
      }
      XWPFRun r = Docx.text(p, "填报" + (printed == null ? "空" : printed.toString()), where);
      if (r != null) {
        r.setFontSize(7);
        r.setColor(GREY);
      }
      Docx.shade(c, Docx.CHANGED);
    }
    return c;
  }

  // ---------------------------------------------------------------- labels

  private static final Pattern POINTS_SUFFIX = Pattern.compile("[（(]\\s*\\d+(\\.\\d+)?\\s*分\\s*[)）]$");

  /**
   * Breaks a label too wide for its column into lines of about equal length, the weight
   * "（30分）" on a line of its own: "社会效益指标" → "社会效\n益指标" (as the official forms print
   * it) rather than Word's "社会效益指\n标".
   *
   * @param label the label, or {@code null}
   * @param width the column's width in twips (margins included)
   */
  static @Nullable String balance(@Nullable String label, int width) {
    if (label == null || label.indexOf('\n') >= 0) {
      return label;
    }
    int inner = width - Widths.PADDING;
    if (Widths.width(label) <= inner) {
      return label;
    }
    String head = label;
    String tail = "";
    Matcher m = POINTS_SUFFIX.matcher(label);
    if (m.find() && m.start() > 0) {
      head = label.substring(0, m.start()).strip();
      tail = "\n" + m.group();
    }
    int w = Widths.width(head);
    if (w <= inner) {
      return head + tail;
    }
    int lines = (w + inner - 1) / Math.max(1, inner);
    int n = head.codePointCount(0, head.length());
    if (lines >= n) {
      return label;
    }
    StringBuilder sb = new StringBuilder();
    int from = 0;
    for (int i = 1; i <= lines; i++) {
      int to = Math.round((float) n * i / lines);
      sb.append(i > 1 ? "\n" : "").append(head, head.offsetByCodePoints(0, from), head.offsetByCodePoints(0, to));
      from = to;
    }
    return sb + tail;
  }

  // ---------------------------------------------------------------- around tables

  /**
   * A paragraph one point high between two tables: Word joins tables that touch into one (the
   * indicator table's header row would no longer be its first row and would not repeat).
   */
  static void gap(Docx d) {
    XWPFParagraph p = d.paragraph(StyleSheet.CELL);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(1, LineSpacingRule.EXACT);
  }

  /**
   * The notes (备注, 说明) and the footer line (填表人 … 联系电话) under a form, each note a
   * paragraph, the footer one line of 五号 text with the fields three spaces apart.
   */
  static void trailer(Docx d, List<String> notes, List<FooterField> footer, String base, String where) {
    for (int i = 0; i < notes.size(); i++) {
      XWPFParagraph p = d.paragraph(StyleSheet.NOTE);
      if (i == 0) {
        p.setSpacingBefore(100);
      }
      Docx.text(p, notes.get(i), where + " 备注");
      d.anchor(p, base + "/notes/" + i);
    }
    if (!footer.isEmpty()) {
      XWPFParagraph p = d.paragraph(StyleSheet.NOTE);
      p.setSpacingBefore(160);
      String[] pointers = new String[footer.size()];
      for (int i = 0; i < footer.size(); i++) {
        FooterField f = footer.get(i);
        XWPFRun r = Docx.text(p, (i == 0 ? "" : "\u3000\u3000\u3000") + f.label() + "："
            + (f.value() == null ? "\u3000\u3000\u3000" : f.value()), where + " 填表信息");
        if (r != null) {
          r.setFontSize(WUHAO / 2.0);
        }
        pointers[i] = base + "/footer/" + i;
      }
      d.anchor(p, pointers);
    }
  }

  /** Sets a paragraph's outline level (0: a navigation-pane entry, 9: body text). */
  static void outline(XWPFParagraph p, int level) {
    var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    (ppr.isSetOutlineLvl() ? ppr.getOutlineLvl() : ppr.addNewOutlineLvl()).setVal(BigInteger.valueOf(level));
  }
}
