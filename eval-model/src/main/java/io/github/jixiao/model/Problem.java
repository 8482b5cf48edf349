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
  public Problem {
    Checks.required(pointer, "pointer");
    Checks.text(message, "message");
  }

  /** A problem with no known text position. */
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
