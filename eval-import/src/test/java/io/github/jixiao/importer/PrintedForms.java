package io.github.jixiao.importer;

import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a form printed in a layout holds: the form without what no paper form prints (the project
 * id, the transcriber's "partial" mark and note) and without the fields the layout has no column
 * for. Reading the printed form back must give exactly this.
 */
final class PrintedForms {
  private PrintedForms() {}

  static SelfEvaluationForm expected(SelfEvaluationForm f, Layout layout) {
    Set<String> fundsFields = fields(layout.funds().columns());
    Set<String> indFields = fields(layout.indicators().columns());
    List<FundsRow> rows = f.funds().rows().stream().map(r -> new FundsRow(r.kind(),
        r.label() != null ? r.label() : layout.funds().rows().stream().filter(x -> x.kind() == r.kind())
            .map(x -> x.labels().get(0)).findFirst().orElse(r.kind().chinese()),
        fundsFields.contains("initialBudget") ? r.initialBudget() : null,
        fundsFields.contains("annualBudget") ? r.annualBudget() : null,
        fundsFields.contains("executed") ? r.executed() : null,
        fundsFields.contains("weight") ? r.weight() : null,
        fundsFields.contains("executionRate") ? r.executionRate() : null,
        fundsFields.contains("score") ? r.score() : null,
        fundsFields.contains("deviationReason") ? r.deviationReason() : null)).toList();
    boolean splits = layout.funds().splits() != null;
    FundsBlock funds = new FundsBlock(rows, splits ? f.funds().byIncome() : List.of(),
        splits ? f.funds().byExpenditure() : List.of());
    List<Level1Group> groups = f.indicators().stream().map(g -> new Level1Group(
        FormReader.level1(g.label()), g.label(),
        indFields.contains("level1Weight") ? g.weight() : FormReader.weightOf(g.label()),
        g.children().stream().map(c -> new Level2Group(FormReader.level2(c.label()), c.label(),
            c.rows().stream().filter(r -> !keep(r, indFields).isBlank()).map(r -> keep(r, indFields)).toList(), null,
            indFields.contains("level2Weight") ? c.weight() : scoreOf(FormReader.weightOf(c.label())),
            indFields.contains("level2Score") ? c.score() : null))
            .toList(), null, indFields.contains("level1Score") ? g.score() : null)).toList();
    return new SelfEvaluationForm(f.label(), f.title(), null, f.name(),
        has(layout, "supervisingDepartment") ? f.supervisingDepartment() : null,
        has(layout, "implementingUnit") ? f.implementingUnit() : null, f.unit(), false, null, funds,
        layout.goals() == null ? List.of() : f.goals(), groups,
        f.totalWeight(), f.reportedTotal(), f.reportedGrade(), f.notes(), f.footer(), layout.framework(), null, null);
  }

  private static boolean has(Layout l, String field) {
    return l.header().stream().flatMap(List::stream).anyMatch(x -> x.field().equals(field));
  }

  private static io.github.jixiao.model.ScoreCell scoreOf(BigDecimal weight) {
    return weight == null ? null : io.github.jixiao.model.ScoreCell.of(weight);
  }



  private static IndicatorRow keep(IndicatorRow r, Set<String> f) {
    return new IndicatorRow(f.contains("name") ? r.name() : null, f.contains("unitOfMeasure") ? r.unitOfMeasure() : null,
        f.contains("nature") ? r.nature() : null, f.contains("target") ? r.target() : null,
        f.contains("adjustedTarget") ? r.adjustedTarget() : null, f.contains("actual") ? r.actual() : null,
        f.contains("weight") ? r.weight() : null, f.contains("scoreCoefficient") ? r.scoreCoefficient() : null,
        f.contains("score") ? r.score() : null, f.contains("core") ? r.core() : null,
        f.contains("criteria") ? r.criteria() : null, f.contains("explanation") ? r.explanation() : null,
        f.contains("deviationReason") ? r.deviationReason() : null, false);
  }

  private static Set<String> fields(List<Layout.Column> cols) {
    return cols.stream().map(Layout.Column::field).filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.toSet());
  }
}
