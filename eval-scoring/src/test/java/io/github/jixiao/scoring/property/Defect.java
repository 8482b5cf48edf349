package io.github.jixiao.scoring.property;

import static io.github.jixiao.scoring.property.FormGenerator.pick;

import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.property.FormGenerator.FormSpec;
import io.github.jixiao.scoring.property.FormGenerator.GroupSpec;
import io.github.jixiao.scoring.property.FormGenerator.RowKind;
import io.github.jixiao.scoring.property.FormGenerator.RowSpec;
import io.github.jixiao.scoring.value.ParsedValue;
import io.github.jixiao.scoring.value.ValueParser;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One defect injected into a consistent {@link FormSpec}, with the finding it must produce.
 * Every injection touches one thing and keeps the rest consistent (a changed row score moves
 * the 总分 with it), so the only errors expected are the defect's own and those that follow
 * from it unavoidably ({@link #alsoAllowed}).
 */
enum Defect {
  /** A row's score above its weight (the 总分 follows). */
  SCORE_EXCEEDS_WEIGHT(FindingCode.SCORE_EXCEEDS_WEIGHT, Severity.ERROR, EnumSet.of(FindingCode.SCORE_NOT_PER_RULE)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r);
      row.score = row.weight.add(BigDecimal.valueOf(1 + r.nextInt(200), 2));
    }
  },
  /** One row's weight and score changed together: the weights no longer add up to 100. */
  WEIGHTS_NOT_100(FindingCode.WEIGHTS_NOT_100, Severity.ERROR, EnumSet.of(FindingCode.LEVEL1_WEIGHT_MISMATCH)) {
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
  LEVEL1_WEIGHT_MISMATCH(FindingCode.LEVEL1_WEIGHT_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      GroupSpec group = pick(r, spec.groups);
      group.printedWeight = group.printedWeight.add(BigDecimal.valueOf(r.nextBoolean() ? 1 : -1));
    }
  },
  /** The 总分 left blank. */
  TOTAL_MISSING(FindingCode.TOTAL_MISSING, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.totalMissing = true;
    }
  },
  /** The 总分 one point above the sum of the printed scores. */
  TOTAL_MISMATCH(FindingCode.TOTAL_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      spec.totalOffset = spec.totalOffset.add(BigDecimal.ONE);
    }
  },
  /** One source row's amount changed: 年度资金总额 is no longer the sum of its sources. */
  FUNDS_ROWS_INCONSISTENT(FindingCode.FUNDS_ROWS_INCONSISTENT, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
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
  EXECUTION_RATE_MISMATCH(FindingCode.EXECUTION_RATE_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      boolean down = r.nextBoolean() && spec.funds.rate().compareTo(BigDecimal.ONE) >= 0;
      spec.funds.rateOffset = BigDecimal.valueOf(down ? -1 : 1);
    }
  },
  /** The printed execution score one point off (the 总分 follows, so it stays consistent). */
  EXECUTION_SCORE_MISMATCH(FindingCode.EXECUTION_SCORE_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      boolean down = spec.funds.executionScore().compareTo(BigDecimal.ONE) >= 0;
      spec.funds.scoreOffset = BigDecimal.valueOf(down ? -1 : 1);
    }
  },
  /** A missed quantitative target scored full weight (the 总分 follows). */
  SCORE_NOT_PER_RULE(FindingCode.SCORE_NOT_PER_RULE, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r).fill(r, RowKind.HIGHER, false);
      row.score = row.weight;
    }
  },
  /** The 偏差原因 of a row scored below its weight removed (blank or 无, /, —). */
  DEVIATION_REASON_MISSING(FindingCode.DEVIATION_REASON_MISSING, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r).fill(r, pick(r, List.of(RowKind.values())), false);
      row.reason = pick(r, java.util.Arrays.asList(null, "无", "/", " 无 ", "—", "-", "不适用"));
    }
  },
  /** A target exceeded twofold (scored full weight, the 总分 follows). */
  OVER_ACHIEVEMENT(FindingCode.OVER_ACHIEVEMENT, Severity.WARNING, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      RowSpec row = spec.anyRow(r).fill(r, RowKind.HIGHER, true);
      row.actual = row.target.multiply(BigDecimal.valueOf(2));
      row.rescore(r);
    }
  },
  /** A target/actual pair replaced by prose nobody can score automatically (the score is kept). */
  VALUE_NEEDS_REVIEW(FindingCode.VALUE_NEEDS_REVIEW, Severity.INFO, EnumSet.noneOf(FindingCode.class)) {
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
  CROSS_FORM_MISMATCH(FindingCode.CROSS_FORM_MISMATCH, Severity.ERROR, EnumSet.noneOf(FindingCode.class)) {
    @Override
    void inject(FormSpec spec, Random r) {
      long executed = spec.funds.executed().movePointRight(2).longValueExact();
      long delta = 1 + r.nextInt(100_000);
      spec.basicRow = true;
      spec.basicFinalOffsetCents = r.nextBoolean() && executed >= delta ? -delta : delta;
    }
  };

  /** The finding the defect must produce. */
  final FindingCode code;
  /** Its severity. */
  final Severity severity;
  /** Other error codes the defect may bring with it. */
  final Set<FindingCode> alsoAllowed;

  Defect(FindingCode code, Severity severity, Set<FindingCode> alsoAllowed) {
    this.code = code;
    this.severity = severity;
    this.alsoAllowed = alsoAllowed;
  }

  /** Injects the defect into {@code spec}. */
  abstract void inject(FormSpec spec, Random r);

  /** The error codes a form with only this defect may carry. */
  Set<FindingCode> allowedErrors() {
    Set<FindingCode> all = EnumSet.copyOf(alsoAllowed);
    all.add(code);
    return all;
  }
}
