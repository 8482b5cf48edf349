package io.github.jixiao.cli;

/** The exit codes of every command; scripts rely on them. */
final class ExitCode {
  /** Success; the input is valid. */
  static final int OK = 0;
  /** The input has problems (listed on the output). */
  static final int INPUT_PROBLEMS = 1;
  /** Usage error, or a file that cannot be read or written. */
  static final int USAGE = 2;
  /** A defect in jixiao itself (please report it). */
  static final int INTERNAL = 3;

  private ExitCode() {}
}
