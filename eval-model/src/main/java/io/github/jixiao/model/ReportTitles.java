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
}
