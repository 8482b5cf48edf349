package io.github.jixiao.scoring;

import static io.github.jixiao.scoring.Numbers.HUNDRED;
import static io.github.jixiao.scoring.Numbers.divide;
import static io.github.jixiao.scoring.Numbers.orZero;
import static io.github.jixiao.scoring.Numbers.plain;
import static io.github.jixiao.scoring.Numbers.same;
import static io.github.jixiao.scoring.Numbers.value;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.FindingText;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.GroupScore;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.ScoreRange;
import io.github.jixiao.model.result.ScoringMethod;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.value.ParsedValue;
import io.github.jixiao.scoring.value.ParsedValue.Achievement;
import io.github.jixiao.scoring.value.ParsedValue.NotApplicable;
import io.github.jixiao.scoring.value.ParsedValue.Period;
import io.github.jixiao.scoring.value.ParsedValue.Qualitative;
import io.github.jixiao.scoring.value.ParsedValue.Quantity;
import io.github.jixiao.scoring.value.ValueCache;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Scores and audits one self-evaluation form under one profile. Stateless apart from the profile and the value cache. */
final class FormEvaluator {
  private static final Set<String> NO_REASON = Set.of("无", "/", "—", "-", "／", "不适用");
  private static final String FUNDS = "项目资金";
  private static final String INDICATORS = "绩效指标";
  private static final String TOTAL = "总分";

  private final ScoringProfile profile;
  private final ValueCache values;

  FormEvaluator(ScoringProfile profile, ValueCache values) {
    this.profile = profile;
    this.values = values;
  }

