package io.github.jixiao.cli;

import io.github.jixiao.model.render.RendererProvider;
import io.github.jixiao.model.render.Renderers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao renderers [--plugins PATH]}: lists the renderers found, plug-ins included. */
@Command(
    name = "renderers",
    mixinStandardHelpOptions = true,
    description = {"Lists the renderers (输出格式) render --format can use: the built-in ones and those in plug-in jars."})
final class RenderersCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--plugins", paramLabel = "PATH",
      description = "jars or directories of jars with more renderers (default: $" + Plugins.ENV + ")")
  private String plugins;

  RenderersCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Renderers known;
    try {
      known = Renderers.discover(Plugins.loader(plugins, io.env));
    } catch (Io.FileProblem | IllegalStateException e) {
      io.err.println("jixiao renderers: " + e.getMessage());
      return ExitCode.USAGE;
    }
    for (RendererProvider p : known.providers()) {
      io.out.printf("%-8s %s%n", p.id(), p.description());
    }
    io.out.flush();
    return ExitCode.OK;
  }
}
