package io.github.jixiao.scoring.profile;

import java.util.List;

/**
 * A profile file that cannot be read. The message names the file and lists every problem found,
 * each at its JSON pointer ({@code /level1Weights/OUTPUT: expected a number, found "abc"}): one
 * problem on one line, several on one line each after a count.
 */
public final class ProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems, each "pointer: message"; not serialized with the exception (the message keeps them). */
  private final transient List<String> problems;

  /**
   * A file with problems.
   *
   * @param sourceName what messages call the file
   * @param problems each problem as "pointer: message", at least one
   */
  ProfileException(String sourceName, List<String> problems) {
    super(message(sourceName, problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * A file that could not be parsed.
   *
   * @param sourceName what messages call the file
   * @param problem the one problem
   * @param cause the parser's exception
   */
  ProfileException(String sourceName, String problem, Throwable cause) {
    super(sourceName + ": " + problem, cause);
    this.problems = List.of(problem);
  }

  /**
   * Every problem found, in the order of the file.
   *
   * @return each problem as "pointer: message" ({@code "/executionFormula: unknown value \"STEP\";
   *     allowed: PROPORTIONAL, STEPWISE"}), without the file name; for a file that is not JSON the
   *     one parse error. {@code null} after deserialization: the list is not serialized, the message
   *     keeps it
   */
  public List<String> problems() {
    return problems;
  }

  private static String message(String sourceName, List<String> problems) {
    if (problems.size() == 1) {
      return sourceName + ": " + problems.get(0);
    }
    return sourceName + ": " + problems.size() + " problems (" + problems.size() + " 处错误):\n  "
        + String.join("\n  ", problems);
  }
}
