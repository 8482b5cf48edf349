package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forms as other provinces print them (issue 14): extra columns, a flat list, 元, a partial form, NOT_GRADABLE. */
class OtherProvincesHtmlTest {
  static EvaluationPackage pkg;
  static String reported;
  static String computed;

  @BeforeAll
  static void render() throws Exception {
    try (InputStream in = OtherProvincesHtmlTest.class.getResourceAsStream("other-provinces.json")) {
      pkg = PackageJson.create().read(in);
    }
    PackageEvaluation e = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    List<FormEvaluation> forms = e.evaluations().stream().map(f -> !f.pointer().equals("/departmentEvaluation") ? f
        : new FormEvaluation(f.form(), f.pointer(), f.name(), f.implementingUnit(), f.annualBudget(), f.executed(),
            f.executionRate(), f.reportedExecutionScore(), f.executionScore(), f.indicators(), f.groups(),
            f.reportedTotal(), f.computedTotal(), Grade.NOT_GRADABLE, f.findings())).toList();
    PackageEvaluation notGradable = new PackageEvaluation(e.profile(), forms, e.findings());
    reported = HtmlRendererTest.render(RenderRequest.of(pkg, notGradable, RenderMode.REPORTED));
    computed = HtmlRendererTest.render(RenderRequest.of(pkg, notGradable, RenderMode.COMPUTED));
  }

  /** The HTML of one form, from its heading to the end of its table. */
  private static String form(String html, String label) {
    int from = html.indexOf("<h2 id=\"form-" + label + "\"");
    return html.substring(from, html.indexOf("</table>", from));
  }

  /** The text of the header cells of the indicator table. */
  private static List<String> indicatorHeads(String form) {
    int at = form.indexOf("偏差原因分析及改进措施</th>");
    String row = form.substring(form.lastIndexOf("<tr>", at), at + 20);
    Matcher m = Pattern.compile("<th[^>]*>([^<]*)</th>").matcher(row);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The number of columns every row of the form's table adds up to (rowspans counted). */
  private static List<Integer> rowWidths(String form) {
    List<Integer> widths = new java.util.ArrayList<>();
    int[] carried = new int[64];
    Matcher rows = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(form);
    while (rows.find()) {
      int w = 0;
      for (int k = 0; k < carried.length; k++) {
        if (carried[k] > 0) {
          w++;
          carried[k]--;
        }
      }
      Matcher cells = Pattern.compile("<t[hd]([^>]*)>").matcher(rows.group(1));
      while (cells.find()) {
        Matcher cs = Pattern.compile("colspan=\"(\\d+)\"").matcher(cells.group(1));
        Matcher rs = Pattern.compile("rowspan=\"(\\d+)\"").matcher(cells.group(1));
        int span = cs.find() ? Integer.parseInt(cs.group(1)) : 1;
        int down = rs.find() ? Integer.parseInt(rs.group(1)) - 1 : 0;
        if (down > 0) {
          for (int k = 0, placed = 0; k < carried.length && placed < span; k++) {
            if (carried[k] == 0) {
              carried[k] = down;
              placed++;
            }
          }
        }
        w += span;
      }
      widths.add(w);
    }
    return widths;
  }

  @Test
  void extraColumnsStandBesideTheTargetAndAfterTheScore() {
    assertThat(indicatorHeads(form(reported, "3-1"))).containsExactly("一级指标", "二级指标", "三级指标", "计量单位", "指标性质",
        "年度指标值", "实际完成值", "分值", "得分", "调整后指标值", "得分系数", "是否核心指标", "偏差原因分析及改进措施");
    assertThat(form(reported, "3-1")).contains(">台</td>", ">是</td>", ">0.9</td>");
  }

  @Test
  void everyRowOfAFormWithExtraColumnsIsAsWideAsTheTable() {
    assertThat(rowWidths(form(reported, "3-1"))).containsOnly(13);
    assertThat(rowWidths(form(reported, "2"))).containsOnly(10);
    assertThat(rowWidths(form(computed, "3-1"))).containsOnly(13);
  }

  @Test
  void aFlatListHasOneNameColumnAndNoLevelColumns() {
    String f = form(reported, "2");
    assertThat(indicatorHeads(f)).containsExactly("指标名称", "计量单位", "指标性质", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施");
    assertThat(f).doesNotContain("一级指标", "二级指标", "三级指标");
  }

  @Test
  void aYuanFormShowsItsUnitAndItsAmountsAsGiven() {
    assertThat(form(reported, "3-1")).contains("项目资金<br>（元）", ">250000</td>", ">250000.00</td>", ">237500</td>")
        .doesNotContain("万元");
  }

  @Test
  void aPartialFormSaysSoUnderItsTitle() {
    assertThat(form(reported, "2")).contains("</h2>\n<p class=\"partial\"", ">本表不完整：第2页缺失</p>");
    assertThat(form(reported, "3-1")).doesNotContain("本表不完整");
  }

  @Test
  void aFormThatCannotBeGradedShowsSoInTheSummaryAndBesideItsTotal() {
    assertThat(reported).contains("<td class=\"not-gradable\" style=\"color:#777;background:#eee\">—（无法评级）</td>");
    assertThat(form(computed, "2")).contains("等级：—（无法评级）");
  }
}
