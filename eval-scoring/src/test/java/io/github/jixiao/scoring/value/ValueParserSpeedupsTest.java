package io.github.jixiao.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.scoring.internal.ScanChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parser's fast paths against the plain regular-expression code they replaced: the same
 * answers on 10,000 generated cell texts each (fixed seed, the failing text printed), and the
 * keyword pre-filter proved against every character of the Basic Multilingual Plane.
 */
class ValueParserSpeedupsTest {
  private static final long SEED = 20231231L;
  private static final int CASES = 10_000;
  private static final String[] PIECES = {
    "完成", "未完成", "按时", "按时完成", "基本完成", "部分", "一般", "良好", "满意", "满意度", "不发生", "安全事故",
    "无", "投诉", "到位", "到位率", "达标", "超支", "控制在", "预算", "内", "有效", "持续", "提高", "零事故",
    "100", "95", "1,000", "12", "2023", "年", "月", "底前", "%", "≥", ">=", "＞", "，", ",", "。", "、", ";", ":",
    "!", "?", ".", "\n", "\n\n", " ", "\u3000", "\r\n", "个", "万元", "（", "）", "(", ")", "百分之百", "以上",
  };

  static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    int pieces = r.nextInt(12);
    for (int k = 0; k < pieces; k++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  // The code the fast paths replaced, kept here as the reference.
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\n,;:。、]+|[\\n.,;:!?。、]+$");

  static String trimEdgesByRegex(String s) {
    String previous;
    do {
      previous = s;
      s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
    } while (!s.equals(previous));
    return s;
  }

  static List<String> keywordsByFind(String norm) {
    List<String> out = new ArrayList<>();
    Matcher m = ValueParser.KEYWORD_SCAN.pattern().matcher(norm);
    String ok = null;
    String partly = null;
    String not = null;
    while (m.find()) {
      if (m.group("not") != null) {
        not = not == null ? m.group() : not;
      } else if (m.group("partly") != null) {
        partly = partly == null ? m.group() : partly;
      } else {
        ok = ok == null ? m.group() : ok;
      }
    }
    out.add(ok);
    out.add(partly);
    out.add(not);
    return out;
  }

  @Test
  void normaliseTrimsEdgesAsTheRepeatedRegexDid() {
    Random master = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      long seed = master.nextLong();
      String text = text(new Random(seed));
      // normalise trims last, so trimming its result again by the old regex must change nothing,
      // and trimming the raw text by both ways must agree
      String norm = ValueParser.normalise(text);
      assertThat(trimEdgesByRegex(norm)).as("case %d (seed %d): %s", i, seed, text).isEqualTo(norm);
      String withEdges = "\n。" + text + ".!、";
      assertThat(ValueParser.normalise(withEdges))
          .as("case %d (seed %d): %s", i, seed, withEdges)
          .isEqualTo(trimEdgesByRegex(ValueParser.normalise("x" + withEdges + "x").replaceAll("^x|x$", "")));
    }
  }

  @Test
  void verdictFindsTheKeywordsAFullScanFinds() {
    Random master = new Random(SEED + 1);
    int withKeyword = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = master.nextLong();
      String norm = ValueParser.normalise(text(new Random(seed)));
      List<String> expected = keywordsByFind(norm);
      ValueParser.Verdict v = ValueParser.verdict(norm);
      assertThat(java.util.Arrays.asList(v.ok(), v.partly(), v.not())).as("case %d (seed %d): %s", i, seed, norm)
          .isEqualTo(expected);
      if (expected.stream().anyMatch(s -> s != null)) {
        withKeyword++;
      }
    }
    assertThat(withKeyword).as("generated texts with keywords").isGreaterThan(CASES / 2);
  }

  @Test
  void theKeywordScanKnowsEveryCharacterAKeywordCanStartWith() {
    assertThat(ScanChecks.missedStarts(ValueParser.KEYWORD_SCAN)).isEmpty();
  }
}
