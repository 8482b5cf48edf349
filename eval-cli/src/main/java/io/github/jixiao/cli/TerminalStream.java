package io.github.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A standard stream that is a terminal. {@link Main#run} gives a terminal what a person at a
 * terminal wants and what would spoil a file or a pipe: passed as {@code err}, a batch run draws
 * its progress bar on it; passed as {@code out}, {@code template --out -} refuses to write binary
 * XLSX onto it. A plain {@link PrintStream} is never taken for a terminal, so tests and programs
 * embedding the command line get plain output unless they ask for this.
 *
 * <p>Only {@link Main#main} looks at the real file descriptors ({@link #stdout()}, {@link #stderr()}),
 * once: Java 17 cannot tell whether file descriptor 2 is a terminal ({@code System.console()}
 * is about standard input and output), so the launcher {@code bin/jixiao} asks the shell
 * ({@code [ -t 1 ]}, {@code [ -t 2 ]}) and passes the answers as the system properties
 * {@value #STDOUT_PROPERTY} and {@value #STDERR_PROPERTY} ({@code true} or {@code false}).
 * Without them (a plain {@code java -jar}) Linux says where {@code /proc/self/fd/N} leads: a
 * terminal is {@code /dev/pts/*}, {@code /dev/tty*} or {@code /dev/console}. Elsewhere (Windows,
 * macOS without the launcher) a stream is taken for a file; set the property to say otherwise.
 */
public final class TerminalStream extends PrintStream {
  /** System property saying whether standard output is a terminal ({@code true}/{@code false}). */
  static final String STDOUT_PROPERTY = "jixiao.stdout.terminal";
  /** System property saying whether standard error is a terminal ({@code true}/{@code false}). */
  static final String STDERR_PROPERTY = "jixiao.stderr.terminal";

  private static final Pattern TERMINAL_DEVICE = Pattern.compile("/dev/(pts/\\d+|tty\\w*|console)");

  /**
   * A terminal stream writing UTF-8 text to {@code out}, flushed at every line.
   *
   * @param out the terminal's byte stream ({@code System.err} when it is a terminal, or a test's
   *     stand-in for one)
   */
  public TerminalStream(OutputStream out) {
    super(out, true, StandardCharsets.UTF_8);
  }

  /** Whether {@code stream} is a terminal for jixiao: a {@link TerminalStream}. */
  static boolean is(PrintStream stream) {
    return stream instanceof TerminalStream;
  }

  /** Standard output as UTF-8, a {@link TerminalStream} when it is a terminal (for {@link Main#main} only). */
  static PrintStream stdout() {
    return stream(System.out, isTerminal(System.getProperty(STDOUT_PROPERTY), Path.of("/proc/self/fd/1")));
  }

  /** Standard error as UTF-8, a {@link TerminalStream} when it is a terminal (for {@link Main#main} only). */
  static PrintStream stderr() {
    return stream(System.err, isTerminal(System.getProperty(STDERR_PROPERTY), Path.of("/proc/self/fd/2")));
  }

  private static PrintStream stream(OutputStream out, boolean terminal) {
    return terminal ? new TerminalStream(out) : new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  /**
   * Whether a file descriptor is a terminal: what the launcher said ({@code property}, when
   * given), else whether its {@code /proc} link leads to a terminal device.
   */
  static boolean isTerminal(@Nullable String property, Path procLink) {
    if (property != null) {
      return property.strip().equalsIgnoreCase("true");
    }
    try {
      return TERMINAL_DEVICE.matcher(Files.readSymbolicLink(procLink).toString()).matches();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc (not Linux) or not readable: take it for a file
    }
  }
}