  FormEvaluation evaluate(SelfEvaluationForm form, String pointer) {
    Findings findings = new Findings();
    String label = form.label();
    boolean partial = form.partial();
    FormNote note = FormNote.of(form.notes());

    // --- budget execution (预算执行率)
    Optional<FundsRow> totalRow = form.totalFunds();
    int totalIndex = totalRow.map(r -> form.funds().rows().indexOf(r)).orElse(-1);
    String fundsPointer = pointer + "/funds/rows/" + Math.max(totalIndex, 0);
    FundsFigures figures = checkFunds(form, pointer, partial, findings);
    BigDecimal budget = figures.budget();
    BigDecimal executed = figures.executed();
    BigDecimal rate = budget != null && executed != null && budget.signum() > 0 ? divide(executed, budget) : null;
    BigDecimal printedRate = totalRow.map(r -> Numbers.printedRate(r.executionRate())).orElse(null);
    // no amounts but a printed rate: the rate the form gives is the one to score (never a silent 0)
    BigDecimal rateOnly = rate == null && printedRate != null ? divide(printedRate, HUNDRED) : null;
    // the form's own 分值 for execution governs its score (a Hubei or Yunnan form prints 20); the
    // profile's weight when the form prints none
    BigDecimal printedExecutionWeight = totalRow.map(r -> value(r.weight())).filter(w -> w.signum() > 0).orElse(null);
    BigDecimal scoreWeight = printedExecutionWeight != null ? printedExecutionWeight : profile.executionWeight();
    BigDecimal executionScore = rate != null ? executionScore(scoreWeight, rate, executed, budget)
        : rateOnly != null ? executionScore(scoreWeight, rateOnly, rateOnly, BigDecimal.ONE)
        : profile.round(BigDecimal.ZERO);
    ScoreCell reportedExecution = totalRow.map(FundsRow::score).orElse(null);
    BigDecimal executionWeight = note.executionWeight() != null ? note.executionWeight() : profile.executionWeight();
    totalRow.ifPresent(row -> checkExecution(form, row, fundsPointer, figures, rate, rateOnly, executionScore, note,
        findings));
    if (totalRow.isEmpty() || (rate == null && rateOnly == null)) {
      findings.add(FindingMessage.EXECUTION_RATE_UNCOMPUTABLE.text(), at(label, FUNDS, "年度资金总额", fundsPointer),
          null, null);
    }
    if (rate != null && rate.compareTo(BigDecimal.ONE) > 0) {
      findings.add(FindingMessage.EXECUTED_ABOVE_BUDGET.with("executed", plain(executed)).with("budget", plain(budget))
              .with("unit", form.moneyUnit().printed()).with("rate", rateText(rate)),
          Severity.WARNING, at(label, FUNDS, "全年执行数", fundsPointer + "/executed"), plain(budget), plain(executed));
    }
    checkExecutionReason(form, pointer, rate != null ? rate : rateOnly, findings);
    GoalTexts.check(form, pointer, figures, findings);

    // --- indicators
    List<IndicatorScore> scores = new ArrayList<>();
    List<GroupScore> groups = new ArrayList<>();
    BigDecimal weightSum = BigDecimal.ZERO;
    BigDecimal reportedSum = BigDecimal.ZERO;
    BigDecimal computedSum = BigDecimal.ZERO;
    java.util.Map<Level1Indicator, BigDecimal> level1Printed = new java.util.EnumMap<>(Level1Indicator.class);
    java.util.Map<Level1Indicator, Integer> level1Where = new java.util.EnumMap<>(Level1Indicator.class);
    for (int g = 0; g < form.indicators().size(); g++) {
      Level1Group group = form.indicators().get(g);
      BigDecimal gWeight = BigDecimal.ZERO;
      BigDecimal gReported = BigDecimal.ZERO;
      BigDecimal gComputed = BigDecimal.ZERO;
      for (int h = 0; h < group.children().size(); h++) {
        Level2Group sub = group.children().get(h);
        for (int r = 0; r < sub.rows().size(); r++) {
          IndicatorRow row = sub.rows().get(r);
          if (row.isBlank()) {
            continue;
          }
          String rowPointer = pointer + "/indicators/" + g + "/children/" + h + "/rows/" + r;
          String where = rowName(group, sub, row);
          IndicatorScore s = scoreRow(label, group, sub, row, rowPointer, where, findings);
          scores.add(s);
          gWeight = gWeight.add(orZero(value(row.weight())));
          gReported = gReported.add(orZero(value(row.score())));
          gComputed = gComputed.add(orZero(s.computed()));
        }
      }
      groups.add(new GroupScore(group.indicator(), group.label(), group.weight(), gWeight, gReported, gComputed));
      if (!partial) {
        checkLevel1Label(label, group, pointer + "/indicators/" + g, gWeight, findings);
        if (group.indicator() != null) {
          // a level-1 group printed twice (its cell repeated across a page break) counts once, summed
          level1Printed.merge(group.indicator(), group.weight() != null ? group.weight() : gWeight, BigDecimal::add);
          level1Where.putIfAbsent(group.indicator(), g);
        }
      }
      weightSum = weightSum.add(gWeight);
      reportedSum = reportedSum.add(gReported);
      computedSum = computedSum.add(gComputed);
    }

    level1Printed.forEach((indicator, printed) -> {
      int g = level1Where.get(indicator);
      checkLevel1Weight(label, form.indicators().get(g), pointer + "/indicators/" + g, printed, note, findings);
    });

    // --- totals
    BigDecimal executionWeightPrinted = totalRow.map(r -> value(r.weight())).orElse(null);
    BigDecimal allWeights = weightSum.add(executionWeightPrinted != null ? executionWeightPrinted : executionWeight);
    BigDecimal printedTotalWeight = value(form.totalWeight());
    BigDecimal totalWeight = printedTotalWeight != null ? printedTotalWeight : HUNDRED;
    BigDecimal reportedTotal = value(form.reportedTotal());
    BigDecimal printedScores = reportedSum.add(orZero(value(reportedExecution)));
    boolean gradable = !partial;
    if (partial) {
      String why = form.partialNote() == null || form.partialNote().isBlank() ? "未说明缺少部分" : brief(form.partialNote());
      findings.add(FindingMessage.PARTIAL_FORM_CHECKS_SKIPPED.with("note", why)
              .with("checks", "分值合计、总分、一级指标分值、资金来源合计")
              .with("checksEn", "the weight sum, the 总分, the level-1 weights, the funds sums"),
          at(label, TOTAL, null, pointer + "/partial"), null, null);
    } else {
      if (!same(allWeights, totalWeight)) {
        gradable = false;
        FindingMessage m = printedTotalWeight != null ? FindingMessage.WEIGHTS_NOT_100 : FindingMessage.WEIGHTS_NOT_DEFAULT_100;
        findings.add(m.with("weights", plain(allWeights)).with("total", plain(totalWeight)),
            at(label, TOTAL, null, pointer + "/totalWeight"), plain(totalWeight), plain(allWeights));
      }
      if (reportedTotal == null) {
        findings.add(FindingMessage.TOTAL_MISSING.with("scores", plain(printedScores)),
            at(label, TOTAL, null, pointer + "/reportedTotal"), plain(printedScores), null);
      } else {
        if (!same(reportedTotal, printedScores)) {
          findings.add(FindingMessage.TOTAL_MISMATCH.with("total", plain(reportedTotal)).with("scores", plain(printedScores)),
              at(label, TOTAL, null, pointer + "/reportedTotal"), plain(printedScores), plain(reportedTotal));
        }
        if (reportedTotal.compareTo(totalWeight) > 0 && gradable) {
          gradable = false;
          findings.add(FindingMessage.TOTAL_EXCEEDS_MAXIMUM.with("total", plain(reportedTotal))
                  .with("maximum", plain(totalWeight)),
              at(label, TOTAL, null, pointer + "/reportedTotal"), plain(totalWeight), plain(reportedTotal));
        }
      }
    }
    BigDecimal computedTotal = profile.round(executionScore.add(computedSum));
    return new FormEvaluation(label, pointer, form.name(), form.implementingUnit(), budget, executed,
        rate != null ? rate : rateOnly, reportedExecution, executionScore, scores, groups, form.reportedTotal(),
        computedTotal, gradable ? profile.grade(computedTotal) : Grade.NOT_GRADABLE, findings.list());
  }

  // ---------------------------------------------------------------- execution

