package io.github.jixiao.model;

import java.util.List;
import java.util.stream.Collectors;

/** A package could not be read or is not valid; carries every problem found, all at once. */
public final class InvalidPackageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems; never empty. Not serialized with the exception. */
  private final transient List<Problem> problems;

  /**
   * An exception for these problems; the message lists them, one per line.
   *
   * @param problems every problem found, at least one (copied)
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public InvalidPackageException(List<Problem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in document order where known.
   *
   * @return the problems, never empty (the list is not serialized: after deserialization it is
   *     {@code null}, only the message remains)
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    return problems.size() + " problem(s):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
