package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Anchor;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TypoTest {

  private static boolean splitsAfter(String text, int index) {
    char[] cc = text.toCharArray();
    return new Typo.Kinsoku().isSplitCharacter(0, index, cc.length, cc, null);
  }

  @Test
  void noLineStartsWithAClosingMarkNorEndsWithAnOpeningOne() {
    // 发展，建议: not between 展 and ，; after ， yes
    assertThat(splitsAfter("发展，建议", 1)).isFalse();
    assertThat(splitsAfter("发展，建议", 2)).isTrue();
    assertThat(splitsAfter("资金（万元）", 2)).isFalse();
    assertThat(splitsAfter("达到95％以上", 3)).isFalse();
    assertThat(splitsAfter("完成。下一步", 2)).isTrue();
    assertThat(splitsAfter("“全角”引号", 3)).isTrue();
    assertThat(splitsAfter("“全角”引号", 0)).isFalse();
    assertThat(splitsAfter("ISO9001", 3)).isFalse();
  }

  @Test
  void theLineBreakingTablesHoldExactlyTheListedMarks() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Typo.Kinsoku.noLineEnd(c)).as("U+%04X", (int) c).isEqualTo(Typo.NO_LINE_END.indexOf(c) >= 0);
      assertThat(Typo.Kinsoku.noLineStart(c)).as("U+%04X", (int) c).isEqualTo(Typo.NO_LINE_START.indexOf(c) >= 0);
    }
    assertThat(Typo.Kinsoku.noLineEnd('（')).isTrue();
    assertThat(Typo.Kinsoku.noLineStart('，')).isTrue();
    assertThat(Typo.Kinsoku.noLineStart('资')).isFalse();
  }

  @Test
  void theDefaultSetUpSetsAsciiInTimesAndChineseInStSong() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    List<Chunk> chunks = typo.chunks("PM2.5监测≥95%", Typo.style(Role.BODY, 10), "test");
    assertThat(chunks).extracting(Chunk::getContent).containsExactly("PM2.5", "监测≥", "95%");
    assertThat(chunks).extracting(c -> c.getFont().getBaseFont().getPostscriptFontName())
        .containsExactly("Times-Roman", "STSong-Light", "Times-Roman");
    assertThat(typo.hasMissing()).isFalse();
  }

  @Test
  void textInAnotherStyleBetweenTwoOfTheSameStyleGetsItsOwnFonts() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Typo.Style body = Typo.style(Role.BODY, 9);
    Typo.Style bold = Typo.style(Role.TITLE, 16).asBold();
    List<Chunk> first = typo.chunks("资金A", body, "test");
    List<Chunk> heading = typo.chunks("资金A", bold, "test");
    List<Chunk> again = typo.chunks("资金A", body, "test");

    assertThat(heading).extracting(c -> c.getFont().getSize()).containsExactly(16f, 16f);
    assertThat(heading).extracting(c -> c.getFont().getBaseFont().getPostscriptFontName())
        .containsExactly("STSong-Light", "Times-Bold");
    // STSong-Light has no bold face: bold is simulated on the CJK run only
    assertThat(heading.get(0).getFont().isBold()).isTrue();
    assertThat(again).extracting(c -> c.getFont().getSize()).containsExactly(9f, 9f);
    assertThat(again).extracting(c -> c.getFont().getBaseFont().getPostscriptFontName())
        .containsExactly("STSong-Light", "Times-Roman");
    assertThat((Object) again.get(0).getFont()).isSameAs(first.get(0).getFont());
    assertThat(again.get(0).getFont().isBold()).isFalse();
  }

  /** Content, base font, size, style, colour, rise and attributes of each chunk of the phrase. */
  static List<String> describe(Phrase phrase) {
    List<String> out = new ArrayList<>();
    for (Element e : phrase.getChunks()) {
      Chunk c = (Chunk) e;
      Font f = c.getFont();
      out.add(c.getContent() + "|" + f.getBaseFont().getPostscriptFontName() + "|" + f.getSize() + "|" + f.getStyle()
          + "|" + f.getColor() + "|" + c.getTextRise() + "|" + new TreeMap<>(c.getChunkAttributes()).keySet());
    }
    return out;
  }

  @Test
  void aTypoPhraseHoldsTheSameChunksAsAddingThemToAPlainPhrase() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Typo.Style body = Typo.style(Role.BODY, 9);
    Typo.Style small = new Typo.Style(Role.BODY, 6.5f, false, Typo.GREY);
    Phrase mine = typo.phrase("资金A 100", body, "test");
    typo.add(mine, "\n填报95", small, "test");
    Phrase plain = new Phrase();
    plain.setFont(mine.getFont());
    typo.chunks("资金A 100", body, "test").forEach(plain::add);
    typo.chunks("\n填报95", small, "test").forEach(plain::add);

    assertThat(mine).isInstanceOf(Typo.TextPhrase.class);
    assertThat(describe(mine)).isEqualTo(describe(plain)).hasSize(4);
    assertThat(describe(mine).get(2)).startsWith("\n填报|STSong-Light|6.5|0|");
  }

  @Test
  void aTypoPhraseListsItsChunksAndThoseOfWhatIsNestedInItInOrder() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Typo.Style body = Typo.style(Role.BODY, 9);
    Phrase mine = typo.phrase("资金A", body, "test");
    // an anchor stays an element of its own (a nested phrase would be copied in chunk by chunk)
    Anchor anchor = new Anchor(typo.chunks("完成", body, "test").get(0));
    mine.add(anchor);
    typo.add(mine, "率", body, "test");

    assertThat(mine).hasSize(4);
    List<Element> chunks = mine.getChunks();
    assertThat(chunks).extracting(e -> ((Chunk) e).getContent()).containsExactly("资金", "A", "完成", "率");
    assertThat(chunks.get(0)).isSameAs(mine.get(0));
    assertThat(chunks.get(2)).isSameAs(anchor.get(0));
    assertThat(chunks.get(3)).isSameAs(mine.get(3));
  }

  @Test
  void textAddedToABoldPhraseIsMadeBoldAsAPlainPhraseWouldMakeIt() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Phrase title = typo.phrase("附件3-1", Typo.style(Role.TITLE, 16).asBold(), "test");
    typo.add(title, "注", Typo.style(Role.BODY, 9), "test");

    assertThat(title.getFont().isBold()).isTrue();
    // Phrase.add ORs the phrase's style into the chunk's: the note comes out bold too
    assertThat(((Chunk) title.getChunks().get(title.size() - 1)).getFont().isBold()).isTrue();
    assertThat(Typo.TextPhrase.isOwnCopy(title.getFont(), typo.chunks("注", Typo.style(Role.BODY, 9), "t").get(0)))
        .isFalse();
    assertThat(Typo.TextPhrase.isOwnCopy(title.getFont(), typo.chunks("注", Typo.style(Role.BODY, 9).asBold(), "t")
        .get(0))).isTrue();
  }

  @Test
  void tabsCarriageReturnsAndMissingCharactersAreReplacedInsideTheirRuns() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    List<Chunk> chunks = typo.chunks("资金\t安排\r\n完成☃率 A\tB", Typo.style(Role.BODY, 9), "test");

    assertThat(chunks).extracting(Chunk::getContent).containsExactly("资金 安排\n\n完成", "?", "率 ", "A B");
    assertThat(chunks).extracting(c -> c.getFont().getBaseFont().getPostscriptFontName())
        .containsExactly("STSong-Light", "Times-Roman", "STSong-Light", "Times-Roman");
    assertThat(typo.missingReport()).containsExactly("test: '☃' U+2603");
  }

  @Test
  void charactersNoFontHasAreRecordedWhereTheyOccur() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    typo.chunks("正常文字", Typo.style(Role.BODY, 10), "附件3-1 项目支出名称");
    typo.chunks("𠀀☃", Typo.style(Role.BODY, 10), "附件5-2 二、情况");
    assertThat(typo.missingReport()).containsExactly("附件5-2 二、情况: '☃' U+2603, '𠀀' U+20000");
  }

  @Test
  void longLabelsBreakIntoBalancedLinesWithTheWeightOnItsOwnLine() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    TableKit kit = new TableKit(typo, Marks.of(io.github.jixiao.model.render.FindingIndex.empty(), false));
    assertThat(kit.balance("社会效益指标", 47.5f)).isEqualTo("社会效\n益指标");
    assertThat(kit.balance("产出指标（30分）", 47.5f)).isEqualTo("产出指标\n（30分）");
    assertThat(kit.balance("满意度指标(10分)", 47.5f)).isEqualTo("满意度指标\n(10分)");
    assertThat(kit.balance("数量指标", 47.5f)).isEqualTo("数量指标");
  }

  @Test
  void runsOfSpacesThatPushedTextToTheNextLineBecomeLineBreaks() {
    assertThat(TableKit.collapse("目标1:保证职责                目标2：保证运转")).isEqualTo("目标1:保证职责\n目标2：保证运转");
    assertThat(TableKit.collapse("年   月   日")).isEqualTo("年   月   日");
  }

  /**
   * Issue 15 (避头尾): paragraphs set by Document.add, with a Latin run just before "，" or just
   * after "（" at every place of the line: no line starts with the closing mark or ends with the
   * opening one, and the text is unchanged.
   */
  @Test
  void documentParagraphsNeverBreakBeforeAClosingMarkOrAfterAnOpeningOneAcrossFontChanges() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Typo.Style style = Typo.style(Role.BODY, 12);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4, 100, 295, 40, 40);
    com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
    doc.open();
    StringBuilder all = new StringBuilder();
    for (int n = 0; n < 16; n++) {
      String text = "汉".repeat(n) + "指标值为100%，实际完成100%，预算（2023年）执行率98.5%。" + "汉".repeat(20);
      all.append(text);
      for (com.lowagie.text.Paragraph p : Typo.paragraphs(typo.phrase(text, style, "test"), doc.right() - doc.left(),
          24, 18, Element.ALIGN_JUSTIFIED)) {
        doc.add(p);
      }
    }
    doc.close();
    PdfLayout layout = new PdfLayout(out.toByteArray());
    StringBuilder read = new StringBuilder();
    int lines = 0;
    for (int page = 1; page <= layout.pageCount(); page++) {
      for (PdfLayout.Run line : layout.lines(page)) {
        String t = line.text();
        lines++;
        read.append(t);
        assertThat(t.charAt(0)).as("line '%s'", t).isNotIn('，', '。', '）', '%');
        assertThat(t.charAt(t.length() - 1)).as("line '%s'", t).isNotEqualTo('（');
      }
    }
    assertThat(lines).isGreaterThan(60);
    assertThat(PdfText.squeeze(read.toString())).isEqualTo(PdfText.squeeze(all.toString()));
  }

  @Test
  void theLineBreaksWorkedOutAreOpenPdfsOwn() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Typo.Style style = Typo.style(Role.BODY, 12);
    float width = 200;
    boolean broken = false;
    for (int n = 0; n < 16; n++) {
      String text = "汉".repeat(n) + "指标值为100%，实际完成100%，预算（2023年）执行率98.5%。" + "汉".repeat(20);
      Phrase phrase = typo.phrase(text, style, "test");
      List<Chunk> chunks = new ArrayList<>();
      for (Element e : phrase.getChunks()) {
        chunks.add((Chunk) e);
      }
      int[] starts = Typo.lineStarts(chunks, width - 24, width);
      // OpenPDF's own lines of the same paragraph
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4, 100, 595 - 100 - width,
          40, 40);
      com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
      doc.open();
      com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(phrase);
      p.setLeading(18, 0);
      p.setFirstLineIndent(24);
      doc.add(p);
      doc.close();
      List<String> lines = new ArrayList<>();
      for (PdfLayout.Run r : new PdfLayout(out.toByteArray()).lines(1)) {
        lines.add(r.text());
      }
      List<String> worked = new ArrayList<>();
      for (int i = 0; i < starts.length; i++) {
        worked.add(text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length()).strip());
      }
      assertThat(worked).as("n = %d", n).isEqualTo(lines);
      broken |= lines.stream().anyMatch(l -> l.startsWith("，") || l.startsWith("。") || l.endsWith("（"));
    }
    // OpenPDF alone breaks these paragraphs against 避头尾 somewhere: what Typo.paragraphs mends
    assertThat(broken).isTrue();
  }
}
