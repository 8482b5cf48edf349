package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.render.xlsx.layout.MetaSheet;
import io.github.jixiao.render.xlsx.layout.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders one package into one workbook: the forms, 汇总, 审核意见 and the hidden meta sheet.
 * Findings are numbered and counted only from {@link RenderRequest#findings()}: the package's one
 * numbering (the same ids as the PDF, the HTML and the score JSON), a finding counted under the
 * form whose value it is about (its pointer), whichever evaluation reported it.
 */
final class PackageWorkbook {
  /** Excel's limit for the text of one cell: the text limit every reader keeps too (docs/LIMITS.md). */
  static final int MAX_CELL_TEXT = io.github.jixiao.model.io.Limits.TEXT_CHARACTERS;
  static final String SUMMARY_SHEET = "汇总";
  static final String FINDINGS_SHEET = "审核意见";

  private final RenderRequest request;
  private final EvaluationPackage pkg;
  private final @Nullable PackageEvaluation evaluation;
  private final FindingIndex findings;
  private final Map<String, FormEvaluation> evaluations = new HashMap<>();

  /** The sheet of each form, by attachment label. */
  private final Map<String, String> sheetOfForm = new LinkedHashMap<>();
  /** Cells of a sheet showing a value outside the sheet's own part of the package (none so far). */
  private final Map<String, Grid.Cell> stray = new HashMap<>();
  /** Where the cell of each finding's pointer is, for 审核意见's links. */
  private final Map<String, FindingsSheet.Target> targets = new HashMap<>();
  private final Set<String> names = new HashSet<>();

  private PackageWorkbook(RenderRequest request) {
    this.request = request;
    this.pkg = request.pkg();
    this.evaluation = request.evaluation();
    this.findings = request.findings();
    if (evaluation != null) {
      evaluation.evaluations().forEach(e -> evaluations.put(e.pointer(), e));
    }
  }

  static void render(RenderRequest request, OutputStream out) throws RenderException, IOException {
    new PackageWorkbook(request).write(out);
  }

  private void write(OutputStream out) throws RenderException, IOException {
    boolean computed = request.mode() == RenderMode.COMPUTED;
    if (computed && evaluation == null) {
      throw new RenderException("the computed mode (按计算) needs the package's evaluation: score the package and put "
          + "the result in RenderRequest.evaluation (按计算模式需要评分结果)");
    }
    FormLayout.Mode mode = computed ? FormLayout.Mode.COMPUTED : FormLayout.Mode.REPORTED;
    // one sheet at a time: laid out, marked, written and sealed (deflated) before the next, so that a
    // package of thousands of forms never holds the layout of more than one (issue 19: growth)
    XmlWorkbook wb = new XmlWorkbook();
    wb.activeSheet(0);
    GridWriter writer = new GridWriter(wb.styles);
    // as reported with findings: a printed column says what each coloured cell means
    boolean marked = !computed && request.showsFindings();
    boolean anySheet = false;
    if (pkg.basicData() != null) {
      String name = sheetName(pkg.basicData().label());
      sheetOfForm.put(pkg.basicData().label(), name);
      sheet(BasicDataLayout.of(name, pkg.basicData(), pkg.year(), computed), "/basicData", wb, writer, marked);
      anySheet = true;
    }
    if (pkg.departmentEvaluation() != null) {
      form(pkg.departmentEvaluation(), "/departmentEvaluation", true, mode, wb, writer, marked);
      anySheet = true;
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      form(pkg.projectEvaluations().get(i), "/projectEvaluations/" + i, false, mode, wb, writer, marked);
      anySheet = true;
    }
    boolean submission = request.mode() == RenderMode.SUBMISSION;
    if (submission) {
      // the copy to file: the forms as printed and nothing of jixiao's — no 汇总 or 审核意见 (jixiao's
      // own sheets), no hidden data sheet (its name and magic say jixiao), no application or author
      wb.anonymous();
      wb.title(pkg.year() + "年度 " + pkg.department() + " 绩效自评");
      if (!anySheet) {
        // a workbook needs a sheet: a package without forms (reports only) says so on one
        XmlSheet note = wb.sheet(uniqueName("说明"));
        note.row(0).height(24).cell(0).text(Values.cellText(pkg.year() + "年度 " + pkg.department()
            + "：本数据包没有自评表（附件1、附件2、附件3）")).style(wb.styles.get(Style.PLAIN.wrap(false)));
        note.columnWidth(0, 80);
      }
    } else {
      String title = pkg.year() + "年度 " + pkg.department() + " 绩效自评汇总";
      XlsxSummary.writeSheet(wb.sheet(uniqueName(SUMMARY_SHEET)), wb.styles, title, summaryLines().iterator(),
          true);
      FindingsSheet.write(wb.sheet(uniqueName(FINDINGS_SHEET)), wb.styles, evaluation == null ? null : findings.all(),
          this::target);
      Meta.write(wb, pkg, request.mode().name());
      wb.title(pkg.year() + "年度 " + pkg.department() + " 绩效自评（" + (computed ? "按计算" : "按填报") + "）");
    }
    if (computed) {
      wb.recalculateOnLoad();
    }
    wb.write(out, request.timestamp());
  }

  private void form(SelfEvaluationForm form, String pointer, boolean department, FormLayout.Mode mode, XmlWorkbook wb,
      GridWriter writer, boolean marked) throws RenderException, IOException {
    FormEvaluation e = evaluations.get(pointer);
    if (mode == FormLayout.Mode.COMPUTED && e == null) {
      throw new RenderException("附件" + form.label() + " (" + pointer + "): the evaluation has no result for this form; "
          + "evaluate this same package and render again (评分结果与数据包不符)");
    }
    String name = sheetName(form.label());
    sheetOfForm.put(form.label(), name);
    sheet(FormLayout.of(name, form, pointer, department, mode, e).grid(), pointer, wb, writer, marked);
  }

  /**
   * Checks a laid-out sheet's texts, marks the findings about the values under {@code root} on their
   * cells, writes it and seals it; keeps only where each finding's cell is (for 审核意见's links).
   */
  private void sheet(Grid g, String root, XmlWorkbook wb, GridWriter writer, boolean marked)
      throws RenderException, IOException {
    Map<String, Grid.Cell> local = new HashMap<>();
    for (Grid.Cell c : g.cells()) {
      if (c.text().length() > MAX_CELL_TEXT) {
        String where = c.pointers.stream().max(java.util.Comparator.comparingInt(String::length)).orElse("");
        throw new RenderException(g.sheetName + " " + where
            + ": the text has " + c.text().length() + " characters, more than a spreadsheet cell holds ("
            + MAX_CELL_TEXT + ") (文字超过单元格上限)");
      }
      for (String p : c.pointers) {
        (p.equals(root) || p.startsWith(root + "/") ? local : stray).putIfAbsent(p, c);
      }
    }
    List<FindingIndex.Entry> mine = findings.under(root);
    List<Grid.Cell> cells = new ArrayList<>(mine.size());
    for (FindingIndex.Entry e : mine) {
      Grid.Cell c = resolve(e.pointer(), local);
      cells.add(c);
      if (c != null && marked) {
        Grid.Mark m = mark(e);
        c.marks.add(m);
        c.row.notes.add(java.util.Objects.requireNonNull(m.note()));
      }
    }
    g.notes = marked;
    GridWriter.Written w = writer.write(g, wb.sheet(g.sheetName));
    for (int k = 0; k < mine.size(); k++) {
      Grid.Cell c = cells.get(k);
      if (c != null) {
        targets.putIfAbsent(mine.get(k).pointer(), new FindingsSheet.Target(g.sheetName, w.positions().get(c).a1()));
      }
    }
    w.sheet().seal();
  }

  /**
   * The lines of 汇总: 附件1, 附件2 and 附件3-n, then each report with findings, then the findings
   * about the package as a whole; every finding of {@link #findings} counted on exactly one line
   * (by pointer), so that the 合计 is the package's count.
   */
  private List<XlsxSummary.Line> summaryLines() {
    boolean counts = request.showsFindings();
    List<XlsxSummary.Line> lines = new ArrayList<>();
    java.util.Set<String> covered = new java.util.HashSet<>();
    String dept = pkg.department();
    if (pkg.basicData() != null) {
      String label = pkg.basicData().label();
      lines.add(line(new XlsxSummary.SummaryRow(dept, label, Words.BASIC_DATA_TITLE, null, null, null, null, null,
          null, null, 0, 0), Words.ATTACHMENT + label, sheetOfForm.get(label), "/basicData", counts));
      covered.add("/basicData");
    }
    List<SelfEvaluationForm> forms = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    if (pkg.departmentEvaluation() != null) {
      forms.add(pkg.departmentEvaluation());
      pointers.add("/departmentEvaluation");
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      forms.add(pkg.projectEvaluations().get(i));
      pointers.add("/projectEvaluations/" + i); // by position: indexOf compares whole forms, once per form
    }
    for (int k = 0; k < forms.size(); k++) {
      SelfEvaluationForm f = forms.get(k);
      String pointer = pointers.get(k);
      FormEvaluation e = evaluations.get(pointer);
      XlsxSummary.SummaryRow r = e != null ? XlsxSummary.SummaryRow.of(dept, e, f.moneyUnit())
          : XlsxSummary.SummaryRow.of(dept, f);
      lines.add(line(r, Words.ATTACHMENT + f.label(), sheetOfForm.get(f.label()), pointer, counts));
      covered.add(pointer);
    }
    if (pkg.departmentReport() != null) {
      report(lines, covered, pkg.departmentReport(), "/departmentReport", "部门自评报告", counts);
    }
    for (int i = 0; i < pkg.projectReports().size(); i++) {
      report(lines, covered, pkg.projectReports().get(i), "/projectReports/" + i, "项目自评报告", counts);
    }
    List<FindingIndex.Entry> rest = findings.all().stream()
        .filter(e -> !coveredBy(covered, e.pointer()))
        .toList();
    if (counts && !rest.isEmpty()) {
      lines.add(new XlsxSummary.Line(counted(new XlsxSummary.SummaryRow(dept, "", "整体（不属于某一附件）", null, null,
          null, null, null, null, null, 0, 0), rest), "—", null, true));
    }
    return lines;
  }

  /** Whether the pointer or one of its parents (cut at a "/") is covered. */
  private static boolean coveredBy(java.util.Set<String> covered, String pointer) {
    for (int slash = pointer.length(); slash > 0; slash = pointer.lastIndexOf('/', slash - 1)) {
      if (covered.contains(pointer.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  /** A report's line, only when it has findings (the workbook does not show reports). */
  private void report(List<XlsxSummary.Line> lines, java.util.Set<String> covered, Report report, String pointer,
      String unlabelled, boolean counts) {
    covered.add(pointer);
    List<FindingIndex.Entry> under = findings.under(pointer);
    if (!counts || under.isEmpty()) {
      return;
    }
    String label = report.label();
    // named after its project (many reports share the title 项目支出绩效评价报告), else by its title
    String name = report.projectId() == null ? null
        : pkg.project(report.projectId()).map(io.github.jixiao.model.Project::name).orElse(null);
    if (name == null) {
      name = report.title() == null ? unlabelled : report.title().replaceAll("\\s*\\n\\s*", "");
    }
    lines.add(new XlsxSummary.Line(counted(new XlsxSummary.SummaryRow(pkg.department(), label == null ? "" : label,
        name, null, null, null, null, null, null, null, 0, 0), under),
        label == null ? unlabelled : Words.ATTACHMENT + label, null, true));
  }

  private XlsxSummary.Line line(XlsxSummary.SummaryRow r, String attachment, @Nullable String sheet, String pointer,
      boolean counts) {
    String link = sheet == null ? null : new FindingsSheet.Target(sheet, "A1").address();
    return new XlsxSummary.Line(counts ? counted(r, findings.under(pointer)) : r, attachment, link, counts);
  }

  /** {@code r} with the errors and warnings among {@code entries}. */
  private static XlsxSummary.SummaryRow counted(XlsxSummary.SummaryRow r, List<FindingIndex.Entry> entries) {
    long errors = entries.stream().filter(e -> e.finding().severity() == Severity.ERROR).count();
    long warnings = entries.stream().filter(e -> e.finding().severity() == Severity.WARNING).count();
    return new XlsxSummary.SummaryRow(r.department(), r.form(), r.name(), r.implementingUnit(), r.annualBudget(),
        r.executed(), r.executionRate(), r.reportedTotal(), r.computedTotal(), r.grade(), errors, warnings, r.unit(),
        r.printedBudget(), r.printedExecuted());
  }

  /** The cell showing the value at {@code pointer}, or at the nearest enclosing pointer shown. */
  private Grid.@Nullable Cell resolve(String pointer, Map<String, Grid.Cell> local) {
    String p = pointer;
    while (!p.isEmpty()) {
      Grid.Cell c = local.get(p);
      if (c == null) {
        c = stray.get(p);
      }
      if (c != null) {
        return c;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
    return null;
  }

  private FindingsSheet.@Nullable Target target(Finding f) {
    FindingsSheet.Target t = targets.get(f.location().pointer());
    if (t != null) {
      return t;
    }
    String form = f.location().form();
    String sheet = form == null ? null : sheetOfForm.get(form);
    return sheet == null ? null : new FindingsSheet.Target(sheet, "A1");
  }

  /**
   * The mark of a finding: the fill of its severity, the comment "[12]【错误 CODE】message" and the
   * line of the printable 审核意见 column "[12] 错误：message" (long explanations in brackets left out).
   */
  static Grid.Mark mark(FindingIndex.Entry e) {
    Finding f = e.finding();
    int rank = f.severity().ordinal();
    String id = "[" + e.number() + "]";
    return new Grid.Mark(FindingsSheet.SEVERITY_FILLS[rank], rank,
        id + "【" + f.severity().chinese() + " " + f.code().name() + "】" + f.messageZh(),
        id + " " + f.severity().chinese() + "：" + shortMessage(f.messageZh()));
  }

  /** Brackets （…） longer than this many characters are left out of the printed note. */
  static final int LONG_BRACKET = 16;

  /**
   * The message without its long bracketed explanations ("按评分规则应得 9.38 分（10 × 15 ÷ 16 =
   * 9.38），表中为 10 分" → "按评分规则应得 9.38 分，表中为 10 分"); short ones ("（30分）") stay.
   */
  static String shortMessage(String message) {
    StringBuilder out = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '（') {
        int depth = 0;
        int j = i;
        for (; j < message.length(); j++) {
          char d = message.charAt(j);
          if (d == '（') {
            depth++;
          } else if (d == '）' && --depth == 0) {
            break;
          }
        }
        if (j < message.length() && j - i + 1 > LONG_BRACKET) {
          i = j + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    String s = out.toString().replaceAll("[ \\t]{2,}", " ").strip();
    return s.isEmpty() ? message.strip() : s;
  }

  private String sheetName(String label) {
    return uniqueName(Words.ATTACHMENT + label);
  }

  /** A valid, unique sheet name ({@link SheetName#safe}), never the hidden meta sheet's. */
  private String uniqueName(String wanted) {
    names.add(MetaSheet.NAME.toLowerCase(java.util.Locale.ROOT));
    return SheetName.safe(wanted, names);
  }
}
