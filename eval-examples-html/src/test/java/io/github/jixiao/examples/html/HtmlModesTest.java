package io.github.jixiao.examples.html;

import static io.github.jixiao.examples.html.Dom.one;
import static io.github.jixiao.examples.html.Dom.text;
import static io.github.jixiao.examples.html.HtmlRendererTest.EVALUATION;
import static io.github.jixiao.examples.html.HtmlRendererTest.SEED;
import static io.github.jixiao.examples.html.HtmlRendererTest.reported;
import static io.github.jixiao.examples.html.HtmlRendererTest.withFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportNumbering;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * What each mode shows (issue 15, points 3, 4 and 9): SUBMISSION as printed with nothing added,
 * grades that belong to the mode, report headings as written unless renumbering is asked.
 */
class HtmlModesTest {

  static Stream<SelfEvaluationForm> forms() {
    return Stream.concat(Stream.of(SEED.departmentEvaluation()), SEED.projectEvaluations().stream());
  }

  static Stream<Report> reports() {
    return Stream.concat(Stream.of(SEED.departmentReport()), SEED.projectReports().stream());
  }

  @Test
  void submissionIsThePackageAsPrintedWithNothingAdded() throws Exception {
    for (RenderRequest r : List.of(RenderRequest.of(SEED, EVALUATION, RenderMode.SUBMISSION),
        withFindings(RenderRequest.of(SEED, EVALUATION, RenderMode.SUBMISSION)))) {
      String html = Dom.html(r);
      assertThat(html.toLowerCase(Locale.ROOT)).as("the tool's name, anywhere (meta, comments, classes)").doesNotContain("jixiao");
      assertThat(html).doesNotContain("<!--", "评分规则", "等级", "审核意见", "按计算", "按填报", "（公开）");
      Document d = Dom.render(r);
      assertThat(d.select("meta[name=generator], #summary, #findings, sup.mark, .finding, mark, .changed, .computed-note, "
          + "p.meta, small.reported")).isEmpty();
      for (SelfEvaluationForm f : forms().toList()) {
        Element total = one(d, "#form-" + f.label() + " tr.total");
        assertThat(Dom.texts(total.select("td"))).as("总分 of 附件%s", f.label())
            .containsExactly(f.totalWeight().toString(), f.reportedTotal() == null ? "" : f.reportedTotal().toString(), "");
      }
    }
  }

  @Test
  void submissionNeedsNoEvaluationAndIsTheSameWithout() throws Exception {
    assertThat(Dom.html(RenderRequest.of(SEED, null, RenderMode.SUBMISSION)))
        .isEqualTo(Dom.html(RenderRequest.of(SEED, EVALUATION, RenderMode.SUBMISSION)));
  }

  @Test
  void reportedModeShowsTheReportedTotalsAndNoComputedGrade() throws Exception {
    Document d = Dom.render(withFindings(reported()));
    assertThat(Dom.texts(d.select("td.grade"))).as("the forms print no grade").containsOnly("");
    assertThat(Dom.texts(one(d, "#summary thead tr").select("th"))).doesNotContain("等级", "总分（计算）");
    Elements rows = d.select("#summary tbody tr");
    List<SelfEvaluationForm> forms = forms().toList();
    for (int i = 0; i < forms.size(); i++) {
      String total = forms.get(i).reportedTotal() == null ? "" : forms.get(i).reportedTotal().toString();
      assertThat(rows.get(i).select("td").get(3).text()).isEqualTo(total);
      assertThat(text(one(d, "#form-" + forms.get(i).label() + " tr.total")))
          .doesNotContain(EVALUATION.evaluations().get(i).grade().chinese());
    }
  }

  @Test
  void computedModeShowsTheComputedTotalBesideItsGrade() throws Exception {
    Document d = Dom.render(RenderRequest.of(SEED, EVALUATION, RenderMode.COMPUTED));
    assertThat(Dom.texts(one(d, "#summary thead tr").select("th"))).containsExactly("附件", "名称", "实施单位", "总分（计算）", "等级");
    Elements rows = d.select("#summary tbody tr");
    for (int i = 0; i < EVALUATION.evaluations().size(); i++) {
      FormEvaluation fe = EVALUATION.evaluations().get(i);
      assertThat(Dom.texts(rows.get(i).select("td")).subList(3, 5))
          .containsExactly(fe.computedTotal().toPlainString(), fe.grade().chinese());
      Element total = one(d, "#form-" + fe.form() + " tr.total");
      assertThat(text(total.select("td").get(1))).isEqualTo(fe.computedTotal().toPlainString());
      assertThat(total.select("td.grade").text()).isEqualTo("等级：" + fe.grade().chinese());
    }
    // a computed score that differs from the printed one says what was printed, outside the number
    Element changed = d.select("td.changed").first();
    assertThat(changed).isNotNull();
    assertThat(changed.ownText()).matches("\\d+(\\.\\d+)?");
    assertThat(changed.select("small.reported").text()).startsWith("填报 ");
  }

