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
import io.github.jixiao.model.IndicatorFramework;
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

    IndicatorFramework framework = framework(form, pointer, findings);
    boolean reasonColumn = form.resultColumns().reason();
    boolean scoringSheet = form.isScoringSheet();
    // the evaluation framework prints 预算执行率 as an indicator row (under 过程/资金管理)
    boolean executionInIndicators = form.rows().anyMatch(r -> r.execution() || framework != null
        && framework.isExecution(r.name()));
    // the funds block scores execution unless the indicators do: an execution row, or a framework whose
    // 100 points all sit among the indicators (项目管理/资金到位 and 资金管理 of the 2011 framework)
    boolean fundsScored = !executionInIndicators && (framework == null || framework.fundsBlockScored());

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
    if (fundsScored && (totalRow.isEmpty() || (rate == null && rateOnly == null))) {
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

    // --- indicators: weights and scores at whatever level the form prints them
    List<IndicatorScore> scores = new ArrayList<>();
    List<GroupScore> groups = new ArrayList<>();
    BigDecimal weightSum = BigDecimal.ZERO;
    BigDecimal reportedSum = BigDecimal.ZERO;
    BigDecimal computedSum = BigDecimal.ZERO;
    BigDecimal executionRowScore = null;
    java.util.Map<Level1Indicator, BigDecimal> level1Printed = new java.util.EnumMap<>(Level1Indicator.class);
    java.util.Map<Level1Indicator, Integer> level1Where = new java.util.EnumMap<>(Level1Indicator.class);
    java.util.Map<String, BigDecimal> typePrinted = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> typeWhere = new java.util.HashMap<>();
    // a level-1 cell printed again after a page break ("效益指标（30分）" twice in a row): one group,
    // its weight counted once and checked against the rows of both
    BigDecimal runRows = BigDecimal.ZERO;
    int runHead = 0;
    for (int g = 0; g < form.indicators().size(); g++) {
      Level1Group group = form.indicators().get(g);
      boolean continued = g > 0 && repeats(form.indicators().get(g - 1), group);
      boolean continues = g + 1 < form.indicators().size() && repeats(group, form.indicators().get(g + 1));
      String groupPointer = pointer + "/indicators/" + g;
      BigDecimal gWeight = BigDecimal.ZERO;
      BigDecimal gReported = BigDecimal.ZERO;
      BigDecimal gComputed = BigDecimal.ZERO;
      for (int h = 0; h < group.children().size(); h++) {
        Level2Group sub = group.children().get(h);
        String subPointer = groupPointer + "/children/" + h;
        BigDecimal subWeight = value(sub.weight());
        // a group scored as a whole (one 分值 and 得分 per 二级指标, none per row): its rows are judged, not weighted
        boolean wholeGroup = subWeight != null && sub.rows().stream().noneMatch(r -> !r.isBlank() && r.weight() != null);
        BigDecimal rowWeights = BigDecimal.ZERO;
        BigDecimal rowScores = BigDecimal.ZERO;
        BigDecimal rowComputed = BigDecimal.ZERO;
        boolean rowWeightPrinted = false;
        boolean rowScorePrinted = false;
        GroupRows judged = new GroupRows();
        for (int r = 0; r < sub.rows().size(); r++) {
          IndicatorRow row = sub.rows().get(r);
          if (row.isBlank()) {
            continue;
          }
          String rowPointer = subPointer + "/rows/" + r;
          String where = rowName(group, sub, row);
          IndicatorScore s;
          if (row.execution() || framework != null && framework.isExecution(row.name())) {
            s = scoreExecutionRow(label, group, sub, row, rowPointer, where, figures, rate, rateOnly, findings);
            executionRowScore = s.computed();
          } else if (wholeGroup) {
            s = judgeRow(label, group, sub, row, rowPointer, where, subWeight, judged, findings);
          } else {
            s = scoreRow(label, group, sub, row, rowPointer, where, reasonColumn, scoringSheet, findings);
          }
          scores.add(s);
          rowWeightPrinted |= row.weight() != null;
          rowScorePrinted |= row.score() != null;
          rowWeights = rowWeights.add(orZero(value(row.weight())));
          rowScores = rowScores.add(orZero(value(row.score())));
          rowComputed = rowComputed.add(orZero(s.computed()));
        }
        BigDecimal subScore = value(sub.score());
        String subName = level2Name(group, sub);
        if (!partial) {
          if (subWeight != null && rowWeightPrinted && !same(subWeight, rowWeights)) {
            findings.add(FindingMessage.LEVEL2_WEIGHT_NOT_ITS_ROWS.with("group", subName).with("printed", plain(subWeight))
                    .with("rows", plain(rowWeights)),
                at(label, INDICATORS, subName, subPointer + "/weight"), plain(subWeight), plain(rowWeights));
          }
          if (subScore != null && rowScorePrinted && !same(subScore, rowScores)) {
            findings.add(FindingMessage.LEVEL2_SCORE_NOT_ITS_ROWS.with("group", subName).with("printed", plain(subScore))
                    .with("rows", plain(rowScores)),
                at(label, INDICATORS, subName, subPointer + "/score"), plain(subScore), plain(rowScores));
          }
        }
        if (subScore != null && subWeight != null && subScore.compareTo(subWeight) > 0) {
          findings.add(FindingMessage.GROUP_SCORE_EXCEEDS_WEIGHT.with("group", subName).with("score", plain(subScore))
              .with("weight", plain(subWeight)), at(label, INDICATORS, subName, subPointer + "/score"), subWeight, subScore);
        }
        if (wholeGroup && sub.rows().stream().allMatch(IndicatorRow::isBlank)) {
          judged.unjudged = true; // no row to judge the group by: its printed score is a person's to check
          judged.empty = true;
        }
        if (wholeGroup) {
          IndicatorScore whole = scoreWholeGroup(label, group, sub, subPointer, subName, subWeight, subScore, judged,
              !partial, findings);
          scores.add(whole);
          rowComputed = orZero(whole.computed());
        }
        gWeight = gWeight.add(subWeight != null ? subWeight : rowWeights);
        gReported = gReported.add(subScore != null ? subScore : rowScores);
        gComputed = gComputed.add(rowComputed);
      }
      BigDecimal groupScore = value(group.score());
      String name = level1Name(group);
      if (groupScore != null) {
        if (!partial && !same(groupScore, gReported)) {
          findings.add(FindingMessage.LEVEL1_SCORE_NOT_ITS_GROUPS.with("group", name).with("printed", plain(groupScore))
                  .with("groups", plain(gReported)),
              at(label, INDICATORS, name, groupPointer + "/score"), plain(groupScore), plain(gReported));
        }
        BigDecimal groupWeight = group.weight() != null ? group.weight() : gWeight;
        if (groupScore.compareTo(groupWeight) > 0) {
          findings.add(FindingMessage.GROUP_SCORE_EXCEEDS_WEIGHT.with("group", name).with("score", plain(groupScore))
              .with("weight", plain(groupWeight)), at(label, INDICATORS, name, groupPointer + "/score"), groupWeight,
              groupScore);
        }
        gReported = groupScore;
      }
      groups.add(new GroupScore(group.indicator(), group.label(), group.weight(), gWeight, gReported, gComputed));
      runRows = continued ? runRows.add(gWeight) : gWeight;
      runHead = continued ? runHead : g;
      if (!partial) {
        if (!continues) {
          checkLevel1Label(label, form.indicators().get(runHead), pointer + "/indicators/" + runHead, runRows, findings);
        }
        BigDecimal carried = continued && group.weight() != null ? BigDecimal.ZERO
            : group.weight() != null ? group.weight() : gWeight;
        String type = group.type() != null ? group.type()
            : framework != null ? framework.level1Type(group.label()).map(IndicatorFramework.Type::type).orElse(null) : null;
        // a group that prints no 分值 anywhere has no level-1 weight to hold against the profile
        boolean weighs = weighs(group);
        if (weighs && group.indicator() != null && (framework == null
            || ScoringProfile.SELF_EVALUATION_FRAMEWORKS.containsKey(framework.id()))) {
          // a level-1 group printed twice (its cell repeated across a page break) counts once, summed
          level1Printed.merge(group.indicator(), carried, BigDecimal::add);
          level1Where.putIfAbsent(group.indicator(), g);
        } else if (weighs && type != null) {
          typePrinted.merge(type, carried, BigDecimal::add);
          typeWhere.putIfAbsent(type, g);
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
    if (framework != null && profile.scores(framework.id())) {
      java.util.Map<String, BigDecimal> fixed = profile.frameworks().get(framework.id());
      typePrinted.forEach((type, printed) -> {
        BigDecimal expected = fixed.get(type);
        int g = typeWhere.get(type);
        String name = level1Name(form.indicators().get(g));
        if (expected != null && !same(expected, printed)) {
          findings.add(FindingMessage.LEVEL1_WEIGHT_NOT_PROFILE.with("group", name).with("printed", plain(printed))
                  .with("profile", profile.id()).with("expected", plain(expected)),
              Severity.WARNING, at(label, INDICATORS, name, pointer + "/indicators/" + g + "/weight"), expected, printed);
        }
      });
    }
    // a band above the table ("年度绩效目标1（80分）") over rows that print no 分值: the band's weight is the indicators'
    boolean weightsPrinted = form.indicators().stream().anyMatch(FormEvaluator::weighs);
    BigDecimal bandWeight = form.indicatorsWeight();
    if (bandWeight != null && !weightsPrinted) {
      weightSum = bandWeight;
    } else if (bandWeight != null && !partial && !same(bandWeight, weightSum)) {
      String band = form.indicatorsLabel() != null ? brief(form.indicatorsLabel()) : "绩效指标";
      findings.add(FindingMessage.BAND_WEIGHT_NOT_ITS_GROUPS.with("band", band).with("printed", plain(bandWeight))
              .with("groups", plain(weightSum)),
          at(label, INDICATORS, band, pointer + "/indicatorsWeight"), plain(bandWeight), plain(weightSum));
    }

    // --- totals
    BigDecimal executionWeightPrinted = totalRow.map(r -> value(r.weight())).orElse(null);
    // execution among the indicators (a row, or the framework's funds groups): the funds block adds only what it prints
    BigDecimal fundsExecutionWeight = executionWeightPrinted != null ? executionWeightPrinted
        : fundsScored ? executionWeight : BigDecimal.ZERO;
    BigDecimal allWeights = weightSum.add(fundsExecutionWeight);
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
    boolean fundsBlockScores = fundsScored || executionWeightPrinted != null;
    BigDecimal computedTotal = profile.round(fundsBlockScores ? executionScore.add(computedSum) : computedSum);
    // the execution figure the form carries is its indicator row's when the funds block scores none, and
    // none at all when neither scores it (a framework's funds groups are judged as indicators)
    BigDecimal executionFigure = fundsBlockScores ? executionScore : executionRowScore;
    return new FormEvaluation(label, pointer, form.name(), form.implementingUnit(), budget, executed,
        rate != null ? rate : rateOnly, reportedExecution, executionFigure, scores, groups, form.reportedTotal(),
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

  /**
   * A printed execution rate (the funds block's 执行率, or an execution row's 实际完成值) against the
   * rate of the amounts: a mismatch (a warning when the figure was cut rather than rounded; a bare
   * fraction such as 0.9641 read as one), or a rate that cannot be read.
   *
   * @return whether the printed text was reported as unreadable
   */
  private boolean checkPrintedRate(@Nullable String printed, @Nullable BigDecimal rate, FundsFigures figures,
      Location place, Findings findings) {
    BigDecimal printedRate = Numbers.printedRate(printed);
    if (rate != null && printedRate != null) {
      BigDecimal executed = Objects.requireNonNull(figures.executed());
      BigDecimal budget = Objects.requireNonNull(figures.budget());
      BigDecimal expected = HUNDRED.multiply(executed).divide(budget, Math.max(0, printedRate.scale()), RoundingMode.HALF_UP);
      // a bare "0.9641" may be a fraction rather than percent
      boolean fraction = Numbers.percent(printed) == null && printedRate.compareTo(BigDecimal.ONE) <= 0
          && printedRate.scale() > 0 && same(executed.divide(budget, printedRate.scale(), RoundingMode.HALF_UP),
              printedRate);
      if (!same(expected, printedRate) && !fraction) {
        FindingMessage m = Numbers.percent(printed) != null ? FindingMessage.EXECUTION_RATE_MISMATCH
            : FindingMessage.EXECUTION_RATE_NUMBER_MISMATCH;
        // 97.80% for 97.8086…%: cut, not rounded — a form's arithmetic habit, a warning
        boolean truncated = same(HUNDRED.multiply(executed).divide(budget, Math.max(0, printedRate.scale()),
            RoundingMode.DOWN), printedRate);
        findings.add(m.with("executed", plain(executed)).with("budget", plain(budget))
                .with("expected", expected.toPlainString()).with("printed", printed),
            truncated ? Severity.WARNING : Severity.ERROR, place, expected.toPlainString() + "%", printed);
      }
    } else if (printed != null && !printed.isBlank() && printedRate == null) {
      findings.add(FindingMessage.EXECUTION_RATE_UNREADABLE.with("printed", printed), place, null, printed);
      return true;
    }
    return false;
  }

  private void checkExecution(SelfEvaluationForm form, FundsRow row, String pointer, FundsFigures figures,
      @Nullable BigDecimal rate, @Nullable BigDecimal rateOnly, BigDecimal computed, FormNote note, Findings findings) {
    String label = form.label();
    checkPrintedRate(row.executionRate(), rate, figures, at(label, FUNDS, "执行率", pointer + "/executionRate"), findings);
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

  // ---------------------------------------------------------------- frameworks and groups

  /** How the rows of a group scored as a whole fared: those that missed their targets, and whether any could not be judged. */
  private static final class GroupRows {
    final List<String> missed = new ArrayList<>();
    /** A row the parser could not judge (its own finding says why), or no row at all. */
    boolean unjudged;
    /** No row printed at all: nothing to judge the group by. */
    boolean empty;
  }

  /** The built-in frameworks: immutable data, read once. */
  private static final Frameworks FRAMEWORKS = Frameworks.builtIn();

  /**
   * The framework the form names, or {@code null} for the self-evaluation tree (no framework named,
   * as every form before frameworks) and for a framework jixiao does not know (said as a finding).
   */
  private @Nullable IndicatorFramework framework(SelfEvaluationForm form, String pointer, Findings findings) {
    String id = form.framework();
    if (id == null) {
      return null;
    }
    Optional<IndicatorFramework> known = FRAMEWORKS.byId(id);
    Location where = at(form.label(), INDICATORS, null, pointer + "/framework");
    if (known.isEmpty()) {
      findings.add(FindingMessage.FRAMEWORK_UNKNOWN.with("framework", id).with("known", String.join(", ",
          Frameworks.BUILT_IN)), where, null, id);
      return null;
    }
    if (!profile.scores(id)) {
      findings.add(FindingMessage.FRAMEWORK_NOT_IN_PROFILE.with("profile", profile.id()).with("framework", id)
          .with("scored", String.join(", ", profile.frameworks().keySet())), where, null, id);
    }
    return known.get();
  }

  /**
   * 预算执行率 printed as an indicator row: its rate is the funds block's when the form has one, else
   * the rate the row prints as its actual value; its score is the profile's execution formula on the
   * row's weight, checked like the funds block's.
   */
  private IndicatorScore scoreExecutionRow(String label, Level1Group group, Level2Group sub, IndicatorRow row,
      String pointer, String where, FundsFigures figures, @Nullable BigDecimal rate, @Nullable BigDecimal rateOnly,
      Findings findings) {
    BigDecimal weight = value(row.weight());
    BigDecimal reported = value(row.score());
    BigDecimal printedRate = Numbers.printedRate(row.actual());
    // the same check as the funds block's 执行率: a row is a second place the rate is printed
    boolean unreadable = checkPrintedRate(row.actual(), rate, figures, at(label, INDICATORS, where, pointer + "/actual"),
        findings);
    BigDecimal used = rate != null ? rate : rateOnly != null ? rateOnly
        : printedRate != null ? divide(printedRate, HUNDRED) : null;
    if (weight == null || weight.signum() <= 0 || used == null) {
      if (weight != null && weight.signum() > 0 && !unreadable) {
        findings.add(FindingMessage.EXECUTION_ROW_RATE_UNCOMPUTABLE.text(), at(label, INDICATORS, where, pointer + "/actual"),
            null, row.actual());
      }
      return new IndicatorScore(pointer, group.label(), sub.label(), row.name(), row.weight(), row.score(),
          ScoringMethod.MANUAL_REVIEW, weight == null ? null : new ScoreRange(BigDecimal.ZERO, weight),
          reported, "预算执行率无法计算 / the execution rate cannot be computed");
    }
    BigDecimal computed = rate != null ? executionScore(weight, rate, Objects.requireNonNull(figures.executed()),
        Objects.requireNonNull(figures.budget())) : executionScore(weight, used, used, BigDecimal.ONE);
    if (reported != null && reported.compareTo(weight) > 0) {
      findings.add(FindingMessage.EXECUTION_ROW_SCORE_EXCEEDS_WEIGHT.with("score", plain(reported))
          .with("weight", plain(weight)), at(label, INDICATORS, where, pointer + "/score"), weight, reported);
    } else if (reported != null && !same(reported, computed)) {
      BigDecimal diff = reported.subtract(computed).abs();
      boolean rounding = diff.compareTo(BigDecimal.ONE.movePointLeft(profile.scale())) <= 0
          || wholePoints(reported, computed, weight);
      FindingText text = rate != null
          ? (rounding ? FindingMessage.EXECUTION_SCORE_ROUNDING : FindingMessage.EXECUTION_SCORE_MISMATCH)
              .with("weight", plain(weight)).with("rate", rateText(rate)).with("computed", computed.toPlainString())
              .with("printed", plain(reported))
          : FindingMessage.EXECUTION_SCORE_FROM_PRINTED_RATE.with("rate", String.valueOf(row.actual()).strip())
              .with("computed", computed.toPlainString()).with("printed", plain(reported));
      findings.add(text, rounding ? Severity.WARNING : Severity.ERROR, at(label, INDICATORS, where, pointer + "/score"),
          computed, reported);
    }
    return new IndicatorScore(pointer, group.label(), sub.label(), row.name(), row.weight(), row.score(),
        ScoringMethod.QUANTITATIVE, ScoreRange.exactly(computed), computed,
        "预算执行率 " + rateText(used) + "，得分 " + computed.toPlainString() + " / execution " + rateText(used)
            + ": " + computed.toPlainString());
  }

  /**
   * A row of a group scored as a whole: judged against its target as if it carried the group's weight
   * (whether it met it, never a share of the points: the form gives rows no weights); it adds nothing
   * to the sums itself. A missed row is added to {@code judged}; one that cannot be judged marks it.
   */
  private IndicatorScore judgeRow(String label, Level1Group group, Level2Group sub, IndicatorRow row, String pointer,
      String where, BigDecimal groupWeight, GroupRows judged, Findings findings) {
    ParsedValue target = values.parse(withUnit(row.target(), row.unitOfMeasure()));
    ParsedValue actual = values.parse(withUnit(row.actual(), row.unitOfMeasure()));
    Rule rule = rule(group, sub, row, target, actual, groupWeight);
    boolean met = rule.allowed.isExact() && same(rule.allowed.min(), groupWeight);
    if (rule.method == ScoringMethod.MANUAL_REVIEW) {
      findings.add(FindingMessage.ROW_NEEDS_REVIEW.with("target", brief(row.target())).with("actual", brief(row.actual()))
          .with("reason", rule.explanation), at(label, INDICATORS, where, pointer), null, null);
    }
    if (rule.method == ScoringMethod.MANUAL_REVIEW) {
      judged.unjudged = true; // said for the row; the group's score is a person's to check, not a missed target
    } else if (!met) {
      judged.missed.add(row.name() != null ? brief(row.name()) : "（未命名指标）");
    }
    return new IndicatorScore(pointer, group.label(), sub.label(), row.name(), null, row.score(), rule.method, null, null,
        (met ? "完成目标（整组计分）" : "未完全完成目标（整组计分）") + " / " + (met ? "target met" : "target not fully met")
            + " (scored as a group)");
  }

  /**
   * The computed score of a group scored as a whole: its weight when every row met its target;
   * otherwise the department's printed score within 0 to the weight, for a person to review.
   */
  private IndicatorScore scoreWholeGroup(String label, Level1Group group, Level2Group sub, String pointer, String name,
      BigDecimal weight, @Nullable BigDecimal printed, GroupRows judged, boolean whole, Findings findings) {
    if (judged.empty && printed == null) {
      // neither rows nor a score: nothing earns the points (a partial form's cut group; on a whole form, a blank one)
      if (whole) {
        findings.add(FindingMessage.GROUP_NOT_FILLED.with("group", name).with("weight", plain(weight)),
            Severity.WARNING, at(label, INDICATORS, name, pointer + "/score"), plain(weight), null);
      }
      return new IndicatorScore(pointer, group.label(), sub.label(), null, sub.weight(), null, ScoringMethod.NOT_APPLICABLE,
          null, null, whole ? "无三级指标、未填得分，不计分 / no rows and no score: not scored"
              : "截断不可见，不计分 / cut off the page: not scored");
    }
    ScoreRange allowed;
    BigDecimal computed;
    ScoringMethod method;
    String why;
    if (judged.missed.isEmpty() && !judged.unjudged) {
      allowed = ScoreRange.exactly(profile.round(weight));
      computed = allowed.min();
      method = ScoringMethod.QUANTITATIVE;
      why = "各项指标均完成，得满分 / every row met its target: full weight";
      if (printed != null && printed.compareTo(weight) < 0) {
        findings.add(FindingMessage.SCORE_NOT_PER_RULE.with("allowed", allowed).with("ruleZh", "各项指标均完成，得满分")
                .with("ruleEn", "every row met its target: full weight").with("printed", plain(printed)),
            Severity.WARNING, at(label, INDICATORS, name, pointer + "/score"), allowed, printed);
      }
    } else {
      allowed = new ScoreRange(BigDecimal.ZERO, profile.round(weight));
      computed = printed != null ? profile.round(allowed.clamp(printed)) : allowed.max();
      method = ScoringMethod.MANUAL_REVIEW;
      why = "整组计分且未全部完成，得分需人工复核 / scored as a group with rows missed: a person reviews the score";
      if (judged.missed.isEmpty()) {
        return new IndicatorScore(pointer, group.label(), sub.label(), null, sub.weight(), sub.score(), method, allowed,
            computed, "整组计分，指标完成情况需人工判断 / scored as a group; a person judges its rows");
      }
      findings.add(FindingMessage.GROUP_NEEDS_REVIEW.with("group", name).with("missed", String.join("、", judged.missed))
              .with("printed", printed == null ? "（空白）" : plain(printed)).with("weight", plain(weight)),
          at(label, INDICATORS, name, pointer + "/score"), null, printed);
    }
    return new IndicatorScore(pointer, group.label(), sub.label(), null, sub.weight(), sub.score(), method, allowed,
        computed, why);
  }

  private static String level2Name(Level1Group group, Level2Group sub) {
    String l2 = sub.label() != null ? sub.label() : sub.indicator() != null ? sub.indicator().chinese() : "二级指标";
    return brief(level1Name(group) + " / " + l2);
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

  /**
   * Whether {@code next} is {@code previous}'s level-1 cell printed again (a merged cell repeated
   * after a page break): the same label, weight included, as printed. Without a weight in the label
   * each group's rows carry their own weights and nothing is counted twice.
   */
  static boolean repeats(Level1Group previous, Level1Group next) {
    return previous.weight() != null && previous.label() != null && previous.label().equals(next.label())
        && next.weight() != null && previous.weight().compareTo(next.weight()) == 0;
  }

  /** Whether a level-1 group prints a 分值 anywhere: its label, a level-2 group's or a row's. */
  private static boolean weighs(Level1Group group) {
    return group.weight() != null || group.children().stream()
        .anyMatch(c -> c.weight() != null || c.rows().stream().anyMatch(r -> r.weight() != null));
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
      String where, boolean reasonColumn, boolean scoringSheet, Findings findings) {
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
    if (rule.method == ScoringMethod.MANUAL_REVIEW && scoringSheet && row.target() == null && row.actual() == null) {
      // a 评分表 prints no 年度指标值 or 实际完成值 to quote: the row is scored by its 评分标准
      findings.add(FindingMessage.ROW_SCORED_BY_CRITERIA.with("printed", row.score() == null ? "（空白）" : plain(reported)),
          loc, null, row.score());
    } else if (rule.method == ScoringMethod.MANUAL_REVIEW) {
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
    // a 评分表 without a 偏差原因 column is not asked for one
    if (profile.reasonWhenBelowWeight() && reasonColumn && missed && (row.deviationReason() == null
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
