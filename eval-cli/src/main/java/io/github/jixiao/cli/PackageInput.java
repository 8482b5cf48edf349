package io.github.jixiao.cli;

import io.github.jixiao.importer.office.OfficeRejectedException;
import io.github.jixiao.importer.Intake;
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
    if (isOffice(bytes)) {
      // a Word document or a workbook as a department sent it: imported on the way (jixiao import shows how)
      try {
        Intake.Result r = io.intake().read(bytes, name, null);
        return new PackageInput(name, r.pkg(), r.problems());
      } catch (OfficeRejectedException e) {
        throw new Io.FileProblem(name + ": " + e.getMessage());
      }
    }
    try {
      return new PackageInput(name, io.json().read(bytes), List.of());
    } catch (InvalidPackageException e) {
      return new PackageInput(name, null, e.problems());
    }
  }

  /** Whether the bytes are a zip (a .docx or .xlsx), not JSON. */
  static boolean isOffice(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
        || bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF;
  }

  /** "{@code file:line:column: /pointer: message}", the form editors and scripts understand. */
  String describe(Problem p) {
    return name + ":" + (p.line() > 0 ? p.line() + ":" + p.column() + ":" : "") + " "
        + (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message();
  }
}
