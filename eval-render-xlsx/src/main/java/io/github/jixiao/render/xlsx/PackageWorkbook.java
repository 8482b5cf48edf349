package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
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

/** Renders one package into one workbook: the forms, 汇总, 审核意见 and the hidden meta sheet. */
final class PackageWorkbook {
  /** Excel's limit for the text of one cell. */
  static final int MAX_CELL_TEXT = 32767;
  static final String SUMMARY_SHEET = "汇总";
  static final String FINDINGS_SHEET = "审核意见";

  private final RenderRequest request;
  private final EvaluationPackage pkg;
  private final @Nullable PackageEvaluation evaluation;
  private final Map<String, FormEvaluation> evaluations = new HashMap<>();
  private final List<Grid> grids = new ArrayList<>();
  /** The sheet of each form, by attachment label. */
  private final Map<String, String> sheetOfForm = new LinkedHashMap<>();
  private final Map<String, Grid.Cell> byPointer = new HashMap<>();
  private final Map<Grid.Cell, FindingsSheet.Target> targets = new IdentityHashMap<>();
  private final Set<String> names = new HashSet<>();

  private PackageWorkbook(RenderRequest request) {
    this.request = request;
    this.pkg = request.pkg();
    this.evaluation = request.evaluation();
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
    if (pkg.basicData() != null) {
      grids.add(BasicDataLayout.of(sheetName(pkg.basicData().label()), pkg.basicData(), pkg.year(), computed));
    }
    if (pkg.departmentEvaluation() != null) {
      form(pkg.departmentEvaluation(), "/departmentEvaluation", true, mode);
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      form(pkg.projectEvaluations().get(i), "/projectEvaluations/" + i, false, mode);
    }
    for (Grid g : grids) {
      for (Grid.Cell c : g.cells()) {
        if (c.text().length() > MAX_CELL_TEXT) {
          String where = c.pointers.stream().max(java.util.Comparator.comparingInt(String::length)).orElse("");
          throw new RenderException(g.sheetName + " " + where
              + ": the text has " + c.text().length() + " characters, more than a spreadsheet cell holds ("
              + MAX_CELL_TEXT + ") (文字超过单元格上限)");
        }
        for (String p : c.pointers) {
          byPointer.putIfAbsent(p, c);
        }
      }
    }
    if (!computed && evaluation != null) {
      evaluation.allFindings().forEach(f -> {
        Grid.Cell c = resolve(f.location().pointer());
        if (c != null) {
          c.marks.add(mark(f));
        }
      });
    }

    XmlWorkbook wb = new XmlWorkbook();
    GridWriter writer = new GridWriter(wb.styles);
    for (Grid g : grids) {
      GridWriter.Written w = writer.write(g, wb.sheet(g.sheetName));
      w.positions().forEach((cell, at) -> targets.put(cell, new FindingsSheet.Target(g.sheetName, at.a1())));
    }
    String title = pkg.year() + "年度 " + pkg.department() + " 绩效自评汇总";
    List<XlsxSummary.SummaryRow> rows = new ArrayList<>();
    pkg.forms().forEach(f -> rows.add(summaryRow(f)));
    XlsxSummary.writeSheet(wb.sheet(uniqueName(SUMMARY_SHEET)), wb.styles, title, rows.iterator(),
        r -> new FindingsSheet.Target(sheetOfForm.get(r.form()), "A1").address());
    List<Finding> findings = evaluation == null ? null : evaluation.allFindings().toList();
    FindingsSheet.write(wb.sheet(uniqueName(FINDINGS_SHEET)), wb.styles, findings, this::target);
    Meta.write(wb, pkg, request.mode().name());
    wb.activeSheet(0);
    if (computed) {
      wb.recalculateOnLoad();
    }
    wb.title(pkg.year() + "年度 " + pkg.department() + " 绩效自评（" + (computed ? "按计算" : "按填报") + "）");
    wb.write(out, request.timestamp());
  }

  private void form(SelfEvaluationForm form, String pointer, boolean department, FormLayout.Mode mode)
      throws RenderException {
    FormEvaluation e = evaluations.get(pointer);
    if (mode == FormLayout.Mode.COMPUTED && e == null) {
      throw new RenderException("附件" + form.label() + " (" + pointer + "): the evaluation has no result for this form; "
          + "evaluate this same package and render again (评分结果与数据包不符)");
    }
    String name = sheetName(form.label());
    sheetOfForm.put(form.label(), name);
    grids.add(FormLayout.of(name, form, pointer, department, mode, e).grid());
  }

  private XlsxSummary.SummaryRow summaryRow(SelfEvaluationForm f) {
    String pointer = f == pkg.departmentEvaluation() ? "/departmentEvaluation"
        : "/projectEvaluations/" + pkg.projectEvaluations().indexOf(f);
    FormEvaluation e = evaluations.get(pointer);
    return e != null ? XlsxSummary.SummaryRow.of(pkg.department(), e, f.moneyUnit())
        : XlsxSummary.SummaryRow.of(pkg.department(), f);
  }

  /** The cell showing the value at {@code pointer}, or at the nearest enclosing pointer shown. */
  private Grid.@Nullable Cell resolve(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Grid.Cell c = byPointer.get(p);
      if (c != null) {
        return c;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
    return null;
  }

  private FindingsSheet.@Nullable Target target(Finding f) {
    Grid.Cell c = resolve(f.location().pointer());
    if (c != null) {
      return targets.get(c);
    }
    String form = f.location().form();
    String sheet = form == null ? null : sheetOfForm.get(form);
    return sheet == null ? null : new FindingsSheet.Target(sheet, "A1");
  }

  static Grid.Mark mark(Finding f) {
    int rank = f.severity().ordinal();
    return new Grid.Mark(FindingsSheet.SEVERITY_FILLS[rank], rank,
        "【" + f.severity().chinese() + " " + f.code().name() + "】" + f.messageZh());
  }

  private String sheetName(String label) {
    return uniqueName(Words.ATTACHMENT + label);
  }

  /** A valid, unique sheet name (≤ 31 characters, none of []:*?/\). */
  private String uniqueName(String wanted) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
    if (base.startsWith("'")) {
      base = "_" + base.substring(1);
    }
    if (base.length() > 28) {
      base = base.substring(0, 28);
    }
    String name = base;
    for (int n = 2; names.contains(name.toLowerCase(java.util.Locale.ROOT)) || name.equalsIgnoreCase(MetaSheet.NAME); n++) {
      name = base + "(" + n + ")";
    }
    names.add(name.toLowerCase(java.util.Locale.ROOT));
    return name;
  }
}
