package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forms as other provinces print them (issue 14), from {@code other-provinces.json}: 附件2 a
 * partial department form in 元 with a flat indicator list and 计量单位/指标性质; 附件3-1 a project
 * form in 元 with all five extra columns. The department form is graded NOT_GRADABLE here (as the
 * scoring grades a partial form).
 */
class OtherProvincesPdfTest {
  static EvaluationPackage pkg;
  static PackageEvaluation evaluation;
  static PdfText reported;
  static PdfText computed;

  @BeforeAll
  static void render() throws Exception {
    try (InputStream in = OtherProvincesPdfTest.class.getResourceAsStream("other-provinces.json")) {
      pkg = PackageJson.create().read(in);
    }
    evaluation = notGradable(Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg), "/departmentEvaluation");
    byte[] r = ModesTest.RENDERER.renderToBytes(RenderRequest.of(pkg, evaluation, RenderMode.REPORTED));
    byte[] c = ModesTest.RENDERER.renderToBytes(RenderRequest.of(pkg, evaluation, RenderMode.COMPUTED));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/other-provinces-reported.pdf"), r); // to look at
    Files.write(Path.of("target/other-provinces-computed.pdf"), c);
    reported = new PdfText(r);
    computed = new PdfText(c);
  }

  static PackageEvaluation notGradable(PackageEvaluation e, String pointer) {
    List<FormEvaluation> forms = e.evaluations().stream().map(f -> !f.pointer().equals(pointer) ? f
        : new FormEvaluation(f.form(), f.pointer(), f.name(), f.implementingUnit(), f.annualBudget(), f.executed(),
            f.executionRate(), f.reportedExecutionScore(), f.executionScore(), f.indicators(), f.groups(),
            f.reportedTotal(), f.computedTotal(), Grade.NOT_GRADABLE, f.findings())).toList();
    return new PackageEvaluation(e.profile(), forms, e.findings());
  }

  private static String form(PdfText pdf, String bookmark) {
    int page = pdf.bookmark(bookmark).page();
    return pdf.text(page, page);
  }

  @Test
  void extraColumnsArePrintedInTheProvincesOrderBesideTheirValues() {
    String t = form(reported, "附件3-1 安可替代补助资金");
    assertThat(PdfText.firstOutOfOrder(t, List.of("一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "年度指标值",
        "实际完成值", "分值", "得分", "调整后指标值", "得分系数", "是否核心指标", "偏差原因分析及改进措施"))).isNull();
    assertThat(t).contains("购置电脑台≥13152525151是", "资金支付率%=1001002522.50.9否年底前未付清");
  }

  @Test
  void aFlatListHasNoLevelColumnsAndOnlyTheExtraColumnsItUses() {
    String t = form(reported, "附件2 部门整体支出绩效自评表");
    assertThat(t).doesNotContain("一级指标", "二级指标", "三级指标", "调整后指标值", "得分系数", "是否核心指标");
    assertThat(t).contains("指标名称计量单位指标性质年度指标值实际完成值分值得分偏差原因分析及改进措施",
        "培训人次人次正向≥2002363030");
  }

  @Test
  void aYuanFormPrintsItsAmountsAsGivenUnderAYuanLabel() {
    String t = form(reported, "附件3-1 安可替代补助资金");
    assertThat(t).contains("项目资金（元）", "年度资金总额250000250000.00237500", "其他资金—/—");
    assertThat(reported.all()).doesNotContain("万元");
  }

  @Test
  void aPartialFormSaysSoUnderItsTitle() {
    assertThat(form(reported, "附件2 部门整体支出绩效自评表")).contains("2023年度部门整体支出绩效自评表本表不完整：第2页缺失");
    assertThat(form(reported, "附件3-1 安可替代补助资金")).doesNotContain("本表不完整");
  }

  @Test
  void aPartialFormWithoutANoteSaysJustThat() throws Exception {
    SelfEvaluationForm d = pkg.departmentEvaluation();
    SelfEvaluationForm noNote = new SelfEvaluationForm(d.label(), d.title(), null, d.name(), null, null, d.unit(), true,
        null, d.funds(), d.goals(), d.indicators(), d.totalWeight(), null, null, d.notes(), d.footer());
    EvaluationPackage p = new EvaluationPackage("1", 2023, pkg.department(), null, List.of(), null, noNote, List.of(),
        null, List.of());
    PdfText pdf = new PdfText(ModesTest.RENDERER.renderToBytes(RenderRequest.of(p, null, RenderMode.REPORTED)));
    assertThat(pdf.text(1, 1)).contains("自评表本表不完整预算部门名称");
  }

  @Test
  void aFormThatCannotBeGradedShowsSoBesideItsTotalAndInTheChart() {
    assertThat(form(computed, "附件2 部门整体支出绩效自评表")).contains("等级：—（无法评级）");
    int chart = computed.bookmark("评分汇总").page();
    String summary = computed.text(chart, chart);
    assertThat(summary).contains("—（无法评级）", "灰色为无法评级的表");
    assertThat(summary).doesNotContain("（—（无法评级））");
    assertThat(form(computed, "附件3-1 安可替代补助资金")).contains("等级：优");
  }

  @Test
  void theSeedsUngradableFormsAreMarkedInItsSummary() throws Exception {
    // 附件2 (weights 110), 3-3 (90) and 3-11 (109) cannot be graded
    PdfText seed = new PdfText(ModesTest.RENDERER.renderToBytes(Seed.computed()));
    int chart = seed.bookmark("评分汇总").page();
    assertThat(seed.text(chart, chart)).contains("109.69—（无法评级）", "89.8—（无法评级）");
  }

  @Test
  void manyExtraColumnsStillFitThePage() {
    FormRenderer.Table t = FormRenderer.indicatorTable(pkg.form("3-1").orElseThrow(), 511);
    float[] e = t.block.edges();
    assertThat(e[e.length - 1]).isEqualTo(511f);
    for (int i = 0; i + 1 < e.length; i++) {
      assertThat(e[i + 1] - e[i]).as("column %d", i).isGreaterThanOrEqualTo(25f);
    }
    assertThat(t.extras).hasSize(5);
  }

  @Test
  void aFormWithoutTheNewFieldsKeepsItsNineColumns() {
    SelfEvaluationForm f = Seed.PKG.projectEvaluations().get(0);
    assertThat(f.rows().map(IndicatorRow::unitOfMeasure)).containsOnlyNulls();
    FormRenderer.Table t = FormRenderer.indicatorTable(f, 511);
    assertThat(t.block.edges()).hasSize(10);
    assertThat(t.flat).isFalse();
    assertThat(t.extras).isEmpty();
  }
}
