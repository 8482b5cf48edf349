package io.github.jixiao.scoring.property;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.ControlRowKind;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundSplitKind;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Generates project forms (附件3-n) under profile hunan-2023 from a seeded {@link Random}.
 *
 * <p>A form is first generated as a mutable {@link FormSpec} (the figures behind the printed
 * cells) and then printed with {@link FormSpec#form()}. A <em>consistent</em> spec prints
 * exactly what the rules give: the funds rows add up, the 执行率 is 全年执行数 ÷ 全年预算数 (2
 * decimals, HALF_UP), the execution score is 10 × min(rate, 1) (2 decimals, HALF_UP, from the
 * raw amounts), level-1 groups carry the profile's weights (产出 30, 效益 30, 成本 20, 满意度 10)
 * and their level-3 weights (integers or halves) add up to them, every row's score is the rule's
 * score, a missed target has a 偏差原因, and the 总分 is the execution score plus the row
 * scores. Defects ({@link Defect}) and noise ({@link #chaos}) are applied to the spec.
 */
final class FormGenerator {
  /** The profile every form is generated for. */
  static final ScoringProfile PROFILE = Profiles.builtIn().get("hunan-2023");

  /** The JSON pointer of the (only) form in a wrapped package. */
  static final String FORM_POINTER = "/projectEvaluations/0";

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final List<String> REASONS = List.of(
      "受天气影响部分工程延后，下一年度加快进度", "资金到位较晚，已督促按序时进度推进",
      "部分农户外出务工未能入户，下年度补充完成", "项目调整，已按程序报批，今后加强预算编制的准确性");
  private static final List<String> QUALITATIVE_TARGETS = List.of("良好", "有效", "达标", "持续发挥作用", "无负面影响");
  private static final List<String> QUALITATIVE_ACTUALS = List.of("良好", "完成");
  /** Texts the parser cannot read (no number, no known word): the row needs manual review. */
  static final List<String> PROSE = List.of(
      "详见项目实施方案", "见附件材料", "根据上级部门要求执行", "结合实际情况确定", "参照往年标准", "具体见验收报告");
  /** Any text a form may print in a target or actual cell, readable or not. */
  private static final List<String> ODD_TEXTS = List.of(
      "", "无", "不适用", "/", "2023年12月前", "按计划完成", "2023年1-12月", "基本完成", "未完成", "较好", "完成", "良好",
      "100%", "≥95%", "85%", "12个", "3个以上", "≤5万元", "6.5万元", "不超过30天", "45天", "90", "0",
      "≥1000平方米", "5000㎡", "详见附表", "完成率98%", "2个、3套", "十个", "提高群众满意度");

  /**
   * Whether consistent forms keep their missed quantitative rows off half-cent ties (an exact
   * weight × actual ÷ target such as 1.525). jixiao rounds those the wrong way (a product bug,
   * pinned by the disabled {@code ScoringPropertyTest.missedTargetOnAHalfCentIsRoundedHalfUpFromTheRawFigures});
   * avoiding them keeps the other properties meaningful. Set to {@code false} once that bug is fixed.
   */
  static final boolean AVOID_HALF_CENT_TIES = false;

  private FormGenerator() {}

  // ================================================================ specs

  /** The kinds of level-3 row the generator writes. */
  enum RowKind {
    /** "≥N个", "N套", "≥N%", "N%": full weight when met, else weight × actual ÷ target. */
    HIGHER,
    /** "≤N万元", "不超过N天": full weight when met, else weight × target ÷ actual. */
    LOWER,
    /** "良好"/"完成": a score in [0.8 w, w]. */
    QUALITATIVE
  }

  /** The printed shape of a quantity: the words before the number and the unit after it. */
  record Format(String prefix, String unit, boolean lowerIsBetter) {}

  static final List<Format> HIGHER_FORMATS = List.of(
      new Format("≥", "个", false), new Format("", "套", false), new Format("≥", "%", false), new Format("", "%", false));
  /** Higher-is-better formats with their operator, for rows whose name or group says otherwise (成本). */
  static final List<Format> HIGHER_EXPLICIT_FORMATS = List.of(new Format("≥", "个", false), new Format("≥", "%", false));
  static final List<Format> LOWER_FORMATS = List.of(new Format("≤", "万元", true), new Format("不超过", "天", true));

  /** A level-3 row: the figures behind its printed cells. */
  static final class RowSpec {
    String name;
    RowKind kind = RowKind.HIGHER;
    Format format = HIGHER_FORMATS.get(0);
    BigDecimal target = BigDecimal.ONE;
    BigDecimal actual = BigDecimal.ONE;
    String qualitativeTarget = "良好";
    String qualitativeActual = "良好";
    /** For a qualitative row: the score as a percentage of the weight (80–100). */
    int band = 100;
    /** Printed instead of the target/actual built from the figures, when set. */
    @Nullable String targetOverride;
    @Nullable String actualOverride;
    BigDecimal weight;
    /** Printed in the weight cell instead of the weight, when set (无, 不适用). */
    @Nullable String weightMark;
    /** The printed score; {@code null} prints a blank cell. */
    @Nullable BigDecimal score;
    @Nullable String reason;

    /** Whether the row sits under 成本指标, which jixiao reads as lower-is-better unless the target says ≥. */
    boolean underCost;

    RowSpec(String name, BigDecimal weight) {
      this.name = name;
      this.weight = weight;
    }

    RowSpec copy() {
      RowSpec c = new RowSpec(name, weight);
      c.kind = kind;
      c.format = format;
      c.target = target;
      c.actual = actual;
      c.qualitativeTarget = qualitativeTarget;
      c.qualitativeActual = qualitativeActual;
      c.band = band;
      c.targetOverride = targetOverride;
      c.underCost = underCost;
      c.actualOverride = actualOverride;
      c.weightMark = weightMark;
      c.score = score;
      c.reason = reason;
      return c;
    }

    String targetText() {
      if (targetOverride != null) {
        return targetOverride;
      }
      return kind == RowKind.QUALITATIVE ? qualitativeTarget : format.prefix() + plain(target) + format.unit();
    }

    String actualText() {
      if (actualOverride != null) {
        return actualOverride;
      }
      return kind == RowKind.QUALITATIVE ? qualitativeActual : plain(actual) + format.unit();
    }

    /** Whether the actual meets the target. */
    boolean meets() {
      return switch (kind) {
        case HIGHER -> actual.compareTo(target) >= 0;
        case LOWER -> actual.compareTo(target) <= 0;
        case QUALITATIVE -> true;
      };
    }

    /** The score the rule gives, computed exactly from the printed figures and rounded once (2 decimals, HALF_UP). */
    BigDecimal ruleScore() {
      return switch (kind) {
        case HIGHER -> meets() ? weight : weight.multiply(actual).divide(target, 2, RoundingMode.HALF_UP);
        case LOWER -> meets() ? weight : weight.multiply(target).divide(actual, 2, RoundingMode.HALF_UP);
        case QUALITATIVE -> weight.multiply(BigDecimal.valueOf(band)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
      };
    }

    /**
     * Whether the rule's exact score lies on a half cent (weight × actual ÷ target = 1.525), where
     * rounding once (HALF_UP) and rounding an already-rounded ratio can differ.
     */
    boolean onHalfCentTie() {
      if (kind == RowKind.QUALITATIVE || meets()) {
        return false;
      }
      BigDecimal numerator = weight.multiply(kind == RowKind.HIGHER ? actual : target).multiply(BigDecimal.valueOf(200));
      BigDecimal[] qr = numerator.divideAndRemainder(kind == RowKind.HIGHER ? target : actual);
      return qr[1].signum() == 0 && qr[0].toBigIntegerExact().testBit(0);
    }

    /** Prints the rule's score, with a 偏差原因 exactly when the target was missed or the score is below the weight. */
    void rescore(Random r) {
      score = clean(ruleScore());
      reason = !meets() || score.compareTo(weight) < 0 ? pick(r, REASONS) : null;
    }

    /**
     * Regenerates the row as {@code kind}, meeting or missing its target, printed as the rule
     * gives. A missed row is always scored strictly below its weight.
     */
    RowSpec fill(Random r, RowKind newKind, boolean meet) {
      return fill(r, newKind, meet, AVOID_HALF_CENT_TIES ? Boolean.FALSE : null);
    }

    /**
     * As {@link #fill(Random, RowKind, boolean)}; {@code tie} {@code TRUE} asks for a row on a
     * half-cent tie ({@link #onHalfCentTie()}), {@code FALSE} for a row off ties, {@code null} for either.
     */
    RowSpec fill(Random r, RowKind newKind, boolean meet, @Nullable Boolean tie) {
      targetOverride = null;
      actualOverride = null;
      weightMark = null;
      kind = newKind;
      for (int attempt = 0; ; attempt++) {
        switch (newKind) {
          case HIGHER -> higher(r, meet);
          case LOWER -> lower(r, meet);
          case QUALITATIVE -> {
            qualitativeTarget = pick(r, QUALITATIVE_TARGETS);
            qualitativeActual = pick(r, QUALITATIVE_ACTUALS);
            band = meet ? 100 : 80 + r.nextInt(20);
          }
        }
        rescore(r);
        if ((meet || score == null || score.compareTo(weight) < 0) && (tie == null || tie == onHalfCentTie())) {
          return this;
        }
        if (attempt > 100_000) {
          throw new IllegalStateException("cannot generate a " + newKind + " row (meet " + meet + ", tie " + tie
              + ") of weight " + weight);
        }
      }
    }

    private void higher(Random r, boolean meet) {
      format = pick(r, underCost ? HIGHER_EXPLICIT_FORMATS : HIGHER_FORMATS);
      if (format.unit().equals("%")) {
        int t = 50 + r.nextInt(51);
        target = BigDecimal.valueOf(t);
        if (meet) {
          int hi = Math.max(t, Math.min(100, t * 5 / 4));
          actual = clean(BigDecimal.valueOf(t * 10L + r.nextInt((hi - t) * 10 + 1), 1));
        } else {
          actual = clean(BigDecimal.valueOf(t * 10L - 1 - r.nextInt(t * 5), 1));
        }
      } else {
        int t = 1 + r.nextInt(r.nextBoolean() ? 20 : 500);
        target = BigDecimal.valueOf(t);
        actual = BigDecimal.valueOf(meet ? t + r.nextInt(t / 4 + 1) : r.nextInt(t));
      }
    }

    private void lower(Random r, boolean meet) {
      format = pick(r, LOWER_FORMATS);
      if (format.unit().equals("万元")) {
        long t = 100 + (long) (r.nextDouble() * 5_000_000);
        target = clean(BigDecimal.valueOf(t, 2));
        long a = meet ? (t + 1) / 2 + (long) (r.nextDouble() * (t / 2 + 1)) : t + 1 + (long) (r.nextDouble() * t);
        actual = clean(BigDecimal.valueOf(Math.min(a, meet ? t : 2 * t), 2));
      } else {
        int t = 3 + r.nextInt(88);
        target = BigDecimal.valueOf(t);
        actual = BigDecimal.valueOf(meet ? (t + 1) / 2 + r.nextInt(t / 2 + 1) : t + 1 + r.nextInt(t));
      }
    }

    IndicatorRow row() {
      ScoreCell w = weightMark != null ? ScoreCell.mark(weightMark) : ScoreCell.of(weight);
      return new IndicatorRow(name, targetText(), actualText(), w, score == null ? null : ScoreCell.of(score), reason);
    }
  }

  /** A level-2 group. */
  static final class SubSpec {
    final Level2Indicator indicator;
    final List<RowSpec> rows;

    SubSpec(Level2Indicator indicator, List<RowSpec> rows) {
      this.indicator = indicator;
      this.rows = rows;
    }

    SubSpec copy() {
      return new SubSpec(indicator, new ArrayList<>(rows.stream().map(RowSpec::copy).toList()));
    }
  }

  /** A level-1 group. */
  static final class GroupSpec {
    final Level1Indicator indicator;
    /** The weight printed in the label "（30分）". */
    BigDecimal printedWeight;
    final List<SubSpec> subs;

    GroupSpec(Level1Indicator indicator, BigDecimal printedWeight, List<SubSpec> subs) {
      this.indicator = indicator;
      this.printedWeight = printedWeight;
      this.subs = subs;
    }

    GroupSpec copy() {
      return new GroupSpec(indicator, printedWeight, new ArrayList<>(subs.stream().map(SubSpec::copy).toList()));
    }

    String label() {
      return indicator.chinese() + "（" + plain(printedWeight) + "分）";
    }
  }

  /** The funds block: per source (当年财政拨款, 上年结转资金, 其他资金) 年初预算数, 全年预算数, 全年执行数 in cents. */
  static final class FundsSpec {
    static final FundsRowKind[] SOURCES = {
        FundsRowKind.CURRENT_YEAR_APPROPRIATION, FundsRowKind.CARRY_OVER, FundsRowKind.OTHER_FUNDS};
    static final String[] SOURCE_LABELS = {"其中：当年财政拨款", "上年结转资金", "其他资金"};

    /** [source][column], column 0 年初预算数, 1 全年预算数, 2 全年执行数; in cents. */
    final long[][] cents = new long[3][3];
    /** A source cell changed after the totals were fixed (FUNDS_ROWS_INCONSISTENT). */
    int tamperedSource = -1;
    int tamperedColumn;
    long tamperCents;
    /** Added to the printed 执行率 (in percentage points). */
    BigDecimal rateOffset = BigDecimal.ZERO;
    /** Added to the printed execution score. */
    BigDecimal scoreOffset = BigDecimal.ZERO;
    /** Added to the printed execution weight (分值). */
    BigDecimal weightOffset = BigDecimal.ZERO;
    /** Printed instead of the 执行率, when set. */
    @Nullable String rateText;
    /** Whether the 全年预算数 column is left blank (the execution rate cannot be computed). */
    boolean blankAnnual;
    /** Whether the total row's 全年预算数 and 全年执行数 are left blank while the sources are filled. */
    boolean blankTotal;
    /** The total row's 偏差原因 (deviationReason), or {@code null}. */
    @Nullable String reason;
    /** Funds rows printed in this order (indexes: 0 total, 1–3 sources). */
    List<Integer> order = List.of(0, 1, 2, 3);

    FundsSpec copy() {
      FundsSpec c = new FundsSpec();
      for (int s = 0; s < 3; s++) {
        System.arraycopy(cents[s], 0, c.cents[s], 0, 3);
      }
      c.tamperedSource = tamperedSource;
      c.tamperedColumn = tamperedColumn;
      c.tamperCents = tamperCents;
      c.rateOffset = rateOffset;
      c.scoreOffset = scoreOffset;
      c.weightOffset = weightOffset;
      c.rateText = rateText;
      c.blankAnnual = blankAnnual;
      c.blankTotal = blankTotal;
      c.reason = reason;
      c.order = order;
      return c;
    }

    /** Sets the totals (in cents), each cut at random into the three sources. */
    void set(Random r, long initial, long annual, long executed) {
      long[] totals = {initial, annual, executed};
      for (int c = 0; c < 3; c++) {
        long[] parts = parts(r, totals[c]);
        for (int s = 0; s < 3; s++) {
          cents[s][c] = parts[s];
        }
      }
    }

    BigDecimal total(int column) {
      long sum = 0;
      for (int s = 0; s < 3; s++) {
        sum += cents[s][column];
      }
      return BigDecimal.valueOf(sum, 2);
    }

    BigDecimal annualBudget() {
      return total(1);
    }

    BigDecimal executed() {
      return total(2);
    }

    /** 执行率 in percent, 2 decimals HALF_UP, from the raw amounts. */
    BigDecimal rate() {
      return executed().multiply(HUNDRED).divide(annualBudget(), 2, RoundingMode.HALF_UP);
    }

    /** The execution score: 10 × min(rate, 1), 2 decimals HALF_UP, from the raw amounts. */
    BigDecimal executionScore() {
      BigDecimal w = PROFILE.executionWeight();
      return w.multiply(executed()).divide(annualBudget(), 2, RoundingMode.HALF_UP).min(w.setScale(2));
    }

    BigDecimal printedScore() {
      return executionScore().add(scoreOffset);
    }

    String printedRate() {
      return rate().add(rateOffset).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    FundsBlock block(@Nullable SplitSpec splits) {
      List<FundsRow> rows = new ArrayList<>();
      rows.add(new FundsRow(FundsRowKind.TOTAL, "年度资金总额", Amount.of(total(0)),
          Amount.ofNullable(blankAnnual || blankTotal ? null : total(1)), Amount.ofNullable(blankTotal ? null : total(2)),
          ScoreCell.of(PROFILE.executionWeight().add(weightOffset)), rateText != null ? rateText : printedRate(),
          ScoreCell.of(printedScore()), reason));
      for (int s = 0; s < 3; s++) {
        BigDecimal[] v = new BigDecimal[3];
        for (int c = 0; c < 3; c++) {
          long amount = cents[s][c] + (s == tamperedSource && c == tamperedColumn ? tamperCents : 0);
          v[c] = c == 1 && blankAnnual ? null : BigDecimal.valueOf(amount, 2);
        }
        rows.add(new FundsRow(SOURCES[s], SOURCE_LABELS[s], v[0], v[1], v[2], null, null, null));
      }
      return new FundsBlock(order.stream().map(rows::get).toList(),
          splits == null ? List.of() : splits.split(SplitSpec.INCOME),
          splits == null ? List.of() : splits.split(SplitSpec.EXPENDITURE));
    }
  }

  /**
   * The two splits of the funds block (按收入性质分, 按支出性质分), each two amounts in cents that
   * add up to the 全年预算数 or to the 全年执行数 ({@link #basis}); a split left empty is not printed.
   */
  static final class SplitSpec {
    static final int INCOME = 0;
    static final int EXPENDITURE = 1;
    static final FundSplitKind[][] KINDS = {
        {FundSplitKind.GENERAL_PUBLIC_BUDGET, FundSplitKind.GOVERNMENT_FUND}, {FundSplitKind.BASIC, FundSplitKind.PROJECT}};

    /** [split][part] in cents, {@code null} for a split not printed. */
    final long @Nullable [][] cents = new long[2][];
    /** The column the splits add up to: 1 全年预算数, 2 全年执行数. */
    int basis = 1;
    /** A part changed after the splits were cut (FUNDS_ROWS_INCONSISTENT). */
    int tamperedSplit = -1;
    int tamperedPart;
    long tamperCents;

    SplitSpec copy() {
      SplitSpec c = new SplitSpec();
      for (int i = 0; i < 2; i++) {
        c.cents[i] = cents[i] == null ? null : cents[i].clone();
      }
      c.basis = basis;
      c.tamperedSplit = tamperedSplit;
      c.tamperedPart = tamperedPart;
      c.tamperCents = tamperCents;
      return c;
    }

    /** Splits of the 全年预算数 (or, now and then, of the 全年执行数), one or both printed. */
    static SplitSpec random(Random r, FundsSpec funds) {
      SplitSpec s = new SplitSpec();
      int which = r.nextInt(3);
      s.cut(r, funds, r.nextInt(4) == 0 ? 2 : 1, which != EXPENDITURE, which != INCOME);
      return s;
    }

    /** Cuts the basis column's total into the printed splits. */
    void cut(Random r, FundsSpec funds, int newBasis, boolean income, boolean expenditure) {
      basis = newBasis;
      long total = funds.total(basis).movePointRight(2).longValueExact();
      boolean[] printed = {income, expenditure};
      for (int i = 0; i < 2; i++) {
        long a = (long) (r.nextDouble() * (total + 1));
        cents[i] = printed[i] ? new long[] {a, total - a} : null;
      }
    }

    List<FundSplit> split(int which) {
      if (cents[which] == null) {
        return List.of();
      }
      List<FundSplit> out = new ArrayList<>();
      for (int p = 0; p < 2; p++) {
        long amount = cents[which][p] + (which == tamperedSplit && p == tamperedPart ? tamperCents : 0);
        out.add(new FundSplit(KINDS[which][p], KINDS[which][p].chinese(), Amount.of(BigDecimal.valueOf(amount, 2))));
      }
      return out;
    }

    /** The printed amount of one part, in 万元. */
    BigDecimal amount(int which, int part) {
      return Amount.number(split(which).get(part).amount());
    }
  }

  /**
   * 附件1 beyond the project's row: 财政供养人员情况 (编制, 在职, 控制率) and a spending-control tree
   * whose parent rows add up: 三公经费 = 公务用车购置和维护经费 (= 公车购置 + 公车运行维护) + 出国经费 + 公务接待;
   * 公用经费 is at least its 其中 items (办公经费, 会议费、培训费). Amounts per column in cents.
   */
  static final class BasicSpec {
    static final String[] COLUMN_FIELDS = {"previousYearFinal", "currentYearBudget", "currentYearFinal"};
    /** Leaves: 0 公车购置, 1 公车运行维护, 2 出国经费, 3 公务接待, 4 办公经费, 5 会议费、培训费. */
    static final int LEAVES = 6;
    /** Parents, whose printed value a defect may change: 0 三公经费, 1 公务用车购置和维护经费, 2 公用经费. */
    static final int THREE_PUBLIC = 0;
    static final int VEHICLE = 1;
    static final int PUBLIC_FUNDS = 2;

    int authorized;
    int actual;
    /** Added to the printed 控制率 (in percentage points). */
    BigDecimal rateOffset = BigDecimal.ZERO;
    /** [leaf][column] in cents. */
    final long[][] leaves = new long[LEAVES][3];
    /** What 公用经费 holds beyond its listed items, per column, in cents. */
    final long[] publicExtra = new long[3];
    /** Whether the 上年决算数 column is blank throughout. */
    boolean blankPrevious;
    /** A parent's printed value changed (BASIC_DATA_INCONSISTENT). */
    int tamperedParent = -1;
    int tamperedColumn;
    long tamperCents;

    BasicSpec copy() {
      BasicSpec c = new BasicSpec();
      c.authorized = authorized;
      c.actual = actual;
      c.rateOffset = rateOffset;
      for (int i = 0; i < LEAVES; i++) {
        System.arraycopy(leaves[i], 0, c.leaves[i], 0, 3);
      }
      System.arraycopy(publicExtra, 0, c.publicExtra, 0, 3);
      c.blankPrevious = blankPrevious;
      c.tamperedParent = tamperedParent;
      c.tamperedColumn = tamperedColumn;
      c.tamperCents = tamperCents;
      return c;
    }

    static BasicSpec random(Random r) {
      BasicSpec b = new BasicSpec();
      b.authorized = 1 + r.nextInt(200);
      b.actual = r.nextInt(b.authorized + 11);
      for (int i = 0; i < LEAVES; i++) {
        for (int c = 0; c < 3; c++) {
          b.leaves[i][c] = r.nextInt(4) == 0 ? 0 : (long) (r.nextDouble() * 5_000_000);
        }
      }
      for (int c = 0; c < 3; c++) {
        b.publicExtra[c] = r.nextBoolean() ? 0 : (long) (r.nextDouble() * 20_000_000);
      }
      b.blankPrevious = r.nextInt(4) == 0;
      return b;
    }

    /** 控制率 as printed: 在职 ÷ 编制 in percent, 2 decimals HALF_UP, plus {@link #rateOffset}. */
    String printedRate() {
      BigDecimal rate = BigDecimal.valueOf(actual).multiply(HUNDRED).divide(BigDecimal.valueOf(authorized), 2,
          RoundingMode.HALF_UP);
      return rate.add(rateOffset).toPlainString() + "%";
    }

    /** The parent's value in {@code column} as its parts give it (公用经费: with what it holds beyond them), in cents. */
    long parentCents(int parent, int column) {
      return switch (parent) {
        case THREE_PUBLIC -> parentCents(VEHICLE, column) + leaves[2][column] + leaves[3][column];
        case VEHICLE -> leaves[0][column] + leaves[1][column];
        default -> leaves[4][column] + leaves[5][column] + publicExtra[column];
      };
    }

    /** The 其中 items of 公用经费 in {@code column}, in cents. */
    long publicItemsCents(int column) {
      return leaves[4][column] + leaves[5][column];
    }

    private @Nullable BigDecimal leaf(int i, int c) {
      return c == 0 && blankPrevious ? null : BigDecimal.valueOf(leaves[i][c], 2);
    }

    private @Nullable BigDecimal parent(int p, int c) {
      return c == 0 && blankPrevious ? null
          : BigDecimal.valueOf(parentCents(p, c) + (p == tamperedParent && c == tamperedColumn ? tamperCents : 0), 2);
    }

    private ControlRow leafRow(ControlRowKind kind, String label, int i) {
      return new ControlRow(kind, label, null, Amount.ofNullable(leaf(i, 0)), Amount.ofNullable(leaf(i, 1)),
          Amount.ofNullable(leaf(i, 2)), List.of());
    }

    private ControlRow parentRow(ControlRowKind kind, String label, int p, List<ControlRow> children) {
      return new ControlRow(kind, label, null, Amount.ofNullable(parent(p, 0)), Amount.ofNullable(parent(p, 1)),
          Amount.ofNullable(parent(p, 2)), children);
    }

    /** The rows above the project's row. */
    List<ControlRow> rows() {
      ControlRow vehicle = parentRow(ControlRowKind.VEHICLE, "1、公务用车购置和维护经费", VEHICLE, List.of(
          leafRow(ControlRowKind.VEHICLE_PURCHASE, "其中：公车购置", 0),
          leafRow(ControlRowKind.VEHICLE_OPERATION, "公车运行维护", 1)));
      ControlRow threePublic = parentRow(ControlRowKind.THREE_PUBLIC, "三公经费", THREE_PUBLIC, List.of(vehicle,
          leafRow(ControlRowKind.OVERSEAS_TRAVEL, "2、出国经费", 2),
          leafRow(ControlRowKind.OFFICIAL_RECEPTION, "3、公务接待", 3)));
      ControlRow publicFunds = parentRow(ControlRowKind.PUBLIC_FUNDS, "公用经费", PUBLIC_FUNDS, List.of(
          leafRow(ControlRowKind.PUBLIC_FUNDS_ITEM, "其中：办公经费", 4),
          leafRow(ControlRowKind.PUBLIC_FUNDS_ITEM, "会议费、培训费", 5)));
      return List.of(threePublic, publicFunds);
    }

    Staffing staffing() {
      return new Staffing(authorized, actual, printedRate());
    }
  }

  /**
   * The project's report (附件5-n): the budget, allocation, spending and score it states, from the
   * form unless a defect put other figures there.
   */
  static final class ReportSpec {
    @Nullable String label;
    /** Stated instead of the form's figure, when set (the text of the number). */
    @Nullable String budget;
    @Nullable String allocated;
    @Nullable String spent;
    @Nullable String score;
    /**
     * When set, the report is written in two sections, "一、项目基本情况" and this heading over the
     * score (else its headings are plain paragraphs).
     */
    @Nullable String conclusionHeading;

    ReportSpec copy() {
      ReportSpec c = new ReportSpec();
      c.label = label;
      c.conclusionHeading = conclusionHeading;
      c.budget = budget;
      c.allocated = allocated;
      c.spent = spent;
      c.score = score;
      return c;
    }

    static ReportSpec random(Random r) {
      ReportSpec s = new ReportSpec();
      s.label = r.nextBoolean() ? "5-1" : null;
      return s;
    }

    Report report(FormSpec spec) {
      return report(spec, "p1");
    }

    Report report(FormSpec spec, String projectId) {
      FundsSpec f = spec.funds;
      String total = plain(spec.reportedTotal());
      String amounts = "该项目全年预算为" + or(budget, f.annualBudget()) + "万元，实际拨付我单位资金为"
          + or(allocated, f.annualBudget()) + "万元，共计支出" + or(spent, f.executed()) + "万元。";
      String conclusion = "经自评，该项目综合得分" + (score != null ? score : total) + "分。";
      if (conclusionHeading != null) {
        return new Report(label, projectId, null, "2023年度项目支出绩效自评报告", List.of(), List.of(
            new ReportSection("一、项目基本情况", List.of(amounts), List.of()),
            new ReportSection(conclusionHeading, List.of(conclusion), List.of())), List.of());
      }
      List<String> paragraphs = List.of("一、项目基本情况", amounts, "二、自评结论", conclusion);
      return new Report(label, projectId, null, "2023年度项目支出绩效自评报告", paragraphs, List.of(), List.of());
    }

    private static String or(@Nullable String stated, BigDecimal value) {
      return stated != null ? stated : plain(value);
    }
  }

  /**
   * 附件2 and the department report: a consistent department form whose 按支出性质分 (基本支出,
   * 项目支出) the report repeats, unless a defect put other figures there.
   */
  static final class DepartmentSpec {
    FormSpec form;
    /** Stated instead of the form's 基本支出, when set. */
    @Nullable String basic;

    DepartmentSpec(FormSpec form) {
      this.form = form;
    }

    DepartmentSpec copy() {
      DepartmentSpec c = new DepartmentSpec(form.copy());
      c.basic = basic;
      return c;
    }

    static DepartmentSpec random(Random r) {
      FormSpec form = consistent(r, false);
      form.splits = new SplitSpec();
      form.splits.cut(r, form.funds, 1, r.nextBoolean(), true);
      return new DepartmentSpec(form);
    }

    SelfEvaluationForm evaluation() {
      return form.form("2", "部门整体支出", null);
    }

    Report report() {
      BigDecimal printedBasic = form.splits.amount(SplitSpec.EXPENDITURE, 0);
      BigDecimal printedProject = form.splits.amount(SplitSpec.EXPENDITURE, 1);
      List<String> paragraphs = List.of(
          "一、部门基本情况",
          "本年度部门整体支出中，基本支出" + (basic != null ? basic : plain(printedBasic)) + "万元，项目支出"
              + plain(printedProject) + "万元。");
      return new Report(null, null, null, "2023年度部门整体支出绩效自评报告", paragraphs, List.of(), List.of());
    }
  }

  /**
   * A whole project form, plus the 附件1 row of its project when {@link #basicRow} is set (and
   * the rest of 附件1 when {@link #basic} is), the project's report when {@link #report} is set,
   * and 附件2 with the department report when {@link #department} is.
   */
  static final class FormSpec {
    FundsSpec funds = new FundsSpec();
    /** Printed notes under the table (a note may state the weights). */
    List<String> notes = List.of();
    /** 年度总体目标 rows. */
    List<Goal> goals = List.of();
    /** Whether the form is marked partial. */
    boolean partial;
    /** Whether the 总分 row's weight (分值) is left blank. */
    boolean totalWeightBlank;
    @Nullable SplitSpec splits;
    List<GroupSpec> groups = new ArrayList<>();
    BigDecimal totalWeight = HUNDRED;
    boolean totalMissing;
    /** Added to the printed 总分. */
    BigDecimal totalOffset = BigDecimal.ZERO;
    /** Printed as the form's name instead of the project's ("项目"), when set. */
    @Nullable String name;
    /** Whether the form leaves its project id out (it is then matched to 附件1 by name). */
    boolean withoutProjectId;
    /** Whether the package carries a 附件1 with this project's row. */
    boolean basicRow;
    /** Added to the 附件1 本年预算数 (0: equal to the form's 全年预算数). */
    long basicBudgetOffsetCents;
    /** Added to the 附件1 本年决算数 (0: equal to the form's 全年执行数). */
    long basicFinalOffsetCents;
    /** The rest of 附件1 (with {@link #basicRow}), or {@code null}. */
    @Nullable BasicSpec basic;
    @Nullable ReportSpec report;
    @Nullable DepartmentSpec department;
    /**
     * A second project beside this one, when set: its form (附件3-2, project p2, "项目二"), its
     * 附件1 row when this project has one, and its report when it has one ({@link #report} of the
     * partner).
     */
    @Nullable FormSpec partner;
    /** Whether 附件1 gives this project the {@link #partner}'s 全年预算数 as 本年预算数, and the partner this one's. */
    boolean swapBasicBudget;
    /** Whether 附件1 gives this project the {@link #partner}'s 全年执行数 as 本年决算数, and the partner this one's. */
    boolean swapBasicFinal;

    FormSpec copy() {
      FormSpec c = new FormSpec();
      c.funds = funds.copy();
      c.splits = splits == null ? null : splits.copy();
      c.groups = new ArrayList<>(groups.stream().map(GroupSpec::copy).toList());
      c.totalWeight = totalWeight;
      c.totalMissing = totalMissing;
      c.totalOffset = totalOffset;
      c.notes = notes;
      c.goals = goals;
      c.partial = partial;
      c.totalWeightBlank = totalWeightBlank;
      c.name = name;
      c.withoutProjectId = withoutProjectId;
      c.basicRow = basicRow;
      c.basicBudgetOffsetCents = basicBudgetOffsetCents;
      c.basicFinalOffsetCents = basicFinalOffsetCents;
      c.basic = basic == null ? null : basic.copy();
      c.report = report == null ? null : report.copy();
      c.department = department == null ? null : department.copy();
      c.partner = partner == null ? null : partner.copy();
      c.swapBasicBudget = swapBasicBudget;
      c.swapBasicFinal = swapBasicFinal;
      return c;
    }

    /** Every row in printed order. */
    List<RowSpec> rows() {
      return groups.stream().flatMap(g -> g.subs.stream()).flatMap(s -> s.rows.stream()).toList();
    }

    /** A random row with a numeric, positive weight. */
    RowSpec anyRow(Random r) {
      List<RowSpec> scored = rows().stream().filter(x -> x.weightMark == null && x.weight.signum() > 0).toList();
      return pick(r, scored);
    }

    /** The printed 总分: the printed execution score plus the printed row scores (plus {@link #totalOffset}). */
    BigDecimal reportedTotal() {
      BigDecimal sum = funds.printedScore();
      for (RowSpec row : rows()) {
        if (row.score != null) {
          sum = sum.add(row.score);
        }
      }
      return sum.add(totalOffset);
    }

    /** The JSON pointer of a row in the wrapped package. */
    String pointer(RowSpec row) {
      for (int g = 0; g < groups.size(); g++) {
        List<SubSpec> subs = groups.get(g).subs;
        for (int h = 0; h < subs.size(); h++) {
          int r = subs.get(h).rows.indexOf(row);
          if (r >= 0) {
            return FORM_POINTER + "/indicators/" + g + "/children/" + h + "/rows/" + r;
          }
        }
      }
      throw new IllegalArgumentException("not a row of this form: " + row.name);
    }

    SelfEvaluationForm form() {
      return form("3-1", name != null ? name : "项目", withoutProjectId ? null : "p1");
    }

    SelfEvaluationForm form(String label, String formName, @Nullable String projectId) {
      List<Level1Group> level1 = new ArrayList<>();
      for (GroupSpec g : groups) {
        List<Level2Group> level2 = new ArrayList<>();
        for (SubSpec s : g.subs) {
          level2.add(new Level2Group(s.indicator, s.indicator.chinese(), s.rows.stream().map(RowSpec::row).toList()));
        }
        level1.add(new Level1Group(g.indicator, g.label(), g.printedWeight, level2));
      }
      return new SelfEvaluationForm(label, "2023年度项目支出绩效自评表", projectId, formName, "测试部门", "测试单位",
          (MoneyUnit) null, partial, partial ? "测试：第2页缺失" : null, funds.block(splits), goals, level1,
          totalWeightBlank ? null : ScoreCell.of(totalWeight), totalMissing ? null : ScoreCell.of(reportedTotal()), null,
          notes, List.of());
    }

    EvaluationPackage pkg() {
      SelfEvaluationForm form = form();
      if (!basicRow && report == null && department == null && partner == null) {
        return wrap(form);
      }
      BasicDataTable table = null;
      if (basicRow) {
        BigDecimal budget = funds.annualBudget().add(BigDecimal.valueOf(basicBudgetOffsetCents, 2));
        BigDecimal fin = funds.executed().add(BigDecimal.valueOf(basicFinalOffsetCents, 2));
        List<ControlRow> rows = new ArrayList<>(basic == null ? List.of() : basic.rows());
        if (partner != null) {
          BigDecimal partnerBudget = partner.funds.annualBudget();
          BigDecimal partnerFinal = partner.funds.executed();
          rows.add(new ControlRow(ControlRowKind.PROJECT, "项目", "p1", null, Amount.of(swapBasicBudget ? partnerBudget : budget),
              Amount.of(swapBasicFinal ? partnerFinal : fin), List.of()));
          rows.add(new ControlRow(ControlRowKind.PROJECT, "项目二", "p2", null, Amount.of(swapBasicBudget ? budget : partnerBudget),
              Amount.of(swapBasicFinal ? fin : partnerFinal), List.of()));
        } else {
          rows.add(new ControlRow(ControlRowKind.PROJECT, "项目", "p1", null, Amount.of(budget), Amount.of(fin), List.of()));
        }
        table = new BasicDataTable("1", "部门整体支出绩效评价基础数据表", basic == null ? null : basic.staffing(), rows, null,
            null, List.of(), List.of());
      }
      List<Project> projects = new ArrayList<>(List.of(new Project("p1", "项目")));
      List<SelfEvaluationForm> forms = new ArrayList<>(List.of(form));
      List<Report> reports = new ArrayList<>();
      if (report != null) {
        reports.add(report.report(this));
      }
      if (partner != null) {
        projects.add(new Project("p2", "项目二"));
        forms.add(partner.form("3-2", "项目二", "p2"));
        if (partner.report != null) {
          reports.add(partner.report.report(partner, "p2"));
        }
      }
      return new EvaluationPackage("1", 2023, "测试部门", null, projects, table,
          department == null ? null : department.evaluation(), forms,
          department == null ? null : department.report(), reports);
    }
  }

  // ================================================================ generators

  /** The evaluation of the project form (附件3-1) in a package {@link FormSpec#pkg()} made. */
  static FormEvaluation projectEvaluation(PackageEvaluation result) {
    return result.evaluations().stream().filter(e -> e.pointer().equals(FORM_POINTER)).findFirst()
        .orElseThrow(() -> new AssertionError("no evaluation of " + FORM_POINTER));
  }

  /** A minimal package holding one form. */
  static EvaluationPackage wrap(SelfEvaluationForm form) {
    return new EvaluationPackage("1", 2023, "测试部门", null, List.of(new Project("p1", "项目")), null, null,
        List.of(form), null, List.of());
  }

  /** A consistent form whose rows are all quantitative, higher-is-better ("≥N个", "N套", "N%"). */
  static FormSpec consistent(Random r) {
    return consistent(r, false);
  }

  /**
   * A consistent form; with {@code mixedKinds} its rows are also lower-is-better ("≤N万元",
   * "不超过N天") and qualitative ("良好", "完成"), half of the packages carry a consistent 附件1
   * (the project's row, staffing and a spending-control tree), half print the funds splits, half
   * carry the project's report and a quarter a consistent 附件2 with the department report.
   */
  static FormSpec consistent(Random r, boolean mixedKinds) {
    FormSpec spec = new FormSpec();
    spec.funds = funds(r);
    int rowNumber = 0;
    for (Level1Indicator l1 : List.of(Level1Indicator.OUTPUT, Level1Indicator.BENEFIT, Level1Indicator.COST,
        Level1Indicator.SATISFACTION)) {
      BigDecimal w = PROFILE.level1Weights().get(l1);
      List<Level2Indicator> pool = java.util.Arrays.stream(Level2Indicator.values())
          .filter(x -> x.usualParents().contains(l1) && x != Level2Indicator.COST).toList();
      List<Level2Indicator> chosen = new ArrayList<>(pool);
      Collections.shuffle(chosen, r);
      chosen = chosen.subList(0, 1 + r.nextInt(Math.min(3, pool.size())));
      chosen.sort(null);
      int[] counts = chosen.stream().mapToInt(x -> 1 + r.nextInt(4)).toArray();
      List<BigDecimal> weights = split(r, w, java.util.Arrays.stream(counts).sum());
      List<SubSpec> subs = new ArrayList<>();
      int k = 0;
      for (int i = 0; i < chosen.size(); i++) {
        List<RowSpec> rows = new ArrayList<>();
        for (int j = 0; j < counts[i]; j++) {
          RowSpec row = new RowSpec("三级指标" + (++rowNumber), weights.get(k++));
          row.underCost = l1 == Level1Indicator.COST;
          RowKind kind = !mixedKinds ? RowKind.HIGHER : pick(r, List.of(RowKind.HIGHER, RowKind.HIGHER,
              RowKind.LOWER, RowKind.QUALITATIVE));
          rows.add(row.fill(r, kind, r.nextInt(5) < 3));
        }
        subs.add(new SubSpec(chosen.get(i), rows));
      }
      spec.groups.add(new GroupSpec(l1, w, subs));
    }
    spec.basicRow = mixedKinds && r.nextBoolean();
    if (mixedKinds) {
      spec.basic = spec.basicRow ? BasicSpec.random(r) : null;
      spec.splits = r.nextBoolean() ? SplitSpec.random(r, spec.funds) : null;
      spec.report = r.nextBoolean() ? ReportSpec.random(r) : null;
      spec.department = r.nextInt(4) == 0 ? DepartmentSpec.random(r) : null;
    }
    return spec;
  }

  /** A consistent mixed form with 0–3 random {@link Defect defects} and, half of the time, {@link #chaos}. */
  static FormSpec messy(Random r) {
    FormSpec spec = consistent(r, true);
    int defects = r.nextInt(4);
    for (int i = 0; i < defects; i++) {
      pick(r, List.of(Defect.values())).inject(spec, r);
    }
    if (r.nextBoolean()) {
      chaos(spec, r);
    }
    return spec;
  }

  /**
   * Noise: random printed scores (blank, 0 … 2 × weight), random target/actual texts, rows
   * weighted 0 or marked 无.
   */
  static void chaos(FormSpec spec, Random r) {
    for (RowSpec row : spec.rows()) {
      int dice = r.nextInt(100);
      if (dice < 30) {
        row.score = r.nextInt(10) == 0 ? null
            : BigDecimal.valueOf((long) (r.nextDouble() * 200 * row.weight.doubleValue()), 2);
      }
      if (r.nextInt(100) < 15) {
        row.targetOverride = pick(r, ODD_TEXTS);
      }
      if (r.nextInt(100) < 15) {
        row.actualOverride = pick(r, ODD_TEXTS);
      }
      int w = r.nextInt(100);
      if (w < 4) {
        row.weight = BigDecimal.ZERO;
      } else if (w < 7) {
        row.weightMark = pick(r, List.of("无", "不适用", "/"));
      }
    }
  }

  private static FundsSpec funds(Random r) {
    FundsSpec f = new FundsSpec();
    long annual = (long) Math.pow(10, 2 + r.nextDouble() * 5); // 1.00 … 100000.00 万元
    long initial = r.nextBoolean() ? annual : 1 + (long) (r.nextDouble() * annual * 1.2);
    int mode = r.nextInt(10);
    long executed = mode < 3 ? annual : mode == 3 ? (long) (r.nextDouble() * annual)
        : annual / 2 + (long) (r.nextDouble() * (annual - annual / 2 + 1));
    executed = Math.min(executed, annual);
    f.set(r, initial, annual, executed);
    return f;
  }

  /** {@code total} cut into three non-negative parts (often with empty ones). */
  private static long[] parts(Random r, long total) {
    return switch (r.nextInt(3)) {
      case 0 -> new long[] {total, 0, 0};
      case 1 -> {
        long a = (long) (r.nextDouble() * (total + 1));
        yield new long[] {a, total - a, 0};
      }
      default -> {
        long a = (long) (r.nextDouble() * (total + 1));
        long b = (long) (r.nextDouble() * (total - a + 1));
        yield new long[] {a, b, total - a - b};
      }
    };
  }

  /** {@code total} cut into {@code n} positive weights, integers or halves, that add up exactly. */
  static List<BigDecimal> split(Random r, BigDecimal total, int n) {
    boolean halves = r.nextBoolean() || total.intValueExact() < n;
    int units = total.intValueExact() * (halves ? 2 : 1);
    if (units < n) {
      throw new IllegalArgumentException("cannot cut " + total + " into " + n + " weights");
    }
    List<Integer> cuts = new ArrayList<>();
    while (cuts.size() < n - 1) {
      int c = 1 + r.nextInt(units - 1);
      if (!cuts.contains(c)) {
        cuts.add(c);
      }
    }
    Collections.sort(cuts);
    cuts.add(units);
    List<BigDecimal> weights = new ArrayList<>();
    int previous = 0;
    for (int c : cuts) {
      int u = c - previous;
      weights.add(clean(halves ? BigDecimal.valueOf(u * 5L, 1) : BigDecimal.valueOf(u)));
      previous = c;
    }
    return weights;
  }

  // ================================================================ helpers

  static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  /** The number without trailing zeros and never in exponent form. */
  static BigDecimal clean(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  static String plain(BigDecimal v) {
    return clean(v).toPlainString();
  }
}
