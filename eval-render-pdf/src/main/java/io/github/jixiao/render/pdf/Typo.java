package io.github.jixiao.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import io.github.jixiao.render.pdf.Fonts.Face;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Typesetting helper of one render: turns text into phrases with the right font per character
 * (CJK font, Latin font for ASCII where needed), line breaking by Chinese rules (禁则: no line
 * starts with a closing mark, none ends with an opening one), and records every character no
 * font can show, with where it occurs.
 */
final class Typo {

  static final Color BLACK = Color.BLACK;
  static final Color GREY = new Color(0x55, 0x55, 0x55);

  /** Characters that must not start a line (closing marks). */
  static final String NO_LINE_START =
      "，。、；：？！）》」』】〕〉”’％‰…—～·．,.;:?!)]}%>" + "\u3001\u3002\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF01";
  /** Characters that must not end a line (opening marks). */
  static final String NO_LINE_END = "（《「『【〔〈“‘([{<";

  private final Fonts fonts;
  private final Map<String, TreeSet<Integer>> missing = new LinkedHashMap<>();
  private final Map<FontKey, Font> fontCache = new HashMap<>();
  private final SplitCharacter kinsoku = new Kinsoku();
  private final Map<Style, StyleFonts> styleFonts = new HashMap<>();
  private @Nullable Style lastStyle;
  private @Nullable StyleFonts lastFonts;

  Typo(Fonts fonts) {
    this.fonts = fonts;
  }

  Fonts fonts() {
    return fonts;
  }

  /** A text style: role, size, weight, colour. */
  record Style(Role role, float size, boolean bold, Color color) {
    Style {
      Objects.requireNonNull(role);
      Objects.requireNonNull(color);
    }

    Style asBold() {
      return new Style(role, size, true, color);
    }
  }

  static Style style(Role role, float size) {
    return new Style(role, size, false, BLACK);
  }

  /** The text as a phrase in this style; {@code where} names the place for missing characters. */
  Phrase phrase(@Nullable String text, Style style, String where) {
    Phrase phrase = new TextPhrase();
    add(phrase, text, style, where);
    return phrase;
  }

  /** Appends the text in this style to {@code phrase}. */
  void add(Phrase phrase, @Nullable String text, Style style, String where) {
    if (phrase.getFont().getBaseFont() == null) {
      // the phrase's own font is used for paragraph spacing: keep it one of ours
      phrase.setFont(fonts(style).cjk);
    }
    List<Chunk> chunks = chunks(text, style, where);
    if (phrase instanceof TextPhrase tp) {
      for (Chunk c : chunks) {
        tp.append(c);
      }
    } else {
      for (Chunk c : chunks) {
        phrase.add(c);
      }
    }
  }

  /**
   * A phrase of Typo's text. {@link Phrase#add} copies every chunk it is given (a new chunk, its
   * text copied twice, a new font: {@code phrase font.difference(chunk font)}); Typo's chunks are
   * already what that copy would be, unless the phrase's style adds bold, so they go in as they
   * are. Anything else added ({@link Phrase#add}, {@link Phrase#addAll}) is copied as usual.
   */
  static final class TextPhrase extends Phrase {
    private static final long serialVersionUID = 1L;

    /**
     * The chunks, as {@link Phrase#getChunks} lists them, without a list per chunk: OpenPDF asks
     * for them each time it lays the phrase out (to measure a row, to draw it), and {@link
     * Chunk#getChunks} makes a new list for its one chunk. Anything but a plain chunk still
     * answers for itself.
     */
    @Override
    public ArrayList<Element> getChunks() {
      ArrayList<Element> out = new ArrayList<>(size());
      for (Element e : this) {
        if (e.getClass() == Chunk.class) {
          out.add(e);
        } else {
          out.addAll(e.getChunks());
        }
      }
      return out;
    }

    /** Adds the chunk as it is when that gives what {@link Phrase#add} would, else through it. */
    void append(Chunk chunk) {
      if (isOwnCopy(getFont(), chunk)) {
        addSpecial(chunk);
      } else {
        add(chunk);
      }
    }

