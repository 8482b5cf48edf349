package io.github.jixiao.cli;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A package named on the command line: how to call it in messages, and either the package or
 * every problem that kept it from being read.
 *
 * @param name the file name, or {@code <stdin>}
 * @param pkg the package, or {@code null} when it has problems
 * @param problems the problems (empty when the package was read)
 */
record PackageInput(String name, @Nullable EvaluationPackage pkg, List<Problem> problems) {

  /** Reads the file (or standard input for "-"). @throws Io.FileProblem when it cannot be read at all */
  static PackageInput read(Io io, String file) throws Io.FileProblem {
    byte[] bytes = io.read(file);
    String name = file.equals("-") ? "<stdin>" : file;
    try {
      return new PackageInput(name, io.json().read(bytes), List.of());
    } catch (InvalidPackageException e) {
      return new PackageInput(name, null, e.problems());
    }
  }

  /** "{@code file:line:column: /pointer: message}", the form editors and scripts understand. */
  String describe(Problem p) {
    return name + ":" + (p.line() > 0 ? p.line() + ":" + p.column() + ":" : "") + " "
        + (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message();
  }
}
