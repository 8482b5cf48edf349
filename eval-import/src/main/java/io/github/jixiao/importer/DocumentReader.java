package io.github.jixiao.importer;

import io.github.jixiao.importer.office.Block;
import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.GridCell;
import io.github.jixiao.importer.office.OfficeDocument;
import io.github.jixiao.importer.office.Paragraph;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the forms of a document: finds where each starts (its title, or its name row), picks the
 * layout that matches it best, reads it, and gathers the text around the forms into reports.
 */
final class DocumentReader {
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
  private static final int MIN_CONFIDENCE = 50;
  /** How many layouts read a form in full (more when they tie on the cheap look). */
  private static final int TRIED = 3;
  /** How far ahead (per mille of its label lists found) a layout must be on the cheap look to be read alone. */
  private static final int CLEAR_LEAD = 150;

  private final Layouts layouts;
  private final @Nullable Integer yearHint;
  /** Printed texts and labels squashed once for the whole document. */
  private final Matching match = new Matching();

  DocumentReader(Layouts layouts) {
    this(layouts, null);
  }

  /** @param yearHint the year when no form prints one ({@code jixiao import --year}), or {@code null} */
  DocumentReader(Layouts layouts, @Nullable Integer yearHint) {
    this.layouts = layouts;
    this.yearHint = yearHint;
  }

  /** What a document gave: the package (when there were no problems), the problems, the report. */
  record Read(@Nullable EvaluationPackage pkg, List<Problem> problems, ImportReport report) {}