    /**
     * Whether {@link Phrase#add} would add an equal chunk: one with attributes (so it is not
     * merged into the previous one), no hyphenation to add, and a font that {@code
     * phraseFont.difference(font)} returns unchanged (base font, size and colour set, and the
     * phrase's style adding nothing to the chunk's).
     */
    static boolean isOwnCopy(Font phraseFont, Chunk chunk) {
      Font f = chunk.getFont();
      if (!chunk.hasAttributes() || f.getBaseFont() == null || f.getColor() == null || f.getSize() == Font.UNDEFINED
          || f.getStyle() == Font.UNDEFINED) {
        return false;
      }
      if (phraseFont.isStandardFont()) {
        return true;
      }
      int phraseStyle = phraseFont.getStyle() == Font.UNDEFINED ? 0 : phraseFont.getStyle();
      return (phraseStyle | f.getStyle()) == f.getStyle();
    }
  }

  /** The chunks of the text: one per run of characters in the same font. */
  List<Chunk> chunks(@Nullable String text, Style style, String where) {
    List<Chunk> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    StyleFonts sf = fonts(style);
    // a run is copied out of the text; only a run with a character replaced (tab, CR, one no font
    // has) is built character by character
    StringBuilder altered = null;
    int runStart = 0;
    Font runFont = null;
    int i = 0;
    while (i < text.length()) {
      int original = text.codePointAt(i);
      int cp = original;
      int n = Character.charCount(cp);
      if (cp == '\t') {
        cp = ' ';
      }
      Font f;
      int shown = cp;
      if (cp == '\n' || cp == '\r') {
        f = runFont != null ? runFont : sf.cjk;
      } else if (cp == ' ' && runFont != null) {
        f = runFont;
      } else {
        f = fontFor(sf, cp, where);
        if (f == null) {
          // recorded as missing (the render fails with the list); set a stand-in meanwhile
          f = sf.latin;
          shown = '?';
        }
      }
      if (runFont != null && f != runFont) {
        out.add(chunk(altered != null ? altered.toString() : text.substring(runStart, i), runFont));
        altered = null;
        runStart = i;
      }
      runFont = f;
      if (shown == '\r') {
        shown = '\n';
      }
      if (altered == null && shown != original) {
        altered = new StringBuilder(text.length() - runStart).append(text, runStart, i);
      }
      if (altered != null) {
        altered.appendCodePoint(shown);
      }
      i += n;
    }
    if (runFont != null) {
      out.add(chunk(altered != null ? altered.toString() : text.substring(runStart), runFont));
    }
    return out;
  }

  /**
   * The fonts a style sets text in: its face's CJK font and Latin font, looked up once per style
   * rather than once per character (the last style asked for is remembered: most text of a table
   * is in one style).
   */
  private StyleFonts fonts(Style style) {
    if (style == lastStyle) {
      return lastFonts;
    }
    StyleFonts sf = styleFonts.get(style);
    if (sf == null) {
      Face face = fonts.face(style.role());
      sf = new StyleFonts(face, style.bold() ? face.latinBold() : face.latin(),
          font(face.cjk(), style, face.cjkBold()), latin(face, style));
      styleFonts.put(style, sf);
    }
    lastStyle = style;
    lastFonts = sf;
    return sf;
  }

  /**
   * A style's fonts: the face, the Latin base font its characters are checked against, the CJK
   * and the Latin font.
   */
  private record StyleFonts(Face face, BaseFont latinBase, Font cjk, Font latin) {}

  private Chunk chunk(String text, Font font) {
    Chunk c = new Chunk(text, font);
    c.setSplitCharacter(kinsoku);
    return c;
  }

  private @Nullable Font fontFor(StyleFonts sf, int cp, String where) {
    boolean ascii = cp >= 0x20 && cp < 0x7f;
    if (sf.face.latinFirst() && ascii) {
      return sf.latin;
    }
    if (sf.face.cjk().charExists(cp) || cp == ' ') {
      return sf.cjk;
    }
    if (sf.latinBase.charExists(cp) && isLatinFallback(cp)) {
      return sf.latin;
    }
    missing.computeIfAbsent(where, k -> new TreeSet<>()).add(cp);
    return null;
  }

