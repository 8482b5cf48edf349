package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line, or a shell, run as a separate process, for what only a real process shows:
 * which of its streams are terminals, how a shell takes the completion script. The CLI runs from
 * {@code target/classes} and its runtime dependencies as the build lists them
 * ({@code target/runtime-module-path.txt}), so the tests need no jar built after them.
 */
final class CliProcess {
  private CliProcess() {}

  /** What a finished process gave. */
  record Result(int exit, String out, String err) {}

  /** The repository's root (the folder holding {@code bin/jixiao}), from the module's folder or the root. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("bin").resolve("jixiao")) && Files.isDirectory(dir.resolve("eval-cli"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no bin/jixiao above " + Path.of("").toAbsolutePath());
  }

  /** {@code java -cp classes:dependencies io.github.jixiao.cli.Main}, skipping the test outside Maven. */
  static List<String> jixiao() throws IOException {
    Path list = root().resolve("eval-cli").resolve("target").resolve("runtime-module-path.txt");
    assumeTrue(Files.isRegularFile(list), "no " + list + ": it is written by maven-dependency-plugin "
        + "in generate-test-resources; run the tests through Maven");
    String classPath = root().resolve("eval-cli").resolve("target").resolve("classes") + File.pathSeparator
        + Files.readString(list, StandardCharsets.UTF_8).strip();
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
        "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName());
  }

  /** Whether {@code program} is found on the PATH. */
  static boolean installed(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** The shell-quoted form of {@code word} for {@code sh -c}. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** Runs {@code command} with standard output and error in files of {@code dir}, nothing on standard input. */
  static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
    return run(dir, new ProcessBuilder(command));
  }

  /** Runs {@code pb} (at most two minutes) with standard output and error in files of {@code dir}. */
  static Result run(Path dir, ProcessBuilder pb) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.environment().remove("JIXIAO_PLUGINS");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close(); // nothing on standard input
    boolean finished = p.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      p.destroyForcibly().waitFor();
    }
    assertThat(finished).as("%s finished within two minutes", pb.command()).isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** {@code command} joined into one shell command line. */
  static String shell(List<String> command) {
    List<String> quoted = new ArrayList<>();
    command.forEach(w -> quoted.add(quote(w)));
    return String.join(" ", quoted);
  }
}