  Read read(OfficeDocument doc, String file, @Nullable EvaluationPackage base) {
    List<Line> lines = lines(doc);
    List<Integer> starts = starts(lines);
    List<Problem> problems = new ArrayList<>();
    List<ImportReport.Form> reports = new ArrayList<>();
    List<String> notes = new ArrayList<>(doc.notes());
    SelfEvaluationForm department = null;
    List<SelfEvaluationForm> projects = new ArrayList<>();
    List<Line> outside = new ArrayList<>(starts.isEmpty() ? lines : lines.subList(0, starts.get(0)));
    for (int f = 0; f < starts.size(); f++) {
      List<Line> segment = lines.subList(starts.get(f), f + 1 < starts.size() ? starts.get(f + 1) : lines.size());
      // a cheap look first (the share of each layout's label lists printed on the form), then the few best
      // layouts read the form in full
      List<Layout> all0 = layouts.all();
      java.util.Set<String> exact = new java.util.HashSet<>();
      java.util.Set<String> bare = new java.util.HashSet<>();
      for (Line line : segment) {
        for (GridCell c : line.filled()) {
          if (c.text().length() <= 40) {
            String p = match.squash(c.text());
            exact.add(p);
            bare.add(match.bare(p));
          }
        }
      }
      int[] quick = new int[all0.size()];
      for (int k = 0; k < quick.length; k++) {
        quick[k] = quickScore(all0.get(k), exact, bare);
      }
      int[] sorted = java.util.Arrays.stream(quick).boxed().sorted(Comparator.reverseOrder()).mapToInt(x -> x).toArray();
      // one layout stands out (its labels are on the form, the next one's much less): it alone reads it
      int cut = sorted.length > 1 && sorted[0] - sorted[1] >= CLEAR_LEAD ? sorted[0]
          : sorted[Math.min(TRIED, sorted.length) - 1];
      List<FormReader.Result> tries = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int k = 0; k < all0.size(); k++) {
        Layout layout = all0.get(k);
        if (quick[k] < cut) {
          tries.add(null);
          continue;
        }
        String pointer = layout.departmentForm() ? "/departmentEvaluation" : "/projectEvaluations/" + projects.size();
        tries.add(FormReader.read(layout, segment, pointer, String.valueOf(f + 1), new ArrayList<>(), match));
        order.add(k);
      }
      // equal confidence: the layout whose own wording (the first label of each list) the form prints most
      List<Layout> candidatesInOrder = layouts.all();
      int[] own = new int[tries.size()];
      for (int k : order) {
        own[k] = ownWording(candidatesInOrder.get(k), exact);
      }
      order.sort(Comparator.comparingInt((Integer k) -> -tries.get(k).confidence()).thenComparingInt(k -> -own[k])
          .thenComparingInt(k -> k));
      int best = order.get(0);
      int top = tries.get(best).confidence();
      List<Layout> all = layouts.all();
      if (top < MIN_CONFIDENCE) {
        problems.add(Problem.at("", segment.get(0).where() + ": no layout matches this form well enough (没有匹配的版式): "
            + "best " + all.get(best).id() + " " + top + " %; give the form's layout with --layout-file (see docs/LAYOUTS.md)"));
        continue;
      }
      List<String> candidates = new ArrayList<>();
      List<String> differing = new ArrayList<>();
      for (int k : order.subList(1, order.size())) {
        FormReader.Result t = tries.get(k);
        if (t.confidence() >= MIN_CONFIDENCE) {
          if (t.confidence() >= top - 10) {
            candidates.add(all.get(k).id() + " " + t.confidence());
          }
          if (t.confidence() == top && !java.util.Objects.equals(t.form(), tries.get(best).form())) {
            differing.add(all.get(k).id());
          }
        }
      }
      differing.removeIf(id -> own[all.indexOf(layouts.get(id).orElseThrow())] < own[best]);
      if (!differing.isEmpty()) {
        problems.add(Problem.at("", segment.get(0).where() + ": the form matches several layouts equally well and they "
            + "read it differently (版式不明确): " + all.get(best).id() + ", " + String.join(", ", differing)
            + "; choose one with --layout ID"));
        continue;
      }
      Layout layout = all.get(best);
      String pointer = layout.departmentForm() ? "/departmentEvaluation" : "/projectEvaluations/" + projects.size();
      if (layout.departmentForm() && department != null) {
        problems.add(Problem.at(pointer, segment.get(0).where() + ": a second 部门整体支出绩效自评表 in one package "
            + "(一个文件只能有一张部门整体支出绩效自评表)"));
        continue;
      }
      // the best try is the reading: its problems and its report, with the confidence and the other candidates
      FormReader.Result r = tries.get(best);
      problems.addAll(r.problems());
      ImportReport.Form tried = r.report();
      r = new FormReader.Result(r.form(), new ImportReport.Form(tried.pointer(), tried.label(), tried.title(),
          tried.where(), tried.layout(), top, candidates, tried.read(), tried.unread()), r.after(), r.matched(),
          r.expected(), r.problems());
      reports.add(r.report());
      outside.addAll(r.after());
      if (r.form() != null) {
        if (layout.departmentForm()) {
          department = r.form();
        } else {
          projects.add(r.form());
        }
      }
    }
    java.util.Map<String, List<GridCell>> aside = new java.util.LinkedHashMap<>();
    for (Line l : outside) {
      if (!l.isParagraph() && !l.isBlank()) {
        aside.computeIfAbsent(l.grid().name(), k -> new ArrayList<>()).addAll(l.filled());
      }
    }
    aside.forEach((table, cells) -> notes.add(table + ": a table that is not a self-evaluation form, not read "
        + "(不是绩效自评表，未读取; 附件1 基础数据表 is read from the package JSON or jixiao's workbook only): " + cells.size()
        + " cells, from " + cells.get(0).ref() + " '" + abbreviate(cells.get(0).text()) + "'"));
    Reports.Built built = Reports.build(outside);
    notes.addAll(built.notes());
    ImportReport report = new ImportReport(file, doc.format(), reports, notes);
    if (department == null && projects.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(Problem.at("", file + ": no self-evaluation form found (未找到绩效自评表): a form is recognised by "
            + "its title (…绩效自评表) or its 项目名称 row, in one of the layouts " + String.join(", ",
                layouts.all().stream().map(Layout::id).toList())));
      }
      return new Read(null, problems, report);
    }
    if (!problems.isEmpty()) {
      return new Read(null, problems, report);
    }
    Integer year = base != null ? Integer.valueOf(base.year()) : year(lines);
    if (year == null) {
      year = yearHint;
    }
    if (year == null) {
      problems.add(Problem.at("/year", file + ": no year is printed in a form's title (标题中没有年度, e.g. 2023年度): "
          + "give the year with --year (or a package with it through --base)"));
      return new Read(null, problems, report);
    }
    String dept = base != null ? base.department()
        : department != null ? department.name()
        : projects.stream().map(SelfEvaluationForm::supervisingDepartment).filter(java.util.Objects::nonNull).findFirst()
            .orElse(projects.stream().map(SelfEvaluationForm::implementingUnit).filter(java.util.Objects::nonNull)
                .findFirst().orElse(stem(file)));
    Report deptReport = base != null ? base.departmentReport() : built.department();
    List<Report> projectReports = base != null ? base.projectReports() : built.projects();
    // the province's scoring profile when every form was read in layouts that name the same one
    List<String> profiles = reports.stream().map(f -> layouts.get(f.layout()).map(Layout::profile).orElse(null))
        .distinct().toList();
    String profile = base != null ? base.profile() : profiles.size() == 1 ? profiles.get(0) : null;
    EvaluationPackage pkg = new EvaluationPackage(EvaluationPackage.FORMAT_VERSION, year, dept, profile,
        base != null ? base.projects() : List.of(),
        base != null ? base.basicData() : null, department, projects, deptReport, projectReports);
    return new Read(pkg, problems, report);
  }

  /** Each layout's label lists, gathered once per document. */
  private final java.util.Map<Layout, List<List<String>>> labelLists = new java.util.IdentityHashMap<>();

  /** The share (per mille) of the layout's label lists of which the form prints one label, any synonym. */
  private int quickScore(Layout l, java.util.Set<String> exact, java.util.Set<String> bare) {
    List<List<String>> lists = labelLists.computeIfAbsent(l, DocumentReader::labelListsOf);
    int found = 0;
    for (List<String> list : lists) {
      for (String label : list) {
        String q = match.squash(label);
        if (exact.contains(q) || bare.contains(match.bare(q))) {
          found++;
          break;
        }
      }
    }
    return lists.isEmpty() ? 0 : 1000 * found / lists.size();
  }

  /** Every list of labels a layout prints (header fields, funds columns and rows, goals, indicator columns, total). */
  private static List<List<String>> labelListsOf(Layout l) {
    List<List<String>> lists = new ArrayList<>();
    l.header().forEach(r -> r.forEach(f -> lists.add(f.labels())));
    l.funds().columns().forEach(c -> lists.add(c.labels()));
    l.funds().rows().forEach(r -> lists.add(r.labels()));
    if (l.goals() != null) {
      lists.add(l.goals().expected());
      lists.add(l.goals().actual());
    }
    l.indicators().columns().forEach(c -> lists.add(c.labels()));
    lists.add(l.indicators().total());
    return lists;
  }

  /** How many of the layout's labels the form prints in the layout's own words (each list's first label). */
  int ownWording(Layout l, java.util.Set<String> printed) {
    List<String> primaries = new ArrayList<>();
    l.header().forEach(r -> r.forEach(f -> primaries.add(f.labels().get(0))));
    l.funds().labels().stream().limit(1).forEach(primaries::add);
    l.funds().columns().forEach(c -> primaries.add(c.labels().get(0)));
    l.funds().rows().forEach(r -> primaries.add(r.labels().get(0)));
    if (l.goals() != null) {
      primaries.add(l.goals().labels().get(0));
      primaries.add(l.goals().expected().get(0));
      primaries.add(l.goals().actual().get(0));
    }
    l.indicators().columns().forEach(c -> primaries.add(c.labels().get(0)));
    l.indicators().total().stream().limit(1).forEach(primaries::add);
    int n = 0;
    for (String p : primaries) {
      if (printed.contains(match.squash(p))) {
        n++;
      }
    }
    return n;
  }

  private static String stem(String file) {
    String n = file.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  static String abbreviate(String s) {
    String t = s.replace('\n', ' ').strip();
    return t.length() <= 30 ? t : t.substring(0, 30) + "…";
  }

  private static @Nullable Integer year(List<Line> lines) {
    for (Line l : lines) {
      String t = l.text();
      if (t.contains("自评表") || t.contains("年度")) {
        Matcher m = YEAR.matcher(Labels.squash(t));
        if (m.find()) {
          return Integer.valueOf(m.group(1));
        }
      }
    }
    return null;
  }

  /** Every paragraph and table row in reading order (blank ones dropped). */
  static List<Line> lines(OfficeDocument doc) {
    List<Line> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof Paragraph p) {
        if (!p.text().isBlank()) {
          out.add(Line.of(p));
        }
      } else if (b instanceof Grid g) {
        int r = 0;
        for (List<GridCell> row : g.rows()) {
          r++;
          Line l = new Line(row, g, -1, g.name() + " 行" + r);
          if (!l.isBlank()) {
            out.add(l);
          }
        }
      }
    }
    return out;
  }

  /** Where forms start: at a title (or the attachment label just above it), or at a name row after a finished form. */
  private List<Integer> starts(List<Line> lines) {
    List<Integer> starts = new ArrayList<>();
    boolean open = false;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (isTitle(l) && formFollows(lines, i)) {
        int s = i;
        if (i > 0 && isLabel(lines.get(i - 1)) && (starts.isEmpty() || starts.get(starts.size() - 1) < i - 1)) {
          s = i - 1;
        }
        if (starts.isEmpty() || starts.get(starts.size() - 1) < s) {
          starts.add(s);
        }
        open = true;
        i += 1;
        continue;
      }
      if (isNameRow(l)) {
        if (!open) {
          starts.add(i);
        }
        open = false;
      }
    }
    return starts;
  }

  private boolean isTitle(Line l) {
    if (l.filled().size() != 1) {
      return false;
    }
    String s = Labels.squash(l.text());
    if (s.length() > 60 || s.endsWith("。") || s.endsWith("，")) {
      return false;
    }
    return layouts.all().stream().flatMap(x -> x.title().words().stream()).anyMatch(w -> s.contains(Labels.squash(w)));
  }

  private static boolean isLabel(Line l) {
    return l.filled().size() == 1 && Labels.squash(l.text()).length() <= 10;
  }

  /** A name row or a funds header within the next six lines: a title in a report's text is not a form. */
  private boolean formFollows(List<Line> lines, int i) {
    for (int k = i + 1; k < Math.min(lines.size(), i + 7); k++) {
      if (isNameRow(lines.get(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameRow(Line l) {
    GridCell f = l.first();
    if (f == null || l.isParagraph()) {
      return false;
    }
    return layouts.all().stream().flatMap(x -> x.header().stream()).flatMap(List::stream)
        .filter(x -> x.field().equals("name")).anyMatch(x -> match.matches(f.text(), x.labels()));
  }
}