  private BigDecimal executionScore(BigDecimal w, BigDecimal rate, BigDecimal executed, BigDecimal budget) {
    BigDecimal capped = rate.min(BigDecimal.ONE);
    return switch (profile.executionFormula()) {
      // one division from the raw amounts, rounded once (rounding a rounded rate can be off by 0.01)
      case PROPORTIONAL -> executed.compareTo(budget) >= 0 ? profile.round(w)
          : w.multiply(executed).divide(budget, profile.scale(), profile.rounding());
      case STEPWISE -> {
        BigDecimal shortfall = BigDecimal.ONE.subtract(capped).multiply(HUNDRED);
        BigDecimal steps = shortfall.divide(profile.stepPercent(), 0, RoundingMode.CEILING);
        yield profile.round(w.subtract(steps.multiply(profile.stepPoints())).max(BigDecimal.ZERO));
      }
    };
  }

  private void checkExecution(SelfEvaluationForm form, FundsRow row, String pointer, FundsFigures figures,
      @Nullable BigDecimal rate, @Nullable BigDecimal rateOnly, BigDecimal computed, FormNote note, Findings findings) {
    String label = form.label();
    BigDecimal printedRate = Numbers.printedRate(row.executionRate());
    if (rate != null && printedRate != null) {
      BigDecimal rowExecuted = Objects.requireNonNull(figures.executed());
      BigDecimal rowBudget = Objects.requireNonNull(figures.budget());
      BigDecimal expected = HUNDRED.multiply(rowExecuted)
          .divide(rowBudget, Math.max(0, printedRate.scale()), RoundingMode.HALF_UP);
      // a bare "0.9641" may be a fraction rather than percent
      boolean fraction = Numbers.percent(row.executionRate()) == null && printedRate.compareTo(BigDecimal.ONE) <= 0
          && printedRate.scale() > 0 && same(rowExecuted.divide(rowBudget, printedRate.scale(), RoundingMode.HALF_UP),
              printedRate);
      if (!same(expected, printedRate) && !fraction) {
        FindingMessage m = Numbers.percent(row.executionRate()) != null ? FindingMessage.EXECUTION_RATE_MISMATCH
            : FindingMessage.EXECUTION_RATE_NUMBER_MISMATCH;
        // 97.80% for 97.8086…%: cut, not rounded — a form's arithmetic habit, a warning
        boolean truncated = same(HUNDRED.multiply(rowExecuted).divide(rowBudget, Math.max(0, printedRate.scale()),
            RoundingMode.DOWN), printedRate);
        findings.add(m.with("executed", plain(rowExecuted)).with("budget", plain(rowBudget))
                .with("expected", expected.toPlainString()).with("printed", row.executionRate()),
            truncated ? Severity.WARNING : Severity.ERROR,
            at(label, FUNDS, "执行率", pointer + "/executionRate"), expected.toPlainString() + "%", row.executionRate());
      }
    } else if (row.executionRate() != null && !row.executionRate().isBlank() && printedRate == null) {
      findings.add(FindingMessage.EXECUTION_RATE_UNREADABLE.with("printed", row.executionRate()),
          at(label, FUNDS, "执行率", pointer + "/executionRate"), null, row.executionRate());
    }
    BigDecimal printedWeight = value(row.weight());
    if (printedWeight != null && note.executionWeight() != null) {
      if (!same(printedWeight, note.executionWeight())) {
        findings.add(FindingMessage.EXECUTION_WEIGHT_NOT_FORM_NOTE.with("printed", plain(printedWeight))
                .with("expected", plain(note.executionWeight())).with("phrase", note.phrase()),
            at(label, FUNDS, "分值", pointer + "/weight"), plain(note.executionWeight()), printedWeight);
      }
    } else if (printedWeight != null && !same(printedWeight, profile.executionWeight())) {
      findings.add(FindingMessage.EXECUTION_WEIGHT_NOT_PROFILE.with("printed", plain(printedWeight))
              .with("profile", profile.id()).with("weight", plain(profile.executionWeight())),
          Severity.WARNING, at(label, FUNDS, "分值", pointer + "/weight"), profile.executionWeight(), printedWeight);
    }
    BigDecimal printedScore = value(row.score());
    if (printedScore == null) {
      return;
    }
    if (printedWeight != null && printedScore.compareTo(printedWeight) > 0) {
      findings.add(FindingMessage.EXECUTION_SCORE_EXCEEDS_WEIGHT.with("score", plain(printedScore))
          .with("weight", plain(printedWeight)), at(label, FUNDS, "得分", pointer + "/score"), printedWeight, printedScore);
      return; // one fault, one finding: a score above its weight is not also reported as miscomputed
    }
    if ((rate != null || rateOnly != null) && !same(printedScore, computed)) {
      BigDecimal diff = printedScore.subtract(computed).abs();
      boolean rounding = diff.compareTo(BigDecimal.ONE.movePointLeft(profile.scale())) <= 0
          || wholePoints(printedScore, computed, printedWeight != null ? printedWeight : profile.executionWeight());
      FindingText text;
      if (rate != null) {
        text = (rounding ? FindingMessage.EXECUTION_SCORE_ROUNDING : FindingMessage.EXECUTION_SCORE_MISMATCH)
            .with("weight", plain(printedWeight != null && printedWeight.signum() > 0 ? printedWeight
                : profile.executionWeight())).with("rate", rateText(rate))
            .with("computed", computed.toPlainString()).with("printed", plain(printedScore));
      } else {
        text = FindingMessage.EXECUTION_SCORE_FROM_PRINTED_RATE.with("rate", row.executionRate().strip())
            .with("computed", computed.toPlainString()).with("printed", plain(printedScore));
      }
      findings.add(text, rounding ? Severity.WARNING : Severity.ERROR, at(label, FUNDS, "得分", pointer + "/score"),
          computed, printedScore);
    }
  }

