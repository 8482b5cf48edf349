package io.github.jixiao.scoring.property;

import static io.github.jixiao.scoring.property.FormGenerator.pick;

import io.github.jixiao.model.Goal;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.property.FormGenerator.BasicSpec;
import io.github.jixiao.scoring.property.FormGenerator.DepartmentSpec;
import io.github.jixiao.scoring.property.FormGenerator.FormSpec;
import io.github.jixiao.scoring.property.FormGenerator.GroupSpec;
import io.github.jixiao.scoring.property.FormGenerator.RowKind;
import io.github.jixiao.scoring.property.FormGenerator.ReportSpec;
import io.github.jixiao.scoring.property.FormGenerator.RowSpec;
import io.github.jixiao.scoring.property.FormGenerator.SplitSpec;
import io.github.jixiao.scoring.value.ParsedValue;
import io.github.jixiao.scoring.value.ValueParser;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One defect injected into a consistent {@link FormSpec}, with the finding it must produce (its
 * wording, {@link FindingMessage}, and severity).
 * Every injection touches one thing and keeps the rest consistent (a changed row score moves
 * the 总分 with it), so the only errors expected are the defect's own and those that follow
 * from it unavoidably ({@link #alsoAllowed}).
 */
enum Defect {
  /** A row's score above its weight (the 总分 follows). */
  SCORE_EXCEEDS_WEIGHT(FindingMessage.ROW_SCORE_EXCEEDS_WEIGHT, Severity.ERROR, EnumSet.of(FindingCode.SCORE_NOT_PER_RULE,
      FindingCode.TOTAL_NOT_GRADABLE)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r);
      row.score = row.weight.add(BigDecimal.valueOf(1 + r.nextInt(200), 2));
    }
  },
  /** One row's weight and score changed together: the weights no longer add up to 100. */
  WEIGHTS_NOT_100(FindingMessage.WEIGHTS_NOT_100, Severity.ERROR, EnumSet.of(FindingCode.LEVEL1_WEIGHT_MISMATCH)) {
    @Override
    void inject(FormSpec spec, Random r) {
      for (int attempt = 0; ; attempt++) {
        RowSpec row = spec.anyRow(r);
        BigDecimal weight = row.weight;
        List<String> deltas = weight.compareTo(BigDecimal.ONE) > 0 ? List.of("0.5", "1", "2", "-0.5", "-1")
            : List.of("0.5", "1", "2");
        row.weight = FormGenerator.clean(weight.add(new BigDecimal(pick(r, deltas))));
        row.rescore(r);
        if (!FormGenerator.AVOID_HALF_CENT_TIES || !row.onHalfCentTie() || attempt > 1000) {
          return;
        }
        row.weight = weight;
        row.rescore(r);
      }
    }
  },
  /** A level-1 label's printed weight ("（30分）") changed. */
  LEVEL1_WEIGHT_MISMATCH(FindingMessage.LEVEL1_LABEL_NOT_ITS_ROWS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      GroupSpec group = pick(r, spec.groups);
      group.printedWeight = group.printedWeight.add(BigDecimal.valueOf(r.nextBoolean() ? 1 : -1));
    }
  },
  /** The 总分 left blank. */
  TOTAL_MISSING(FindingMessage.TOTAL_MISSING, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.totalMissing = true;
    }
  },
  /** The 总分 one point above the sum of the printed scores. */
  TOTAL_MISMATCH(FindingMessage.TOTAL_MISMATCH, Severity.ERROR, EnumSet.of(FindingCode.TOTAL_NOT_GRADABLE)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.totalOffset = spec.totalOffset.add(BigDecimal.ONE);
    }
  },
  /** One source row's amount changed: 年度资金总额 is no longer the sum of its sources. */
  FUNDS_ROWS_INCONSISTENT(FindingMessage.FUNDS_TOTAL_NOT_ITS_SOURCES, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      int s = r.nextInt(3);
      int c = r.nextInt(3);
      long delta = 1 + r.nextInt(100_000);
      spec.funds.tamperedSource = s;
      spec.funds.tamperedColumn = c;
      spec.funds.tamperCents = r.nextBoolean() && spec.funds.cents[s][c] >= delta ? -delta : delta;
    }
  },
  /** The printed 执行率 one percentage point off. */
  EXECUTION_RATE_MISMATCH(FindingMessage.EXECUTION_RATE_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      boolean down = r.nextBoolean() && spec.funds.rate().compareTo(BigDecimal.ONE) >= 0;
      spec.funds.rateOffset = BigDecimal.valueOf(down ? -1 : 1);
    }
  },
  /** The printed execution score one point off (the 总分 follows, so it stays consistent). */
  EXECUTION_SCORE_MISMATCH(FindingMessage.EXECUTION_SCORE_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      boolean down = spec.funds.executionScore().compareTo(BigDecimal.ONE) >= 0;
      spec.funds.scoreOffset = BigDecimal.valueOf(down ? -1 : 1);
    }
  },
  /** A missed quantitative target scored full weight (the 总分 follows). */
  SCORE_NOT_PER_RULE(FindingMessage.SCORE_NOT_PER_RULE, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r).fill(r, RowKind.HIGHER, false);
      row.score = row.weight;
    }
  },
  /** The 偏差原因 of a row scored below its weight removed (blank or 无, /, —). */
  DEVIATION_REASON_MISSING(FindingMessage.DEVIATION_REASON_MISSING, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r).fill(r, pick(r, List.of(RowKind.values())), false);
      row.reason = pick(r, java.util.Arrays.asList(null, "无", "/", " 无 ", "—", "-", "不适用"));
    }
  },
  /** A target exceeded twofold (scored full weight, the 总分 follows). */
  OVER_ACHIEVEMENT(FindingMessage.OVER_ACHIEVEMENT, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r).fill(r, RowKind.HIGHER, true);
      row.actual = row.target.multiply(BigDecimal.valueOf(2));
      row.rescore(r);
    }
  },
  /** A target/actual pair replaced by prose nobody can score automatically (the score is kept). */
  VALUE_NEEDS_REVIEW(FindingMessage.ROW_NEEDS_REVIEW, Severity.INFO, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r);
      String target = pick(r, FormGenerator.PROSE);
      String actual = pick(r, FormGenerator.PROSE.stream().filter(p -> !p.equals(target)).toList());
      for (String text : List.of(target, actual)) {
        if (!(ValueParser.parse(text) instanceof ParsedValue.NeedsReview)) {
          throw new IllegalStateException("test precondition: '" + text + "' should be unreadable, parsed as "
              + ValueParser.parse(text));
        }
      }
      row.targetOverride = target;
      row.actualOverride = actual;
    }
  },
  /** 附件1 gives the project a 本年决算数 different from the form's 全年执行数. */
  CROSS_FORM_MISMATCH(FindingMessage.BASIC_FINAL_DIFFERS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      long executed = spec.funds.executed().movePointRight(2).longValueExact();
      long delta = 1 + r.nextInt(100_000);
      spec.basicRow = true;
      spec.basicFinalOffsetCents = r.nextBoolean() && executed >= delta ? -delta : delta;
    }
  },
  /** 附件1: a parent row (三公经费 or 公务用车购置和维护经费) printed other than the sum of its parts. */
  BASIC_DATA_INCONSISTENT(FindingMessage.CONTROL_ROW_NOT_ITS_PARTS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      BasicSpec basic = basicData(spec, r);
      basic.blankPrevious = false;
      basic.tamperedParent = r.nextBoolean() ? BasicSpec.THREE_PUBLIC : BasicSpec.VEHICLE;
      basic.tamperedColumn = r.nextInt(3);
      long printed = basic.parentCents(basic.tamperedParent, basic.tamperedColumn);
      long delta = 1 + r.nextInt(1_000_000);
      basic.tamperCents = r.nextBoolean() && printed >= delta ? -delta : delta;
    }
  },
  /** 附件1: 公用经费 printed below the sum of the items listed under it (其中). */
  BASIC_DATA_BELOW_ITS_ITEMS(FindingMessage.CONTROL_ROW_BELOW_ITS_ITEMS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      BasicSpec basic = basicData(spec, r);
      basic.blankPrevious = false;
      int c = r.nextInt(3);
      if (basic.publicItemsCents(c) == 0) {
        basic.leaves[4][c] = 1 + r.nextInt(1_000_000);
      }
      basic.tamperedParent = BasicSpec.PUBLIC_FUNDS;
      basic.tamperedColumn = c;
      // the printed value ends between 0 and one cent below the items
      basic.tamperCents = -basic.publicExtra[c] - 1 - (long) (r.nextDouble() * basic.publicItemsCents(c));
    }
  },
  /** 附件1: the printed 控制率 one percentage point away from 在职 ÷ 编制. */
  CONTROL_RATE_MISMATCH(FindingMessage.CONTROL_RATE_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      BasicSpec basic = basicData(spec, r);
      boolean down = r.nextBoolean() && basic.actual >= basic.authorized / 50 + 1;
      basic.rateOffset = BigDecimal.valueOf(down ? -1 : 1);
    }
  },
  /** The execution score printed above its weight (the 总分 follows). */
  EXECUTION_SCORE_EXCEEDS_WEIGHT(FindingMessage.EXECUTION_SCORE_EXCEEDS_WEIGHT, Severity.ERROR,
      EnumSet.of(FindingCode.EXECUTION_SCORE_MISMATCH, FindingCode.TOTAL_NOT_GRADABLE)) {
    @Override
    void inject(FormSpec spec, Random r) {
      BigDecimal printed = FormGenerator.PROFILE.executionWeight().add(BigDecimal.valueOf(50 + r.nextInt(200), 2));
      spec.funds.scoreOffset = printed.subtract(spec.funds.executionScore());
    }
  },
  /** The execution score printed one cent off: a rounding difference (the 总分 follows). */
  EXECUTION_SCORE_ROUNDING(FindingMessage.EXECUTION_SCORE_ROUNDING, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      boolean down = spec.funds.executionScore().signum() > 0;
      spec.funds.scoreOffset = BigDecimal.valueOf(down ? -1 : 1, 2);
    }
  },
  /** The execution weight printed other than the profile's 10 (the weights then exceed 100). */
  EXECUTION_WEIGHT_NOT_PROFILE(FindingMessage.EXECUTION_WEIGHT_NOT_PROFILE, Severity.WARNING, EnumSet.of(FindingCode.WEIGHTS_NOT_100,
      // the printed 分值 governs the execution score, which the form still gives as 10 × rate
      FindingCode.EXECUTION_SCORE_MISMATCH)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.funds.weightOffset = BigDecimal.valueOf(1 + r.nextInt(10));
    }
  },
  /** The 执行率 printed as words nobody can compute with. */
  EXECUTION_RATE_UNREADABLE(FindingMessage.EXECUTION_RATE_UNREADABLE, Severity.INFO, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.funds.rateText = pick(r, List.of("约九成", "全部执行", "见附表", "—", "百分之百"));
    }
  },
  /** The 全年预算数 column left blank: no execution rate can be computed (the splits follow the 全年执行数). */
  EXECUTION_RATE_UNCOMPUTABLE(FindingMessage.EXECUTION_RATE_UNCOMPUTABLE, Severity.INFO, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.funds.blankAnnual = true;
      spec.funds.rateText = "";
      if (spec.splits != null) {
        spec.splits.cut(r, spec.funds, 2, spec.splits.cents[SplitSpec.INCOME] != null,
            spec.splits.cents[SplitSpec.EXPENDITURE] != null);
      }
    }
  },
  /** A part of a funds split (按收入性质分 or 按支出性质分) changed: the split no longer adds up to the total. */
  FUNDS_SPLIT_MISMATCH(FindingMessage.FUNDS_SPLIT_NOT_THE_TOTAL, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      if (spec.splits == null) {
        spec.splits = SplitSpec.random(r, spec.funds);
      }
      SplitSpec splits = spec.splits;
      List<Integer> printed = java.util.stream.IntStream.range(0, 2).filter(i -> splits.cents[i] != null).boxed().toList();
      splits.tamperedSplit = pick(r, printed);
      splits.tamperedPart = r.nextInt(2);
      long[] parts = splits.cents[splits.tamperedSplit];
      long annual = spec.funds.total(1).movePointRight(2).longValueExact();
      long executed = spec.funds.total(2).movePointRight(2).longValueExact();
      for (int attempt = 0; ; attempt++) {
        long delta = 1 + r.nextInt(100_000);
        splits.tamperCents = r.nextBoolean() && parts[splits.tamperedPart] >= delta ? -delta : delta;
        long sum = parts[0] + parts[1] + splits.tamperCents;
        if ((sum != annual && sum != executed) || attempt > 1000) {
          return;
        }
      }
    }
  },
  /** The form prints the project under another name than 附件1 (matched by id). */
  PROJECT_NAME_DIFFERS(FindingMessage.PROJECT_NAME_DIFFERS, Severity.INFO, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.name = pick(r, List.of("项目专项", "2023年项目", "项 目", "项目（一期）"));
    }
  },
  /** The form leaves out its project id: it is matched to 附件1 by name. */
  PROJECT_MATCHED_BY_NAME(FindingMessage.PROJECT_MATCHED_BY_NAME, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.basicRow = true;
      spec.withoutProjectId = true;
      spec.name = pick(r, List.of("项目", "项目专项", "2023年度项目"));
    }
  },
  /** 附件1 gives the project a 本年预算数 different from the form's 全年预算数 and 年初预算数. */
  BASIC_BUDGET_DIFFERS(FindingMessage.BASIC_BUDGET_DIFFERS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      long annual = spec.funds.total(1).movePointRight(2).longValueExact();
      long initial = spec.funds.total(0).movePointRight(2).longValueExact();
      spec.basicRow = true;
      do {
        long delta = 1 + r.nextInt(100_000);
        spec.basicBudgetOffsetCents = r.nextBoolean() && annual >= delta ? -delta : delta;
      } while (annual + spec.basicBudgetOffsetCents == initial);
    }
  },
  /** The project report states a budget other than the form's 全年预算数. */
  REPORT_BUDGET_DIFFERS(FindingMessage.REPORT_BUDGET_DIFFERS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      report(spec, r).budget = otherAmount(spec.funds.annualBudget(), r);
    }
  },
  /** The project report states an allocation other than the form's 全年预算数. */
  REPORT_ALLOCATION_DIFFERS(FindingMessage.REPORT_ALLOCATION_DIFFERS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      report(spec, r).allocated = otherAmount(spec.funds.annualBudget(), r);
    }
  },
  /** The project report states spending other than the form's 全年执行数. */
  REPORT_SPENDING_DIFFERS(FindingMessage.REPORT_SPENDING_DIFFERS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      report(spec, r).spent = otherAmount(spec.funds.executed(), r);
    }
  },
  /** The project report states a score other than the form's 总分. */
  REPORT_SCORE_DIFFERS(FindingMessage.REPORT_SCORE_DIFFERS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      BigDecimal total = spec.reportedTotal();
      BigDecimal delta = BigDecimal.valueOf(1 + r.nextInt(300), 2);
      report(spec, r).score = FormGenerator.plain(r.nextBoolean() && total.compareTo(delta) >= 0 ? total.subtract(delta)
          : total.add(delta));
    }
  },
  /** The department report states a 基本支出 other than 附件2's. */
  DEPARTMENT_REPORT_DIFFERS(FindingMessage.DEPARTMENT_REPORT_DIFFERS, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      if (spec.department == null) {
        spec.department = DepartmentSpec.random(r);
      }
      DepartmentSpec department = spec.department;
      department.basic = otherAmount(department.form.splits.amount(SplitSpec.EXPENDITURE, 0), r);
    }
  },
  /**
   * One point of weight moved from one level-1 group to another, label and a row alike (the rows
   * rescored): each group adds up, but neither carries the profile's weight.
   */
  LEVEL1_WEIGHT_NOT_PROFILE(FindingMessage.LEVEL1_WEIGHT_NOT_PROFILE, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      List<GroupSpec> givers = spec.groups.stream().filter(g -> !heavierThanOne(g).isEmpty()).toList();
      GroupSpec from = pick(r, givers);
      GroupSpec to = pick(r, spec.groups.stream().filter(g -> g != from).toList());
      RowSpec giver = pick(r, heavierThanOne(from));
      RowSpec taker = pick(r, to.subs.stream().flatMap(sub -> sub.rows.stream())
          .filter(row -> row.weightMark == null && row.weight.signum() > 0).toList());
      giver.weight = giver.weight.subtract(BigDecimal.ONE);
      giver.rescore(r);
      taker.weight = taker.weight.add(BigDecimal.ONE);
      taker.rescore(r);
      from.printedWeight = from.printedWeight.subtract(BigDecimal.ONE);
      to.printedWeight = to.printedWeight.add(BigDecimal.ONE);
    }

    private List<RowSpec> heavierThanOne(GroupSpec group) {
      return group.subs.stream().flatMap(sub -> sub.rows.stream())
          .filter(row -> row.weightMark == null && row.weight.compareTo(BigDecimal.ONE) > 0).toList();
    }
  },
  /** The weights no longer add up to 100 and the 总分 row prints no weight. */
  WEIGHTS_NOT_DEFAULT_100(FindingMessage.WEIGHTS_NOT_DEFAULT_100, Severity.ERROR,
      EnumSet.of(FindingCode.LEVEL1_WEIGHT_MISMATCH, FindingCode.TOTAL_NOT_GRADABLE)) {
    @Override
    void inject(FormSpec spec, Random r) {
      WEIGHTS_NOT_100.inject(spec, r);
      spec.totalWeightBlank = true;
    }
  },
  /** A note under the table states level-1 weights the table does not follow. */
  LEVEL1_WEIGHT_NOT_FORM_NOTE(FindingMessage.LEVEL1_WEIGHT_NOT_FORM_NOTE, Severity.ERROR,
      EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      int wrong = r.nextInt(4);
      String[] names = {"产出指标", "效益指标", "成本指标", "满意度指标"};
      int[] points = {30, 30, 20, 10};
      points[wrong] += 5;
      StringBuilder note = new StringBuilder("说明：");
      for (int i = 0; i < 4; i++) {
        note.append(i > 0 ? "、" : "").append(names[i]).append(points[i]).append("分");
      }
      spec.notes = List.of(note.append("。").toString());
    }
  },
  /** A note under the table states an execution weight other than the printed one. */
  EXECUTION_WEIGHT_NOT_FORM_NOTE(FindingMessage.EXECUTION_WEIGHT_NOT_FORM_NOTE, Severity.ERROR,
      EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.notes = List.of("备注：预算执行率" + (11 + r.nextInt(9)) + "分，产出指标30分，效益指标30分，成本指标20分，满意度指标10分");
    }
  },
  /** The printed 总分 above 100. */
  TOTAL_EXCEEDS_MAXIMUM(FindingMessage.TOTAL_EXCEEDS_MAXIMUM, Severity.ERROR, EnumSet.of(FindingCode.TOTAL_MISMATCH)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.totalOffset = BigDecimal.valueOf(100).subtract(spec.reportedTotal()).add(BigDecimal.valueOf(1 + r.nextInt(20)));
    }
  },
  /** A partial form: a blank 总分 and weights that do not add up are not reported. */
  PARTIAL_FORM_CHECKS_SKIPPED(FindingMessage.PARTIAL_FORM_CHECKS_SKIPPED, Severity.INFO,
      EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.partial = true;
      spec.totalMissing = true;
      GroupSpec cut = pick(r, spec.groups);
      cut.subs.remove(cut.subs.size() - 1);
      if (cut.subs.isEmpty()) {
        spec.groups.remove(cut);
      }
    }
  },
  /** The total row's 全年预算数 and 全年执行数 blank while the sources are filled. */
  FUNDS_TOTAL_BLANK_PARTS_FILLED(FindingMessage.FUNDS_TOTAL_BLANK_PARTS_FILLED, Severity.ERROR,
      EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.funds.blankTotal = true;
      spec.basicRow = false;
      spec.basic = null;
    }
  },
  /** The 执行率 printed as a bare "0" next to amounts that give more. */
  EXECUTION_RATE_NUMBER_MISMATCH(FindingMessage.EXECUTION_RATE_NUMBER_MISMATCH, Severity.ERROR,
      EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.funds.rateText = spec.funds.rate().compareTo(BigDecimal.ONE) >= 0 ? "0" : "100";
    }
  },
  /** No 全年预算数, a printed 执行率, and an execution score that rate does not give. */
  EXECUTION_SCORE_FROM_PRINTED_RATE(FindingMessage.EXECUTION_SCORE_FROM_PRINTED_RATE, Severity.ERROR,
      EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      EXECUTION_RATE_UNCOMPUTABLE.inject(spec, r);
      spec.funds.rateText = null;
      BigDecimal score = spec.funds.executionScore();
      spec.funds.scoreOffset = score.compareTo(BigDecimal.valueOf(3)) >= 0 ? BigDecimal.valueOf(-2) : BigDecimal.valueOf(2);
    }
  },
  /** 实际完成情况 states spending other than the funds block's. */
  GOAL_TEXT_DIFFERS(FindingMessage.GOAL_TEXT_DIFFERS, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      BigDecimal stated = spec.funds.executed().add(BigDecimal.valueOf(1_000_000 + r.nextInt(1_000_000), 2));
      spec.goals = List.of(new Goal("按计划完成项目建设任务。", "全年共完成预算资金" + stated.toPlainString() + "万元，项目按期完成。"));
    }
  },
  /** No budget in the table, and the two goal texts state different budgets. */
  GOAL_TEXTS_DIFFER(FindingMessage.GOAL_TEXTS_DIFFER, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      EXECUTION_RATE_UNCOMPUTABLE.inject(spec, r);
      BigDecimal planned = spec.funds.total(0).add(BigDecimal.valueOf(2_000_000 + r.nextInt(1_000_000), 2));
      BigDecimal actual = planned.add(BigDecimal.valueOf(1_000_000 + r.nextInt(1_000_000), 2));
      spec.goals = List.of(new Goal("项目预算为" + planned.toPlainString() + "万元，用于项目建设。",
          "项目预算为" + actual.toPlainString() + "万元，已按计划实施。"));
    }
  },
  /** More executed than budgeted: a source's 全年执行数 raised above its 全年预算数. */
  EXECUTED_ABOVE_BUDGET(FindingMessage.EXECUTED_ABOVE_BUDGET, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      // every source executes its full annual budget, the first a little more; the printed rate and score follow
      for (int s = 0; s < 3; s++) {
        spec.funds.cents[s][2] = spec.funds.cents[s][1] + (s == 0 ? 1 + r.nextInt(100_000) : 0);
      }
      spec.basicRow = false;
      spec.basic = null;
      spec.report = null;
      spec.splits = null;
    }
  },
  /**
   * The report's second heading numbered otherwise than 二、 ("2、", "(2) ", "三、", "二 、"): asked to
   * renumber ({@link #renumbers()}), the audit lists it with the heading before and after.
   */
  REPORT_HEADING_RENUMBERED(FindingMessage.REPORT_HEADING_RENUMBERED, Severity.INFO, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      report(spec, r).conclusionHeading = pick(r, List.of("2、自评结论", "(2) 自评结论", "三、自评结论", "二 、自评结论",
          "（2）自评结论", "2.自评结论"));
    }

    @Override
    boolean renumbers() {
      return true;
    }
  },
  /**
   * 附件1 gives two projects each other's 本年预算数 and 本年决算数 (both forms consistent): one finding on
   * each 附件1 row names both rows, both forms and both figures.
   */
  BASIC_AMOUNTS_SWAPPED(FindingMessage.BASIC_AMOUNTS_SWAPPED, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      partner(spec, r);
      spec.basicRow = true;
      spec.swapBasicBudget = true;
      spec.swapBasicFinal = true;
    }
  },
  /** 附件1 gives two projects each other's 本年预算数 only: each form's 全年预算数 cell says with which project. */
  BASIC_BUDGET_SWAPPED(FindingMessage.BASIC_BUDGET_SWAPPED, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      partner(spec, r);
      spec.basicRow = true;
      spec.swapBasicBudget = true;
    }
  },
  /** 附件1 gives two projects each other's 本年决算数 only: each form's 全年执行数 cell says with which project. */
  BASIC_FINAL_SWAPPED(FindingMessage.BASIC_FINAL_SWAPPED, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      partner(spec, r);
      spec.basicRow = true;
      spec.swapBasicFinal = true;
    }
  },
  /** Two projects' reports each state the other project's budget ("预算为X万元"). */
  REPORT_AMOUNTS_SWAPPED(FindingMessage.REPORT_AMOUNTS_SWAPPED, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      FormSpec partner = partner(spec, r);
      ReportSpec mine = report(spec, r);
      ReportSpec theirs = new ReportSpec();
      theirs.label = mine.label == null ? null : "5-2";
      partner.report = theirs;
      // two decimals: the statement differs from the project's own amount at the precision it writes
      mine.budget = partner.funds.annualBudget().setScale(2).toPlainString();
      theirs.budget = spec.funds.annualBudget().setScale(2).toPlainString();
    }
  }
