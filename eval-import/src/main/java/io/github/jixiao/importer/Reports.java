package io.github.jixiao.importer;

import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text around the forms, as reports: a report starts at its attachment label (附件5-1) or its
 * title; headings are the paragraphs the document marks as headings (Heading 1–4, an outline
 * level) or, in a document without styles, short paragraphs that start with a heading number
 * (一、 （一） 1. （1）). Headings keep their numbering exactly as printed.
 */
final class Reports {
  private Reports() {}

  private static final Pattern LABEL = Pattern.compile("附件\\s*[0-9一二三四五六七八九十]+(\\s*[-－—]\\s*[0-9]+)?");
  private static final Pattern[] NUMBERED = {
    Pattern.compile("^[一二三四五六七八九十]+[、.．].*"),
    Pattern.compile("^[（(][一二三四五六七八九十]+[)）].*"),
    Pattern.compile("^\\d+[、.．](?!\\d).*"),
    Pattern.compile("^[（(]\\d+[)）].*"),
  };

  /** The reports found, and what was left aside. */
  record Built(@Nullable Report department, List<Report> projects, List<String> notes) {}

  private static final class Draft {
    @Nullable String label;
    @Nullable String title;
    final List<String> preamble = new ArrayList<>();
    final List<Object[]> headings = new ArrayList<>(); // {depth, heading, paragraphs}
    boolean isEmpty() {
      return title == null && preamble.isEmpty() && headings.isEmpty();
    }
  }

  static Built build(List<Line> lines) {
    List<Draft> drafts = new ArrayList<>();
    Draft d = null;
    for (Line l : lines) {
      if (!l.isParagraph()) {
        continue;
      }
      String text = l.text();
      String sq = Labels.squash(text);
      if (LABEL.matcher(sq).matches()) {
        d = new Draft();
        drafts.add(d);
        d.label = sq.substring(2);
        continue;
      }
      if (d == null || l.level() == 0 && (d.title != null || !d.preamble.isEmpty() || !d.headings.isEmpty())) {
        d = new Draft();
        drafts.add(d);
      }
      if (d.title == null && d.preamble.isEmpty() && d.headings.isEmpty()
          && (l.level() == 0 || l.level() < 0 && sq.length() <= 60 && sq.contains("报告"))) {
        d.title = text;
        continue;
      }
      int depth = depth(l, sq);
      if (depth > 0) {
        d.headings.add(new Object[] {depth, text, new ArrayList<String>()});
      } else if (d.headings.isEmpty()) {
        d.preamble.add(text);
      } else {
        @SuppressWarnings("unchecked")
        List<String> ps = (List<String>) d.headings.get(d.headings.size() - 1)[2];
        ps.add(text);
      }
    }
    Report department = null;
    List<Report> projects = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Draft x : drafts) {
      if (x.isEmpty()) {
        continue;
      }
      Report r = new Report(x.label, null, null, x.title, x.preamble, sections(x.headings, 0, x.headings.size(), 1),
          List.of());
      boolean dept = x.title != null && x.title.contains("部门整体") || x.label == null && department == null
          && x.title != null && !x.title.contains("项目");
      if (dept && department == null) {
        department = r;
      } else {
        projects.add(r);
      }
    }
    return new Built(department, projects, notes);
  }

  private static int depth(Line l, String squashed) {
    if (l.level() >= 1) {
      return l.level();
    }
    if (squashed.length() > 40 || squashed.endsWith("。")) {
      return 0;
    }
    for (int i = 0; i < NUMBERED.length; i++) {
      if (NUMBERED[i].matcher(squashed).matches()) {
        return i + 1;
      }
    }
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static List<ReportSection> sections(List<Object[]> hs, int from, int to, int minDepth) {
    List<ReportSection> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int depth = (int) hs.get(i)[0];
      int j = i + 1;
      while (j < to && (int) hs.get(j)[0] > depth) {
        j++;
      }
      out.add(new ReportSection((String) hs.get(i)[1], (List<String>) hs.get(i)[2], sections(hs, i + 1, j, depth + 1)));
      i = j;
    }
    return out;
  }
}