  @Test
  void aGradeTheFormPrintsItselfIsShownAsPrintedExceptInComputedMode() throws Exception {
    SelfEvaluationForm f = SEED.projectEvaluations().get(0);
    SelfEvaluationForm graded = new SelfEvaluationForm(f.label(), f.title(), f.projectId(), f.name(), f.supervisingDepartment(),
        f.implementingUnit(), f.unit(), f.partial(), f.partialNote(), f.funds(), f.goals(), f.indicators(), f.totalWeight(),
        f.reportedTotal(), "优", f.notes(), f.footer());
    List<SelfEvaluationForm> forms = new ArrayList<>(SEED.projectEvaluations());
    forms.set(0, graded);
    var pkg = new io.github.jixiao.model.EvaluationPackage(SEED.formatVersion(), SEED.year(), SEED.department(), SEED.profile(),
        SEED.projects(), SEED.basicData(), SEED.departmentEvaluation(), forms, SEED.departmentReport(), SEED.projectReports());
    for (RenderMode mode : List.of(RenderMode.REPORTED, RenderMode.SUBMISSION)) {
      Document d = Dom.render(RenderRequest.of(pkg, EVALUATION, mode));
      assertThat(one(d, "#form-3-1 td.grade").text()).as(mode.name()).isEqualTo("等级：优");
    }
    Document reportedPage = Dom.render(RenderRequest.of(pkg, EVALUATION, RenderMode.REPORTED));
    assertThat(Dom.texts(one(reportedPage, "#summary thead tr").select("th"))).contains("等级（填报）");
    Document computed = Dom.render(RenderRequest.of(pkg, EVALUATION, RenderMode.COMPUTED));
    assertThat(one(computed, "#form-3-1 td.grade").text()).isEqualTo("等级：" + EVALUATION.evaluations().get(1).grade().chinese());
  }

  /** Every report heading in page order, as the page prints it (h3 and below). */
  static List<String> headings(Document d) {
    List<String> out = new ArrayList<>();
    for (Element section : d.select("section.report")) {
      section.select("h3, h4, h5, h6").forEach(h -> out.add(text(h)));
    }
    return out;
  }

  static void collect(ReportSection s, int depth, int index, boolean renumber, List<String> out) {
    out.add(renumber ? ReportNumbering.renumber(s.heading(), depth, index) : s.heading().strip());
    int offset = ReportNumbering.subsectionOffset(s);
    for (int i = 0; i < s.sections().size(); i++) {
      collect(s.sections().get(i), depth + 1, offset + i + 1, renumber, out);
    }
  }

  static List<String> expectedHeadings(boolean renumber) {
    List<String> out = new ArrayList<>();
    reports().forEach(r -> {
      for (int i = 0; i < r.sections().size(); i++) {
        collect(r.sections().get(i), 0, i + 1, renumber, out);
      }
    });
    return out;
  }

  @Test
  void reportHeadingsArePrintedAsWrittenByDefault() throws Exception {
    for (RenderRequest r : List.of(reported(), RenderRequest.of(SEED, null, RenderMode.SUBMISSION))) {
      List<String> shown = headings(Dom.render(r));
      assertThat(shown).isEqualTo(expectedHeadings(false)).contains("(2) 项目执行过程情况", "八 、下一步改进措施");
    }
  }

  @Test
  void reportHeadingsAreRenumberedOnlyWhenAskedAsThePdfDoes() throws Exception {
    List<String> shown = headings(Dom.render(reported().withRenumbering()));
    assertThat(shown).isEqualTo(expectedHeadings(true)).contains("（二）项目执行过程情况", "八、下一步改进措施")
        .doesNotContain("(2) 项目执行过程情况");
  }
}
