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
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.FindingText;
import io.github.jixiao.model.result.FormEvaluation;
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

    // --- budget execution (预算执行率)
    Optional<FundsRow> totalRow = form.totalFunds();
    int totalIndex = totalRow.map(r -> form.funds().rows().indexOf(r)).orElse(-1);
    String fundsPointer = pointer + "/funds/rows/" + Math.max(totalIndex, 0);
    BigDecimal budget = totalRow.map(r -> Amount.number(r.annualBudget())).orElse(null);
    BigDecimal executed = totalRow.map(r -> Amount.number(r.executed())).orElse(null);
    BigDecimal rate = budget != null && executed != null && budget.signum() > 0 ? divide(executed, budget) : null;
    BigDecimal executionScore = executionScore(rate, executed, budget);
    ScoreCell reportedExecution = totalRow.map(FundsRow::score).orElse(null);
    checkFunds(form, pointer, findings);
    totalRow.ifPresent(row -> checkExecution(label, row, fundsPointer, rate, executionScore, findings));
    if (totalRow.isEmpty() || rate == null) {
      findings.add(FindingMessage.EXECUTION_RATE_UNCOMPUTABLE.text(), at(label, FUNDS, "年度资金总额", fundsPointer),
          null, null);
    }

    // --- indicators
    List<IndicatorScore> scores = new ArrayList<>();
    List<GroupScore> groups = new ArrayList<>();
    BigDecimal weightSum = BigDecimal.ZERO;
    BigDecimal reportedSum = BigDecimal.ZERO;
    BigDecimal computedSum = BigDecimal.ZERO;
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
      checkLevel1(label, group, pointer + "/indicators/" + g, gWeight, findings);
      weightSum = weightSum.add(gWeight);
      reportedSum = reportedSum.add(gReported);
      computedSum = computedSum.add(gComputed);
    }

    // --- totals
    BigDecimal executionWeightPrinted = totalRow.map(r -> value(r.weight())).orElse(null);
    BigDecimal allWeights = weightSum.add(executionWeightPrinted != null ? executionWeightPrinted : profile.executionWeight());
    BigDecimal totalWeight = value(form.totalWeight()) != null ? value(form.totalWeight()) : HUNDRED;
    if (!same(allWeights, totalWeight)) {
      findings.add(FindingMessage.WEIGHTS_NOT_100.with("weights", plain(allWeights)).with("total", plain(totalWeight)),
          at(label, TOTAL, null, pointer + "/totalWeight"), plain(totalWeight), plain(allWeights));
    }
    BigDecimal reportedTotal = value(form.reportedTotal());
    BigDecimal printedScores = reportedSum.add(orZero(value(reportedExecution)));
    if (reportedTotal == null) {
      findings.add(FindingMessage.TOTAL_MISSING.with("scores", plain(printedScores)),
          at(label, TOTAL, null, pointer + "/reportedTotal"), plain(printedScores), null);
    } else if (!same(reportedTotal, printedScores)) {
      findings.add(FindingMessage.TOTAL_MISMATCH.with("total", plain(reportedTotal)).with("scores", plain(printedScores)),
          at(label, TOTAL, null, pointer + "/reportedTotal"), plain(printedScores), plain(reportedTotal));
    }
    BigDecimal computedTotal = profile.round(executionScore.add(computedSum));
    return new FormEvaluation(label, pointer, form.name(), form.implementingUnit(), budget, executed, rate,
        reportedExecution, executionScore, scores, groups, form.reportedTotal(), computedTotal,
        profile.grade(computedTotal), findings.list());
  }

  // ---------------------------------------------------------------- execution

  private BigDecimal executionScore(@Nullable BigDecimal rate, @Nullable BigDecimal executed, @Nullable BigDecimal budget) {
    if (rate == null || executed == null || budget == null) {
      return profile.round(BigDecimal.ZERO);
    }
    BigDecimal capped = rate.min(BigDecimal.ONE);
    BigDecimal w = profile.executionWeight();
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

  private void checkExecution(String label, FundsRow row, String pointer, @Nullable BigDecimal rate,
      BigDecimal computed, Findings findings) {
    BigDecimal printedRate = Numbers.percent(row.executionRate());
    if (rate != null && printedRate != null) {
      BigDecimal rowExecuted = Objects.requireNonNull(Amount.number(row.executed()));
      BigDecimal rowBudget = Objects.requireNonNull(Amount.number(row.annualBudget()));
      BigDecimal expected = HUNDRED.multiply(rowExecuted)
          .divide(rowBudget, Math.max(0, printedRate.scale()), RoundingMode.HALF_UP);
      if (!same(expected, printedRate)) {
        findings.add(FindingMessage.EXECUTION_RATE_MISMATCH.with("executed", plain(rowExecuted))
                .with("budget", plain(rowBudget)).with("expected", expected.toPlainString())
                .with("printed", row.executionRate()),
            at(label, FUNDS, "执行率", pointer + "/executionRate"), expected.toPlainString() + "%", row.executionRate());
      }
    } else if (row.executionRate() != null && printedRate == null) {
      findings.add(FindingMessage.EXECUTION_RATE_UNREADABLE.with("printed", row.executionRate()),
          at(label, FUNDS, "执行率", pointer + "/executionRate"), null, row.executionRate());
    }
    BigDecimal printedWeight = value(row.weight());
    if (printedWeight != null && !same(printedWeight, profile.executionWeight())) {
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
    }
    if (rate != null && !same(printedScore, computed)) {
      BigDecimal diff = printedScore.subtract(computed).abs();
      boolean rounding = diff.compareTo(BigDecimal.ONE.movePointLeft(profile.scale())) <= 0;
      FindingText text = (rounding ? FindingMessage.EXECUTION_SCORE_ROUNDING : FindingMessage.EXECUTION_SCORE_MISMATCH)
          .with("weight", plain(profile.executionWeight())).with("rate", rateText(rate))
          .with("computed", computed.toPlainString()).with("printed", plain(printedScore));
      findings.add(text, rounding ? Severity.WARNING : Severity.ERROR, at(label, FUNDS, "得分", pointer + "/score"),
          computed, printedScore);
    }
  }

  private static String rateText(BigDecimal rate) {
    return rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private void checkFunds(SelfEvaluationForm form, String pointer, Findings findings) {
    Optional<FundsRow> total = form.totalFunds();
    if (total.isEmpty()) {
      return;
    }
    FundsRow t = total.get();
    int ti = form.funds().rows().indexOf(t);
    List<FundsRow> sources = form.funds().rows().stream().filter(r -> r.kind() != FundsRowKind.TOTAL).toList();
    if (!sources.isEmpty()) {
      String[] names = {"年初预算数", "全年预算数", "全年执行数"};
      String[] fields = {"initialBudget", "annualBudget", "executed"};
      for (int c = 0; c < 3; c++) {
        final int column = c;
        BigDecimal printed = column(t, column);
        List<BigDecimal> parts = sources.stream().map(r -> column(r, column)).filter(v -> v != null).toList();
        if (printed == null || parts.isEmpty()) {
          continue;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!same(sum, printed)) {
          findings.add(FindingMessage.FUNDS_TOTAL_NOT_ITS_SOURCES.with("column", names[c]).with("field", fields[c])
                  .with("printed", plain(printed)).with("sum", plain(sum)),
              at(form.label(), FUNDS, "年度资金总额 " + names[c], pointer + "/funds/rows/" + ti + "/" + fields[c]),
              sum, printed);
        }
      }
    }
    BigDecimal reference = Amount.number(t.annualBudget()) != null ? Amount.number(t.annualBudget()) : Amount.number(t.executed());
    checkSplit(form, pointer + "/funds/byIncome", "按收入性质分", form.funds().byIncome(), t, reference, findings);
    checkSplit(form, pointer + "/funds/byExpenditure", "按支出性质分", form.funds().byExpenditure(), t, reference, findings);
  }

  private void checkSplit(SelfEvaluationForm form, String pointer, String name, List<FundSplit> split, FundsRow total,
      @Nullable BigDecimal reference, Findings findings) {
    List<BigDecimal> parts = split.stream().map(s -> Amount.number(s.amount())).filter(v -> v != null).toList();
    if (parts.isEmpty() || reference == null) {
      return;
    }
    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal totalBudget = Amount.number(total.annualBudget());
    BigDecimal totalExecuted = Amount.number(total.executed());
    boolean matchesBudget = totalBudget != null && same(sum, totalBudget);
    boolean matchesExecuted = totalExecuted != null && same(sum, totalExecuted);
    if (!matchesBudget && !matchesExecuted) {
      findings.add(FindingMessage.FUNDS_SPLIT_NOT_THE_TOTAL.with("split", name).with("sum", plain(sum))
          .with("total", plain(reference)), at(form.label(), FUNDS, name, pointer), reference, sum);
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

  private void checkLevel1(String label, Level1Group group, String pointer, BigDecimal rowWeights, Findings findings) {
    String name = group.label() != null ? group.label() : group.indicator() != null ? group.indicator().chinese() : "一级指标";
    if (group.weight() != null && !same(group.weight(), rowWeights)) {
      findings.add(FindingMessage.LEVEL1_LABEL_NOT_ITS_ROWS.with("group", name).with("printed", plain(group.weight()))
              .with("rows", plain(rowWeights)),
          at(label, INDICATORS, name, pointer + "/weight"), plain(group.weight()), plain(rowWeights));
    }
    if (group.indicator() == null || profile.level1Weights().isEmpty()) {
      return;
    }
    BigDecimal expected = profile.level1Weights().get(group.indicator());
    BigDecimal printed = group.weight() != null ? group.weight() : rowWeights;
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
    ParsedValue target = values.parse(row.target());
    ParsedValue actual = values.parse(row.actual());
    Rule rule = rule(target, actual, weight);
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
      boolean exactRule = allowed.isExact() && rule.method != ScoringMethod.QUALITATIVE;
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

  private Rule rule(ParsedValue target, ParsedValue actual, BigDecimal w) {
    if (target instanceof NotApplicable && actual instanceof NotApplicable) {
      return manual(w, "target and actual are both blank or 无 while the row carries a weight");
    }
    if (target instanceof Quantity t && actual instanceof Quantity a) {
      if (a.isPercent() && !t.isPercent()) {
        return completion(a, w);
      }
      if (t.comparableWith(a) && t.baseNumber().signum() > 0 && a.baseNumber().signum() >= 0) {
        return quantitative(t, a, w);
      }
      return manual(w, "target and actual are in different units");
    }
    if (actual instanceof Quantity a && a.isPercent() && a.comparison() == ParsedValue.Comparison.NONE
        && !(target instanceof Quantity)) {
      return completion(a, w);
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

  private static boolean isSchedule(Qualitative q) {
    return q.text().contains("按时") || q.text().contains("按计划") || q.text().contains("按期");
  }

  private Rule quantitative(Quantity t, Quantity a, BigDecimal w) {
    boolean lower = t.comparison().lowerIsBetter();
    if (lower) {
      if (a.baseNumber().compareTo(t.baseNumber()) <= 0) {
        return new Rule(ScoringMethod.LOWER_IS_BETTER, ScoreRange.exactly(profile.round(w)), null,
            "未超过目标值，得满分", "within the limit: full weight");
      }
      BigDecimal score = switch (profile.lowerIsBetter()) {
        case TARGET_OVER_ACTUAL -> w.multiply(t.baseNumber()).divide(a.baseNumber(), profile.scale(), profile.rounding());
        case ZERO_WHEN_EXCEEDED -> profile.round(BigDecimal.ZERO);
      };
      return new Rule(ScoringMethod.LOWER_IS_BETTER, ScoreRange.exactly(score), null,
          "超过目标值：" + plain(w) + " × " + plain(t.number()) + " ÷ " + plain(a.number()) + " = " + score.toPlainString(),
          "limit exceeded: " + plain(w) + " x " + plain(t.number()) + " / " + plain(a.number()) + " = " + score.toPlainString());
    }
    BigDecimal ratio = divide(a.baseNumber(), t.baseNumber());
    if (ratio.compareTo(BigDecimal.ONE) >= 0) {
      boolean deduct = profile.overAchievementDeducts() && ratio.compareTo(profile.overAchievementThreshold()) >= 0;
      ScoreRange allowed = deduct ? new ScoreRange(profile.round(w.multiply(profile.achievedMin())), profile.round(w))
          : ScoreRange.exactly(profile.round(w));
      return new Rule(ScoringMethod.QUANTITATIVE, allowed, ratio,
          "已完成目标（" + pct(ratio) + "）" + (deduct ? "，超额过多酌情扣分" : "，得满分"),
          "target met (" + pct(ratio) + ")" + (deduct ? ", far above: moderate deduction allowed" : ": full weight"));
    }
    BigDecimal score = w.multiply(a.baseNumber()).divide(t.baseNumber(), profile.scale(), profile.rounding());
    return new Rule(ScoringMethod.QUANTITATIVE, ScoreRange.exactly(score), ratio,
        plain(w) + " × " + plain(a.number()) + " ÷ " + plain(t.number()) + " = " + score.toPlainString(),
        plain(w) + " x " + plain(a.number()) + " / " + plain(t.number()) + " = " + score.toPlainString());
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
    return sb.toString();
  }

  static Location at(String form, String section, @Nullable String row, String pointer) {
    return new Location(form, section, row, pointer);
  }
}
