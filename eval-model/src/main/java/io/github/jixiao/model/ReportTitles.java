package io.github.jixiao.model;

/**
 * How renderers name a report where the package prints no name for it (bookmarks, the contents,
 * the navigation pane): its attachment label and its title on one line.
 */
public final class ReportTitles {

  private ReportTitles() {}

  /**
   * A project report's attachment label without "附件": as printed ("5-5"); for a report printed
   * without one, the label of its project's form with 5 for 3 (the report of 附件3-1 is 5-1); else
   * its place among the project reports ("5-" + (index + 1)).
   *
   * @param pkg the package
   * @param report one of its project reports
   * @param index the report's index among {@link EvaluationPackage#projectReports()}
   * @return the label, never {@code null}
   */
  public static String label(EvaluationPackage pkg, Report report, int index) {
    if (report.label() != null) {
      return report.label();
    }
    if (report.projectId() != null) {
      for (SelfEvaluationForm f : pkg.projectEvaluations()) {
        if (report.projectId().equals(f.projectId()) && f.label().startsWith("3-")) {
          return "5-" + f.label().substring(2);
        }
      }
    }
    return "5-" + (index + 1);
  }

  /**
   * The lines of a title joined: Chinese without a space, one space between two Latin words.
   *
   * @param title a title as printed, possibly on several lines
   * @return the title on one line, each line stripped, blank lines left out
   */
  public static String oneLine(String title) {
    StringBuilder sb = new StringBuilder();
    for (String line : title.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) < 0x80 && l.charAt(0) < 0x80) {
        sb.append(' ');
      }
      sb.append(l);
    }
    return sb.toString();
  }

  /** Words a title breaks before, best first. */
  private static final String[] TITLE_BREAKS = {"项目支出", "部门整体", "整体支出", "绩效自评", "绩效评价", "自评报告",
      "评价报告", "绩效"};

  /**
   * Breaks each title line too wide for one line into two lines of about equal width, preferring
   * a break before a word such as 项目支出 or 绩效 — a title is never broken in the middle of a word
   * just because the line is full; Latin words are broken only at a space.
   *
   * @param title the title as written (its own line breaks kept)
   * @param width how wide a line is, in the unit {@code measure} gives
   * @param measure the width of a piece of text (font metrics, or characters)
   * @return the title with at most one break added to each line that is too wide
   */
  public static String balance(String title, double width, java.util.function.ToDoubleFunction<String> measure) {
    StringBuilder out = new StringBuilder();
    for (String line : title.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String l = line.strip();
      if (measure.applyAsDouble(l) <= width) {
        out.append(l);
        continue;
      }
      int best = -1;
      double bestScore = Double.MAX_VALUE;
      for (int i = 1; i < l.length() - 1; i++) {
        char before = l.charAt(i - 1);
        char at = l.charAt(i);
        if (Character.isLowSurrogate(at) || (before < 0x80 && at < 0x80 && before != ' ')) {
          continue;
        }
        double left = measure.applyAsDouble(l.substring(0, i));
        double right = measure.applyAsDouble(l.substring(i));
        if (left > width || right > width) {
          continue;
        }
        double score = Math.abs(left - right);
        for (String word : TITLE_BREAKS) {
          if (l.startsWith(word, i)) {
            score -= width * 0.3;
            break;
          }
        }
        if (score < bestScore) {
          bestScore = score;
          best = i;
        }
      }
      out.append(best < 0 ? l : l.substring(0, best).strip() + "\n" + l.substring(best).strip());
    }
    return out.toString();
  }
}
