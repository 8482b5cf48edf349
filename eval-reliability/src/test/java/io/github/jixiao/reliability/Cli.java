package io.github.jixiao.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The shaded CLI ({@code eval-cli/target/jixiao.jar}) and the HTML plug-in jar, run as separate
 * processes. Both exist after {@code package} of their modules, which the reactor builds before
 * this one; with {@code ./mvnw test} on a clean tree they do not, and the tests using them are
 * skipped with a message (as eval-examples-html's CliPluginTest does).
 */
final class Cli {
  static final Path JAR = Path.of("..", "eval-cli", "target", "jixiao.jar").toAbsolutePath().normalize();
  static final Path HTML_PLUGIN = Path.of("..", "eval-examples-html", "target", "eval-examples-html-0.1.0-SNAPSHOT.jar")
      .toAbsolutePath().normalize();

  private Cli() {}

  static void assumeJar() {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run ./mvnw verify (or package) to build the CLI jar");
  }

  static void assumeHtmlPlugin() {
    Assumptions.assumeTrue(Files.isRegularFile(HTML_PLUGIN), "no " + HTML_PLUGIN + ": run ./mvnw verify (or package)");
  }

  /** {@code java [jvmOptions] -jar jixiao.jar args}. */
  static ProcessBuilder command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    // the quick JIT only, as bin/jixiao runs a single file: these short runs end before the
    // optimising compiler pays off (a third less wall time, two fifths less CPU on 2 cores)
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** What a finished run gave. */
  record Result(int exit, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  /** Runs to the end (at most two minutes) with stdout and stderr in files of {@code dir}. */
  static Result run(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = command(jvmOptions, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("jixiao " + String.join(" ", args) + " did not finish within two minutes");
    }
    return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
  }
}
