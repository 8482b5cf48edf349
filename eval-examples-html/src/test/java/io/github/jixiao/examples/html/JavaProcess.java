package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A separate JVM run by the plug-in tests: its exit code and what it printed. */
record JavaProcess(int exit, String out, String err) {

  /** Runs {@code java jvmAndArgs…} (UTF-8, no JIXIAO_PLUGINS), capturing output in {@code dir}. */
  static JavaProcess run(Path dir, List<String> jvmAndArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1"));
    command.addAll(jvmAndArgs);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("JIXIAO_PLUGINS");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("java finished").isTrue();
    return new JavaProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
