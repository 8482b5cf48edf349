package io.github.jixiao.render.xlsx.testing;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.util.List;

/** Small packages made to test one thing: a single project form with one goal, formula-like text. */
public final class Packages {
  /** Text a spreadsheet would take for a formula if it were not written as text. */
  public static final List<String> FORMULA_LIKE = List.of("=1+1", "+SUM(A1:A3)", "-2+3",
      "@HYPERLINK(\"http://example.com\")", "=cmd|' /C calc'!A0");

  private Packages() {}

  /** The corpus form whose table prints a 分值 column after 一级指标 and after 二级指标 (issue 21). */
  public static final String LEVEL_WEIGHTS = "hunan-2017-yuhua-dianshang-wuliu-bumen";

  /**
   * The group-scored specimen with one group (时效指标) whose rows carry their own 分值 and 得分 beside
   * the group's: the table then prints level-2 分值 and 得分 columns, and the groups scored as a whole
   * put theirs there too.
   *
   * @return the package, read from the specimen's JSON with that one change
   */
  public static EvaluationPackage levelScoreColumns() {
    String json = new String(io.github.jixiao.examples.Examples.json(io.github.jixiao.examples.Examples.SAMPLE_GROUP_SCORED)
        .orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
    String edited = json.replace("\"actual\": \"2023年11月\"\n", "\"actual\": \"2023年11月\", \"weight\": 5, \"score\": 5\n");
    if (edited.equals(json)) {
      throw new IllegalStateException("the specimen changed: 时效指标's row not found");
    }
    try {
      return io.github.jixiao.json.PackageJson.create().read(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (io.github.jixiao.model.InvalidPackageException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 附件{@code label} named {@code name}, with one goal and nothing else. */
  public static SelfEvaluationForm form(String label, String goal, String name) {
    return new SelfEvaluationForm(label, "2023年度项目支出绩效自评表", null, name, null, null,
        new FundsBlock(List.of(), List.of(), List.of()), List.of(new Goal(goal, "完成")), List.of(),
        ScoreCell.of(BigDecimal.valueOf(100)), null, List.of(), List.of());
  }

  /** A 2023 package of 某部门 holding only {@code f}. */
  public static EvaluationPackage onlyForm(SelfEvaluationForm f) {
    return new EvaluationPackage("1", 2023, "某部门", null, List.of(), null, null, List.of(f), null, List.of());
  }

  /** One form with {@link #FORMULA_LIKE} text (and more) in its name, goal, labels, indicator row, units and notes. */
  public static EvaluationPackage formulaLikeText() {
    List<String> d = FORMULA_LIKE;
    SelfEvaluationForm f = form("3-1", d.get(4), d.get(0));
    Level2Group g = new Level2Group(null, d.get(1), List.of(new IndicatorRow(d.get(2), d.get(3), "=A1",
        ScoreCell.mark("-"), ScoreCell.of("5"), "+1")));
    f = new SelfEvaluationForm(f.label(), f.title(), null, f.name(), "=2*3", null, f.funds(), f.goals(),
        List.of(new Level1Group(null, "-产出", null, List.of(g))), null, null, List.of("=NOW()"), f.footer());
    return onlyForm(f);
  }

  /**
   * Forms as other provinces print them (issue 14): 附件2 a partial department form in 元 whose
   * indicators are a flat list with 计量单位 and 指标性质; 附件3-1 a project form in 元 with all five
   * extra columns and a printed grade, its weights adding up to 100.
   */
  public static EvaluationPackage otherProvinces() {
    FundsBlock yuan = new FundsBlock(List.of(
        new FundsRow(FundsRowKind.TOTAL, "年度资金总额", Amount.of("250000"), Amount.of("250000.00"),
            Amount.of("237500"), ScoreCell.of("10"), "95%", ScoreCell.of("9.5"), null),
        new FundsRow(FundsRowKind.CURRENT_YEAR_APPROPRIATION, "其中：当年财政拨款", Amount.of("250000"),
            Amount.of("250000.00"), Amount.of("237500"), null, null, null, null),
        new FundsRow(FundsRowKind.OTHER_FUNDS, "其他资金", Amount.mark("—"), Amount.mark("/"), Amount.mark("—"),
            null, null, null, null)), List.of(), List.of());
    Level2Group flatRows = new Level2Group(null, null, List.of(
        new IndicatorRow("培训人次", "人次", "正向", "≥200", null, "236", ScoreCell.of("30"), null, ScoreCell.of("30"),
            null, null),
        new IndicatorRow("群众满意度", "%", "正向", "≥90%", null, "88%", ScoreCell.of("30"), null, ScoreCell.of("27"),
            null, "个别乡镇宣传不到位")));
    SelfEvaluationForm department = new SelfEvaluationForm("2", "2023年度部门整体支出绩效自评表", null, "某县司法局",
        null, null, MoneyUnit.YUAN, true, "第2页缺失", yuan, List.of(new Goal("完成普法培训", "已完成")),
        List.of(new Level1Group(null, null, null, List.of(flatRows))), ScoreCell.of("100"), null, null, List.of(),
        List.of());
    Level2Group quantity = new Level2Group(Level2Indicator.QUANTITY, "数量指标", List.of(
        new IndicatorRow("购置电脑", "台", "≥", "13", "15", "15", ScoreCell.of("25"), "1", ScoreCell.of("25"), "是",
            null),
        new IndicatorRow("资金支付率", "%", "=", "100", null, "100", ScoreCell.of("25"), "0.9", ScoreCell.of("22.5"),
            "否", "年底前未付清")));
    Level2Group satisfaction = new Level2Group(Level2Indicator.SERVICE_SATISFACTION, "服务对象满意度指标", List.of(
        new IndicatorRow("使用人员满意度", "%", "≥", "90", null, "95", ScoreCell.of("40"), "1", ScoreCell.of("40"),
            "√", null)));
    SelfEvaluationForm project = new SelfEvaluationForm("3-1", "部门预算项目支出绩效自评表(2023年度)", null,
        "安可替代补助资金", "某县司法局", "某县司法局", MoneyUnit.YUAN, false, null, yuan, List.of(),
        List.of(new Level1Group(Level1Indicator.OUTPUT, "产出指标", null, List.of(quantity)),
            new Level1Group(Level1Indicator.SATISFACTION, "满意度指标", null, List.of(satisfaction))),
        ScoreCell.of("100"), ScoreCell.of("97"), "优", List.of(), List.of());
    return new EvaluationPackage("1", 2023, "某县司法局", null, List.of(), null, department, List.of(project), null,
        List.of());
  }

  /**
   * {@code evaluation} with the forms at {@code pointers} graded {@link
   * io.github.jixiao.model.result.Grade#NOT_GRADABLE} (as the scoring grades a partial form or one
   * whose weights do not add up), everything else as it is.
   */
  public static io.github.jixiao.model.result.PackageEvaluation notGradable(
      io.github.jixiao.model.result.PackageEvaluation evaluation, String... pointers) {
    List<String> which = List.of(pointers);
    List<io.github.jixiao.model.result.FormEvaluation> forms = evaluation.evaluations().stream()
        .map(e -> !which.contains(e.pointer()) ? e : new io.github.jixiao.model.result.FormEvaluation(e.form(),
            e.pointer(), e.name(), e.implementingUnit(), e.annualBudget(), e.executed(), e.executionRate(),
            e.reportedExecutionScore(), e.executionScore(), e.indicators(), e.groups(), e.reportedTotal(),
            e.computedTotal(), io.github.jixiao.model.result.Grade.NOT_GRADABLE, e.findings()))
        .toList();
    return new io.github.jixiao.model.result.PackageEvaluation(evaluation.profile(), forms, evaluation.findings());
  }
}
