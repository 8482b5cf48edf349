package io.github.jixiao.cli;

import io.github.jixiao.model.io.AtomicFiles;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code jixiao} command. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "jixiao (绩效): budget performance self-evaluation (预算绩效自评) packages —",
      "validate, score, audit and render them.",
      "",
      "Exit codes: 0 OK/valid, 1 the input has problems, 2 usage error or unreadable file, 3 internal error."
    },
    subcommands = {ExampleCommand.class, ValidateCommand.class, ScoreCommand.class, ProfilesCommand.class,
      RenderCommand.class, RenderersCommand.class, TemplateCommand.class, ImportCommand.class, LayoutsCommand.class, AuditCommand.class, CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (请指定命令)");
  }

  /**
   * Runs the command line as a process and exits with its code. Only here, not in {@link #run},
   * does jixiao touch JVM-wide settings: the shutdown hook that removes the temporary files of
   * outputs being written when the process is stopped, and POI's logging.
   *
   * @param args the command and its options, as typed ({@code render miluo-2023.json --format pdf --out out})
   */
  public static void main(String[] args) {
    Runtime.getRuntime().addShutdownHook(
        new Thread(AtomicFiles::stopAndRemoveTemporaryFiles, "jixiao-remove-temporary-files"));
    quietLog4j();
    System.exit(run(args, System.in, TerminalStream.stdout(), TerminalStream.stderr()));
  }

  /**
   * Runs the command line with these streams and returns the exit code (for tests and
   * embedding). It sets no system property, logger level or hook: what it needs is in the
   * streams and arguments it is given. Whether a stream is a terminal is never looked up here:
   * {@code out} and {@code err} are taken for files or pipes (no progress bar) unless they are
   * {@link TerminalStream}s. Text is written as UTF-8, whatever the platform's default.
   *
   * @param args the command and its options, as {@link #main} would get them
   * @param in what {@code -} reads (standard input)
   * @param out where results go, and what {@code -} writes (standard output)
   * @param err where problems, messages and the progress bar go (standard error)
   * @return the exit code: 0 success or valid, 1 the input has problems, 2 a usage error or a file that
   *     cannot be read or written, 3 an internal error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, System.getenv());
  }

  /**
   * As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with the environment given
   * rather than the process's ({@code JIXIAO_PROFILES}); for hosts and tests.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param env the environment variables the commands read
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, java.util.Map<String, String> env) {
    Io io = new Io(in, out, err, env);
    CommandLine cli = new CommandLine(new Main(), new Factory(io));
    // picocli's help and messages: UTF-8 like everything else, not the platform's default
    // charset (under LANG=C the Chinese in --help came out as '?')
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    // picocli's own Path converter keeps only the message of an InvalidPathException; this one keeps
    // the exception, so that the handler below says what a locale without UTF-8 does to file names
    cli.registerConverter(java.nio.file.Path.class, s -> {
      try {
        return java.nio.file.Path.of(s);
      } catch (java.nio.file.InvalidPathException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    });
    cli.setParameterExceptionHandler((e, a) -> {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof java.nio.file.InvalidPathException p) { // a path option picocli could not convert
          err.println("jixiao: " + Io.unnameable(p));
          return ExitCode.USAGE;
        }
      }
      err.println("jixiao: " + e.getMessage());
      err.println("Try 'jixiao " + commandPath(e.getCommandLine()) + "--help' for usage.");
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(err, e));
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) { // e.g. an ExceptionInInitializerError, which picocli does not handle
      return failed(err, e);
    }
  }

  /** An error the command did not handle: too little memory is the user's to fix (exit 2), anything else a bug (3). */
  static int failed(PrintStream err, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      err.println("jixiao: out of memory (内存不足): the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB) is too small for this input; give more, e.g. JAVA_OPTS=-Xmx2g bin/jixiao … "
          + "(or java -Xmx2g -jar jixiao.jar …), or split the input (jixiao audit: audit parts and --merge them)");
      return ExitCode.USAGE;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof java.nio.file.InvalidPathException p) {
        err.println("jixiao: " + Io.unnameable(p));
        return ExitCode.USAGE;
      }
    }
    err.println("jixiao: internal error (内部错误), please report it: " + e);
    return ExitCode.INTERNAL;
  }

  /**
   * Apache POI logs through the Log4j API; the command line ships no Log4j back end, so use the
   * API's own simple logger with logging off instead of its "no provider" complaint on stderr.
   */
  private static void quietLog4j() {
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    setIfAbsent("log4j2.simplelogLevel", "OFF");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("log4j2.StatusLogger.level", "OFF");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static String commandPath(CommandLine c) {
    String path = c.getCommandSpec().qualifiedName(" ");
    return path.equals("jixiao") ? "" : path.substring("jixiao ".length()) + " ";
  }

  /** Gives every command the invocation's streams. */
  private static final class Factory implements CommandLine.IFactory {
    private final Io io;

    Factory(Io io) {
      this.io = io;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ExampleCommand.class) {
        return type.cast(new ExampleCommand(io));
      }
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(io));
      }
      if (type == ScoreCommand.class) {
        return type.cast(new ScoreCommand(io));
      }
      if (type == ProfilesCommand.class) {
        return type.cast(new ProfilesCommand(io));
      }
      if (type == RenderCommand.class) {
        return type.cast(new RenderCommand(io));
      }
      if (type == RenderersCommand.class) {
        return type.cast(new RenderersCommand(io));
      }
      if (type == TemplateCommand.class) {
        return type.cast(new TemplateCommand(io));
      }
      if (type == AuditCommand.class) {
        return type.cast(new AuditCommand(io));
      }
      if (type == ImportCommand.class) {
        return type.cast(new ImportCommand(io));
      }
      if (type == LayoutsCommand.class) {
        return type.cast(new LayoutsCommand(io));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"jixiao " + (v == null ? "(development build)" : v)};
    }
  }
}
