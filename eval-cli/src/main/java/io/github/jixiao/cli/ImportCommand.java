package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.importer.ImportReport;
import io.github.jixiao.importer.Intake;
import io.github.jixiao.importer.office.OfficeRejectedException;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Problem;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao import FILE --out FILE.json}: reads a Word document, a workbook or a package JSON into a package. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads what a department sent into a package (导入) and writes it as JSON: a Word document (.docx) or an",
      "Excel workbook (.xlsx) in any province's layout (the best-matching shipped layout, see 'jixiao layouts',",
      "or --layout / --layout-file), a workbook jixiao wrote (rendered, or a filled-in 'jixiao template'), or a",
      "package JSON. Every problem names its place (附件3-4!G12, 表3 行5 列2); formulas are never evaluated (their",
      "saved values are read; a formula without one is a problem). The import report lists per form the layout",
      "matched and its confidence, every cell read and where, every cell left unread, every value normalised:",
      "with --format text|json a summary on standard error (standard output with --out FILE), all of it with --report.",
      "Exit codes: 0 imported, 1 the file has problems (listed), 2 usage error or a file that cannot be read",
      "(not DOCX/XLSX/JSON, damaged, too large, macros)."
    })
final class ImportCommand implements Callable<Integer> {
  private final Io io;

  @Mixin
  private LayoutOptions layoutOptions = new LayoutOptions();

  private String file = "-";

  // Options naming files are set through File setters so that the shell completion offers file names.
  @Parameters(index = "0", paramLabel = "FILE",
      description = "the document (.docx), workbook (.xlsx) or package (.json), or - for standard input")
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
      description = "a package supplying what the file does not hold: the reports of a workbook, the year and "
          + "department when no form prints them")
  private void base(File base) {
    this.base = base.getPath();
  }

  private String report;

  @Option(names = "--report", paramLabel = "FILE",
      description = "write the whole import report (every cell read, unread, normalised) to FILE, - for standard output")
  private void report(File report) {
    this.report = report.getPath();
  }

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "print the import report: text (a line per form) or json (all of it); without it import is quiet")
  private ValidateCommand.@org.jspecify.annotations.Nullable Format format;

  ImportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    String layoutProblem = layoutOptions.apply(io);
    if (layoutProblem != null) {
      io.err.println("jixiao import: " + layoutProblem);
      return ExitCode.USAGE;
    }
    String name = file.equals("-") ? "<stdin>" : file;
    boolean packageToStdout = out == null || out.equals("-");
    if (packageToStdout && "-".equals(report)) {
      io.err.println("jixiao import: the package and the report cannot both go to standard output; give --out FILE.json");
      return ExitCode.USAGE;
    }
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
    Intake.Result result;
    try {
      result = io.intake().read(bytes, name, basePackage);
    } catch (OfficeRejectedException e) {
      io.err.println("jixiao import: " + name + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    String reportText = format == ValidateCommand.Format.json ? json(result) : text(result.report(), report != null);
    try {
      if (report != null) {
        io.write(report, reportText.getBytes(StandardCharsets.UTF_8));
      } else if (format != null) {
        PrintStream where = packageToStdout ? io.err : io.out;
        where.print(reportText);
        where.flush();
      }
    } catch (Io.FileProblem e) {
      io.err.println("jixiao import: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (result.pkg() == null) {
      for (Problem p : result.problems()) {
        io.out.println(name + ": " + p.message() + (p.pointer().isEmpty() ? "" : " [" + p.pointer() + "]"));
      }
      io.out.printf("%s: %d problem(s) (发现 %d 处问题)%n", name, result.problems().size(), result.problems().size());
      io.out.flush();
      return ExitCode.INPUT_PROBLEMS;
    }
    try {
      io.write(out, io.json().writeBytes(result.pkg()));
    } catch (Io.FileProblem e) {
      io.err.println("jixiao import: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return ExitCode.OK;
  }

  /** The report as text: a line per form, and with {@code full} every cell. */
  static String text(ImportReport r, boolean full) {
    StringBuilder b = new StringBuilder();
    b.append(r.file()).append(": ").append(r.forms().size()).append(" form(s) read from ").append(r.format())
        .append(", ").append(r.cellsRead()).append(" cells\n");
    for (ImportReport.Form f : r.forms()) {
      b.append("  附件").append(f.label()).append(f.title() == null ? "" : " " + f.title().replace('\n', ' '))
          .append(" (").append(f.where()).append("): layout ").append(f.layout()).append(", ").append(f.confidence())
          .append(" %; ").append(f.read().size()).append(" cells read, ").append(f.unread().size())
          .append(" left unread, ").append(f.normalised().size()).append(" normalised")
          .append(f.candidates().isEmpty() ? "" : "; also matched: " + String.join(", ", f.candidates())).append('\n');
      if (!full) {
        continue;
      }
      for (ImportReport.Cell c : f.read()) {
        b.append(c.normalised() == null ? "    read    " : "    normed  ").append(c.ref()).append("  ").append(c.pointer())
            .append("  '").append(c.printed().replace("\n", "\\n")).append('\'');
        if (c.normalised() != null) {
          b.append(" → ").append(c.value()).append(" (").append(c.normalised()).append(')');
        }
        b.append('\n');
      }
      for (ImportReport.Unread u : f.unread()) {
        b.append("    unread  ").append(u.ref()).append("  '").append(u.text().replace("\n", "\\n")).append("' (")
            .append(u.why()).append(")\n");
      }
    }
    for (String n : r.notes()) {
      b.append("  note: ").append(n).append('\n');
    }
    return b.toString();
  }

  /** The report and the problems as one JSON document in the command line's style. */
  static String json(Intake.Result result) {
    ObjectMapper m = new ObjectMapper();
    var root = m.createObjectNode();
    root.set("report", m.valueToTree(result.report()));
    root.put("imported", result.pkg() != null);
    var problems = root.putArray("problems");
    for (Problem p : result.problems()) {
      problems.addObject().put("pointer", p.pointer()).put("message", p.message());
    }
    try {
      return CliJson.restyle(m.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
