package io.github.jixiao.cli;

import io.github.jixiao.importer.office.XlsxWriter;
import io.github.jixiao.importer.FormPrinter;
import io.github.jixiao.importer.Layouts;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.render.xlsx.XlsxTemplate;
import java.io.File;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao template --out FILE.xlsx}: writes the blank 项目支出绩效自评表 workbook. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a blank 项目支出绩效自评表 (空白模板) as an XLSX workbook for a department to fill in:",
      "the official layout, formulas for 年度资金总额, 执行率, the execution score, the level-1 subtotals",
      "and 总分 (locked), drop-down lists for the indicator names. Read it back with 'jixiao import'.",
      "--as-printed writes the transcription variant instead: the form as the province prints it (--layout ID, any",
      "layout of 'jixiao layouts'; default " + TemplateCommand.AS_PRINTED_DEFAULT + ") with every value an input cell — 执行率, 得分 and",
      "总分 included — so that a paper form is typed in with its mistakes and 'jixiao score' finds them.",
      "Exit codes: 0 written, 2 usage error or a file that cannot be written."
    })
final class TemplateCommand implements Callable<Integer> {
  private final Io io;

  private String out = "";

  // Options naming files are set through File setters so that the shell completion offers file names.
  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "the workbook to write (.xlsx; written atomically), or - for standard output when it is not a terminal")
  private void out(File out) {
    this.out = out.getPath();
  }

  @Option(names = "--year", paramLabel = "YEAR",
      description = "the budget year in the title (default: last year)")
  private Integer year;

  @Option(names = "--label", paramLabel = "LABEL", defaultValue = "3-1",
      description = "the attachment label (default: ${DEFAULT-VALUE})")
  private String label = "3-1";

  @Option(names = "--rows", paramLabel = "N", defaultValue = "2",
      description = "empty level-3 rows under each level-2 indicator, 1-50 (default: ${DEFAULT-VALUE}; 数量指标 one more)")
  private int rows = 2;

  /** The layout of the transcription variant unless --layout says otherwise: the fill-in template's own. */
  static final String AS_PRINTED_DEFAULT = "hunan-2023";

  @Option(names = "--as-printed",
      description = "the transcription variant: the printed form with every value an input cell, no formulas")
  private boolean asPrinted;

  @Option(names = "--layout", paramLabel = "ID", completionCandidates = Completions.LayoutIds.class,
      description = "with --as-printed: the province layout (see 'jixiao layouts'; default " + AS_PRINTED_DEFAULT + ")")
  private String layout;

  TemplateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (out.equals("-") && io.outIsTerminal) {
      io.err.println("jixiao template: --out - would write a binary XLSX workbook onto the terminal;"
          + " redirect standard output (> FILE.xlsx) or give --out FILE.xlsx");
      return ExitCode.USAGE;
    }
    if (layout != null && !asPrinted) {
      io.err.println("jixiao template: --layout needs --as-printed (the fill-in template with formulas is in jixiao's own "
          + "layout; the transcription variant is written in any layout)");
      return ExitCode.USAGE;
    }
    if (asPrinted) {
      return asPrinted();
    }
    XlsxTemplate template;
    try {
      template = XlsxTemplate.forYear(year != null ? year : LocalDate.now().getYear() - 1)
          .withLabel(label).withRowsPerIndicator(rows);
    } catch (IllegalArgumentException e) {
      io.err.println("jixiao template: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      io.write(out, template.toBytes());
    } catch (Io.FileProblem e) {
      io.err.println("jixiao template: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return ExitCode.OK;
  }

  private int asPrinted() {
    String id = layout != null ? layout : AS_PRINTED_DEFAULT;
    Layouts layouts = Layouts.builtIn();
    var l = layouts.get(id);
    if (l.isEmpty()) {
      io.err.println("jixiao template: unknown layout '" + id + "' (未知版式); known: "
          + String.join(", ", layouts.all().stream().map(Layout::id).toList()));
      return ExitCode.USAGE;
    }
    if (rows < 1 || rows > 50) {
      io.err.println("jixiao template: --rows must be 1-50, got " + rows);
      return ExitCode.USAGE;
    }
    int y = year != null ? year : LocalDate.now().getYear() - 1;
    if (y < 1990 || y > 2100) {
      io.err.println("jixiao template: --year must be 1990-2100, got " + y);
      return ExitCode.USAGE;
    }
    var sheet = FormPrinter.blankSheet(l.get(), y + "年度" + l.get().title().printed(), label,
        rows);
    byte[] bytes = XlsxWriter.write(java.util.List.of(sheet),
        new XlsxWriter.Options(true));
    try {
      io.write(out, bytes);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao template: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return ExitCode.OK;
  }
}
