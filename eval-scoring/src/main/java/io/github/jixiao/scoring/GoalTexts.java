package io.github.jixiao.scoring;

import io.github.jixiao.model.io.Limits;
import static io.github.jixiao.scoring.Numbers.plain;
import static io.github.jixiao.scoring.Numbers.same;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.Location;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts written in 年度总体目标 ("共完成预算资金89.97万元", "项目预算为45万元") against the funds
 * block and against each other. Only amounts anchored by a word that says what they are count;
 * "其中30万元" and other parts are not compared. A stated amount matches when it equals, at its own
 * precision, the total row or any source row of its column.
 */
final class GoalTexts {
  private static final String AMOUNT = "([0-9]+(?:\\.[0-9]+)?)\\s*(万元|元)";
  /** 预算为45万元; 预算资金45万元; 安排…资金20万元; 项目资金334.74万元; 总投资 (not 完成/使用预算资金). */
  private static final Pattern BUDGET = Pattern.compile(
      "(?:预算为|预算总额为?|(?<!完成)(?<!使用)(?<!支出)(?<!支付)预算资金为?|安排[^。；，,]{0,20}?资金为?|项目资金为?|资金总额为?)"
          + AMOUNT);
  /** 共计支出35万元; 完成预算资金89.97万元; 使用资金; 支付资金; 实际支出. */
  private static final Pattern SPENT = Pattern.compile(
      "(?:共计支出|总计支出|全年支出|合计支出|实际支出|累计支出|开支|完成(?:预算)?资金|使用(?:预算)?资金|支付(?:预算)?资金|支出资金|执行资金)为?"
          + AMOUNT);
  // each pattern with the characters its matches start with, tried only near a 元 (ScanStartsTest checks them)
  static final io.github.jixiao.scoring.internal.Scan BUDGET_SCAN =
      io.github.jixiao.scoring.internal.Scan.of(BUDGET, "预安项资");
  static final io.github.jixiao.scoring.internal.Scan SPENT_SCAN =
      io.github.jixiao.scoring.internal.Scan.of(SPENT, "共总全合实累开完使支执");

  private GoalTexts() {}

  static void check(SelfEvaluationForm form, String pointer, FormEvaluator.FundsFigures figures, Findings findings) {
    MoneyUnit unit = form.moneyUnit();
    List<BigDecimal> budgets = new ArrayList<>();
    List<BigDecimal> spent = new ArrayList<>();
    for (FundsRow r : form.funds().rows()) {
      add(budgets, unit, Amount.number(r.initialBudget()));
      add(budgets, unit, Amount.number(r.annualBudget()));
      add(spent, unit, Amount.number(r.executed()));
    }
    add(budgets, unit, figures.budget());
    add(spent, unit, figures.executed());
    if (budgets.isEmpty() && spent.isEmpty()) {
      return;
    }
    BigDecimal budget = figures.budget() == null ? null : unit.toWanYuan(figures.budget());
    BigDecimal executed = figures.executed() == null ? null : unit.toWanYuan(figures.executed());
    Set<String> seen = new HashSet<>();
    boolean flagged = false;
    Stated plannedBudget = null;
    Stated actualBudget = null;
    for (int g = 0; g < form.goals().size(); g++) {
      Goal goal = form.goals().get(g);
      String[] texts = {goal.expected(), goal.actual()};
      String[] columns = {"预期目标", "实际完成情况"};
      String[] fields = {"expected", "actual"};
      for (int c = 0; c < 2; c++) {
        if (texts[c] == null) {
          continue;
        }
        Location where = new Location(form.label(), "年度总体目标", columns[c], pointer + "/goals/" + g + "/" + fields[c]);
        if (texts[c].indexOf('元') < 0) {
          continue;
        }
        for (Stated s : stated(BUDGET_SCAN, texts[c])) {
          if (c == 0 && plannedBudget == null) {
            plannedBudget = s;
          } else if (c == 1 && actualBudget == null) {
            actualBudget = s;
          }
          if (budget != null && !matchesAny(s.amount, budgets) && seen.add(s.phrase)) {
            flagged = true;
            findings.add(FindingMessage.GOAL_TEXT_DIFFERS.with("column", columns[c]).with("phrase", s.phrase)
                    .with("field", "全年预算数").with("amount", plain(budget)).with("columnEn", fields[c])
                    .with("fieldEn", "the annual budget"), where, plain(budget), s.phrase);
          }
        }
        for (Stated s : stated(SPENT_SCAN, texts[c])) {
          if (c == 1 && executed != null && !matchesAny(s.amount, spent) && seen.add(s.phrase)) {
            flagged = true;
            findings.add(FindingMessage.GOAL_TEXT_DIFFERS.with("column", columns[c]).with("phrase", s.phrase)
                    .with("field", "全年执行数").with("amount", plain(executed)).with("columnEn", fields[c])
                    .with("fieldEn", "the amount executed"), where, plain(executed), s.phrase);
          }
        }
      }
    }
    if (!flagged && plannedBudget != null && actualBudget != null
        && !matches(plannedBudget.amount, actualBudget.amount)) {
      // budgets change during the year: only a pair the funds block does not explain is a contradiction
      if (!(matchesAny(plannedBudget.amount, budgets) && matchesAny(actualBudget.amount, budgets))) {
        findings.add(FindingMessage.GOAL_TEXTS_DIFFER.with("expected", plannedBudget.phrase)
                .with("actual", actualBudget.phrase),
            new Location(form.label(), "年度总体目标", "实际完成情况", pointer + "/goals"), plannedBudget.phrase,
            actualBudget.phrase);
      }
    }
  }

  /** An amount a text states, in 万元, with the words that state it. */
  private record Stated(BigDecimal amount, String phrase) {}

  private static List<Stated> stated(io.github.jixiao.scoring.internal.Scan scan, String text) {
    List<Stated> out = new ArrayList<>();
    for (java.util.regex.MatchResult m : PackageChecks.anchoredMatches(scan, "元", text)) {
      if (!Limits.fitsDigits(m.group(1))) {
        continue; // more digits than any amount a form holds: not read (bounded work on hostile text)
      }
      BigDecimal n = new BigDecimal(m.group(1));
      BigDecimal wan = "元".equals(m.group(2)) ? MoneyUnit.YUAN.toWanYuan(n) : n;
      out.add(new Stated(wan, m.group()));
    }
    return out;
  }

  private static void add(List<BigDecimal> list, MoneyUnit unit, @Nullable BigDecimal v) {
    if (v != null && v.signum() != 0) {
      list.add(unit.toWanYuan(v));
    }
  }

  private static boolean matchesAny(BigDecimal stated, List<BigDecimal> amounts) {
    for (BigDecimal a : amounts) {
      if (matches(stated, a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Equal at the coarser of the two precisions: a text's "90万元" matches a table's 89.97, and a
   * text's "1329120.67元" (132.912067 万元) a table's 132.912 万元.
   */
  private static boolean matches(BigDecimal stated, BigDecimal amount) {
    int scale = Math.max(0, Math.min(stated.stripTrailingZeros().scale(), amount.stripTrailingZeros().scale()));
    return same(stated, amount) || same(stated.setScale(scale, RoundingMode.HALF_UP), amount.setScale(scale, RoundingMode.HALF_UP));
  }
}
