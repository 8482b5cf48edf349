package io.github.jixiao.scoring.property;

import static io.github.jixiao.scoring.property.Cases.COUNT;
import static io.github.jixiao.scoring.property.FormGenerator.FORM_POINTER;
import static io.github.jixiao.scoring.property.FormGenerator.pick;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.ScoringMethod;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.property.FormGenerator.FormSpec;
import io.github.jixiao.scoring.property.FormGenerator.GroupSpec;
import io.github.jixiao.scoring.property.FormGenerator.RowKind;
import io.github.jixiao.scoring.property.FormGenerator.RowSpec;
import io.github.jixiao.scoring.property.FormGenerator.SubSpec;
import io.github.jixiao.scoring.value.ParsedValue;
import io.github.jixiao.scoring.value.ParsedValue.Achievement;
import io.github.jixiao.scoring.value.ParsedValue.Qualitative;
import io.github.jixiao.scoring.value.ParsedValue.Quantity;
import io.github.jixiao.scoring.value.ValueParser;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of scoring and auditing under hunan-2023, each checked on {@value Cases#COUNT}
 * seeded generated forms (see {@link Cases} for seeds and failure reports).
 */
class ScoringPropertyTest {
  private static final Evaluator EVALUATOR = Evaluator.of(FormGenerator.PROFILE);

  @Test
  void generatorWritesValuesTheParserReadsAsIntended() {
    Cases.forAll("generatorWritesValuesTheParserReadsAsIntended", 0, COUNT, (r, trace) -> {
      FormSpec spec = FormGenerator.consistent(r, true);
      trace.show("form", spec.form());
      for (RowSpec row : spec.rows()) {
        ParsedValue target = ValueParser.parse(row.targetText());
        ParsedValue actual = ValueParser.parse(row.actualText());
        String what = row.name + ": " + row.targetText() + " / " + row.actualText();
        switch (row.kind) {
          case HIGHER, LOWER -> {
            assertThat(target).as(what).isInstanceOfSatisfying(Quantity.class, q -> {
              assertThat(q.number()).isEqualByComparingTo(row.target);
              assertThat(q.comparison().lowerIsBetter()).isEqualTo(row.kind == RowKind.LOWER);
            });
            assertThat(actual).as(what).isInstanceOfSatisfying(Quantity.class,
                q -> assertThat(q.number()).isEqualByComparingTo(row.actual));
          }
          case QUALITATIVE -> assertThat(actual).as(what).isInstanceOfSatisfying(Qualitative.class,
              q -> assertThat(q.achievement()).isEqualTo(Achievement.ACHIEVED));
        }
      }
    });
  }

  @Test
  void computedScoreStaysBetweenZeroAndWeight() {
    Cases.forAll("computedScoreStaysBetweenZeroAndWeight", 1, COUNT, (r, trace) -> {
      FormSpec spec = r.nextBoolean() ? FormGenerator.messy(r) : FormGenerator.consistent(r, true);
      if (r.nextBoolean()) {
        FormGenerator.chaos(spec, r);
      }
      FormEvaluation eval = EVALUATOR.evaluate(trace.show("form", spec.form()), FORM_POINTER);
      assertThat(eval.indicators()).hasSize(spec.rows().size());
      for (IndicatorScore s : eval.indicators()) {
        if (s.reportedWeight() == null || s.reportedWeight().value() == null) {
          assertThat(s.computed()).as("%s (weight %s): not scored", s.pointer(), s.reportedWeight()).isNull();
          continue;
        }
        BigDecimal weight = s.reportedWeight().value();
        assertThat(s.computed()).as("%s computed (weight %s, printed %s)", s.pointer(), weight, s.reportedScore())
            .isNotNull()
            .isBetween(BigDecimal.ZERO, weight);
        assertThat(s.allowed()).as("%s allowed", s.pointer()).isNotNull();
        assertThat(s.allowed().min()).as("%s allowed min", s.pointer()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(s.allowed().max()).as("%s allowed max", s.pointer()).isLessThanOrEqualTo(weight);
      }
      // the form's printed execution 分值 governs; the profile's when none is printed
      BigDecimal executionWeight = spec.form().totalFunds().map(t -> t.weight() == null ? null : t.weight().value())
          .filter(w -> w != null && w.signum() > 0).orElse(FormGenerator.PROFILE.executionWeight());
      assertThat(eval.executionScore()).isBetween(BigDecimal.ZERO, executionWeight);
    });
  }

  @Test
  void consistentFormHasNoErrorAndTotalIsTheSumOfItsParts() {
    Cases.forAll("consistentFormHasNoErrorAndTotalIsTheSumOfItsParts", 2, COUNT, (r, trace) -> {
      FormSpec spec = FormGenerator.consistent(r, r.nextBoolean());
      EvaluationPackage pkg = trace.show("form", spec.pkg());
      PackageEvaluation result = EVALUATOR.evaluate(pkg);
      FormEvaluation eval = FormGenerator.projectEvaluation(result);

      assertThat(result.allFindings().filter(f -> f.severity() == Severity.ERROR).toList()).as("errors").isEmpty();
      assertThat(result.allFindings().toList()).as("a consistent form has no finding at all").isEmpty();

      List<RowSpec> rows = spec.rows();
      BigDecimal sum = eval.executionScore();
      for (int i = 0; i < rows.size(); i++) {
        IndicatorScore s = eval.indicators().get(i);
        assertThat(s.computed()).as("%s (%s / %s, weight %s)", s.pointer(), rows.get(i).targetText(),
            rows.get(i).actualText(), rows.get(i).weight).isEqualByComparingTo(rows.get(i).score);
        sum = sum.add(s.computed());
      }
      assertThat(eval.executionScore()).as("execution score").isEqualByComparingTo(spec.funds.printedScore());
      assertThat(eval.computedTotal()).as("computed total = execution + rows").isEqualByComparingTo(sum);
      assertThat(eval.computedTotal()).as("computed total = printed total")
          .isEqualByComparingTo(pkg.projectEvaluations().get(0).reportedTotal().value());
    });
  }

  @Test
  void scoreIsMonotoneInTheActualValue() {
    Cases.forAll("scoreIsMonotoneInTheActualValue", 3, COUNT, (r, trace) -> {
      FormSpec base = FormGenerator.consistent(r, true);
      int index = r.nextInt(base.rows().size());
      RowKind kind = r.nextBoolean() ? RowKind.HIGHER : RowKind.LOWER;
      RowSpec tested = base.rows().get(index).fill(r, kind, r.nextBoolean());
      int decimals = switch (tested.format.unit()) {
        case "%" -> 1;
        case "万元" -> 2;
        default -> 0;
      };
      List<BigDecimal> actuals = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        actuals.add(r.nextInt(4) == 0 ? tested.target
            : BigDecimal.valueOf(r.nextDouble() * 2.5 * tested.target.doubleValue()).setScale(decimals, RoundingMode.HALF_UP));
      }
      Collections.sort(actuals);
      trace.note(kind + " row " + index + ", target " + tested.targetText() + ", actuals " + actuals);

      BigDecimal previous = null;
      for (BigDecimal actual : actuals) {
        FormSpec variant = base.copy();
        RowSpec row = variant.rows().get(index);
        row.actual = FormGenerator.clean(actual);
        row.rescore(r);
        SelfEvaluationForm form = trace.show("actual " + row.actualText(), variant.form());
        BigDecimal computed = score(EVALUATOR.evaluate(form, FORM_POINTER), variant.pointer(row)).computed();
        if (previous != null) {
          if (kind == RowKind.HIGHER) {
            assertThat(computed).as("higher is better: actual %s after a smaller one", row.actualText())
                .isGreaterThanOrEqualTo(previous);
          } else {
            assertThat(computed).as("lower is better: actual %s after a smaller one", row.actualText())
                .isLessThanOrEqualTo(previous);
          }
        }
        previous = computed;
      }
    });
  }

  @Test
  void scalingTargetAndActualTogetherLeavesTheScoreUnchanged() {
    Cases.forAll("scalingTargetAndActualTogetherLeavesTheScoreUnchanged", 4, COUNT, (r, trace) -> {
      FormSpec spec = FormGenerator.consistent(r, true);
      BigDecimal factor = new BigDecimal(pick(r, List.of("10", "100", "1000", "0.5", "0.25", "0.1")));
      trace.note("factor " + factor.toPlainString());
      FormSpec scaled = spec.copy();
      for (RowSpec row : scaled.rows()) {
        if (row.kind != RowKind.QUALITATIVE) {
          row.target = FormGenerator.clean(row.target.multiply(factor));
          row.actual = FormGenerator.clean(row.actual.multiply(factor));
        }
      }
      FormEvaluation before = EVALUATOR.evaluate(trace.show("original", spec.form()), FORM_POINTER);
      FormEvaluation after = EVALUATOR.evaluate(trace.show("scaled", scaled.form()), FORM_POINTER);
      for (int i = 0; i < before.indicators().size(); i++) {
        IndicatorScore b = before.indicators().get(i);
        IndicatorScore a = after.indicators().get(i);
        String what = spec.rows().get(i).targetText() + " / " + spec.rows().get(i).actualText() + " → "
            + scaled.rows().get(i).targetText() + " / " + scaled.rows().get(i).actualText();
        assertThat(a.method()).as(what).isEqualTo(b.method());
        assertThat(a.computed()).as(what).isEqualByComparingTo(b.computed());
      }
      assertThat(after.computedTotal()).isEqualByComparingTo(before.computedTotal());
      assertThat(codes(after.findings())).isEqualTo(codes(before.findings()));
    });
  }

  @Test
  void reorderingRowsChangesNothing() {
    Cases.forAll("reorderingRowsChangesNothing", 5, COUNT, (r, trace) -> {
      FormSpec spec = FormGenerator.messy(r);
      FormSpec shuffled = spec.copy();
      for (GroupSpec g : shuffled.groups) {
        for (SubSpec s : g.subs) {
          Collections.shuffle(s.rows, r);
        }
        Collections.shuffle(g.subs, r);
      }
      Collections.shuffle(shuffled.groups, r);
      List<Integer> order = new ArrayList<>(shuffled.funds.order);
      Collections.shuffle(order, r);
      shuffled.funds.order = order;

      PackageEvaluation before = EVALUATOR.evaluate(trace.show("original", spec.pkg()));
      PackageEvaluation after = EVALUATOR.evaluate(trace.show("reordered", shuffled.pkg()));
      FormEvaluation b = FormGenerator.projectEvaluation(before);
      FormEvaluation a = FormGenerator.projectEvaluation(after);
      assertThat(a.computedTotal()).as("computed total").isEqualByComparingTo(b.computedTotal());
      assertThat(a.executionScore()).as("execution score").isEqualByComparingTo(b.executionScore());
      assertThat(a.grade()).as("grade").isEqualTo(b.grade());
      assertThat(codes(after.allFindings().toList())).as("finding codes").isEqualTo(codes(before.allFindings().toList()));
      assertThat(computed(a)).as("computed row scores").isEqualTo(computed(b));
    });
  }

  @Test
  void auditingTwiceGivesTheSameFindings() {
    Evaluator other = Evaluator.of(Profiles.builtIn().get("hunan-2023"));
    Cases.forAll("auditingTwiceGivesTheSameFindings", 6, COUNT, (r, trace) -> {
      FormSpec spec = FormGenerator.messy(r);
      EvaluationPackage pkg = trace.show("package", spec.pkg());
      PackageEvaluation first = EVALUATOR.evaluate(pkg);
      assertThat(EVALUATOR.evaluate(pkg)).as("same evaluator, same package").isEqualTo(first);
      assertThat(other.evaluate(pkg)).as("another evaluator").isEqualTo(first);
      assertThat(other.evaluate(spec.pkg())).as("another evaluator, an equal package").isEqualTo(first);
      assertThat(EVALUATOR.evaluate(pkg.projectEvaluations().get(0), FORM_POINTER)).as("the form alone")
          .isEqualTo(FormGenerator.projectEvaluation(first));
    });
  }

  /**
   * The rules round once, HALF_UP, from the raw figures (rules.md §4, profile choice "[open]
   * rounding: 2 decimals, HALF_UP, per indicator … from the raw figures"). A missed target whose
   * exact score is a half cent must therefore round up, and the correct printed score must not be
   * flagged.
   */
  @Test
  void missedTargetOnAHalfCentIsRoundedHalfUpFromTheRawFigures() {
    Cases.forAll("missedTargetOnAHalfCentIsRoundedHalfUpFromTheRawFigures", 7, COUNT, (r, trace) -> {
      FormSpec spec = FormGenerator.consistent(r, true);
      RowSpec row = spec.anyRow(r).fill(r, r.nextBoolean() ? RowKind.HIGHER : RowKind.LOWER, false, Boolean.TRUE);
      trace.note(row.name + ": weight " + row.weight + ", " + row.targetText() + " / " + row.actualText()
          + ", exact rule score rounded once: " + row.ruleScore());
      EvaluationPackage pkg = trace.show("form", spec.pkg());
      FormEvaluation eval = FormGenerator.projectEvaluation(EVALUATOR.evaluate(pkg));
      assertThat(score(eval, spec.pointer(row)).computed()).as("computed score of %s", row.name)
          .isEqualByComparingTo(row.ruleScore());
      assertThat(eval.findings()).as("findings").isEmpty();
    });
  }

  /**
   * The execution rate and score are computed from the raw amounts and rounded once (rules.md §4:
   * "rounding an already-rounded rate gives a different result … compute from the raw figures").
   * The amounts are built so that 全年执行数 ÷ 全年预算数 lies just below (by less than 5e-11) a
   * value whose rate in percent, or whose score 10 × rate, is a half cent.
   */
  @Test
  void executionRateAndScoreAreRoundedOnceFromTheRawAmounts() {
    Cases.forAll("executionRateAndScoreAreRoundedOnceFromTheRawAmounts", 8, COUNT, (r, trace) -> {
      // T = k / modulus with k odd and not a multiple of 5: T in percent (modulus 20000) or 10 × T
      // (modulus 2000) is k / 200, a half cent. executed ÷ budget = T − 1 / (modulus × budget).
      boolean scoreTie = r.nextBoolean();
      int modulus = scoreTie ? 2_000 : 20_000;
      long minBudget = scoreTie ? 10_000_001L : 1_000_001L; // cents: then 1 / (modulus × budget) < 5e-11
      int k;
      do {
        k = modulus / 2 + r.nextInt(modulus / 2);
      } while (k % 2 == 0 || k % 5 == 0);
      long inverse = BigInteger.valueOf(k).modInverse(BigInteger.valueOf(modulus)).longValueExact();
      long budget = inverse + modulus * ((minBudget + (long) (r.nextDouble() * 9 * minBudget)) / modulus + 1);
      long executed = (k * budget - 1) / modulus;
      FormSpec spec = FormGenerator.consistent(r, false);
      spec.funds.set(r, budget, budget, executed);
      trace.note((scoreTie ? "score" : "rate") + " tie: budget " + BigDecimal.valueOf(budget, 2) + ", executed "
          + BigDecimal.valueOf(executed, 2) + ", rate printed " + spec.funds.printedRate() + ", score "
          + spec.funds.executionScore());
      FormEvaluation eval = EVALUATOR.evaluate(trace.show("form", spec.form()), FORM_POINTER);
      assertThat(eval.findings()).as("findings").isEmpty();
      assertThat(eval.executionScore()).as("execution score").isEqualByComparingTo(spec.funds.executionScore());
    });
  }

  // ---------------------------------------------------------------- helpers

  private static IndicatorScore score(FormEvaluation eval, String pointer) {
    return eval.indicators().stream().filter(s -> s.pointer().equals(pointer)).findFirst()
        .orElseThrow(() -> new AssertionError("no score for " + pointer));
  }

  /** The findings' code and severity, as a sorted multiset. */
  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + "/" + f.severity()).sorted().toList();
  }

  /** Each row's name, method and computed score, sorted. */
  private static List<String> computed(FormEvaluation eval) {
    return eval.indicators().stream()
        .map(s -> s.name() + "=" + (s.computed() == null ? "-" : s.computed().stripTrailingZeros().toPlainString())
            + (s.method() == ScoringMethod.MANUAL_REVIEW ? " (manual)" : ""))
        .sorted().toList();
  }
}
