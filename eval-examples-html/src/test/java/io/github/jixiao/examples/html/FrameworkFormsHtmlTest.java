package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** A form scored per 二级指标 (issue 21) on the HTML page: its band, and one 分值 and 得分 cell spanning each group's rows. */
class FrameworkFormsHtmlTest {
  @Test
  void aGroupScoredFormShowsItsBandAndOneWeightAndScorePerGroup() throws Exception {
    EvaluationPackage pkg = Examples.load(Examples.SAMPLE_GROUP_SCORED);
    String html = HtmlRendererTest.render(RenderRequest.of(pkg,
        Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg), RenderMode.REPORTED));
    Element page = Jsoup.parse(html).body();
    assertThat(page.select("p.band").text()).isEqualTo("年度绩效目标1（80分）");
    Element row = page.select("table.indicators tr:has(td:containsOwn(培训人次))").first();
    assertThat(row).isNotNull();
    Elements spanning = row.select("td[rowspan=2]");
    assertThat(spanning.eachText()).containsExactly("数量指标", "15", "15"); // the 二级 label, 分值, 得分
    Element next = row.nextElementSibling();
    assertThat(next.text()).contains("发放宣传资料").doesNotContain("15");
  }
}
