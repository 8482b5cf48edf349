package io.github.jixiao.importer;

import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportCover;
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
    @Nullable List<String> cover;
    @Nullable String coverTitle;
    int titleLevel = -1;
    final List<Line> lines = new ArrayList<>();

    boolean isEmpty() {
      return title == null && preamble.isEmpty() && headings.isEmpty();
    }

    /**
     * Puts the lines into preamble and sections: by the document's heading levels when it marks
     * any (the shallowest level is depth 1), else by the heading numbers (一、 （一） 1. （1）).
     */
    void sort() {
      int min = lines.stream().mapToInt(Line::level).filter(v -> v >= 1).min().orElse(0);
      for (Line l : lines) {
        String sq = Labels.squash(l.text());
        int depth = min > 0 ? (l.level() >= 1 ? l.level() - min + 1 : 0) : depth(l, sq);
        if (depth > 0) {
          headings.add(new Object[] {depth, l.text(), new ArrayList<String>()});
        } else if (headings.isEmpty()) {
          preamble.add(l.text());
        } else {
          @SuppressWarnings("unchecked")
          List<String> ps = (List<String>) headings.get(headings.size() - 1)[2];
          ps.add(l.text());
        }
      }
      lines.clear();
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
      boolean titleLike = sq.length() <= 60 && sq.matches(".*报告[)）]?") && l.level() <= 1;
      boolean sameTitle = d != null && d.title != null && Labels.squash(d.title).equals(sq);
      if (d != null && d.title != null && !titleLike && !sameTitle && l.level() >= 0 && l.level() <= d.titleLevel
          && !d.lines.isEmpty()) {
        // a part at the title's own level that is not a report (审核意见, a list of attachments): the report has ended
        d = new Draft();
        drafts.add(d);
        d.lines.add(l);
        continue;
      }
      if (titleLike && !sameTitle && d != null && d.title != null && d.cover == null && d.lines.size() <= 6
          && d.lines.stream().noneMatch(x -> x.level() >= 1)) {
        // a cover page (its title and a few lines), then the report's own title
        d.coverTitle = d.title;
        d.cover = new ArrayList<>(d.lines.stream().map(Line::text).toList());
        d.lines.clear();
        d.title = text;
        d.titleLevel = Math.max(d.titleLevel, l.level());
        continue;
      }
      if (d == null || titleLike && !sameTitle && (d.title != null || !d.lines.isEmpty())) {
        d = new Draft();
        drafts.add(d);
      }
      if (d.title == null && d.lines.isEmpty() && (titleLike || l.level() == 0)) {
        d.title = text;
        d.titleLevel = l.level();
        continue;
      }
      if (sameTitle && d.lines.stream().noneMatch(x -> x.level() >= 1)) {
        // the title again on the page after the cover: what came between is the cover
        d.cover = new ArrayList<>(d.lines.stream().map(Line::text).toList());
        d.lines.clear();
        continue;
      }
      d.lines.add(l);
    }
    Report department = null;
    List<Report> projects = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Draft x : drafts) {
      x.sort();
      if (x.isEmpty()) {
        continue;
      }
      if (x.title == null || !Labels.squash(x.title).contains("报告")) {
        notes.add("text that is not a report, not read (不是报告的文字，未读取): " + (x.label != null ? "附件" + x.label + " " : "")
            + DocumentReader.abbreviate(x.title != null ? x.title : !x.preamble.isEmpty() ? x.preamble.get(0)
                : x.headings.isEmpty() ? "" : (String) x.headings.get(0)[1]));
        continue;
      }
      Report r = new Report(x.label, null, x.cover == null ? null : new ReportCover(x.coverTitle, x.cover), x.title, x.preamble,
          sections(x.headings, 0, x.headings.size(), 1), List.of());
      boolean dept = Labels.squash(x.title).contains("部门整体") || x.label == null && department == null
          && !Labels.squash(x.title).contains("项目");
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
