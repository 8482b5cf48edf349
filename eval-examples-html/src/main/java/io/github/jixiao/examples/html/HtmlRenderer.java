package io.github.jixiao.examples.html;

import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FooterField;
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
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.PackageEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * HTML 渲染器 — the whole package as one self-contained UTF-8 page (inline CSS, no scripts, no
 * external resources), the kind a department publishes on its portal (公开): a summary of every
 * form's reported and computed totals and grade (when the request has an evaluation), 附件1, the
 * forms as tables with the official merged cells, the reports, and the audit findings.
 *
 * <p>Written only against the public model and the renderer SPI ({@code eval-model}), as an
 * example of a renderer built outside jixiao. In {@link RenderMode#REPORTED} the cells with
 * findings carry the class {@code finding} and a {@code title} with the findings' messages; in
 * {@link RenderMode#COMPUTED} the scores and totals are jixiao's. All package text is escaped.
 * Deterministic and stateless: no clock, no default locale or time zone.
 */
public final class HtmlRenderer implements Renderer {
  /** The renderer's id: {@value}. */
  public static final String ID = "html";

  private static final int COLUMNS = 8;

  /**
   * The indicator columns some provinces add (issue 14), in printed order: 计量单位 and 指标性质
   * before 年度指标值, the others after 得分. A form gets one only when some row fills it.
   */
  enum Extra {
    UNIT_OF_MEASURE("计量单位", true, "unitOfMeasure", IndicatorRow::unitOfMeasure),
    NATURE("指标性质", true, "nature", IndicatorRow::nature),
    ADJUSTED_TARGET("调整后指标值", false, "adjustedTarget", IndicatorRow::adjustedTarget),
    SCORE_COEFFICIENT("得分系数", false, "scoreCoefficient", IndicatorRow::scoreCoefficient),
    CORE("是否核心指标", false, "core", IndicatorRow::core);

    final String header;
    final boolean beforeTarget;
    final String field;
    final java.util.function.Function<IndicatorRow, @Nullable String> value;

    Extra(String header, boolean beforeTarget, String field,
        java.util.function.Function<IndicatorRow, @Nullable String> value) {
      this.header = header;
      this.beforeTarget = beforeTarget;
      this.field = field;
      this.value = value;
    }
  }

  /** The extra columns the form uses, in printed order. */
  static List<Extra> extras(SelfEvaluationForm f) {
    List<Extra> out = new ArrayList<>();
    for (Extra e : Extra.values()) {
      if (f.rows().anyMatch(r -> e.value.apply(r) != null)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether the indicators are a flat list ({@link SelfEvaluationForm#isFlatList()}), printed without those columns. */
  static boolean flat(SelfEvaluationForm f) {
    return f.isFlatList();
  }

  private static final String CSS = """
      body{font-family:"Noto Serif CJK SC","Source Han Serif SC",SimSun,serif;margin:2em auto;max-width:1100px;\
      color:#222;line-height:1.6;padding:0 1em}
      h1{text-align:center;font-size:1.6em}
      h2{border-bottom:2px solid #8b0000;padding-bottom:.2em;margin-top:2em;font-size:1.3em}
      h3{font-size:1.1em}h4{font-size:1em}
      table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.9em}
      th,td{border:1px solid #555;padding:.3em .4em;vertical-align:middle}
      th{background:#f0f0f0;font-weight:bold;text-align:center}
      td.num{text-align:right;white-space:nowrap}
      td.finding{background:#ffe3e3;outline:2px solid #d33}
      p.body{text-indent:2em;margin:.4em 0}
      .cover{text-align:center;margin:2em 0}
      .meta{text-align:center;color:#555}
      ol.findings li{margin:.3em 0}
      .sev-ERROR{color:#b00}.sev-WARNING{color:#a60}.sev-INFO{color:#555}
      nav ul{columns:2}
      @media print{h2{page-break-before:always}}
      """;

  /** A renderer; it has no state, one instance serves every thread. */
  public HtmlRenderer() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void render(RenderRequest request, OutputStream out) throws RenderException, IOException {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(out, "out");
    request.rejectUnknownOptions(ID, Set.of());   // no options yet: any "html." key is a mistake
    request.requireEvaluationForComputed();
    out.write(new Page(request).html().getBytes(StandardCharsets.UTF_8));
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(isHtmlNonCharacter(c) ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }

  /**
   * Characters HTML does not allow in text (control characters other than tab, line feed and
   * carriage return, and the non-characters U+FFFE/U+FFFF): shown as U+FFFD, as a browser would.
   */
  private static boolean isHtmlNonCharacter(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
  }

  /** One rendering: the request, the findings by pointer, the HTML being written. */
  private static final class Page {
    private final RenderRequest request;
    private final EvaluationPackage pkg;
    private final @Nullable PackageEvaluation evaluation;
    private final boolean computed;
    private final List<Finding> findings;
    /** The findings by pointer (the model's index); empty in COMPUTED mode, where nothing is marked. */
    private final FindingIndex index;
    private final Map<String, FormEvaluation> formsByPointer = new HashMap<>();
    private final Map<String, IndicatorScore> rowsByPointer = new HashMap<>();
    private final StringBuilder h = new StringBuilder(1 << 16);
    /** The extra indicator columns of the form being written. */
    private List<Extra> extras = List.of();
    /** Whether the form being written has a flat indicator list. */
    private boolean flat;

    Page(RenderRequest request) {
      this.request = request;
      this.pkg = request.pkg();
      this.evaluation = request.evaluation();
      this.computed = request.mode() == RenderMode.COMPUTED;
      this.findings = evaluation == null ? List.of() : evaluation.allFindings().toList();
      this.index = computed ? FindingIndex.empty() : request.findings();
      if (evaluation != null) {
        for (FormEvaluation f : evaluation.evaluations()) {
          formsByPointer.put(f.pointer(), f);
          for (IndicatorScore s : f.indicators()) {
            rowsByPointer.put(s.pointer(), s);
          }
        }
      }
    }

    String html() {
      String title = pkg.year() + "年度" + pkg.department() + "预算绩效自评材料";
      h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"jixiao eval-examples-html\">\n")
          .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
          .append("</style>\n</head>\n<body>\n");
      h.append("<h1>").append(escape(title)).append("（公开）</h1>\n");
      h.append("<p class=\"meta\">").append(computed ? "按计算" : "按填报");
      if (evaluation != null) {
        h.append(" · 评分规则 ").append(escape(evaluation.profile()));
      }
      h.append(" · 生成日期 ").append(escape(request.timestamp().toString().substring(0, 10))).append("</p>\n");
      summary();
      if (pkg.departmentReport() != null) {
        report(pkg.departmentReport(), "department-report");
      }
      if (pkg.basicData() != null) {
        basicData(pkg.basicData());
      }
      if (pkg.departmentEvaluation() != null) {
        form(pkg.departmentEvaluation(), "/departmentEvaluation");
      }
      for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
        form(pkg.projectEvaluations().get(i), "/projectEvaluations/" + i);
      }
      for (int i = 0; i < pkg.projectReports().size(); i++) {
        report(pkg.projectReports().get(i), "report-" + i);
      }
      findingsList();
      h.append("</body>\n</html>\n");
      return h.toString();
    }

    private void summary() {
      if (evaluation == null) {
        return;
      }
      h.append("<h2 id=\"summary\">评分汇总</h2>\n<table class=\"summary\">\n<thead><tr>")
          .append("<th>附件</th><th>名称</th><th>实施单位</th><th>填报总分</th><th>计算总分</th><th>等级</th><th>问题</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (FormEvaluation f : evaluation.evaluations()) {
        h.append("<tr><td>附件").append(escape(f.form())).append("</td><td>").append(escape(f.name()))
            .append("</td><td>").append(escape(f.implementingUnit())).append("</td><td class=\"num\">")
            .append(escape(score(f.reportedTotal()))).append("</td><td class=\"num\">")
            .append(escape(f.computedTotal().toPlainString())).append(f.grade() == io.github.jixiao.model.result.Grade.NOT_GRADABLE
                ? "</td><td class=\"not-gradable\" style=\"color:#777;background:#eee\">" : "</td><td>")
            .append(escape(f.grade().chinese()))
            .append("</td><td class=\"num\">").append(f.findings().size()).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }

    private void basicData(BasicDataTable t) {
      h.append("<h2 id=\"basic-data\">附件").append(escape(t.label())).append(' ')
          .append(escape(t.title() != null ? t.title() : "部门整体支出绩效评价基础数据表")).append("</h2>\n");
      h.append("<table class=\"basic-data\">\n");
      if (t.staffing() != null) {
        h.append("<tr><th>编制数</th><td class=\"num\">").append(t.staffing().authorized() == null ? "" : t.staffing().authorized())
            .append("</td><th>实有人数</th><td class=\"num\">").append(t.staffing().actual() == null ? "" : t.staffing().actual())
            .append("</td><th>控制率</th><td>").append(escape(t.staffing().controlRate())).append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (!t.spendingControl().isEmpty()) {
        h.append("<table class=\"spending-control\">\n<thead><tr><th>经费控制情况</th><th>上年决算数</th>")
            .append("<th>本年预算数</th><th>本年决算数</th></tr></thead>\n<tbody>\n");
        for (ControlRow r : t.spendingControl()) {
          controlRow(r, 0);
        }
        h.append("</tbody>\n</table>\n");
      }
      if (t.buildings() != null && !t.buildings().rows().isEmpty()) {
        h.append("<table class=\"buildings\">\n<caption>").append(escape(t.buildings().label())).append("</caption>\n")
            .append("<thead><tr><th>项目名称</th><th>批复规模</th><th>实际规模</th><th>规模控制率</th>")
            .append("<th>预算投资</th><th>实际投资</th><th>投资控制率</th></tr></thead>\n<tbody>\n");
        for (BuildingRow b : t.buildings().rows()) {
          h.append("<tr><td>").append(escape(b.name())).append("</td>").append(num(b.approvedScale()))
              .append(num(b.actualScale())).append("<td>").append(escape(b.scaleControlRate())).append("</td>")
              .append(num(b.budgetInvestment())).append(num(b.actualInvestment())).append("<td>")
              .append(escape(b.investmentControlRate())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
      }
      if (t.savingMeasures() != null) {
        h.append("<h3>厉行节约保障措施</h3>\n<p class=\"body\">").append(escape(t.savingMeasures())).append("</p>\n");
      }
      notesAndFooter(t.notes(), t.footer());
    }

    private void controlRow(ControlRow r, int depth) {
      h.append("<tr><td style=\"padding-left:").append(0.4 + 1.5 * depth).append("em\">").append(escape(r.label()))
          .append("</td>").append(num(r.previousYearFinal())).append(num(r.currentYearBudget()))
          .append(num(r.currentYearFinal())).append("</tr>\n");
      for (ControlRow c : r.children()) {
        controlRow(c, depth + 1);
      }
    }

    private void form(SelfEvaluationForm f, String pointer) {
      FormEvaluation fe = formsByPointer.get(pointer);
      extras = extras(f);
      flat = flat(f);
      int x = extras.size();
      int before = (int) extras.stream().filter(e -> e.beforeTarget).count();
      h.append("<h2 id=\"form-").append(escape(f.label())).append("\">附件").append(escape(f.label())).append(' ')
          .append(escape(f.title() != null ? f.title() : f.name())).append("</h2>\n");
      if (f.partial()) {
        String note = f.partialNote();
        h.append("<p class=\"partial\" style=\"text-align:center;font-weight:bold;color:#c05000\">")
            .append(escape(note == null ? "本表不完整" : note.startsWith("本表不完整") ? note : "本表不完整：" + note))
            .append("</p>\n");
      }
      h.append("<table class=\"form\">\n<colgroup>");
      if (x == 0) {
        h.append("<col style=\"width:9%\"><col style=\"width:10%\"><col style=\"width:17%\"><col style=\"width:14%\">")
            .append("<col style=\"width:14%\"><col style=\"width:7%\"><col style=\"width:8%\"><col style=\"width:21%\">");
      } else {
        // the usual columns narrower by the extra ones' share (6 % each)
        double k = (100 - 6.0 * x) / 100;
        double[] base = {9, 10, 17, 14, 14, 7, 8, 21};
        for (int c = 0; c < base.length; c++) {
          if (c == 3) {
            h.append("<col style=\"width:6%\">".repeat(before));
          }
          if (c == 7) {
            h.append("<col style=\"width:6%\">".repeat(x - before));
          }
          h.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", base[c] * k)).append("%\">");
        }
      }
      h.append("</colgroup>\n");
      h.append("<tr><th colspan=\"2\">项目名称</th>").append(cell(f.name(), pointer + "/name", COLUMNS - 2 + x, false))
          .append("</tr>\n");
      h.append("<tr><th colspan=\"2\">主管部门</th>").append(cell(f.supervisingDepartment(), pointer + "/supervisingDepartment", 2, false))
          .append("<th colspan=\"2\">实施单位</th>").append(cell(f.implementingUnit(), pointer + "/implementingUnit", 2 + x, false))
          .append("</tr>\n");
      funds(f, pointer, fe);
      goals(f, pointer);
      indicators(f, pointer);
      String total = computed && fe != null ? fe.computedTotal().toPlainString() : score(f.reportedTotal());
      h.append("<tr><th colspan=\"").append(5 + before).append("\">总分</th>")
          .append(cell(score(f.totalWeight()), pointer + "/totalWeight", 1, true))
          .append(cell(total, pointer + "/reportedTotal", 1, true))
          .append(x == before ? "<td>" : "<td colspan=\"" + (1 + x - before) + "\">");
      if (fe != null) {
        h.append("等级：").append(escape(fe.grade().chinese()));
      }
      h.append("</td></tr>\n</table>\n");
      notesAndFooter(f.notes(), f.footer());
    }

    private void funds(SelfEvaluationForm f, String pointer, @Nullable FormEvaluation fe) {
      List<FundsRow> rows = f.funds().rows();
      if (rows.isEmpty()) {
        return;
      }
      h.append("<tr><th colspan=\"2\" rowspan=\"").append(rows.size() + 1).append("\">项目资金<br>（")
          .append(f.moneyUnit().printed()).append("）</th>")
          .append("<th></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th>")
          .append(extras.isEmpty() ? "<th>" : "<th colspan=\"" + (1 + extras.size()) + "\">").append("执行率 / 得分</th></tr>\n");
      for (int i = 0; i < rows.size(); i++) {
        FundsRow r = rows.get(i);
        String p = pointer + "/funds/rows/" + i;
        String score = score(r.score());
        if (computed && fe != null && i == 0) {
          score = fe.executionScore().toPlainString();
        }
        h.append("<tr>").append(cell(r.label() != null ? r.label() : r.kind().chinese(), p, 1, false))
            .append(cell(plain(r.initialBudget()), p + "/initialBudget", 1, true))
            .append(cell(plain(r.annualBudget()), p + "/annualBudget", 1, true))
            .append(cell(plain(r.executed()), p + "/executed", 1, true))
            .append(cell(score(r.weight()), p + "/weight", 1, true))
            .append(cell(join(r.executionRate(), score), p + "/score", 1 + extras.size(), false)).append("</tr>\n");
      }
      List<FundSplit> splits = new ArrayList<>(f.funds().byIncome());
      splits.addAll(f.funds().byExpenditure());
      if (!splits.isEmpty()) {
        StringBuilder s = new StringBuilder();
        for (FundSplit split : splits) {
          s.append(s.length() == 0 ? "" : "；").append(split.label() != null ? split.label() : split.kind().chinese())
              .append(' ').append(plain(split.amount()));
        }
        h.append("<tr><th colspan=\"2\">资金构成</th>").append(cell(s.toString(), pointer + "/funds", COLUMNS - 2 + extras.size(), false))
            .append("</tr>\n");
      }
    }

    private void goals(SelfEvaluationForm f, String pointer) {
      if (f.goals().isEmpty()) {
        return;
      }
      h.append("<tr><th colspan=\"2\" rowspan=\"").append(f.goals().size() + 1).append("\">年度总体目标</th>")
          .append("<th colspan=\"3\">预期目标</th><th colspan=\"").append(3 + extras.size()).append("\">实际完成情况</th></tr>\n");
      for (int i = 0; i < f.goals().size(); i++) {
        Goal g = f.goals().get(i);
        String p = pointer + "/goals/" + i;
        h.append("<tr>").append(cell(g.expected(), p + "/expected", 3, false))
            .append(cell(g.actual(), p + "/actual", 3 + extras.size(), false)).append("</tr>\n");
      }
    }

    private void indicators(SelfEvaluationForm f, String pointer) {
      if (f.indicators().isEmpty()) {
        return;
      }
      h.append(flat ? "<tr><th colspan=\"3\">指标名称</th>" : "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th>");
      extraHeads(true);
      h.append("<th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th>");
      extraHeads(false);
      h.append("<th>偏差原因分析及改进措施</th></tr>\n");
      for (int g = 0; g < f.indicators().size(); g++) {
        Level1Group l1 = f.indicators().get(g);
        String p1 = pointer + "/indicators/" + g;
        int l1Rows = 0;
        for (Level2Group l2 : l1.children()) {
          l1Rows += Math.max(1, l2.rows().size());
        }
        boolean first1 = true;
        if (l1.children().isEmpty()) {
          h.append("<tr>").append(level1Cell(l1, p1, 1)).append("<td colspan=\"").append(7 + extras.size())
              .append("\"></td></tr>\n");
          continue;
        }
        for (int c = 0; c < l1.children().size(); c++) {
          Level2Group l2 = l1.children().get(c);
          String p2 = p1 + "/children/" + c;
          int l2Rows = Math.max(1, l2.rows().size());
          for (int r = 0; r < l2Rows; r++) {
            h.append("<tr>");
            if (first1 && !flat) {
              h.append(level1Cell(l1, p1, l1Rows));
              first1 = false;
            }
            if (r == 0 && !flat) {
              String label = l2.label() != null ? l2.label() : l2.indicator() != null ? l2.indicator().chinese() : "";
              h.append(cellSpan(label, p2, 1, l2Rows, false));
            }
            if (l2.rows().isEmpty()) {
              h.append("<td colspan=\"").append((flat ? 8 : 6) + extras.size()).append("\"></td></tr>\n");
              continue;
            }
            IndicatorRow row = l2.rows().get(r);
            String p = p2 + "/rows/" + r;
            String score = score(row.score());
            IndicatorScore s = rowsByPointer.get(p);
            if (computed && s != null && s.computed() != null) {
              score = s.computed().toPlainString();
            }
            h.append(flat ? cellSpan(row.name(), p + "/name", 3, 1, false) : cellWithRow(row.name(), p + "/name", p));
            extraCells(row, p, true);
            h.append(cell(row.target(), p + "/target", 1, false))
                .append(cell(row.actual(), p + "/actual", 1, false))
                .append(cell(score(row.weight()), p + "/weight", 1, true))
                .append(cell(score, p + "/score", 1, true));
            extraCells(row, p, false);
            h.append(cell(row.deviationReason(), p + "/deviationReason", 1, false)).append("</tr>\n");
          }
        }
      }
    }

    private void extraHeads(boolean beforeTarget) {
      for (Extra e : extras) {
        if (e.beforeTarget == beforeTarget) {
          h.append("<th>").append(e.header).append("</th>");
        }
      }
    }

    private void extraCells(IndicatorRow row, String p, boolean beforeTarget) {
      for (Extra e : extras) {
        if (e.beforeTarget == beforeTarget) {
          h.append(cell(e.value.apply(row), p + "/" + e.field, 1, false));
        }
      }
    }

    private String level1Cell(Level1Group l1, String p1, int rows) {
      String label = l1.label();
      if (label == null) {
        label = l1.indicator() != null ? l1.indicator().chinese() : "";
        if (l1.weight() != null) {
          label = label + "（" + l1.weight().toPlainString() + "分）";
        }
      }
      return cellSpan(label, p1, 1, rows, false);
    }

    private void report(Report r, String id) {
      String title = r.title() != null ? r.title() : r.cover() != null && r.cover().title() != null ? r.cover().title()
          : "绩效自评报告";
      h.append("<h2 id=\"").append(escape(id)).append("\">");
      if (r.label() != null) {
        h.append("附件").append(escape(r.label())).append(' ');
      }
      h.append(escape(title)).append("</h2>\n");
      if (r.cover() != null && !r.cover().lines().isEmpty()) {
        h.append("<div class=\"cover\">\n");
        for (String line : r.cover().lines()) {
          h.append("<div>").append(escape(line)).append("</div>\n");
        }
        h.append("</div>\n");
      }
      paragraphs(r.preamble());
      for (ReportSection s : r.sections()) {
        section(s, 3);
      }
      paragraphs(r.closing());
    }

    private void section(ReportSection s, int level) {
      int n = Math.min(level, 6);
      h.append("<h").append(n).append('>').append(escape(s.heading())).append("</h").append(n).append(">\n");
      paragraphs(s.paragraphs());
      for (ReportSection c : s.sections()) {
        section(c, level + 1);
      }
    }

    private void paragraphs(List<String> list) {
      for (String p : list) {
        h.append("<p class=\"body\">").append(escape(p)).append("</p>\n");
      }
    }

    private void notesAndFooter(List<String> notes, List<FooterField> footer) {
      for (String n : notes) {
        h.append("<p class=\"note\">").append(escape(n)).append("</p>\n");
      }
      if (!footer.isEmpty()) {
        h.append("<p class=\"footer\">");
        for (int i = 0; i < footer.size(); i++) {
          FooterField f = footer.get(i);
          h.append(i == 0 ? "" : "　　").append(escape(f.label())).append('：').append(escape(f.value()));
        }
        h.append("</p>\n");
      }
    }

    private void findingsList() {
      if (evaluation == null) {
        return;
      }
      h.append("<h2 id=\"findings\">审核意见</h2>\n");
      if (findings.isEmpty()) {
        h.append("<p>未发现问题。</p>\n");
        return;
      }
      h.append("<ol class=\"findings\">\n");
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        h.append("<li id=\"finding-").append(i + 1).append("\"><span class=\"sev-").append(f.severity().name())
            .append("\">[").append(escape(f.severity().chinese())).append("]</span> ")
            .append(escape(f.location().toString())).append("：").append(escape(f.messageZh()));
        if (f.expected() != null || f.found() != null) {
          h.append("（应为 ").append(escape(f.expected())).append("，填报 ").append(escape(f.found())).append("）");
        }
        h.append("</li>\n");
      }
      h.append("</ol>\n");
    }

    private String cellWithRow(@Nullable String text, String pointer, String rowPointer) {
      List<Integer> marks = new ArrayList<>(positions(rowPointer));
      marks.addAll(positions(pointer));
      return td(text, marks, 1, 1, false);
    }

    private String cell(@Nullable String text, String pointer, int colspan, boolean number) {
      return cellSpan(text, pointer, colspan, 1, number);
    }

    private String cellSpan(@Nullable String text, String pointer, int colspan, int rowspan, boolean number) {
      return td(text, positions(pointer), colspan, rowspan, number);
    }

    /** The positions (in the evaluation's list, numbered from 0) of the findings about this pointer. */
    private List<Integer> positions(String pointer) {
      return index.at(pointer).stream().map(FindingIndex.Entry::position).toList();
    }

    private String td(@Nullable String text, List<Integer> marks, int colspan, int rowspan, boolean number) {
      StringBuilder sb = new StringBuilder("<td");
      if (colspan > 1) {
        sb.append(" colspan=\"").append(colspan).append('"');
      }
      if (rowspan > 1) {
        sb.append(" rowspan=\"").append(rowspan).append('"');
      }
      String cls = (number ? "num" : "") + (marks.isEmpty() ? "" : (number ? " " : "") + "finding");
      if (!cls.isEmpty()) {
        sb.append(" class=\"").append(cls).append('"');
      }
      if (!marks.isEmpty()) {
        StringBuilder title = new StringBuilder();
        for (int i : marks) {
          title.append(title.length() == 0 ? "" : "\n").append('[').append(i + 1).append("] ")
              .append(findings.get(i).messageZh());
        }
        sb.append(" title=\"").append(escape(title.toString())).append('"');
      }
      sb.append('>').append(escape(text));
      for (int i : marks) {
        sb.append(" <a href=\"#finding-").append(i + 1).append("\"><sup>[").append(i + 1).append("]</sup></a>");
      }
      return sb.append("</td>").toString();
    }

    private static String num(@Nullable Amount v) {
      return "<td class=\"num\">" + escape(plain(v)) + "</td>";
    }

    private static String plain(@Nullable BigDecimal v) {
      return v == null ? "" : v.toPlainString();
    }

    /** An amount as printed: the number, or the mark ("—"). */
    private static String plain(@Nullable Amount v) {
      return v == null ? "" : v.toString();
    }

    private static String score(@Nullable ScoreCell c) {
      return c == null ? "" : c.toString();
    }

    private static String join(@Nullable String a, String b) {
      if (a == null || a.isEmpty()) {
        return b;
      }
      return b.isEmpty() ? a : a + " / " + b;
    }
  }
}
