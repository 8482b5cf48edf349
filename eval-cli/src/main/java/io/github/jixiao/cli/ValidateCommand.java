package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Problem;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao validate FILE}: reads a package and lists every problem with its location. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that FILE is a readable, well-formed package (校验数据格式) and lists every problem",
      "with its JSON pointer and line/column. Arithmetic and content (scores, totals) are judged",
      "by 'jixiao score', not here.",
      "Exit codes: 0 valid, 1 the input has problems, 2 usage error or unreadable file."
    })
final class ValidateCommand implements Callable<Integer> {
  private final Io io;

  @picocli.CommandLine.Mixin
  private LayoutOptions layoutOptions = new LayoutOptions();

  private String file = "-";

  /** A {@link File}, so that the shell completes file names; kept as its path text. */
  @Parameters(index = "0", paramLabel = "FILE", description = "the package JSON, a Word document (.docx) or workbook (.xlsx) a department sent (imported on the way), or - for standard input")
  private void file(File file) {
    this.file = file.getPath();
  }

  @Option(names = "--format", paramLabel = "FORMAT", description = "output format: text (default) or json")
  private Format format = Format.text;

  enum Format {
    text,
    json
  }

  ValidateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    String layoutProblem = layoutOptions.apply(io);
    if (layoutProblem != null) {
      io.err.println("jixiao validate: " + layoutProblem);
      return ExitCode.USAGE;
    }
    PackageInput input;
    try {
      input = PackageInput.read(io, file);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao validate: " + e.getMessage());
      return ExitCode.USAGE;
    }
    String name = input.name();
    List<Problem> problems = input.problems();
    EvaluationPackage pkg = input.pkg();
    if (format == Format.json) {
      io.out.print(json(name, problems));
    } else if (problems.isEmpty()) {
      io.out.printf("%s: valid (格式有效): %d forms, %d reports%n", name,
          pkg.forms().count(), pkg.projectReports().size() + (pkg.departmentReport() == null ? 0 : 1));
    } else {
      for (Problem p : problems) {
        io.out.println(input.describe(p));
      }
      io.out.printf("%s: %d problem(s) (发现 %d 处问题)%n", name, problems.size(), problems.size());
    }
    io.out.flush();
    return problems.isEmpty() ? ExitCode.OK : ExitCode.INPUT_PROBLEMS;
  }

  private static String json(String name, List<Problem> problems) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = CliJson.generator(w)) {
      g.writeStartObject();
      g.writeStringField("file", name);
      g.writeBooleanField("valid", problems.isEmpty());
      g.writeArrayFieldStart("problems");
      for (Problem p : problems) {
        g.writeStartObject();
        g.writeStringField("pointer", p.pointer());
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w + "\n";
  }
}