  private void checkExecutionReason(SelfEvaluationForm form, String pointer, @Nullable BigDecimal rate,
      Findings findings) {
    BigDecimal threshold = profile.reasonWhenExecutionBelow();
    if (threshold == null || rate == null || rate.compareTo(threshold) >= 0) {
      return;
    }
    boolean explained = form.funds().rows().stream().map(FundsRow::deviationReason)
        .anyMatch(r -> r != null && !r.isBlank() && !NO_REASON.contains(r.strip()));
    if (!explained) {
      findings.add(FindingMessage.EXECUTION_REASON_MISSING.with("rate", rateText(rate))
              .with("threshold", rateText(threshold)).with("profile", profile.id()),
          at(form.label(), FUNDS, "年度资金总额", pointer + "/funds/rows"), rateText(threshold), rateText(rate));
    }
  }

  /**
   * Whether a printed score is the computed one rounded to whole points (8.62 printed 9), below the
   * weight: a form's rounding, not a misjudged row. Full marks for a missed target (0.94 printed 1
   * of 1) are not rounding.
   */
  private static boolean wholePoints(BigDecimal printed, BigDecimal computed, BigDecimal weight) {
    return printed.stripTrailingZeros().scale() <= 0 && printed.compareTo(weight) < 0
        && same(printed, computed.setScale(0, RoundingMode.HALF_UP));
  }

