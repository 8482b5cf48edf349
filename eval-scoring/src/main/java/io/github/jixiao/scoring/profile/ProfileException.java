package io.github.jixiao.scoring.profile;

import io.github.jixiao.model.Problem;
import java.util.List;

/**
 * A profile file that cannot be read. The message names the file and lists every problem found,
 * each at its line, column and JSON pointer ({@code county.json:3:14: /level1Weights/OUTPUT: expected
 * a number, found "abc"}): one problem on one line, several on one line each after a count. Nothing of
 * such a file is used.
 */
public final class ProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems; not serialized with the exception (the message keeps them). */
  private final transient List<Problem> located;

  /**
   * A file with problems.
   *
   * @param sourceName what messages call the file
   * @param problems each problem with its pointer and, when known, its line and column; at least one
   */
  ProfileException(String sourceName, List<Problem> problems) {
    super(message(sourceName, problems));
    this.located = List.copyOf(problems);
  }

  /**
   * A file that could not be read at all (not JSON, not UTF-8, too large).
   *
   * @param sourceName what messages call the file
   * @param problem the one problem, at its line and column
   * @param cause the parser's exception, or {@code null}
   */
  ProfileException(String sourceName, Problem problem, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message(sourceName, List.of(problem)), cause);
    this.located = List.of(problem);
  }

  /**
   * Every problem found, in the order of the file.
   *
   * @return each problem as "pointer: message" ({@code "/executionFormula: unknown value \"STEP\";
   *     allowed: PROPORTIONAL, STEPWISE"}), without the file name and place; for a file that is not
   *     JSON, the one syntax error. {@code null} after deserialization: the list is not serialized, the
   *     message keeps it
   */
  public List<String> problems() {
    return located == null ? null : located.stream().map(ProfileException::text).toList();
  }

  /**
   * Every problem found with its place in the file.
   *
   * @return the problems in the order of the file, each with its JSON pointer ({@code ""} for the whole
   *     file) and its 1-based line and column (0 when the file has no place for it). {@code null} after
   *     deserialization
   */
  public List<Problem> located() {
    return located;
  }

  private static String text(Problem p) {
    return p.pointer().isEmpty() ? p.message() : p.pointer() + ": " + p.message();
  }

  private static String line(String sourceName, Problem p) {
    String where = p.line() > 0 ? sourceName + ":" + p.line() + ":" + p.column() : sourceName;
    return where + ": " + text(p);
  }

  private static String message(String sourceName, List<Problem> problems) {
    if (problems.size() == 1) {
      return line(sourceName, problems.get(0));
    }
    StringBuilder sb = new StringBuilder(sourceName + ": " + problems.size() + " problems (" + problems.size()
        + " 处错误):");
    for (Problem p : problems) {
      sb.append("\n  ").append(line(sourceName, p));
    }
    return sb.toString();
  }
}
