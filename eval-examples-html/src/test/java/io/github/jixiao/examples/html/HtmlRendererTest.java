package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderers;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  static final EvaluationPackage SEED = Examples.miluo2023();
  static final PackageEvaluation EVALUATION = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(SEED);

  static String render(RenderRequest request) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlRenderer().render(request, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void isFoundThroughServiceLoaderUnderIdHtml() {
    Renderers renderers = Renderers.discover(HtmlRendererTest.class.getClassLoader());
    assertThat(renderers.ids()).contains("html");
    assertThat(renderers.get("html")).isInstanceOf(HtmlRenderer.class);
  }

  @Test
  void pageIsSelfContainedWithoutScriptsOrExternalResources() throws Exception {
    String html = render(RenderRequest.of(SEED, EVALUATION, RenderMode.REPORTED));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\">", "<style>")
        .doesNotContain("<script", "<link", "src=", "http://", "https://", "@import", "url(");
  }

  @Test
  void userTextIsEscapedEverywhere() throws Exception {
    String evil = "<script>alert('x')</script>\" onmouseover=\"alert(1)";
    SelfEvaluationForm f = SEED.projectEvaluations().get(0);
    SelfEvaluationForm renamed = new SelfEvaluationForm(f.label(), f.title(), f.projectId(), evil,
        f.supervisingDepartment(), "A&B's <unit>", f.funds(), f.goals(), f.indicators(), f.totalWeight(),
        f.reportedTotal(), f.notes(), f.footer());
    List<SelfEvaluationForm> forms = new ArrayList<>(SEED.projectEvaluations());
    forms.set(0, renamed);
    EvaluationPackage pkg = new EvaluationPackage(SEED.formatVersion(), SEED.year(), "部门<b>\"'&", SEED.profile(),
        SEED.projects(), SEED.basicData(), SEED.departmentEvaluation(), forms, SEED.departmentReport(),
        SEED.projectReports());
    PackageEvaluation evaluation = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    String html = render(RenderRequest.of(pkg, evaluation, RenderMode.REPORTED));
    assertThat(html).doesNotContain("<script", "<b>", "\" onmouseover", "A&B", "<unit>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1)")
        .contains("A&amp;B&#39;s &lt;unit&gt;", "部门&lt;b&gt;&quot;&#39;&amp;");
    assertThat(HtmlText.of(html.getBytes(StandardCharsets.UTF_8))).contains(evil);
  }

  @Test
  void escapeReplacesTheFiveSpecialCharacters() {
    assertThat(HtmlRenderer.escape("&<>\"'中")).isEqualTo("&amp;&lt;&gt;&quot;&#39;中");
  }

  @Test
  void escapeShowsCharactersHtmlForbidsAsReplacementCharacters() {
    assertThat(HtmlRenderer.escape("a\u0000b\u0007c\u0085d\uFFFFe\tf\ng\rh"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng\rh");
  }

  @Test
  void level1AndLevel2CellsSpanTheirRows() throws Exception {
    SelfEvaluationForm f = SEED.projectEvaluations().get(0);
    String html = render(RenderRequest.of(SEED, null, RenderMode.REPORTED));
    String table = formTable(html, f.label());
    int l1Rows = f.indicators().get(0).children().stream().mapToInt(c -> Math.max(1, c.rows().size())).sum();
    int l2Rows = f.indicators().get(0).children().get(0).rows().size();
    if (l1Rows > 1) {
      assertThat(table).contains("rowspan=\"" + l1Rows + "\"");
    }
    if (l2Rows > 1) {
      assertThat(table).contains("rowspan=\"" + l2Rows + "\"");
    }
    int cellsInRows = 0;
    Matcher rows = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(table);
    while (rows.find()) {
      cellsInRows++;
    }
    assertThat(cellsInRows).isGreaterThan((int) f.rows().count());
  }

  @Test
  void summaryShowsReportedAndComputedTotalsAndGradeOfEveryForm() throws Exception {
    String html = render(RenderRequest.of(SEED, EVALUATION, RenderMode.REPORTED));
    String summary = html.substring(html.indexOf("<h2 id=\"summary\">"), html.indexOf("</table>", html.indexOf("<h2 id=\"summary\">")));
    for (FormEvaluation f : EVALUATION.evaluations()) {
      assertThat(summary).contains("<td>附件" + HtmlRenderer.escape(f.form()) + "</td><td>" + HtmlRenderer.escape(f.name()) + "</td>")
          .contains(f.computedTotal().toPlainString()).contains(f.grade() == io.github.jixiao.model.result.Grade.NOT_GRADABLE
              ? "style=\"color:#777;background:#eee\">—（无法评级）</td>" : "<td>" + f.grade().chinese() + "</td>");
    }
  }

  @Test
  void findingsAreListedAndTheirCellsMarkedInReportedModeOnly() throws Exception {
    long count = EVALUATION.allFindings().count();
    assertThat(count).as("the seed has findings").isPositive();
    String reported = render(RenderRequest.of(SEED, EVALUATION, RenderMode.REPORTED));
    assertThat(reported).contains("<h2 id=\"findings\">审核意见</h2>", "<li id=\"finding-" + count + "\"")
        .containsPattern("<td class=\"(num )?finding\" title=\"\\[\\d+\\] [^\"]+\">");
    String computed = render(RenderRequest.of(SEED, EVALUATION, RenderMode.COMPUTED));
    assertThat(computed).contains("<li id=\"finding-" + count + "\"").doesNotContain("class=\"finding\"", "num finding");
  }

  @Test
  void withoutEvaluationThereIsNoSummaryNorFindings() throws Exception {
    String html = render(RenderRequest.of(SEED, null, RenderMode.REPORTED));
    assertThat(html).doesNotContain("id=\"summary\"", "id=\"findings\"", "finding\"");
  }

  @Test
  void computedModeShowsTheComputedTotals() throws Exception {
    String html = render(RenderRequest.of(SEED, EVALUATION, RenderMode.COMPUTED));
    for (FormEvaluation f : EVALUATION.evaluations()) {
      assertThat(formTable(html, f.form())).contains(">" + f.computedTotal().toPlainString() + "<")
          .contains("等级：" + f.grade().chinese());
    }
  }

  @Test
  void reportsHaveTheirHeadingsAndParagraphs() throws Exception {
    String html = render(RenderRequest.of(SEED, null, RenderMode.REPORTED));
    SEED.projectReports().get(0).allParagraphs().limit(5)
        .forEach(p -> assertThat(html).contains("<p class=\"body\">" + HtmlRenderer.escape(p) + "</p>"));
    SEED.projectReports().get(0).sections().forEach(s -> assertThat(html).contains(">" + HtmlRenderer.escape(s.heading()) + "</h3>"));
  }

  private static String formTable(String html, String label) {
    int at = html.indexOf("<h2 id=\"form-" + HtmlRenderer.escape(label) + "\">");
    assertThat(at).as("form %s", label).isNotNegative();
    return html.substring(at, html.indexOf("</table>", at));
  }
}
