package io.github.jixiao.examples.html;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.LevelColumns;
import io.github.jixiao.model.ResultColumns;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportCover;
import io.github.jixiao.model.ReportNumbering;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * HTML 渲染器 — the whole package as one self-contained UTF-8 page (inline CSS, no scripts, no
 * external resources), the kind a department publishes on its portal (公开): a table of contents,
 * the department report, 附件1, 附件2, each 附件3-n and each report (附件5-n) with its cover, laid
 * out with the labels and blocks the official forms print (as the PDF renderer prints them).
 *
 * <p>What the page shows depends on the mode and on one option:
 * <ul>
 *   <li>{@link RenderMode#REPORTED}: the package as printed — reported scores and totals, headings
 *       as written — and, with an evaluation, a 评分汇总 of the reported totals. No grade: the
 *       printed forms carry none (a grade the form prints itself, {@link
 *       SelfEvaluationForm#reportedGrade()}, is shown as printed).</li>
 *   <li>{@link RenderMode#COMPUTED}: jixiao's scores and totals, each form's computed grade, the
 *       reported value noted where it differs.</li>
 *   <li>{@link RenderMode#SUBMISSION}: exactly as printed, nothing added — no summary, no marks,
 *       no colours (black, white and greys only), no findings, no tool name anywhere (nor in the
 *       page's metadata). The table of contents stays: it is the page's way to the attachments,
 *       as bookmarks are the PDF's.</li>
 * </ul>
 *
 * <p>The audit's findings (审核意见) are internal: they are shown only when asked with the option
 * {@value #FINDINGS}{@code =true} (default {@code false}, the page being meant for publication).
 * Then the page lists them, numbered with the package's one numbering ({@link
 * FindingIndex.Entry#number()}, the score JSON's {@code "id"}, the PDF's numbers), counts them per
 * form in the summary, and — in REPORTED mode — marks each cell they are about (class {@code
 * finding}, a {@code title} with the messages, a superscript link outside the value's text).
 * Without the option nothing is marked: a mark without its 审核意见 would say nothing.
 *
 * <p>Report headings are printed as written; with {@link RenderRequest#renumbered()} they are
 * renumbered 一、（一）1.（1） by {@link ReportNumbering}, as the PDF does. Line breaks inside a
 * cell are kept (numbered lists stay one item a line).
 *
 * <p>At phone width (390 px) the page does not overflow: each table scrolls horizontally in its own
 * box, and the indicator name column (三级指标, or 指标名称 of a flat list) stays in view while the
 * other columns scroll.
 *
 * <p>Written only against the public model and the renderer SPI ({@code eval-model}), as an
 * example of a renderer built outside jixiao. All package text is escaped. Deterministic and
 * stateless: no clock, no default locale or time zone.
 */
public final class HtmlRenderer implements Renderer {
  /** The renderer's id: {@value}. */
  public static final String ID = "html";

  /**
   * Option: {@code "true"} shows the audit's findings (审核意见: the list, the counts, and in
   * REPORTED mode the marked cells); {@code "false"}, the default, leaves them out, as a page
   * published as 公开 should. Never shown in SUBMISSION mode nor without an evaluation.
   */
  public static final String FINDINGS = "html.findings";

  /** Every option this renderer knows; any other {@code html.*} option is refused. */
  public static final Set<String> OPTIONS = Set.of(FINDINGS);

  /**
   * The indicator columns some provinces add (issue 14), in printed order: 计量单位 and 指标性质
   * before 年度指标值, the others after 得分. A form gets one only when some row fills it.
   */
  enum Extra {
    UNIT_OF_MEASURE("计量单位", true, "unitOfMeasure", IndicatorRow::unitOfMeasure),
    NATURE("指标性质", true, "nature", IndicatorRow::nature),
    ADJUSTED_TARGET("调整后指标值", false, "adjustedTarget", IndicatorRow::adjustedTarget),
    SCORE_COEFFICIENT("得分系数", false, "scoreCoefficient", IndicatorRow::scoreCoefficient),
    CORE("是否核心指标", false, "core", IndicatorRow::core),
    CRITERIA("评价标准", false, "criteria", IndicatorRow::criteria),
    EXPLANATION("指标说明", false, "explanation", IndicatorRow::explanation);

    final String header;
    final boolean beforeTarget;
    final String field;
    final Function<IndicatorRow, @Nullable String> value;

    Extra(String header, boolean beforeTarget, String field, Function<IndicatorRow, @Nullable String> value) {
      this.header = header;
      this.beforeTarget = beforeTarget;
      this.field = field;
      this.value = value;
    }
  }

  /** An extra column's width in per cent of the table. */
  static double width(Extra e) {
    return e == Extra.CRITERIA || e == Extra.EXPLANATION ? 12 : 6;
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

  /**
   * The page's style. Tables use separate borders (not collapsed) so that a sticky cell keeps its
   * borders while the row scrolls under it; each table sits in a {@code .scroll} box that scrolls
   * horizontally when the table is wider than the screen.
   */
  static final String CSS = """
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
      body{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;margin:0 auto;max-width:1120px;\
      padding:0 1em 3em;color:#222;background:#fff;line-height:1.6;overflow-wrap:anywhere}
      h1{text-align:center;font-size:1.6em;margin:1.2em 0 .3em}
      h2{text-align:center;font-size:1.35em;margin:.2em 0 .8em}
      h3{font-size:1.1em;margin:1em 0 .4em}h4,h5,h6{font-size:1em;margin:.8em 0 .3em}
      .meta{text-align:center;color:#555;margin:0}
      section.part{margin-top:3em;padding-top:.6em;border-top:2px solid #8b0000}
      .attachment{font-weight:bold;font-size:1.15em;margin:0 0 .3em}
      nav.toc{margin:1.5em 0;padding:.6em 1em;border:1px solid #ccc;background:#fafafa}
      nav.toc h2{text-align:left;font-size:1.15em;margin:0 0 .3em}
      nav.toc ul{margin:.2em 0;padding-left:1.4em}
      nav.toc ul ul{columns:2;column-gap:2em}
      nav.toc a{color:#1a4b8c;text-decoration:none}
      .scroll{overflow-x:auto;margin:0;max-width:100%}
      .block{margin:1em 0}
      .block>.scroll+.scroll>table{border-top:0}
      table{border-collapse:separate;border-spacing:0;width:100%;font-size:.9em;background:#fff;\
      border-top:1px solid #555;border-left:1px solid #555}
      th,td{border-right:1px solid #555;border-bottom:1px solid #555;padding:.3em .4em;vertical-align:middle;background:#fff}
      th{background:#f3f3f3;font-weight:bold;text-align:center}
      td.num{text-align:right;white-space:nowrap}
      td.center{text-align:center}
      tr.blank td{height:2em}
      table.summary td:first-child{white-space:nowrap}
      th.side{width:2.6em}
      table.top{min-width:42em}
      table.indicators{min-width:50em}
      table.control{min-width:30em}
      table.buildings{min-width:42em}
      .indicators .name{position:sticky;left:0;z-index:1}
      td.finding{background:#ffe3e3}
      td.changed{background:#fff4d6}
      small.reported{display:block;color:#7a5a00;font-size:.75em}
      sup.mark{font-size:.75em;line-height:0;margin-left:.1em;white-space:nowrap}
      sup.mark a{color:#b00;text-decoration:none}
      mark.finding{background:#ffe3e3}
      p.body{text-indent:2em;margin:.4em 0;text-align:justify}
      p.note,p.footer{margin:.4em 0}
      p.computed-note{text-align:center;color:#666;font-size:.85em;margin:0 0 .6em}
      p.partial{text-align:center;font-weight:bold;color:#c05000}
      .cover{text-align:center;margin:1em 0 2.5em;padding:2em 0 3em;border-bottom:1px dashed #aaa}
      .cover .attachment{text-align:left}
      .cover-title{font-size:1.6em;font-weight:bold;margin:2.5em 0 3em;line-height:1.5}
      .cover-line{margin:.5em 0;font-size:1.1em}
      ol.findings{padding-left:2.6em}
      ol.findings li{margin:.3em 0}
      a.back{text-decoration:none;color:#1a4b8c}
      section.report h3,section.report h4,section.report h5,section.report h6{text-indent:2em}
      .sev-ERROR{color:#b00}.sev-WARNING{color:#a60}.sev-INFO{color:#555}
      .not-gradable{color:#777;background:#eee}
      body.submission a{color:inherit}body.submission th{background:#fff}body.submission p.partial{color:inherit}\
      body.submission section.part{border-top:1px solid #555}body.submission nav.toc{background:#fff}
      @media (max-width:640px){body{padding:0 .6em 2em;font-size:15px}h1{font-size:1.3em}h2{font-size:1.15em}\
      nav.toc ul ul{columns:1}.cover-title{font-size:1.3em;margin:1.5em 0 2em}.cover{padding:1em 0 2em}}
      @media print{section.part{break-before:page;border-top:0}.scroll{overflow:visible}\
      table.top,table.indicators,table.control,table.buildings{min-width:0}\
      .indicators .name{position:static}nav.toc{break-after:page}}
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
    request.rejectUnknownOptions(ID, OPTIONS);
    request.requireEvaluationForComputed();
    boolean findings = flag(request, FINDINGS);
    out.write(new Page(request, findings).html().getBytes(StandardCharsets.UTF_8));
  }

  /** A boolean option: absent is {@code false}; anything but true/false is refused. */
  private static boolean flag(RenderRequest request, String key) throws RenderException {
    String v = request.option(key).orElse("false").strip();
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw new RenderException("HTML 选项 " + key + " 只能是 true 或 false / the HTML option " + key
        + " must be true or false, not \"" + v + "\"");
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

  /** Escaped text whose line breaks stay line breaks ({@code <br>}): one item of a numbered list a line. */
  static String lines(@Nullable String s) {
    if (s == null) {
      return "";
    }
    return escape(s.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br>");
  }

  /** Text on one line: its line breaks dropped (titles in the table of contents). */
  static String oneLine(String s) {
    return s.replace("\r", "").replace("\n", "").strip();
  }

  /**
   * Characters HTML does not allow in text (control characters other than tab, line feed and
   * carriage return, and the non-characters U+FFFE/U+FFFF): shown as U+FFFD, as a browser would.
   */
  private static boolean isHtmlNonCharacter(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
  }

  /** A part of the page, listed in the table of contents. */
  private record Part(String id, String title, @Nullable String group) {}

  /** One rendering: the request, what to show, the HTML being written. */
  private static final class Page {
    /** A quotation in a finding's message (「…」): the text it marks in a report. */
    private static final Pattern QUOTE = Pattern.compile("「([^」]{2,})」");

    private final RenderRequest request;
    private final EvaluationPackage pkg;
    private final @Nullable PackageEvaluation evaluation;
    private final RenderMode mode;
    private final boolean computed;
    private final boolean submission;
    /** Whether the 审核意见 are shown (asked for, not SUBMISSION, an evaluation). */
    private final boolean showFindings;
    /** Whether cells are marked: findings shown, in REPORTED mode. */
    private final boolean marking;
    /** The findings in the package's one numbering; empty when they are not shown. */
    private final FindingIndex index;
    /** The numbers of the findings already marked somewhere on the page. */
    private final Set<Integer> placed = new HashSet<>();
    private final Map<String, FormEvaluation> formsByPointer = new HashMap<>();
    private final Map<String, IndicatorScore> rowsByPointer = new HashMap<>();
    private final List<Part> parts = new ArrayList<>();
    /** Where the HTML goes: the page, or a part being written before its heading. */
    private StringBuilder h = new StringBuilder(1 << 16);
    /** The extra indicator columns of the form being written. */
    private List<Extra> extras = List.of();
    /** Whether the form being written has a flat indicator list. */
    private boolean flat;
    /** The current form's levels' own 分值/得分 columns (a Hainan 评分表's). */
    private LevelColumns levels = LevelColumns.NONE;
    /** Which of 年度指标值, 实际完成值, 偏差原因 the current form prints (a 评分表 only those some row fills). */
    private ResultColumns results = ResultColumns.ALL;

    Page(RenderRequest request, boolean findingsAsked) {
      this.request = request;
      this.pkg = request.pkg();
      this.evaluation = request.evaluation();
      this.mode = request.mode();
      this.computed = mode == RenderMode.COMPUTED;
      this.submission = mode == RenderMode.SUBMISSION;
      this.showFindings = findingsAsked && request.showsFindings();
      this.marking = showFindings && mode == RenderMode.REPORTED;
      this.index = showFindings ? request.findings() : FindingIndex.empty();
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
      StringBuilder body = new StringBuilder(1 << 16);
      h = body;
      summary();
      if (pkg.departmentReport() != null) {
        report(pkg.departmentReport(), "/departmentReport", "department-report", null);
      }
      if (pkg.basicData() != null) {
        basicData(pkg.basicData());
      }
      if (pkg.departmentEvaluation() != null) {
        form(pkg.departmentEvaluation(), "/departmentEvaluation", true);
      }
      for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
        form(pkg.projectEvaluations().get(i), "/projectEvaluations/" + i, false);
      }
      for (int i = 0; i < pkg.projectReports().size(); i++) {
        report(pkg.projectReports().get(i), "/projectReports/" + i, "report-" + i, "reports");
      }
      findingsList();

      h = new StringBuilder(body.length() + 12_000);
      h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      if (!submission) {
        h.append("<meta name=\"generator\" content=\"jixiao eval-examples-html\">\n");
      }
      h.append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
          .append("</style>\n</head>\n").append(submission ? "<body class=\"submission\">" : "<body>")
          .append("\n<header>\n<h1>").append(escape(title));
      if (mode == RenderMode.REPORTED && !showFindings) {
        h.append("（公开）");
      }
      h.append("</h1>\n");
      if (!submission) {
        h.append("<p class=\"meta\">").append(computed ? "按计算" : "按填报");
        if (evaluation != null) {
          h.append(" · 评分规则 ").append(escape(evaluation.profile()));
        }
        if (showFindings) {
          h.append(" · 含审核意见（内部）");
        }
        h.append(" · 生成日期 ").append(escape(request.timestamp().toString().substring(0, 10))).append("</p>\n");
      }
      h.append("</header>\n");
      toc();
      h.append("<main>\n").append(body).append("</main>\n</body>\n</html>\n");
      return h.toString();
    }

    /** 目录: every part in page order, the 附件3 forms and the 附件5 reports each as one group. */
    private void toc() {
      if (parts.isEmpty()) {
        return;
      }
      h.append("<nav class=\"toc\" id=\"toc\" aria-label=\"目录\">\n<h2>目录</h2>\n<ul>\n");
      String open = null;
      for (Part p : parts) {
        if (!Objects.equals(open, p.group())) {
          if (open != null) {
            h.append("</ul></li>\n");
          }
          if (p.group() != null) {
            h.append("<li>").append(p.group().equals("forms") ? "附件3 项目支出绩效自评表" : "附件5 项目支出绩效自评报告")
                .append("\n<ul>\n");
          }
          open = p.group();
        }
        h.append("<li><a href=\"#").append(escape(p.id())).append("\">").append(escape(p.title())).append("</a></li>\n");
      }
      if (open != null) {
        h.append("</ul></li>\n");
      }
      h.append("</ul>\n</nav>\n");
    }

    /** Runs a writer into a buffer of its own and returns what it wrote. */
    private String buffered(Runnable writer) {
      StringBuilder outer = h;
      h = new StringBuilder(1 << 12);
      try {
        writer.run();
        return h.toString();
      } finally {
        h = outer;
      }
    }

    private void summary() {
      if (evaluation == null || submission) {
        return;
      }
      List<SelfEvaluationForm> forms = new ArrayList<>();
      List<String> pointers = new ArrayList<>();
      if (pkg.departmentEvaluation() != null) {
        forms.add(pkg.departmentEvaluation());
        pointers.add("/departmentEvaluation");
      }
      for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
        forms.add(pkg.projectEvaluations().get(i));
        pointers.add("/projectEvaluations/" + i);
      }
      boolean printedGrades = forms.stream().anyMatch(f -> f.reportedGrade() != null);
      parts.add(new Part("summary", "评分汇总", null));
      h.append("<section class=\"part summary\" id=\"summary\">\n<h2>评分汇总</h2>\n");
      h.append("<p class=\"meta\">").append(computed ? "总分与等级按计算（评分规则 " + escape(evaluation.profile()) + "）"
          : "总分为各表填报值").append("</p>\n");
      h.append("<div class=\"scroll\"><table class=\"summary\">\n<thead><tr><th>附件</th><th>名称</th><th>实施单位</th>")
          .append(computed ? "<th>总分（计算）</th><th>等级</th>" : "<th>总分（填报）</th>" + (printedGrades ? "<th>等级（填报）</th>" : ""));
      if (showFindings) {
        h.append("<th>审核意见</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (int i = 0; i < forms.size(); i++) {
        SelfEvaluationForm f = forms.get(i);
        FormEvaluation fe = formsByPointer.get(pointers.get(i));
        h.append("<tr><td><a href=\"#form-").append(escape(f.label())).append("\">附件").append(escape(f.label()))
            .append("</a></td><td>").append(escape(f.name())).append("</td><td>").append(escape(f.implementingUnit()))
            .append("</td>");
        if (computed) {
          h.append("<td class=\"num\">").append(fe == null ? "" : escape(fe.computedTotal().toPlainString())).append("</td>");
          if (fe != null && fe.grade() == Grade.NOT_GRADABLE) {
            h.append("<td class=\"not-gradable\">");
          } else {
            h.append("<td class=\"center\">");
          }
          h.append(fe == null ? "" : escape(fe.grade().chinese())).append("</td>");
        } else {
          h.append("<td class=\"num\">").append(escape(score(f.reportedTotal()))).append("</td>");
          if (printedGrades) {
            h.append("<td class=\"center\">").append(escape(f.reportedGrade())).append("</td>");
          }
        }
        if (showFindings) {
          h.append("<td class=\"num\">").append(index.under(pointers.get(i)).size()).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n</section>\n");
    }

    // ------------------------------------------------------------------ 附件1

    private void basicData(BasicDataTable t) {
      String base = "/basicData";
      int year = pkg.year();
      String unit = t.moneyUnit().printed();
      String title = t.title() != null ? t.title() : year + "年度部门整体支出绩效评价基础数据表";
      parts.add(new Part("basic-data", "附件" + oneLine(t.label()) + " " + oneLine(title), null));
      String body = buffered(() -> {
        h.append("<div class=\"block\">\n");
        Staffing st = t.staffing();
        String sp = base + "/staffing";
        h.append("<div class=\"scroll\"><table class=\"staffing\">\n").append(FOUR).append("<tr>")
            .append(th("财政供养人员情况（人）", 1, 2, "", sp))
            .append("<th>编制数</th><th>").append(year).append("年实际在职人数</th><th>控制率</th></tr>\n<tr>")
            .append(cell(st == null || st.authorized() == null ? null : st.authorized().toString(), "num", 1, 1, sp + "/authorized"))
            .append(cell(st == null || st.actual() == null ? null : st.actual().toString(), "num", 1, 1, sp + "/actual"))
            .append(cell(st == null ? null : st.controlRate(), "num", 1, 1, sp + "/controlRate"))
            .append("</tr>\n</table></div>\n");

        h.append("<div class=\"scroll\"><table class=\"control\">\n").append(FOUR).append("<tr><th>经费控制情况（")
            .append(escape(unit))
            .append("）</th><th>").append(year - 1).append("年决算数</th><th>").append(year).append("年预算数</th><th>")
            .append(year).append("年决算数</th></tr>\n");
        for (int i = 0; i < t.spendingControl().size(); i++) {
          controlRow(t.spendingControl().get(i), base + "/spendingControl/" + i, 0);
        }
        h.append("</table></div>\n");

        String bp = base + "/buildings";
        List<BuildingRow> rows = t.buildings() == null ? List.of() : t.buildings().rows();
        String label = t.buildings() != null && t.buildings().label() != null ? t.buildings().label()
            : "楼堂馆所控制情况（" + year + "年完工项目）";
        h.append("<div class=\"scroll\"><table class=\"buildings\">\n").append(SEVEN).append("<tr>")
            .append(th(label, 1, 1 + Math.max(1, rows.size()), "", bp, bp + "/label"))
            .append("<th>批复规模<br>（㎡）</th><th>实际规模<br>（㎡）</th><th>规模控制率</th><th>预算投资<br>（")
            .append(escape(unit)).append("）</th><th>实际投资<br>（").append(escape(unit))
            .append("）</th><th>投资概算<br>控制率</th></tr>\n");
        if (rows.isEmpty()) {
          h.append("<tr class=\"blank\">").append(empty(6)).append("</tr>\n");
        }
        for (int r = 0; r < rows.size(); r++) {
          BuildingRow b = rows.get(r);
          String p = bp + "/rows/" + r;
          // the name goes with the first value, as the PDF prints it: the official table has no name column
          String first = b.name() == null ? plain(b.approvedScale())
              : b.name() + (b.approvedScale() == null ? "" : "\n" + plain(b.approvedScale()));
          h.append("<tr>").append(cell(first, b.name() == null ? "num" : "center", 1, 1, p, p + "/name", p + "/approvedScale"))
              .append(cell(plain(b.actualScale()), "num", 1, 1, p + "/actualScale"))
              .append(cell(b.scaleControlRate(), "num", 1, 1, p + "/scaleControlRate"))
              .append(cell(plain(b.budgetInvestment()), "num", 1, 1, p + "/budgetInvestment"))
              .append(cell(plain(b.actualInvestment()), "num", 1, 1, p + "/actualInvestment"))
              .append(cell(b.investmentControlRate(), "num", 1, 1, p + "/investmentControlRate")).append("</tr>\n");
        }
        h.append("<tr><th>厉行节约保障措施</th>").append(cell(t.savingMeasures(), "", 6, 1, base + "/savingMeasures"))
            .append("</tr>\n</table></div>\n</div>\n");
        notesAndFooter(t.notes(), t.footer(), base);
      });
      h.append("<section class=\"part basic-data\" id=\"basic-data\">\n<p class=\"attachment\">附件")
          .append(escape(t.label())).append("</p>\n<h2>").append(lines(title)).append(rest(base)).append("</h2>\n")
          .append(body).append("</section>\n");
    }

    /** The columns of 附件1's upper tables, as the PDF's grid: 187, 108, 108, 108 of 511 pt. */
    private static final String FOUR = "<colgroup><col style=\"width:36.6%\"><col style=\"width:21.1%\">"
        + "<col style=\"width:21.1%\"><col style=\"width:21.2%\"></colgroup>\n";
    /** The columns of the 楼堂馆所 table: 103 and six of 68 pt. */
    private static final String SEVEN = "<colgroup><col style=\"width:20.2%\">" + "<col style=\"width:13.3%\">".repeat(6)
        + "</colgroup>\n";

    private void controlRow(ControlRow r, String p, int depth) {
      // sub-rows indented by depth, as the PDF prints them
      String indent = depth == 0 ? "" : " style=\"padding-left:" + String.format(Locale.ROOT, "%.1f", 0.4 + 1.2 * depth) + "em\"";
      h.append("<tr>").append(cellWith(r.label(), "", indent, 1, 1, p, p + "/label", p + "/kind"))
          .append(cell(plain(r.previousYearFinal()), "num", 1, 1, p + "/previousYearFinal"))
          .append(cell(plain(r.currentYearBudget()), "num", 1, 1, p + "/currentYearBudget"))
          .append(cell(plain(r.currentYearFinal()), "num", 1, 1, p + "/currentYearFinal")).append("</tr>\n");
      for (int i = 0; i < r.children().size(); i++) {
        controlRow(r.children().get(i), p + "/children/" + i, depth + 1);
      }
    }

    // ------------------------------------------------------------------ 附件2, 附件3-n

    private void form(SelfEvaluationForm f, String base, boolean department) {
      FormEvaluation fe = formsByPointer.get(base);
      extras = extras(f);
      flat = flat(f);
      levels = f.levelColumns();
      results = f.resultColumns();
      String title = f.title() != null ? f.title()
          : pkg.year() + (department ? "年度部门整体支出绩效自评表" : "年度项目支出绩效自评表");
      String id = "form-" + f.label();
      parts.add(new Part(id, "附件" + oneLine(f.label()) + " " + (department ? oneLine(title) : oneLine(f.name())),
          department ? null : "forms"));
      String body = buffered(() -> {
        if (f.partial()) {
          String note = f.partialNote();
          h.append("<p class=\"partial\">")
              .append(escape(note == null ? "本表不完整" : note.startsWith("本表不完整") ? note : "本表不完整：" + note))
              .append(marks(base + "/partial", base + "/partialNote")).append("</p>\n");
        }
        if (computed && evaluation != null) {
          h.append("<p class=\"computed-note\">按计算（评分规则 ").append(escape(evaluation.profile()))
              .append("）：得分与总分为计算值，与填报不同处以底色标出并注明填报值</p>\n");
        }
        h.append("<div class=\"block\">\n");
        top(f, base, department, fe);
        indicators(f, base, fe);
        h.append("</div>\n");
        notesAndFooter(f.notes(), f.footer(), base);
      });
      h.append("<section class=\"part form\" id=\"").append(escape(id)).append("\">\n<p class=\"attachment\">附件")
          .append(escape(f.label())).append("</p>\n<h2>").append(lines(title)).append(rest(base)).append("</h2>\n")
          .append(body).append("</section>\n");
    }

    /** The upper table: name, units, the funds block, the goals (8 columns: side, label, six values). */
    private void top(SelfEvaluationForm f, String base, boolean department, @Nullable FormEvaluation fe) {
      h.append("<div class=\"scroll\"><table class=\"top\">\n<colgroup><col style=\"width:7%\"><col style=\"width:17%\">")
          .append("<col style=\"width:13%\"><col style=\"width:13%\"><col style=\"width:13%\"><col style=\"width:11%\">")
          .append("<col style=\"width:13%\"><col style=\"width:13%\"></colgroup>\n");
      h.append("<tr><th colspan=\"2\">").append(department ? "预算部门名称" : "项目支出名称").append("</th>")
          .append(cell(f.name(), "", 6, 1, base + "/name")).append("</tr>\n");
      if (!department || f.supervisingDepartment() != null || f.implementingUnit() != null) {
        h.append("<tr><th colspan=\"2\">主管部门</th>")
            .append(cell(f.supervisingDepartment(), "", 2, 1, base + "/supervisingDepartment"))
            .append("<th colspan=\"2\">实施单位</th>")
            .append(cell(f.implementingUnit(), "", 2, 1, base + "/implementingUnit")).append("</tr>\n");
      }
      if (f.printsFunds()) { // a 评分表 without funds or goals prints neither block
        funds(f, base, department, fe);
      }
      if (f.printsGoals()) {
        goals(f, base);
      }
      h.append("</table></div>\n");
    }

    private void funds(SelfEvaluationForm f, String base, boolean department, @Nullable FormEvaluation fe) {
      List<FundsRow> rows = f.funds().rows();
      List<FundSplit> income = f.funds().byIncome();
      List<FundSplit> spend = f.funds().byExpenditure();
      int splitRows = income.isEmpty() && spend.isEmpty() ? 0 : 1 + Math.max(income.size(), spend.size());
      String unit = "（" + f.moneyUnit().printed() + "）";
      h.append("<tr><th class=\"side\" rowspan=\"").append(1 + rows.size() + splitRows).append("\">")
          .append(department ? "年度预算申请<br>" : "项目资金<br>").append(escape(unit)).append("</th>")
          .append("<th></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>\n");
      int total = firstTotal(rows);
      for (int i = 0; i < rows.size(); i++) {
        FundsRow r = rows.get(i);
        String p = base + "/funds/rows/" + i;
        BigDecimal computedScore = computed && fe != null && i == total ? fe.executionScore() : null;
        h.append("<tr>").append(cell(r.label() != null ? r.label() : r.kind().chinese(), "", 1, 1, p, p + "/label", p + "/kind"))
            .append(cell(plain(r.initialBudget()), "num", 1, 1, p + "/initialBudget"))
            .append(cell(plain(r.annualBudget()), "num", 1, 1, p + "/annualBudget"))
            .append(cell(plain(r.executed()), "num", 1, 1, p + "/executed"))
            .append(cell(score(r.weight()), "num", 1, 1, p + "/weight"))
            .append(cell(r.executionRate(), "num", 1, 1, p + "/executionRate"))
            .append(scoreCell(r.score(), computedScore, p + "/score")).append("</tr>\n");
      }
      if (splitRows > 0) {
        h.append("<tr><td colspan=\"4\">按收入性质分：</td><td colspan=\"3\">按支出性质分：</td></tr>\n");
        for (int i = 0; i < splitRows - 1; i++) {
          h.append("<tr>").append(split(income, i, base + "/funds/byIncome/" + i, 4))
              .append(split(spend, i, base + "/funds/byExpenditure/" + i, 3)).append("</tr>\n");
        }
      }
    }

    private static int firstTotal(List<FundsRow> rows) {
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).kind() == FundsRowKind.TOTAL) {
          return i;
        }
      }
      return -1;
    }

    private String split(List<FundSplit> list, int i, String p, int colspan) {
      if (i >= list.size()) {
        return colspan == 1 ? "<td></td>" : "<td colspan=\"" + colspan + "\"></td>";
      }
      FundSplit s = list.get(i);
      String text = (i == 0 ? "其中：" : "") + (s.label() != null ? s.label() : s.kind().chinese()) + "："
          + (s.amount() == null ? "" : s.amount().toString());
      return cell(text, "", colspan, 1, p, p + "/amount", p + "/label");
    }

    private void goals(SelfEvaluationForm f, String base) {
      int n = Math.max(1, f.goals().size());
      h.append("<tr><th class=\"side\" rowspan=\"").append(1 + n).append("\">年度<br>总体<br>目标</th>")
          .append("<th colspan=\"4\">预期目标</th><th colspan=\"3\">实际完成情况</th></tr>\n");
      for (int i = 0; i < n; i++) {
        Goal g = i < f.goals().size() ? f.goals().get(i) : null;
        String p = base + "/goals/" + i;
        h.append("<tr>").append(cell(g == null ? null : g.expected(), "", 4, 1, p, p + "/expected"))
            .append(cell(g == null ? null : g.actual(), "", 3, 1, p + "/actual")).append("</tr>\n");
      }
    }

    /** The number of table rows a level-1 group takes. */
    private static int rows(Level1Group g) {
      int n = 0;
      for (Level2Group c : g.children()) {
        n += Math.max(1, c.rows().size());
      }
      return Math.max(1, n);
    }

    /** The indicator table: 绩效指标, 一级/二级/三级 (or 指标名称), the values, 总分. */
    private void indicators(SelfEvaluationForm f, String base, @Nullable FormEvaluation fe) {
      int x = extras.size();
      int before = (int) extras.stream().filter(e -> e.beforeTarget).count();
      int names = flat ? 1 : 3;
      int l1Figures = levels.level1Count();
      int l2Figures = levels.level2Count();
      int columns = 1 + names + l1Figures + l2Figures + x + 2 + results.count();
      String band = f.band(); // a band printed above the indicator table ("年度绩效目标1（80分）")
      if (band != null) {
        h.append("<p class=\"band\">").append(escape(band)).append(marks(base + "/indicatorsLabel"))
            .append(marks(base + "/indicatorsWeight")).append("</p>\n");
      }
      h.append("<div class=\"scroll\"><table class=\"indicators").append(flat ? " flat" : "").append("\">\n<colgroup>");
      colgroup(l1Figures, l2Figures);
      h.append("</colgroup>\n");
      int data = 0;
      for (Level1Group g : f.indicators()) {
        data += rows(g);
      }
      data = Math.max(1, data);
      h.append("<tr><th class=\"side\" rowspan=\"").append(1 + data).append("\">绩<br>效<br>指<br>标</th>")
          .append(flat ? "<th class=\"name\">指标名称</th>" : "<th>一级指标</th>" + figureHeads(levels.level1Weight(),
              levels.level1Score()) + "<th>二级指标</th>" + figureHeads(levels.level2Weight(), levels.level2Score())
              + "<th class=\"name\">三级指标</th>");
      extraHeads(true);
      h.append(results.target() ? "<th>年度指标值</th>" : "").append(results.actual() ? "<th>实际完成值</th>" : "")
          .append("<th>分值</th><th>得分</th>");
      extraHeads(false);
      h.append(results.reason() ? "<th>偏差原因分析及改进措施</th>" : "").append("</tr>\n");
      if (f.indicators().isEmpty()) {
        h.append("<tr class=\"blank\">").append(empty(columns - 1)).append("</tr>\n");
      }
      for (int g = 0; g < f.indicators().size(); g++) {
        Level1Group l1 = f.indicators().get(g);
        String gp = base + "/indicators/" + g;
        boolean first = true;
        if (l1.children().isEmpty()) {
          h.append("<tr>");
          if (!flat) {
            h.append(level1Cell(l1, gp, 1));
            figures(levels.level1Weight(), levels.level1Score(), l1.weight() == null ? null
                : l1.weight().toPlainString(), l1.score(), gp, 1);
          }
          h.append(empty(columns - 1 - (flat ? 0 : 1 + l1Figures))).append("</tr>\n");
          continue;
        }
        for (int c = 0; c < l1.children().size(); c++) {
          Level2Group l2 = l1.children().get(c);
          String cp = gp + "/children/" + c;
          int l2Rows = Math.max(1, l2.rows().size());
          for (int r = 0; r < l2Rows; r++) {
            h.append("<tr>");
            if (first && !flat) {
              h.append(level1Cell(l1, gp, rows(l1)));
              figures(levels.level1Weight(), levels.level1Score(), l1.weight() == null ? null
                  : l1.weight().toPlainString(), l1.score(), gp, rows(l1));
            }
            first = false;
            if (r == 0 && !flat) {
              String label = l2.label() != null ? l2.label() : l2.indicator() != null ? l2.indicator().chinese() : null;
              h.append(cell(label, "center", 1, l2Rows, cp, cp + "/label", cp + "/indicator"));
              figures(levels.level2Weight(), levels.level2Score(), score(l2.weight()), l2.score(), cp, l2Rows);
            }
            if (l2.rows().isEmpty()) {
              h.append(empty(columns - 1 - (flat ? 0 : 2 + l1Figures + l2Figures))).append("</tr>\n");
              continue;
            }
            // a group scored as a whole: one 分值 and 得分 beside all its rows
            boolean whole = l2.scoredAsWhole();
            row(l2.rows().get(r), cp + "/rows/" + r, whole ? l2 : null, cp, r);
            h.append("</tr>\n");
          }
        }
      }
      total(f, base, fe, names + l1Figures + l2Figures + before);
      h.append("</table></div>\n");
    }

    private void colgroup(int l1Figures, int l2Figures) {
      // side, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差; a flat list's name takes the three name columns
      double[] base = flat ? new double[] {3.5, 31.5, 15, 15, 5.5, 5.5, 24}
          : new double[] {3.5, 9, 9.5, 14, 14, 14, 5.5, 5.5, 25};
      int target = flat ? 2 : 4;
      int reason = base.length - 1;
      // the extra columns: 6 % each, the 评分表's text (评价标准, 指标说明) 12 %
      double extraWidth = extras.stream().mapToDouble(HtmlRenderer::width).sum();
      double k = (100 - extraWidth - 5.5 * (l1Figures + l2Figures)) / 100;
      // a 评分表's result columns no row fills are not printed: their room goes to its 评价标准 and 指标说明
      boolean[] printed = new boolean[base.length];
      java.util.Arrays.fill(printed, true);
      printed[target] = results.target();
      printed[target + 1] = results.actual();
      printed[reason] = results.reason();
      double freed = 0;
      for (int c = 0; c < base.length; c++) {
        freed += printed[c] ? 0 : base[c] * k;
      }
      // (a form prints fewer only when it has one of them: ResultColumns)
      long texts = extras.stream().filter(e -> width(e) > 6).count();
      double bonus = texts == 0 ? 0 : freed / texts;
      for (int c = 0; c < base.length; c++) {
        if (c == 2) {
          h.append("<col style=\"width:5.5%\">".repeat(l1Figures));
        }
        if (c == 3) {
          h.append("<col style=\"width:5.5%\">".repeat(l2Figures));
        }
        for (Extra e : extras) {
          if (c == (e.beforeTarget ? target : reason)) {
            double ew = width(e) > 6 ? width(e) + bonus : width(e);
            h.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.0f", ew)).append("%\">");
          }
        }
        if (printed[c]) {
          h.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.1f", base[c] * k)).append("%\">");
        }
      }
    }

    /** Empty cells for a row without indicators. */
    private static String empty(int n) {
      return "<td></td>".repeat(n);
    }

    private void row(IndicatorRow row, String p, @Nullable Level2Group whole, String groupPointer, int index) {
      h.append(cell(row.name(), "name", 1, 1, p, p + "/name"));
      extraCells(row, p, true);
      if (results.target()) {
        h.append(cell(row.target(), "", 1, 1, p + "/target"));
      }
      if (results.actual()) {
        h.append(cell(row.actual(), "", 1, 1, p + "/actual"));
      }
      int n = whole == null ? 1 : whole.rows().size();
      if (whole == null || !levels.weightBesideRows(whole)) {
        h.append(cell(score(row.weight()), "num", 1, 1, p + "/weight"));
      } else if (index == 0) {
        h.append(cell(score(whole.weight()), "num", 1, n, groupPointer + "/weight"));
      }
      if (whole == null || !levels.scoreBesideRows(whole)) {
        IndicatorScore s = rowsByPointer.get(p);
        h.append(scoreCell(row.score(), computed && s != null ? s.computed() : null, p + "/score"));
      } else if (index == 0) {
        IndicatorScore s = rowsByPointer.get(groupPointer);
        h.append(spanning(scoreCell(whole.score(), computed && s != null ? s.computed() : null,
            groupPointer + "/score"), n));
      }
      extraCells(row, p, false);
      if (results.reason()) {
        h.append(cell(row.deviationReason(), "", 1, 1, p + "/deviationReason"));
      }
    }

    private void total(SelfEvaluationForm f, String base, @Nullable FormEvaluation fe, int beforeWeight) {
      int after = (results.reason() ? 1 : 0) + extras.size() - (int) extras.stream().filter(e -> e.beforeTarget).count();
      int label = beforeWeight + 1 + (results.target() ? 1 : 0) + (results.actual() ? 1 : 0);
      String grade = null;
      boolean notGradable = false;
      if (computed && fe != null) {
        grade = "等级：" + fe.grade().chinese();
        notGradable = fe.grade() == Grade.NOT_GRADABLE;
      } else if (!computed && f.reportedGrade() != null) {
        grade = "等级：" + f.reportedGrade();
      }
      // a 评分表 whose 得分 is its last column (Hainan: 分值 and 得分 only) has no cell after it: the grade joins 总分
      String head = after > 0 || grade == null ? "总分" : "总分（" + escape(grade) + "）";
      h.append("<tr class=\"total\"><th colspan=\"").append(label).append("\">").append(head)
          .append(after > 0 ? "" : marks(base + "/reportedGrade")).append("</th>")
          .append(cell(score(f.totalWeight()), "num", 1, 1, base + "/totalWeight"))
          .append(scoreCell(f.reportedTotal(), computed && fe != null ? fe.computedTotal() : null, base + "/reportedTotal"));
      if (after == 0) {
        h.append("</tr>\n");
        return;
      }
      h.append("<td class=\"").append(notGradable ? "grade not-gradable" : "grade center").append('"')
          .append(after > 1 ? " colspan=\"" + after + "\"" : "").append('>')
          .append(grade == null ? "" : escape(grade)).append(marks(base + "/reportedGrade")).append("</td></tr>\n");
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
          h.append(cell(e.value.apply(row), "", 1, 1, p + "/" + e.field));
        }
      }
    }

    /** The 分值 and 得分 headers of a level's own columns, where printed. */
    private static String figureHeads(boolean weight, boolean score) {
      return (weight ? "<th>分值</th>" : "") + (score ? "<th>得分</th>" : "");
    }

    /** A level's own 分值 and 得分 cells, where the table prints them, merged down over the group's rows. */
    private void figures(boolean weightColumn, boolean scoreColumn, @Nullable String weight, @Nullable ScoreCell score,
        String pointer, int rows) {
      if (weightColumn) {
        h.append(cell(weight, "num", 1, rows, pointer + "/weight"));
      }
      if (scoreColumn) {
        IndicatorScore s = rowsByPointer.get(pointer);
        h.append(spanning(scoreCell(score, computed && s != null ? s.computed() : null, pointer + "/score"), rows));
      }
    }

    /** A cell merged down over {@code rows} rows. */
    private static String spanning(String td, int rows) {
      return td.replaceFirst("^<td", rows > 1 ? "<td rowspan=\"" + rows + "\"" : "<td");
    }

    private String level1Cell(Level1Group l1, String gp, int rows) {
      String label = l1.label();
      if (label == null) {
        label = l1.indicator() != null ? l1.indicator().chinese() : "";
        if (l1.weight() != null && !levels.level1Weight()) {
          label = label + "（" + l1.weight().toPlainString() + "分）";
        }
      }
      return cell(label, "center", 1, rows, gp, gp + "/label", gp + "/weight", gp + "/indicator");
    }

    /**
     * A score: the reported one, or in COMPUTED mode the computed one, marked {@code changed} with
     * the reported value in its title when they differ.
     */
    private String scoreCell(@Nullable ScoreCell reported, @Nullable BigDecimal computedValue, String pointer) {
      if (computedValue == null) {
        return cell(score(reported), "num", 1, 1, pointer);
      }
      boolean same = reported != null && reported.value() != null && reported.value().compareTo(computedValue) == 0;
      if (same) {
        return cell(computedValue.toPlainString(), "num", 1, 1, pointer);
      }
      // the reported value noted below the computed one, in an element of its own (never in the number's text)
      String was = reported == null ? "（空）" : reported.toString();
      String td = cellWith(computedValue.toPlainString(), "num changed", " title=\"填报：" + escape(was) + "\"", 1, 1, pointer);
      return td.substring(0, td.length() - 5) + "<small class=\"reported\">填报 " + escape(was) + "</small></td>";
    }

    // ------------------------------------------------------------------ reports

    private void report(Report r, String base, String id, @Nullable String group) {
      ReportCover cover = r.cover();
      String title = r.title() != null && !r.title().isBlank() ? r.title() : null;
      String ownCover = cover != null && cover.title() != null && !cover.title().isBlank() ? cover.title() : null;
      parts.add(new Part(id, tocTitle(r, base, ownCover, title), group));
      // a cover without a title of its own shows the report's title, as the PDF prints it
      String coverTitle = cover == null ? null : ownCover != null ? ownCover : title;
      // findings quoting a sentence of the report mark that sentence
      List<FindingIndex.Entry> quoted = new ArrayList<>();
      if (marking) {
        for (FindingIndex.Entry e : index.under(base)) {
          Matcher m = QUOTE.matcher(e.finding().messageZh());
          if (m.find()) {
            quoted.add(e);
          }
        }
      }
      String body = buffered(() -> {
        paragraphs(r.preamble(), base + "/preamble", quoted);
        for (int i = 0; i < r.sections().size(); i++) {
          section(r.sections().get(i), base + "/sections/" + i, 0, i + 1, quoted);
        }
        paragraphs(r.closing(), base + "/closing", quoted);
      });
      String rest = rest(base);
      h.append("<section class=\"part report\" id=\"").append(escape(id)).append("\">\n");
      if (cover != null) {
        h.append("<div class=\"cover\">\n");
        if (r.label() != null) {
          h.append("<p class=\"attachment\">附件").append(escape(r.label())).append("</p>\n");
        }
        if (coverTitle != null) {
          String tag = title == null ? "h2" : "p";
          h.append('<').append(tag).append(" class=\"cover-title\">").append(lines(coverTitle))
              .append(title == null ? rest : "").append("</").append(tag).append(">\n");
        }
        for (String line : cover.lines()) {
          h.append("<p class=\"cover-line\">").append(lines(line)).append("</p>\n");
        }
        h.append("</div>\n");
      } else if (r.label() != null) {
        h.append("<p class=\"attachment\">附件").append(escape(r.label())).append("</p>\n");
      }
      if (title != null) {
        h.append("<h2 class=\"report-title\">").append(lines(title)).append(rest).append("</h2>\n");
      } else if (coverTitle == null && !rest.isEmpty()) {
        h.append("<p class=\"report-marks\">").append(rest).append("</p>\n");
      }
      h.append(body).append("</section>\n");
    }

    /** The report's entry in the table of contents: 附件5-n and its own title (the cover's, else the text's). */
    private String tocTitle(Report r, String base, @Nullable String coverTitle, @Nullable String title) {
      String own = coverTitle != null ? coverTitle : title;
      if (own == null) {
        String name = r.projectId() == null ? null : pkg.project(r.projectId()).map(Project::name).orElse(null);
        own = base.equals("/departmentReport") ? "部门整体支出绩效自评报告"
            : (name == null ? "" : name) + "项目支出绩效自评报告";
      }
      return (r.label() != null ? "附件" + oneLine(r.label()) + " " : "") + oneLine(own);
    }

    private void section(ReportSection s, String p, int depth, int index, List<FindingIndex.Entry> quoted) {
      // as written, unless the request asks for 一、（一）1.（1）
      String heading = request.renumbered() ? ReportNumbering.renumber(s.heading(), depth, index) : s.heading().strip();
      int n = Math.min(depth + 3, 6);
      h.append("<h").append(n).append('>').append(lines(heading)).append(marks(p + "/heading"))
          .append("</h").append(n).append(">\n");
      paragraphs(s.paragraphs(), p + "/paragraphs", quoted);
      int offset = ReportNumbering.subsectionOffset(s);
      for (int i = 0; i < s.sections().size(); i++) {
        section(s.sections().get(i), p + "/sections/" + i, depth + 1, offset + i + 1, quoted);
      }
    }

    private void paragraphs(List<String> list, String p, List<FindingIndex.Entry> quoted) {
      for (int i = 0; i < list.size(); i++) {
        h.append("<p class=\"body\">").append(quote(list.get(i), quoted)).append(marks(p + "/" + i)).append("</p>\n");
      }
    }

    /** The paragraph, each sentence a finding quotes (and not yet marked) highlighted and marked. */
    private String quote(String text, List<FindingIndex.Entry> quoted) {
      StringBuilder out = new StringBuilder();
      String rest = text;
      for (FindingIndex.Entry e : quoted) {
        if (placed.contains(e.number())) {
          continue;
        }
        Matcher m = QUOTE.matcher(e.finding().messageZh());
        if (!m.find()) {
          continue;
        }
        int at = rest.indexOf(m.group(1));
        if (at < 0) {
          continue;
        }
        out.append(lines(rest.substring(0, at))).append("<mark class=\"finding\" title=\"")
            .append(escape("[" + e.number() + "] " + e.finding().messageZh())).append("\">")
            .append(lines(m.group(1))).append("</mark>").append(sup(List.of(e)));
        rest = rest.substring(at + m.group(1).length());
      }
      return out.append(lines(rest)).toString();
    }

    // ------------------------------------------------------------------ shared

    private void notesAndFooter(List<String> notes, List<FooterField> footer, String base) {
      for (int i = 0; i < notes.size(); i++) {
        h.append("<p class=\"note\">").append(lines(notes.get(i))).append(marks(base + "/notes/" + i)).append("</p>\n");
      }
      if (!footer.isEmpty()) {
        h.append("<p class=\"footer\">");
        for (int i = 0; i < footer.size(); i++) {
          FooterField f = footer.get(i);
          h.append(i == 0 ? "" : "　　　").append(escape(f.label())).append('：')
              .append(f.value() == null ? "　　　" : escape(f.value())).append(marks(base + "/footer/" + i));
        }
        h.append("</p>\n");
      }
    }

    private void findingsList() {
      if (!showFindings) {
        return;
      }
      parts.add(new Part("findings", "审核意见", null));
      h.append("<section class=\"part findings\" id=\"findings\">\n<h2>审核意见</h2>\n");
      if (index.isEmpty()) {
        h.append("<p>未发现问题。</p>\n</section>\n");
        return;
      }
      Map<Severity, Integer> counts = index.counts();
      h.append("<p class=\"meta\">共 ").append(index.size()).append(" 条：");
      for (Severity s : Severity.values()) {
        h.append(s == Severity.ERROR ? "" : "，").append(s.chinese()).append(' ').append(counts.get(s));
      }
      h.append("</p>\n<ol class=\"findings\">\n");
      for (FindingIndex.Entry e : index.all()) {
        Finding f = e.finding();
        String where = f.location().pointer().isEmpty() ? "材料整体" : f.location().toString();
        h.append("<li id=\"finding-").append(e.number()).append("\" value=\"").append(e.number())
            .append("\"><span class=\"sev-").append(f.severity().name()).append("\">[")
            .append(escape(f.severity().chinese())).append("]</span> ").append(escape(where)).append("：")
            .append(escape(f.messageZh()));
        // a comparison (附件1 against a form, text against a table) says in its message which is which
        if (f.code().expectedIsCorrection()) {
          if (f.expected() != null && f.found() != null) {
            h.append("（应为 ").append(escape(f.expected())).append("，填报 ").append(escape(f.found())).append("）");
          } else if (f.expected() != null) {
            h.append("（应为 ").append(escape(f.expected())).append("）");
          } else if (f.found() != null) {
            h.append("（填报 ").append(escape(f.found())).append("）");
          }
        }
        if (marking && placed.contains(e.number())) {
          h.append(" <a class=\"back\" href=\"#mark-").append(e.number()).append("\" aria-label=\"回到标注处\">↩</a>");
        }
        h.append("</li>\n");
      }
      h.append("</ol>\n</section>\n");
    }

    /** The findings under {@code base} not marked anywhere else, as marks (for the part's heading). */
    private String rest(String base) {
      if (!marking) {
        return "";
      }
      List<FindingIndex.Entry> rest = new ArrayList<>();
      for (FindingIndex.Entry e : index.under(base)) {
        if (!placed.contains(e.number())) {
          rest.add(e);
        }
      }
      return sup(rest);
    }

    /** Marks for the findings at these pointers (none unless marking). */
    private String marks(String... pointers) {
      return sup(at(pointers));
    }

    private List<FindingIndex.Entry> at(String... pointers) {
      if (!marking) {
        return List.of();
      }
      List<FindingIndex.Entry> out = new ArrayList<>();
      for (String p : pointers) {
        for (FindingIndex.Entry e : index.at(p)) {
          if (!out.contains(e)) {
            out.add(e);
          }
        }
      }
      return out;
    }

    /** Superscript links to 审核意见, outside the value's text: {@code <sup class="mark"><a>[n]</a></sup>}. */
    private String sup(List<FindingIndex.Entry> entries) {
      StringBuilder sb = new StringBuilder();
      for (FindingIndex.Entry e : entries) {
        sb.append("<sup class=\"mark\"");
        if (placed.add(e.number())) {
          sb.append(" id=\"mark-").append(e.number()).append('"');
        }
        sb.append("><a href=\"#finding-").append(e.number()).append("\">[").append(e.number()).append("]</a></sup>");
      }
      return sb.toString();
    }

    /** A header cell, with the marks of the findings at its pointers. */
    private String th(String text, int colspan, int rowspan, String cls, String... pointers) {
      String td = cell(text, cls, colspan, rowspan, pointers);
      return "<th" + td.substring(3, td.length() - 5) + "</th>";
    }

    /**
     * A data cell: the text (line breaks kept), its class ({@code num} right-aligned), its spans,
     * and when marking the class {@code finding}, a title with the messages and the marks of the
     * findings at its pointers.
     */
    private String cell(@Nullable String text, String cls, int colspan, int rowspan, String... pointers) {
      return cellWith(text, cls, "", colspan, rowspan, pointers);
    }

    /** A data cell with more attributes ({@code attrs}: escaped, each with a leading space). */
    private String cellWith(@Nullable String text, String cls, String attrs, int colspan, int rowspan, String... pointers) {
      List<FindingIndex.Entry> marks = at(pointers);
      StringBuilder sb = new StringBuilder("<td").append(attrs);
      String classes = (cls + (marks.isEmpty() ? "" : " finding")).strip();
      if (!classes.isEmpty()) {
        sb.append(" class=\"").append(classes).append('"');
      }
      if (colspan > 1) {
        sb.append(" colspan=\"").append(colspan).append('"');
      }
      if (rowspan > 1) {
        sb.append(" rowspan=\"").append(rowspan).append('"');
      }
      if (!marks.isEmpty()) {
        StringBuilder title = new StringBuilder();
        for (FindingIndex.Entry e : marks) {
          title.append(title.length() == 0 ? "" : "\n").append('[').append(e.number()).append("] ")
              .append(e.finding().messageZh());
        }
        sb.append(" title=\"").append(escape(title.toString())).append('"');
      }
      return sb.append('>').append(lines(text)).append(sup(marks)).append("</td>").toString();
    }

    /** An amount as printed: the number, or the mark ("—"). */
    private static String plain(@Nullable Amount v) {
      return v == null ? "" : v.toString();
    }

    private static String score(@Nullable ScoreCell c) {
      return c == null ? "" : c.toString();
    }
  }
}