  private static boolean isLatinFallback(int cp) {
    return cp < 0x2000 && !Character.isIdeographic(cp);
  }

  private Font latin(Face face, Style style) {
    return style.bold() ? font(face.latinBold(), style, true) : font(face.latin(), style, false);
  }

  private Font font(BaseFont base, Style style, boolean faceIsBold) {
    int s = style.bold() && !faceIsBold ? Font.BOLD : Font.NORMAL;
    FontKey key = new FontKey(base, style.size(), s, style.color());
    return fontCache.computeIfAbsent(key, k -> new Font(k.base(), k.size(), k.style(), k.color()));
  }

  private record FontKey(BaseFont base, float size, int style, Color color) {
    @Override
    public boolean equals(Object o) {
      return o instanceof FontKey k && k.base == base && k.size == size && k.style == style && k.color.equals(color);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(base) * 31 + Float.hashCode(size) * 7 + style * 3 + color.hashCode();
    }
  }

  /** Checks text drawn outside phrases (charts, the page footer): records what no font can show. */
  void check(@Nullable String text, Role role, String where) {
    chunks(text, style(role, 10), where);
  }

  /** Width of the text in points, as it will be set. */
  float width(String text, Style style) {
    float w = 0;
    for (Chunk c : chunks(text, style, "(width)")) {
      w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), style.size());
    }
    return w;
  }

  /** Whether some character cannot be shown. */
  boolean hasMissing() {
    return !missing.isEmpty();
  }

  /** One line per place: where, then each character with its code point. */
  List<String> missingReport() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, TreeSet<Integer>> e : missing.entrySet()) {
      StringBuilder sb = new StringBuilder(e.getKey()).append(": ");
      boolean first = true;
      for (int cp : e.getValue()) {
        sb.append(first ? "" : ", ").append('\'').appendCodePoint(cp).append("' U+")
            .append(String.format(Locale.ROOT, "%04X", cp));
        first = false;
      }
      lines.add(sb.toString());
    }
    return lines;
  }

  /**
   * Where {@link com.lowagie.text.Document#add} will start each line of a paragraph of these
   * chunks, worked out the way OpenPDF's {@code PdfDocument} fills lines ({@code PdfLine.add},
   * {@code PdfChunk.split}): chunk by chunk, each broken at its last split character ({@link
   * Kinsoku}) that fits, a chunk whose first character does not fit moved whole to the next line.
   * That is where 禁则 can fail: a chunk boundary (Latin "100%" followed by Chinese "，") is always
   * a break, so a line can start with "，" or end with "（".
   *
   * @param chunks the paragraph's chunks, in order
   * @param first the width of the first line (the column less the first-line indent)
   * @param width the width of the other lines
   * @return the offset of each line's first character in the chunks' text, from 0
   */
  static int[] lineStarts(List<Chunk> chunks, float first, float width) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    float room = first;
    boolean lineEmpty = true;
    int base = 0;
    for (Chunk chunk : chunks) {
      String value = chunk.getContent();
      BaseFont font = chunk.getFont().getBaseFont();
      float size = chunk.getFont().getSize();
      char[] cc = value.toCharArray();
      int at = 0;
      while (at < value.length()) {
        float used = 0;
        int split = -1;
        int lastSpace = -1;
        int i = at;
        boolean newline = false;
        for (; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c == '\r' || c == '\n') {
            newline = true;
            break;
          }
          int cp = value.codePointAt(i);
          used += font == null ? 0 : font.getWidthPoint(cp, size);
          if (c == ' ') {
            lastSpace = i + 1;
          }
          if (Character.charCount(cp) == 2) {
            i++;
          }
          if (used > room) {
            break;
          }
          if (KINSOKU.isSplitCharacter(at, i, cc.length, cc, null)) {
            split = i + 1;
          }
        }
        if (newline) {
          int next = i + (value.charAt(i) == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n' ? 2 : 1);
          if (value.length() - next > 1 && value.charAt(next) == ' ') {
            next++;
          }
          starts.add(base + next);
          room = width;
          lineEmpty = true;
          at = next;
          continue;
        }
        if (i >= value.length()) {
          room -= font == null ? 0 : font.getWidthPoint(value.substring(at), size);
          lineEmpty = false;
          break;
        }
        int next;
        if (split < 0) {
          // nothing of the chunk fits before a split character: it goes to the next line whole
          // (on an empty line, what fits stays: at least one character)
          next = lineEmpty ? Math.max(at + 1, i) : at;
        } else {
          next = lastSpace > split ? lastSpace : split;
        }
        if (value.length() - next > 1 && value.charAt(next) == ' ' && next > at) {
          next++;
        }
        starts.add(base + next);
        room = width;
        lineEmpty = true;
        at = next;
      }
      base += value.length();
    }
    int[] out = new int[starts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = starts.get(i);
    }
    return out;
  }

  private static final Kinsoku KINSOKU = new Kinsoku();

  /**
   * The paragraph as one or more paragraphs that {@link com.lowagie.text.Document#add} sets with
   * no line starting with a closing mark nor ending with an opening one (避头尾): where a line
   * would break that rule (see {@link #lineStarts}), it ends earlier, at the last break that
   * keeps the rule, and the text after it goes on as a paragraph of its own without indent; the
   * line so ended is justified like the others ({@link Element#ALIGN_JUSTIFIED_ALL}) when the
   * paragraph is justified. Leading and indent as given; the text is unchanged.
   *
   * @param phrase the paragraph's text
   * @param width the column's width
   * @param indent the first line's indent
   * @param leading the fixed leading
   * @param alignment the paragraph's alignment
   * @return the paragraphs to add, in order
   */
  static List<com.lowagie.text.Paragraph> paragraphs(Phrase phrase, float width, float indent, float leading,
      int alignment) {
    List<Chunk> chunks = new ArrayList<>();
    for (Element e : phrase.getChunks()) {
      chunks.add((Chunk) e);
    }
    List<com.lowagie.text.Paragraph> out = new ArrayList<>();
    float firstIndent = indent;
    if (!riskyBoundary(chunks)) {
      // within a chunk the split characters keep the rule: only a chunk boundary can break it
      out.add(paragraph(chunks, phrase, firstIndent, leading, alignment));
      return out;
    }
    while (true) {
      StringBuilder text = new StringBuilder();
      for (Chunk c : chunks) {
        text.append(c.getContent());
      }
      int cut = firstBadBreak(text, lineStarts(chunks, width - firstIndent, width));
      if (cut <= 0) {
        out.add(paragraph(chunks, phrase, firstIndent, leading, alignment));
        return out;
      }
      List<Chunk> head = new ArrayList<>();
      List<Chunk> tail = new ArrayList<>();
      int base = 0;
      for (Chunk c : chunks) {
        String v = c.getContent();
        if (base + v.length() <= cut) {
          head.add(c);
        } else if (base >= cut) {
          tail.add(c);
        } else {
          head.add(part(c, v.substring(0, cut - base)));
          tail.add(part(c, v.substring(cut - base)));
        }
        base += v.length();
      }
      out.add(paragraph(head, phrase, firstIndent, leading,
          alignment == Element.ALIGN_JUSTIFIED ? Element.ALIGN_JUSTIFIED_ALL : alignment));
      chunks = tail;
      firstIndent = 0;
    }
  }

  /**
   * Whether a chunk of the paragraph starts with a closing mark or ends with an opening one after
   * or before another chunk: the only places where OpenPDF's line filling can break 避头尾.
   */
  private static boolean riskyBoundary(List<Chunk> chunks) {
    for (int i = 0; i + 1 < chunks.size(); i++) {
      String a = chunks.get(i).getContent();
      String b = chunks.get(i + 1).getContent();
      if (!a.isEmpty() && Kinsoku.noLineEnd(a.charAt(a.length() - 1))
          || !b.isEmpty() && Kinsoku.noLineStart(b.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the text should break instead of where the first line breaking 避头尾 would: the last
   * place before that line's start where a break is allowed and keeps the rule, after the
   * previous line's start; 0 when every line keeps the rule (or no earlier break is possible).
   */
  static int firstBadBreak(CharSequence text, int[] starts) {
    for (int k = 1; k < starts.length; k++) {
      int s = starts[k];
      if (s <= 0 || s >= text.length()) {
        continue;
      }
      char before = text.charAt(s - 1);
      if (before == '\n' || before == '\r') {
        continue;
      }
      int end = s;
      while (end > starts[k - 1] && text.charAt(end - 1) == ' ') {
        end--;
      }
      boolean badStart = Kinsoku.noLineStart(text.charAt(s));
      boolean badEnd = end > starts[k - 1] && Kinsoku.noLineEnd(text.charAt(end - 1));
      if (!badStart && !badEnd) {
        continue;
      }
      for (int b = end - 1; b > starts[k - 1]; b--) {
        if (breakable(text, b)) {
          return b;
        }
      }
    }
    return 0;
  }

  /** Whether a line may end before {@code text[b]}: a break there is allowed and keeps 避头尾. */
  private static boolean breakable(CharSequence text, int b) {
    char before = text.charAt(b - 1);
    char at = text.charAt(b);
    if (Kinsoku.noLineEnd(before) || Kinsoku.noLineStart(at) || Character.isLowSurrogate(at)) {
      return false;
    }
    // a break between two Latin letters or digits would cut a word or a number
    return !(before < 0x80 && at < 0x80 && before != ' ' && at != ' ');
  }

  private static Chunk part(Chunk c, String text) {
    Chunk p = new Chunk(text, c.getFont());
    if (c.getChunkAttributes() != null) {
      p.setChunkAttributes(new HashMap<>(c.getChunkAttributes()));
    }
    return p;
  }

  private static com.lowagie.text.Paragraph paragraph(List<Chunk> chunks, Phrase like, float indent, float leading,
      int alignment) {
    TextPhrase p = new TextPhrase();
    p.setFont(like.getFont());
    for (Chunk c : chunks) {
      p.append(c);
    }
    com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(p);
    para.setLeading(leading, 0);
    para.setFirstLineIndent(indent);
    para.setAlignment(alignment);
    return para;
  }

  /** Line breaking: the default rules plus 禁则 for Chinese punctuation. */
  static final class Kinsoku implements SplitCharacter {
    private static final byte NO_END = 1;
    private static final byte NO_START = 2;
    /**
     * {@link #NO_LINE_END} and {@link #NO_LINE_START} as flags per UTF-16 unit: asked for every
     * character of every line laid out, where searching the two strings cost 2 % of a render.
     */
    private static final byte[] FLAGS = flags();

    private static byte[] flags() {
      byte[] flags = new byte[Character.MAX_VALUE + 1];
      for (int i = 0; i < NO_LINE_END.length(); i++) {
        flags[NO_LINE_END.charAt(i)] |= NO_END;
      }
      for (int i = 0; i < NO_LINE_START.length(); i++) {
        flags[NO_LINE_START.charAt(i)] |= NO_START;
      }
      return flags;
    }

    static boolean noLineEnd(char c) {
      return (FLAGS[c] & NO_END) != 0;
    }

    static boolean noLineStart(char c) {
      return (FLAGS[c] & NO_START) != 0;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk @Nullable [] ck) {
      char c = at(current, cc, ck);
      if (noLineEnd(c)) {
        return false;
      }
      if (current + 1 < end && noLineStart(at(current + 1, cc, ck))) {
        return false;
      }
      if (c <= ' ' || c == '-' || c == '\u2010' || c == '/') {
        return true;
      }
      if (noLineStart(c) && c > 0x2000) {
        return true;
      }
      if (c < 0x2002) {
        return false;
      }
      return c <= 0x200b
          || c >= 0x2e80 && c < 0xd7a0
          || c >= 0xf900 && c < 0xfb00
          || c >= 0xfe30 && c < 0xfe50
          || c >= 0xff00 && c < 0xffa0;
    }

    private static char at(int i, char[] cc, PdfChunk @Nullable [] ck) {
      if (ck == null) {
        return cc[i];
      }
      return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
  }
}
