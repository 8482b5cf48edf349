package io.github.jixiao.render.pdf;

import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a reader must find in the PDF, in reading order, computed from the model. */
final class Expected {
  private Expected() {}

  /** Every printed cell of a form, row by row, as REPORTED mode shows it. */
  static List<String> cells(SelfEvaluationForm f) {
    List<String> out = new ArrayList<>();
    out.add(f.name());
    add(out, f.supervisingDepartment());
    add(out, f.implementingUnit());
    for (FundsRow r : f.funds().rows()) {
      out.add(r.label() != null ? r.label() : r.kind().chinese());
      add(out, r.initialBudget());
      add(out, r.annualBudget());
      add(out, r.executed());
      add(out, r.weight());
      add(out, r.executionRate());
      add(out, r.score());
    }
    int n = Math.max(f.funds().byIncome().size(), f.funds().byExpenditure().size());
    for (int i = 0; i < n; i++) {
      split(out, f.funds().byIncome(), i);
      split(out, f.funds().byExpenditure(), i);
    }
    for (Goal g : f.goals()) {
      add(out, g.expected());
      add(out, g.actual());
    }
    for (Level1Group g : f.indicators()) {
      add(out, g.label());
      for (Level2Group c : g.children()) {
        add(out, c.label());
        for (IndicatorRow r : c.rows()) {
          add(out, r.name());
          add(out, r.target());
          add(out, r.actual());
          add(out, r.weight());
          add(out, r.score());
          add(out, r.deviationReason());
        }
      }
    }
    out.add("总分");
    add(out, f.totalWeight());
    add(out, f.reportedTotal());
    out.addAll(f.notes());
    f.footer().forEach(x -> out.add(x.label() + "："));
    return out;
  }

  private static void split(List<String> out, List<FundSplit> list, int i) {
    if (i < list.size()) {
      FundSplit s = list.get(i);
      out.add((s.label() != null ? s.label() : s.kind().chinese()) + "："
          + (s.amount() == null ? "" : s.amount().toString()));
    }
  }

  /** Every printed cell of 附件1. */
  static List<String> cells(BasicDataTable b) {
    List<String> out = new ArrayList<>();
    if (b.staffing() != null) {
      add(out, b.staffing().authorized() == null ? null : b.staffing().authorized().toString());
      add(out, b.staffing().actual() == null ? null : b.staffing().actual().toString());
      add(out, b.staffing().controlRate());
    }
    b.allRows().forEach(r -> control(out, r));
    add(out, b.savingMeasures());
    out.addAll(b.notes());
    b.footer().forEach(x -> out.add(x.label() + "："));
    return out;
  }

  private static void control(List<String> out, ControlRow r) {
    out.add(r.label());
    add(out, r.previousYearFinal());
    add(out, r.currentYearBudget());
    add(out, r.currentYearFinal());
  }

  /** A report's text in reading order, headings renumbered as the PDF prints them. */
  static List<String> text(Report r) {
    List<String> out = new ArrayList<>();
    if (r.title() != null) {
      out.add(r.title());
    }
    out.addAll(r.preamble());
    for (int i = 0; i < r.sections().size(); i++) {
      section(out, r.sections().get(i), 0, i + 1);
    }
    out.addAll(r.closing());
    return out;
  }

  private static void section(List<String> out, ReportSection s, int depth, int index) {
    out.add(s.heading());
    out.addAll(s.paragraphs());
    int offset = io.github.jixiao.model.ReportNumbering.numberedParagraphs(s.paragraphs());
    for (int i = 0; i < s.sections().size(); i++) {
      section(out, s.sections().get(i), depth + 1, offset + i + 1);
    }
  }

  private static void add(List<String> out, Object value) {
    if (value == null) {
      return;
    }
    String s = value instanceof BigDecimal b ? b.toPlainString()
        : value instanceof ScoreCell c ? c.toString() : value.toString();
    out.add(s);
  }
}