  private static String rateText(BigDecimal rate) {
    return rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * The amounts execution is computed from: the total row's, or its sources' sums where the total
   * row is blank or 0 and the sources are filled.
   *
   * @param budget 全年预算数 (or its sources' sum)
   * @param executed 全年执行数 (or its sources' sum)
   * @param fromSources whether a figure came from the sources
   */
  record FundsFigures(@Nullable BigDecimal budget, @Nullable BigDecimal executed, boolean fromSources) {}

  private FundsFigures checkFunds(SelfEvaluationForm form, String pointer, boolean partial, Findings findings) {
    Optional<FundsRow> total = form.totalFunds();
    if (total.isEmpty()) {
      return new FundsFigures(null, null, false);
    }
    FundsRow t = total.get();
    int ti = form.funds().rows().indexOf(t);
    BigDecimal budget = Amount.number(t.annualBudget());
    BigDecimal executed = Amount.number(t.executed());
    boolean fromSources = false;
    List<FundsRow> sources = form.funds().rows().stream().filter(r -> r.kind() != FundsRowKind.TOTAL).toList();
    if (!sources.isEmpty()) {
      String[] names = {"年初预算数", "全年预算数", "全年执行数"};
      String[] fields = {"initialBudget", "annualBudget", "executed"};
      List<String> blankColumns = new ArrayList<>();
      List<String> blankFields = new ArrayList<>();
      List<String> blankSums = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        final int column = c;
        BigDecimal printed = column(t, column);
        List<BigDecimal> parts = sources.stream().map(r -> column(r, column)).filter(v -> v != null).toList();
        if (parts.isEmpty()) {
          continue;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if ((printed == null || printed.signum() == 0) && sum.signum() != 0) {
          // the total row left blank or 0 while its sources are filled: one finding for the row, execution from the parts
          blankColumns.add(names[c]);
          blankFields.add(fields[c]);
          blankSums.add(plain(sum));
          if (c == 1) {
            budget = sum;
            fromSources = true;
          } else if (c == 2) {
            executed = sum;
            fromSources = true;
          }
          continue;
        }
        if (printed == null || partial) {
          continue;
        }
        if (!same(sum, printed)) {
          findings.add(FindingMessage.FUNDS_TOTAL_NOT_ITS_SOURCES.with("column", names[c]).with("field", fields[c])
                  .with("printed", plain(printed)).with("sum", plain(sum)).with("unit", form.moneyUnit().printed()),
              at(form.label(), FUNDS, "年度资金总额 " + names[c], pointer + "/funds/rows/" + ti + "/" + fields[c]),
              sum, printed);
        }
      }
      if (!blankColumns.isEmpty()) {
        findings.add(FindingMessage.FUNDS_TOTAL_BLANK_PARTS_FILLED.with("columns", String.join("、", blankColumns))
                .with("sums", String.join("、", blankSums) + " " + form.moneyUnit().printed())
                .with("fields", String.join(", ", blankFields)),
            at(form.label(), FUNDS, "年度资金总额", pointer + "/funds/rows/" + ti), String.join("、", blankSums),
            null);
      }
    }
    if (!partial) {
      BigDecimal reference = budget != null ? budget : executed;
      checkSplit(form, pointer + "/funds/byIncome", "按收入性质分", form.funds().byIncome(), budget, executed, reference,
          findings);
      checkSplit(form, pointer + "/funds/byExpenditure", "按支出性质分", form.funds().byExpenditure(), budget, executed,
          reference, findings);
    }
    return new FundsFigures(budget, executed, fromSources);
  }

  private void checkSplit(SelfEvaluationForm form, String pointer, String name, List<FundSplit> split,
      @Nullable BigDecimal totalBudget, @Nullable BigDecimal totalExecuted, @Nullable BigDecimal reference,
      Findings findings) {
    List<BigDecimal> parts = split.stream().map(s -> Amount.number(s.amount())).filter(v -> v != null).toList();
    if (parts.isEmpty() || reference == null) {
      return;
    }
    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean matchesBudget = totalBudget != null && same(sum, totalBudget);
    boolean matchesExecuted = totalExecuted != null && same(sum, totalExecuted);
    if (!matchesBudget && !matchesExecuted) {
      findings.add(FindingMessage.FUNDS_SPLIT_NOT_THE_TOTAL.with("split", name).with("sum", plain(sum))
          .with("total", plain(reference)).with("unit", form.moneyUnit().printed()),
          at(form.label(), FUNDS, name, pointer), reference, sum);
    }
  }

  private static @Nullable BigDecimal column(FundsRow row, int c) {
    return switch (c) {
      case 0 -> Amount.number(row.initialBudget());
      case 1 -> Amount.number(row.annualBudget());
      default -> Amount.number(row.executed());
    };
  }

  // ---------------------------------------------------------------- level 1

  private void checkLevel1Label(String label, Level1Group group, String pointer, BigDecimal rowWeights,
      Findings findings) {
    String name = level1Name(group);
    if (group.weight() != null && !same(group.weight(), rowWeights)) {
      findings.add(FindingMessage.LEVEL1_LABEL_NOT_ITS_ROWS.with("group", name).with("printed", plain(group.weight()))
              .with("rows", plain(rowWeights)),
          at(label, INDICATORS, name, pointer + "/weight"), plain(group.weight()), plain(rowWeights));
    }
  }

  private static String level1Name(Level1Group group) {
    return group.label() != null ? group.label() : group.indicator() != null ? group.indicator().chinese() : "一级指标";
  }

  /** The weight a level-1 indicator carries on the form (summed over its groups) against the form's note or the profile. */
  private void checkLevel1Weight(String label, Level1Group group, String pointer, BigDecimal printed, FormNote note,
      Findings findings) {
    String name = level1Name(group);
    if (!note.level1().isEmpty()) {
      // the form's own note states the weights: that rule, not a chosen profile, is what the form must follow
      BigDecimal stated = note.level1().get(group.indicator());
      if (stated != null && !same(stated, printed)) {
        findings.add(FindingMessage.LEVEL1_WEIGHT_NOT_FORM_NOTE.with("group", name).with("printed", plain(printed))
                .with("expected", plain(stated)).with("phrase", note.phrase()),
            at(label, INDICATORS, name, pointer + "/weight"), plain(stated), plain(printed));
      }
      return;
    }
    if (profile.level1Weights().isEmpty()) {
      return;
    }
    BigDecimal expected = profile.level1Weights().get(group.indicator());
    if (expected == null) {
      findings.add(FindingMessage.LEVEL1_NOT_IN_PROFILE.with("group", name).with("profile", profile.id()),
          Severity.WARNING, at(label, INDICATORS, name, pointer + "/indicator"), null, printed);
    } else if (!same(expected, printed)) {
      findings.add(FindingMessage.LEVEL1_WEIGHT_NOT_PROFILE.with("group", name).with("printed", plain(printed))
              .with("profile", profile.id()).with("expected", plain(expected)),
          Severity.WARNING, at(label, INDICATORS, name, pointer + "/weight"), expected, printed);
    }
  }

  // ---------------------------------------------------------------- level 3

  private IndicatorScore scoreRow(String label, Level1Group group, Level2Group sub, IndicatorRow row, String pointer,
      String where, Findings findings) {
    BigDecimal weight = value(row.weight());
    BigDecimal reported = value(row.score());
    Location loc = at(label, INDICATORS, where, pointer);
    if (weight != null && reported != null && reported.compareTo(weight) > 0) {
      findings.add(FindingMessage.ROW_SCORE_EXCEEDS_WEIGHT.with("score", plain(reported)).with("weight", plain(weight)),
          at(label, INDICATORS, where, pointer + "/score"), weight, reported);
    }
    if (weight == null || weight.signum() <= 0) { // a negative weight cannot be scored (the reader refuses it)
      return new IndicatorScore(pointer, group.label(), sub.label(), row.name(), row.weight(), row.score(),
          ScoringMethod.NOT_APPLICABLE, weight == null ? null : ScoreRange.exactly(BigDecimal.ZERO),
          weight == null ? null : BigDecimal.ZERO, "不计分 / not scored");
    }
    // a 计量单位 column (Sichuan, Hebei templates) holds the unit the value cells leave out
    ParsedValue target = values.parse(withUnit(row.target(), row.unitOfMeasure()));
    ParsedValue actual = values.parse(withUnit(row.actual(), row.unitOfMeasure()));
    Rule rule = rule(group, sub, row, target, actual, weight);
    if (rule.method == ScoringMethod.MANUAL_REVIEW) {
      findings.add(FindingMessage.ROW_NEEDS_REVIEW.with("target", brief(row.target())).with("actual", brief(row.actual()))
          .with("reason", rule.explanation), loc, null, row.score());
    }
    ScoreRange allowed = rule.allowed;
    BigDecimal computed;
    if (allowed.isExact()) {
      computed = allowed.min();
    } else {
      computed = reported != null ? profile.round(allowed.clamp(reported)) : allowed.max();
    }
    if (rule.ratio != null && rule.ratio.compareTo(profile.overAchievementThreshold()) >= 0) {
      findings.add(FindingMessage.OVER_ACHIEVEMENT.with("ratio", pct(rule.ratio)), loc, row.target(), row.actual());
    }
    boolean exceedsWeight = reported != null && reported.compareTo(weight) > 0; // already reported above
    if (reported != null && rule.method != ScoringMethod.MANUAL_REVIEW && !allowed.contains(reported) && !exceedsWeight) {
      boolean over = reported.compareTo(allowed.max()) > 0;
      // a form that prints whole points (8.62 as 9) rounds, it does not misjudge: a warning
      boolean exactRule = allowed.isExact() && rule.method != ScoringMethod.QUALITATIVE
          && !wholePoints(reported, allowed.min(), weight);
      findings.add(FindingMessage.SCORE_NOT_PER_RULE.with("allowed", allowed).with("ruleZh", rule.explanationZh)
              .with("ruleEn", rule.explanation).with("printed", plain(reported)),
          over && exactRule ? Severity.ERROR : Severity.WARNING, at(label, INDICATORS, where, pointer + "/score"),
          allowed, reported);
    }
    boolean missed = (reported != null && reported.compareTo(weight) < 0)
        || (rule.ratio != null && rule.ratio.compareTo(BigDecimal.ONE) < 0);
    if (profile.reasonWhenBelowWeight() && missed && (row.deviationReason() == null
        || NO_REASON.contains(row.deviationReason().strip()))) {
      findings.add(FindingMessage.DEVIATION_REASON_MISSING.text(), at(label, INDICATORS, where, pointer + "/deviationReason"),
          null, row.deviationReason());
    }
    return new IndicatorScore(pointer, group.label(), sub.label(), row.name(), row.weight(), row.score(),
        rule.method, allowed, computed, rule.explanationZh + " / " + rule.explanation);
  }

  /** What the rule gives for one row. */
  private record Rule(ScoringMethod method, ScoreRange allowed, @Nullable BigDecimal ratio, String explanationZh,
      String explanation) {}

  private Rule rule(Level1Group group, Level2Group sub, IndicatorRow row, ParsedValue target, ParsedValue actual,
      BigDecimal w) {
    if (target instanceof NotApplicable && actual instanceof NotApplicable) {
      return manual(w, "target and actual are both blank or 无 while the row carries a weight");
    }
    if (target instanceof Quantity t && actual instanceof Quantity a) {
      if (a.isPercent() && !t.isPercent()) {
        return completion(a, w);
      }
      if (t.comparableWith(a) && t.baseNumber().signum() >= 0 && a.baseNumber().signum() >= 0) {
        Direction direction = Direction.of(group, sub, row, t);
        if (t.baseNumber().signum() > 0 || direction.kind() == Direction.Kind.LOWER) {
          return quantitative(t, a, w, direction);
        }
      }
      return manual(w, "target and actual are in different units");
    }
    if (actual instanceof Quantity a && a.isPercent() && a.comparison() == ParsedValue.Comparison.NONE
        && !(target instanceof Quantity)) {
      return completion(a, w);
    }
    if (target instanceof Period tp && actual instanceof Period ap && late(tp, ap)) {
      // 2019年 → 2020年, 9月前 → 11月: done after the deadline
      return band(Achievement.NOT_ACHIEVED, w, "完成时间「" + brief(ap.text()) + "」晚于「" + brief(tp.text()) + "」",
          "done '" + brief(ap.text()) + "', after '" + brief(tp.text()) + "'");
    }
    if (target instanceof Period || target instanceof Qualitative q && isSchedule(q)) {
      if (actual instanceof Period || actual instanceof Qualitative qa && qa.achievement() == Achievement.ACHIEVED) {
        return new Rule(ScoringMethod.TIMELINESS, ScoreRange.exactly(profile.round(w)), null,
            "按时完成，得满分", "on time: full weight");
      }
    }
    if (actual instanceof Qualitative qa) {
      return band(qa.achievement(), w, "实际完成值「" + qa.keyword() + "」", "actual says '" + qa.keyword() + "'");
    }
    if (!(target instanceof NotApplicable) && normalized(target.text()).equals(normalized(actual.text()))) {
      return band(Achievement.ACHIEVED, w, "实际完成值与年度指标值相同", "the actual restates the target");
    }
    String why = actual instanceof ParsedValue.NeedsReview nr ? nr.reason()
        : target instanceof ParsedValue.NeedsReview nr2 ? "target: " + nr2.reason() : "target and actual cannot be compared";
    return manual(w, why);
  }

  /** Whether the actual period ends after the target's: a later year, or the same year and a later month. */
  private static boolean late(Period target, Period actual) {
    if (target.year() != null && actual.year() != null && !target.year().equals(actual.year())) {
      return actual.year() > target.year();
    }
    boolean sameYearOrNone = target.year() == null || actual.year() == null || target.year().equals(actual.year());
    return sameYearOrNone && target.kind() == ParsedValue.PeriodKind.DEADLINE && target.toMonth() != null
        && actual.toMonth() != null && actual.toMonth() > target.toMonth();
  }

  private static boolean isSchedule(Qualitative q) {
    return q.text().contains("按时") || q.text().contains("按计划") || q.text().contains("按期");
  }

  private Rule quantitative(Quantity t, Quantity a, BigDecimal w, Direction direction) {
    return switch (direction.kind()) {
      case LOWER -> lower(t, a, w, direction);
      case HIGHER -> higher(t, a, w, direction);
      case UNKNOWN -> {
        if (same(a.baseNumber(), t.baseNumber())) {
          yield higher(t, a, w, direction);
        }
        // nothing says which way is better: allow what either reading gives, so a deviation is at most a warning
        Rule up = higher(t, a, w, direction);
        Rule down = lower(t, a, w, direction);
        ScoreRange range = new ScoreRange(up.allowed.min().min(down.allowed.min()), up.allowed.max().max(down.allowed.max()));
        yield new Rule(ScoringMethod.QUANTITATIVE, range, null,
            "越大越好时" + up.explanationZh + "；越小越好时" + down.explanationZh,
            "if higher is better: " + up.explanation + "; if lower is better: " + down.explanation);
      }
    };
  }

  private Rule lower(Quantity t, Quantity a, BigDecimal w, Direction direction) {
    String noteZh = direction.kind() == Direction.Kind.UNKNOWN ? "" : direction.noteZh();
    String noteEn = direction.kind() == Direction.Kind.UNKNOWN ? "" : direction.noteEn();
    if (a.baseNumber().compareTo(t.baseNumber()) <= 0) {
      return new Rule(ScoringMethod.LOWER_IS_BETTER, ScoreRange.exactly(profile.round(w)), null,
          "未超过目标值，得满分" + noteZh, "within the limit: full weight" + noteEn);
    }
    BigDecimal score = switch (profile.lowerIsBetter()) {
      case TARGET_OVER_ACTUAL -> w.multiply(t.baseNumber()).divide(a.baseNumber(), profile.scale(), profile.rounding());
      case ZERO_WHEN_EXCEEDED -> profile.round(BigDecimal.ZERO);
    };
    return new Rule(ScoringMethod.LOWER_IS_BETTER, ScoreRange.exactly(score), null,
        "超过目标值：" + plain(w) + " × " + plain(t.number()) + " ÷ " + plain(a.number()) + " = " + score.toPlainString()
            + noteZh,
        "limit exceeded: " + plain(w) + " x " + plain(t.number()) + " / " + plain(a.number()) + " = "
            + score.toPlainString() + noteEn);
  }

  private Rule higher(Quantity t, Quantity a, BigDecimal w, Direction direction) {
    BigDecimal ratio = divide(a.baseNumber(), t.baseNumber());
    if (ratio.compareTo(BigDecimal.ONE) >= 0) {
      boolean deduct = profile.overAchievementDeducts() && ratio.compareTo(profile.overAchievementThreshold()) >= 0;
      ScoreRange allowed = deduct ? new ScoreRange(profile.round(w.multiply(profile.achievedMin())), profile.round(w))
          : ScoreRange.exactly(profile.round(w));
      return new Rule(ScoringMethod.QUANTITATIVE, allowed, ratio,
          "已完成目标（" + pct(ratio) + "）" + (deduct ? "，超额过多酌情扣分" : "，得满分"),
          "target met (" + pct(ratio) + ")" + (deduct ? ", far above: moderate deduction allowed" : ": full weight"));
    }
    String noteZh = direction.kind() == Direction.Kind.HIGHER && direction.basisZh() != null
        && (direction.basisZh().startsWith("指标性质") || direction.basisZh().startsWith("指标名称"))
        ? direction.noteZh() : "";
    String noteEn = noteZh.isEmpty() ? "" : direction.noteEn();
    BigDecimal score = w.multiply(a.baseNumber()).divide(t.baseNumber(), profile.scale(), profile.rounding());
    return new Rule(ScoringMethod.QUANTITATIVE, ScoreRange.exactly(score), ratio,
        plain(w) + " × " + plain(a.number()) + " ÷ " + plain(t.number()) + " = " + score.toPlainString() + noteZh,
        plain(w) + " x " + plain(a.number()) + " / " + plain(t.number()) + " = " + score.toPlainString() + noteEn);
  }

  private Rule completion(Quantity a, BigDecimal w) {
    BigDecimal ratio = divide(a.number(), HUNDRED);
    if (ratio.compareTo(BigDecimal.ONE) >= 0) {
      return new Rule(ScoringMethod.QUANTITATIVE, ScoreRange.exactly(profile.round(w)), null,
          "完成率 " + plain(a.number()) + "%，得满分", "completion " + plain(a.number()) + "%: full weight");
    }
    BigDecimal score = w.multiply(a.number()).divide(HUNDRED, profile.scale(), profile.rounding());
    return new Rule(ScoringMethod.QUANTITATIVE, ScoreRange.exactly(score), ratio,
        "完成率 " + plain(a.number()) + "%：" + plain(w) + " × " + plain(a.number()) + "% = " + score.toPlainString(),
        "completion " + plain(a.number()) + "%: " + plain(w) + " x " + plain(a.number()) + "% = " + score.toPlainString());
  }

  private Rule band(Achievement achievement, BigDecimal w, String whyZh, String why) {
    BigDecimal achieved = profile.round(w.multiply(profile.achievedMin()));
    BigDecimal partly = profile.round(w.multiply(profile.partlyMin()));
    return switch (achievement) {
      case ACHIEVED -> new Rule(ScoringMethod.QUALITATIVE, new ScoreRange(achieved, profile.round(w)), null,
          whyZh + "，达成目标，得分区间 " + achieved.toPlainString() + "–" + profile.round(w).toPlainString(),
          why + ": achieved, " + achieved.toPlainString() + "–" + profile.round(w).toPlainString());
      case PARTLY -> new Rule(ScoringMethod.QUALITATIVE, new ScoreRange(partly, achieved), null,
          whyZh + "，部分达成，得分区间 " + partly.toPlainString() + "–" + achieved.toPlainString(),
          why + ": partly achieved, " + partly.toPlainString() + "–" + achieved.toPlainString());
      case NOT_ACHIEVED -> new Rule(ScoringMethod.QUALITATIVE, new ScoreRange(profile.round(BigDecimal.ZERO), partly), null,
          whyZh + "，未达成，得分区间 0–" + partly.toPlainString(),
          why + ": not achieved, 0–" + partly.toPlainString());
    };
  }

  private Rule manual(BigDecimal w, String why) {
    return new Rule(ScoringMethod.MANUAL_REVIEW, new ScoreRange(profile.round(BigDecimal.ZERO), profile.round(w)), null,
        "需人工复核", why);
  }

  // ---------------------------------------------------------------- helpers

  /** A bare number ("≥75", "100") with the row's printed unit appended ("≥75%"); any other text as it is. */
  static @Nullable String withUnit(@Nullable String text, @Nullable String unit) {
    if (text == null || unit == null || unit.isBlank() || !BARE_NUMBER.matcher(text).matches()) {
      return text;
    }
    return text.strip() + unit.strip();
  }

  private static final java.util.regex.Pattern BARE_NUMBER =
      java.util.regex.Pattern.compile("\\s*[≥≤><=＞＜＝≧≦]?\\s*[0-9]+(?:\\.[0-9]+)?\\s*");

  /** The text without white space (incl. U+3000) and the punctuation 。，,.;；. */
  private static String normalized(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isRegexSpace(c) && "\u3000。，,.;；".indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static String pct(BigDecimal ratio) {
    return ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A cell's text on one line, cut to 30 characters for messages and locations. */
  static String brief(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String line = oneLine(s).strip();
    return line.codePointCount(0, line.length()) <= 30 ? line
        : line.substring(0, line.offsetByCodePoints(0, 30)) + "…";
  }

  /** {@code s.replaceAll("\\s*\\n\\s*", " ")}: every run of white space holding a line break becomes one space. */
  static String oneLine(String s) {
    if (s.indexOf('\n') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (!isRegexSpace(s.charAt(i))) {
        sb.append(s.charAt(i++));
        continue;
      }
      int end = i;
      boolean lineBreak = false;
      while (end < s.length() && isRegexSpace(s.charAt(end))) {
        lineBreak |= s.charAt(end) == '\n';
        end++;
      }
      sb.append(lineBreak ? " " : s.substring(i, end));
      i = end;
    }
    return sb.toString();
  }

  private static String rowName(Level1Group group, Level2Group sub, IndicatorRow row) {
    String l1 = group.indicator() != null ? group.indicator().chinese() : group.label();
    String l2 = sub.indicator() != null ? sub.indicator().chinese() : sub.label();
    StringBuilder sb = new StringBuilder();
    for (String part : new String[] {l1, l2, row.name()}) {
      if (part != null && !part.isBlank()) {
        sb.append(sb.length() > 0 ? " / " : "").append(brief(part));
      }
    }
    // a flat list's row without a name: say what it is rather than nothing
    return sb.length() > 0 ? sb.toString() : "（未命名指标）";
  }

  static Location at(String form, String section, @Nullable String row, String pointer) {
    return new Location(form, section, row, pointer);
  }
}
