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
}
