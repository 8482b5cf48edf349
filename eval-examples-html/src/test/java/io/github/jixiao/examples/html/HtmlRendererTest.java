package io.github.jixiao.examples.html;

import static io.github.jixiao.examples.html.Dom.cells;
import static io.github.jixiao.examples.html.Dom.one;
import static io.github.jixiao.examples.html.Dom.squeeze;
import static io.github.jixiao.examples.html.Dom.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderers;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page's structure read from its DOM: self-contained, escaped, findings only when asked, modes. */
class HtmlRendererTest {
  static final EvaluationPackage SEED = Examples.miluo2023();
  static final PackageEvaluation EVALUATION = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(SEED);

  static String render(RenderRequest request) throws Exception {
    return Dom.html(request);
  }

  static RenderRequest reported() {
    return RenderRequest.of(SEED, EVALUATION, RenderMode.REPORTED);
  }

  static RenderRequest withFindings(RenderRequest request) {
    return request.withOption(HtmlRenderer.FINDINGS, "true");
  }

  @Test
  void isFoundThroughServiceLoaderUnderIdHtml() {
    Renderers renderers = Renderers.discover(HtmlRendererTest.class.getClassLoader());
    assertThat(renderers.ids()).contains("html");
    assertThat(renderers.get("html")).isInstanceOf(HtmlRenderer.class);
  }

  @Test
  void pageIsSelfContainedWithoutScriptsOrExternalResources() throws Exception {
    for (RenderRequest r : List.of(reported(), withFindings(reported()), RenderRequest.of(SEED, EVALUATION, RenderMode.COMPUTED))) {
      String html = render(r);
      assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\">", "<style>")
          .doesNotContain("<script", "<link", "src=", "http://", "https://", "@import", "url(");
      Document d = Dom.render(r);
      assertThat(d.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    }
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
    RenderRequest request = withFindings(RenderRequest.of(pkg, evaluation, RenderMode.REPORTED));
    String html = render(request);
    assertThat(html).doesNotContain("<script", "<b>", "\" onmouseover", "A&B", "<unit>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1)")
        .contains("A&amp;B&#39;s &lt;unit&gt;", "部门&lt;b&gt;&quot;&#39;&amp;");
    assertThat(HtmlText.of(html.getBytes(StandardCharsets.UTF_8))).contains(evil);
    Document d = Dom.render(request);
    assertThat(d.select("script, b")).isEmpty();
    assertThat(text(one(d, "#form-3-1 table.top tr:eq(0) > td"))).isEqualTo(evil);
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
  void linesKeepLineBreaksAsBreaks() {
    assertThat(HtmlRenderer.lines("1. 甲\r\n2. <乙>\n3. 丙")).isEqualTo("1. 甲<br>2. &lt;乙&gt;<br>3. 丙");
  }

  @Test
  void level1AndLevel2CellsSpanTheirRows() throws Exception {
    SelfEvaluationForm f = SEED.projectEvaluations().get(0);
    Document d = Dom.render(RenderRequest.of(SEED, null, RenderMode.REPORTED));
    Element table = one(d, "#form-3-1 table.indicators");
    int l1Rows = f.indicators().get(0).children().stream().mapToInt(c -> Math.max(1, c.rows().size())).sum();
    int l2Rows = Math.max(1, f.indicators().get(0).children().get(0).rows().size());
    Element firstData = table.select("tr").get(1);
    List<Element> cells = firstData.select("> td");
    assertThat(cells.get(0).attr("rowspan")).isEqualTo(l1Rows > 1 ? String.valueOf(l1Rows) : "");
    assertThat(text(cells.get(0))).isEqualTo(f.indicators().get(0).label());
    assertThat(cells.get(1).attr("rowspan")).isEqualTo(l2Rows > 1 ? String.valueOf(l2Rows) : "");
    assertThat(table.select("td.name")).hasSize((int) f.rows().count());
    int all = f.indicators().stream().mapToInt(g -> Math.max(1,
        g.children().stream().mapToInt(c -> Math.max(1, c.rows().size())).sum())).sum();
    assertThat(one(table, "th.side").attr("rowspan")).isEqualTo(String.valueOf(1 + all));
  }

  @Test
  void withoutEvaluationThereIsNoSummaryNorFindingsEvenWhenAsked() throws Exception {
    Document d = Dom.render(withFindings(RenderRequest.of(SEED, null, RenderMode.REPORTED)));
    assertThat(d.select("#summary, #findings, .finding, sup.mark")).isEmpty();
  }

  @Test
  void theSameRequestWithFindingsGivesTheSameBytes() throws Exception {
    assertThat(render(withFindings(reported()))).isEqualTo(render(withFindings(reported())));
  }

  @Test
  void theFindingsOptionTakesTrueOrFalseOnly() throws Exception {
    assertThat(render(reported().withOption(HtmlRenderer.FINDINGS, "false"))).isEqualTo(render(reported()));
    assertThatThrownBy(() -> render(reported().withOption(HtmlRenderer.FINDINGS, "yes")))
        .isInstanceOf(RenderException.class).hasMessageContaining("html.findings").hasMessageContaining("yes");
  }

  @Test
  void aMisspeltOptionIsRefusedAndTheKnownOneNamed() {
    assertThatThrownBy(() -> render(reported().withOption("html.finding", "true")))
        .isInstanceOf(RenderException.class).hasMessageContaining("html.finding").hasMessageContaining("known: html.findings");
  }

  @Test
  void reportsHaveTheirParagraphs() throws Exception {
    Document d = Dom.render(RenderRequest.of(SEED, null, RenderMode.REPORTED));
    List<String> expected = SEED.projectReports().get(0).allParagraphs().toList();
    assertThat(d.select("#report-0 p.body").stream().map(Dom::text).toList()).isEqualTo(expected);
    assertThat(squeeze(text(one(d, "#report-0 h2")))).isEqualTo(squeeze(SEED.projectReports().get(0).title()));
  }
}
