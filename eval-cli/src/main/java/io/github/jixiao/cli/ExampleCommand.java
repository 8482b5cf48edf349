package io.github.jixiao.cli;

import io.github.jixiao.examples.Examples;
import java.io.File;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao example NAME [--out FILE]}: writes a bundled example package as JSON. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a bundled example package as JSON (示例数据).",
      "Examples: miluo-2023 — the 2023 package of 汨罗市住房和城乡建设局, errors included;",
      "and real forms of other provinces (jixiao example --list)."
    })
final class ExampleCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the example's name (see --list)",
      completionCandidates = Names.class)
  private String name = "";

  @Option(names = {"-l", "--list"}, description = "list the bundled examples with a line on each, and exit")
  private boolean list;

  private String out;

  // Options naming files are set through File setters so that the shell completion offers file names.
  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write to FILE (atomically) instead of standard output; - is standard output")
  private void out(File out) {
    this.out = out.getPath();
  }

  ExampleCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    if (list) {
      for (Examples.Example e : Examples.list()) {
        io.out.println(e.name() + "\t" + e.description());
      }
      io.out.flush();
      return ExitCode.OK;
    }
    if (name.isEmpty()) {
      io.err.println("jixiao example: missing NAME: give an example's name, or --list to see them (缺少示例名称)");
      return ExitCode.USAGE;
    }
    var json = Examples.json(name);
    if (json.isEmpty()) {
      io.err.println("jixiao example: unknown example '" + name + "' (没有这个示例); known: "
          + String.join(", ", Examples.names()));
      return ExitCode.USAGE;
    }
    try {
      io.write(out, json.get());
    } catch (Io.FileProblem e) {
      io.err.println("jixiao example: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return ExitCode.OK;
  }

  /** The names of the bundled examples, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Examples.names().iterator();
    }
  }
}
