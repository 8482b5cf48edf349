package io.github.jixiao.model;

/**
 * One problem found while reading or validating a package: where it is and what is wrong, in
 * words a finance officer can act on.
 *
 * @param pointer the JSON pointer of the place ("/projectEvaluations/3/funds/rows/0/executed"),
 *     {@code ""} for the whole document
 * @param line the 1-based line in the JSON text, or 0 when unknown
 * @param column the 1-based column in the JSON text, or 0 when unknown
 * @param message what is wrong and what is expected (Chinese / English)
 */
public record Problem(String pointer, int line, int column, String message) {
  /**
   * Checks that {@code pointer} is present and {@code message} is not blank.
   *
   * @param pointer the JSON pointer of the place, {@code ""} for the whole document
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param message what is wrong, not blank
   * @throws FieldException when {@code pointer} is missing or {@code message} is missing or blank
   */
  public Problem {
    Checks.required(pointer, "pointer");
    Checks.text(message, "message");
  }

  /**
   * A problem with no known text position (line and column 0), as validation of a package built in
   * code reports it.
   *
   * @param pointer the JSON pointer of the place, {@code ""} for the whole document
   * @param message what is wrong and what is expected (Chinese / English)
   * @return the problem
   * @throws FieldException when {@code message} is blank
   */
  public static Problem at(String pointer, String message) {
    return new Problem(pointer, 0, 0, message);
  }

  /** "{@code /pointer (line 3, column 7): message}". */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    if (line > 0) {
      where += " (line " + line + ", column " + column + ")";
    }
    return where + ": " + message;
  }
}
