package io.github.jixiao.render.xlsx.testing;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
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
}
