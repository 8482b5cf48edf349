package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.jixiao.scoring.internal.Scan;
import org.junit.jupiter.api.Test;

/**
 * {@link PackageChecks#anchoredMatches} must give exactly the matches of a plain
 * {@code Matcher.find} scan: 5,000 generated report texts (fixed seed) built from the lead
 * words, numbers, the closing literals and filler, for every pattern the report checks use.
 */
class AnchoredMatchTest {
  private static final long SEED = 20231231L;
  private static final int CASES = 5_000;
  private static final String[] PIECES = {
    "预算为", "安排", "专项资金", "资金", "项目资金", "拨付", "实际拨付我单位资金为", "到位资金", "共计支出", "总计支出",
    "全年支出", "合计支出", "开支", "综合得分", "自评得分为", "综合评分", "评价得分", "基本支出", "项目支出", "万元",
    "万", "元", "分", "得分", "部分", "。", "；", "，", "\n", "为", "的", "工作", "2023年", "经费",
    "45", "334.74", "0.5", "20", "5", "1", ".", "99", "100",
    "预算为45万元", "共计支出35万元", "综合得分99分", "安排专项资金20万元", "实际拨付资金为5万元", "基本支出334.74万元",
    "项目支出0.5万元", "到位资金1万元", "开支20万元", "自评得分为98.5分",
  };

  static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  static List<String> anchored(Scan scan, String anchor, String text) {
    List<String> out = new ArrayList<>();
    for (MatchResult m : PackageChecks.anchoredMatches(scan, anchor, text)) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }


  @Test
  void anchoredSearchFindsWhatAFullScanFinds() {
    Scan[] scans = {PackageChecks.BUDGET_SCAN, PackageChecks.ALLOCATED_SCAN, PackageChecks.SPENT_SCAN,
        PackageChecks.SCORE_SCAN, PackageChecks.DEPARTMENT_SPLIT_SCAN};
    String[] anchors = {"万元", "万元", "万元", "分", "万元"};
    Random master = new Random(SEED);
    int found = 0;
    for (int i = 0; i < CASES; i++) {
      long caseSeed = master.nextLong();
      Random r = new Random(caseSeed);
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + r.nextInt(120);
      for (int k = 0; k < pieces; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      for (int p = 0; p < scans.length; p++) {
        List<String> expected = plain(scans[p].pattern(), text);
        found += expected.size();
        assertThat(anchored(scans[p], anchors[p], text))
            .as("case %d (seed %d), pattern %s, text:%n%s", i, caseSeed, scans[p].pattern(), text)
            .isEqualTo(expected);
      }
    }
    assertThat(found).as("the generated texts contain stated amounts to find").isGreaterThan(CASES);
  }
}
