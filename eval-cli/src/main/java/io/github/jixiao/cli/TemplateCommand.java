package io.github.jixiao.cli;

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
}
