package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.importer.Layouts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao layouts [--show ID]}: lists the form layouts import reads, or prints one. */
@Command(
    name = "layouts",
    mixinStandardHelpOptions = true,
    description = {"Lists the form layouts (版式) 'jixiao import' recognises — each province's printed form as data —,",
      "or prints one as JSON with --show (a start for your own --layout-file; docs/LAYOUTS.md)."})
final class LayoutsCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--show", paramLabel = "ID", completionCandidates = Completions.LayoutIds.class,
      description = "print this layout as JSON")
  private String show;

  LayoutsCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    Layouts layouts = Layouts.builtIn();
    if (show != null) {
      var l = layouts.get(show);
      if (l.isEmpty()) {
        io.err.println("jixiao layouts: unknown layout '" + show + "' (未知版式); known: "
            + String.join(", ", layouts.all().stream().map(Layout::id).toList()));
        return ExitCode.USAGE;
      }
      io.out.print(CliJson.restyle(new ObjectMapper().writeValueAsString(l.get())));
      io.out.flush();
      return ExitCode.OK;
    }
    for (Layout l : layouts.all()) {
      io.out.printf("%-24s %-10s %s%n", l.id(), l.departmentForm() ? "部门整体" : "项目", l.name());
    }
    io.out.flush();
    return ExitCode.OK;
  }
}
