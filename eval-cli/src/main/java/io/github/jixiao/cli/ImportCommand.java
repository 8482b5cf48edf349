package io.github.jixiao.cli;

import io.github.jixiao.importer.xlsx.WorkbookRejectedException;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao import FILE.xlsx --out FILE.json}: reads a workbook in jixiao's layout into a package. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads an XLSX workbook in jixiao's layout (one 'jixiao render' wrote, or a filled-in 'jixiao template')",
      "into a package (导入) and writes it as JSON. Every problem is listed with its sheet and cell",
      "(附件3-4!G12: 分值 is not a number: '十'). Formulas are never evaluated: their saved values are read.",
      "The reports are not in a workbook: --base gives a package to take them from.",
      "Exit codes: 0 imported, 1 the workbook has problems (listed), 2 usage error or a file that is not",
      "a readable XLSX workbook (not XLSX, damaged, too large, macros)."
    })
final class ImportCommand implements Callable<Integer> {
  private final Io io;

  private String file = "-";

  // Options naming files are set through File setters so that the shell completion offers file names.
  @Parameters(index = "0", paramLabel = "FILE", description = "the workbook (.xlsx), or - for standard input")
  private void file(File file) {
    this.file = file.getPath();
  }

  private String out;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "write the package JSON to FILE (atomically) instead of standard output; - is standard output")
  private void out(File out) {
    this.out = out.getPath();
  }

  private String base;

  @Option(names = "--base", paramLabel = "JSON",
      description = "a package supplying what a workbook does not hold: the reports (and year, department and "
          + "projects when the workbook was not written by jixiao)")
  private void base(File base) {
    this.base = base.getPath();
  }

  ImportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    String name = file.equals("-") ? "<stdin>" : file;
    byte[] bytes;
    try {
      bytes = io.read(file);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao import: " + e.getMessage());
      return ExitCode.USAGE;
    }
    EvaluationPackage basePackage = null;
    if (base != null) {
      try {
        PackageInput input = PackageInput.read(io, base);
        if (input.pkg() == null) {
          input.problems().forEach(p -> io.err.println(input.describe(p)));
          io.err.println("jixiao import: the base package " + input.name() + " is not valid (" + input.problems().size()
              + " problem(s)); run 'jixiao validate' for details");
          return ExitCode.USAGE;
        }
        basePackage = input.pkg();
      } catch (Io.FileProblem e) {
        io.err.println("jixiao import: " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    EvaluationPackage pkg;
    try {
      pkg = XlsxImporter.create().read(bytes, basePackage);
    } catch (WorkbookRejectedException e) {
      io.err.println("jixiao import: " + name + ": " + e.getMessage());
      return ExitCode.USAGE;
    } catch (InvalidPackageException e) {
      for (Problem p : e.problems()) {
        io.out.println(name + ": " + p.message() + (p.pointer().isEmpty() ? "" : " [" + p.pointer() + "]"));
      }
      io.out.printf("%s: %d problem(s) (发现 %d 处问题)%n", name, e.problems().size(), e.problems().size());
      io.out.flush();
      return ExitCode.INPUT_PROBLEMS;
    } catch (IOException e) {
      io.err.println("jixiao import: cannot read " + name + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      io.write(out, io.json().writeBytes(pkg));
    } catch (Io.FileProblem e) {
      io.err.println("jixiao import: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return ExitCode.OK;
  }
}
