package io.github.jixiao.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exit, byte[] stdout, String err) {

  /** Runs {@code jixiao args} with nothing on standard input. */
  static CliRun run(String... args) {
    return run(new byte[0], args);
  }

  /** Runs {@code jixiao args} with {@code stdin} on standard input. */
  static CliRun run(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), args);
  }

  /** Runs {@code jixiao args} reading standard input from {@code in}. */
  static CliRun run(InputStream in, String... args) {
    return run(in, System.getenv(), args);
  }

  /** Runs {@code jixiao args} with the environment {@code env}. */
  static CliRun withEnv(java.util.Map<String, String> env, String... args) {
    return run(new ByteArrayInputStream(new byte[0]), env, args);
  }

  private static CliRun run(InputStream in, java.util.Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, in, o, e, env);
    }
    return new CliRun(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output as text. */
  String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** Standard output followed by standard error. */
  String all() {
    return out() + err;
  }
}