;

  /** The spec's 附件1 (made if it has none). */
  private static BasicSpec basicData(FormSpec spec, Random r) {
    spec.basicRow = true;
    if (spec.basic == null) {
      spec.basic = BasicSpec.random(r);
    }
    return spec.basic;
  }

  /**
   * A second consistent project beside the spec's ({@link FormSpec#partner}), whose 全年预算数,
   * 年初预算数 and 全年执行数 differ from this one's, so that exchanging them shows in every column.
   */
  private static FormSpec partner(FormSpec spec, Random r) {
    if (spec.partner != null) {
      return spec.partner;
    }
    for (;;) {
      FormSpec partner = FormGenerator.consistent(r, false);
      BigDecimal annual = spec.funds.annualBudget();
      BigDecimal otherAnnual = partner.funds.annualBudget();
      if (annual.compareTo(otherAnnual) != 0 && spec.funds.executed().compareTo(partner.funds.executed()) != 0
          && otherAnnual.compareTo(spec.funds.total(0)) != 0 && annual.compareTo(partner.funds.total(0)) != 0) {
        spec.partner = partner;
        return partner;
      }
    }
  }

  /** The spec's project report (made if it has none). */
  private static ReportSpec report(FormSpec spec, Random r) {
    if (spec.report == null) {
      spec.report = ReportSpec.random(r);
    }
    return spec.report;
  }

  /** An amount 0.01–1000.00 away from {@code value}, written with two decimals so that it differs at the precision stated. */
  private static String otherAmount(BigDecimal value, Random r) {
    BigDecimal delta = BigDecimal.valueOf(1 + r.nextInt(100_000), 2);
    BigDecimal other = r.nextBoolean() && value.compareTo(delta) >= 0 ? value.subtract(delta) : value.add(delta);
    return other.setScale(2).toPlainString();
  }

  /** The wording of the finding the defect must produce. */
  final FindingMessage message;
  /** Its code. */
  final FindingCode code;
  /** Its severity. */
  final Severity severity;
  /** Other error codes the defect may bring with it. */
  final Set<FindingCode> alsoAllowed;

  Defect(FindingMessage message, Severity severity, Set<FindingCode> alsoAllowed) {
    this.message = message;
    this.code = message.code();
    this.severity = severity;
    this.alsoAllowed = alsoAllowed;
  }

  /** Injects the defect into {@code spec}. */
  abstract void inject(FormSpec spec, Random r);

  /**
   * Whether the finding shows only when the evaluator is asked to report renumbered headings
   * ({@link io.github.jixiao.scoring.Evaluator#withReportNumbering()}).
   */
  boolean renumbers() {
    return false;
  }

  /** The evaluator that audits a package with this defect: {@code plain}, or the one asked to report renumbering. */
  Evaluator evaluator(Evaluator plain, Evaluator numbering) {
    return renumbers() ? numbering : plain;
  }

  /** The error codes a form with only this defect may carry. */
  Set<FindingCode> allowedErrors() {
    Set<FindingCode> all = EnumSet.copyOf(alsoAllowed);
    all.add(code);
    return all;
  }
}
