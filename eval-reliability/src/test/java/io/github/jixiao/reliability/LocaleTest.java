package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, class 1: under cron, systemd and minimal container images there is no locale (or the
 * C/POSIX one), and Java then cannot name files in Chinese. {@code bin/jixiao} runs every command
 * with Chinese input and output names there as with a UTF-8 locale; a plain {@code java -jar}
 * without one says what to do (exit 2), never "internal error".
 */
class LocaleTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  /** bin/jixiao with only PATH, HOME and {@code locale} in the environment; the result. */
  private static Cli.Result launcher(Path cwd, Map<String, String> locale, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("bin").resolve("jixiao").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    String home = env.get("HOME");
    env.clear();
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + (path == null ? "/usr/bin:/bin" : path));
    if (home != null) {
      env.put("HOME", home);
    }
    env.putAll(locale);
    Path out = Files.createTempFile(cwd, "out", ".txt");
    Path err = Files.createTempFile(cwd, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("bin/jixiao " + String.join(" ", args) + " did not finish within two minutes");
    }
    return new Cli.Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static boolean hasLocale(String name) {
    try {
      Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
      String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase();
      p.waitFor();
      return all.contains(name.toLowerCase().replace("-", ""));
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void everyCommandReadsAndWritesChineseNamesWithNoLocaleWithCAndWithGb18030() throws Exception {
    Cli.assumeJar();
    assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "the test itself needs UTF-8 file names to look at what the commands wrote");
    Map<String, Map<String, String>> locales = new LinkedHashMap<>();
    locales.put("no locale", Map.of());
    locales.put("LC_ALL=C", Map.of("LC_ALL", "C"));
    locales.put("LANG=POSIX", Map.of("LANG", "POSIX"));
    if (hasLocale("zh_CN.gb18030")) {
      locales.put("LANG=zh_CN.GB18030", Map.of("LANG", "zh_CN.GB18030"));
    }
    for (Map.Entry<String, Map<String, String>> l : locales.entrySet()) {
      Path cwd = Files.createDirectories(dir.resolve("run-" + locales.keySet().stream().toList().indexOf(l.getKey())));
      Map<String, String> env = l.getValue();
      String as = l.getKey() + ": ";
      Cli.Result example = launcher(cwd, env, "example", "miluo-2023", "--out", "示例.json");
      assertThat(example.exit()).as(as + example.stderr()).isZero();
      assertThat(cwd.resolve("示例.json")).as(as).isRegularFile();
      Cli.Result validate = launcher(cwd, env, "validate", "示例.json");
      assertThat(validate.exit()).as(as + validate.stderr()).isZero();
      Cli.Result score = launcher(cwd, env, "score", "示例.json");
      assertThat(score.exit()).as(as + score.stderr()).isEqualTo(1);
      Cli.Result template = launcher(cwd, env, "template", "--out", "模板.xlsx");
      assertThat(template.exit()).as(as + template.stderr()).isZero();
      assertThat(cwd.resolve("模板.xlsx")).as(as).isRegularFile();
      Cli.Result imported = launcher(cwd, env, "import", "示例.json", "--out", "导入.json");
      assertThat(imported.exit()).as(as + imported.stderr()).isZero();
      assertThat(cwd.resolve("导入.json")).as(as).isRegularFile();
      Files.createDirectories(cwd.resolve("部门"));
      Files.copy(cwd.resolve("示例.json"), cwd.resolve("部门").resolve("部门.json"));
      Cli.Result render = launcher(cwd, env, "render", "部门", "--format", "xlsx", "--out", "输出");
      assertThat(render.exit()).as(as + render.stderr()).isZero();
      assertThat(cwd.resolve("输出").resolve("汇总.xlsx")).as(as).isRegularFile();
      assertThat(cwd.resolve("输出").resolve("部门.xlsx")).as(as).isRegularFile();
      Cli.Result audit = launcher(cwd, env, "audit", "部门", "--out", "审核", "--date", "2024-04-15");
      assertThat(audit.exit()).as(as + audit.stderr()).isEqualTo(1);
      assertThat(cwd.resolve("审核").resolve("县级汇总.xlsx")).as(as).isRegularFile();
      for (Cli.Result r : List.of(example, validate, score, template, imported, render, audit)) {
        assertThat(r.stderr()).as(as).doesNotContain("internal error").doesNotContain("InvalidPathException");
      }
    }
  }

  @Test
  void plainJavaWithoutALocaleSaysWhatToDoInsteadOfAnInternalError() throws Exception {
    Cli.assumeJar();
    assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "needs UTF-8 file names itself");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("..", "eval-examples", "src", "main", "resources", "io", "github", "jixiao", "examples")
        .resolve("miluo-2023.json"), in.resolve("a.json"));
    ProcessBuilder pb = Cli.command(List.of(), "render", in.toString(), "--format", "xlsx", "--out",
        dir.resolve("out").toString());
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", path == null ? "/usr/bin:/bin" : path);
    Process p = pb.redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(p.exitValue()).as(said).isEqualTo(2);
    assertThat(said).contains("cannot name the file", "LC_ALL=C.UTF-8").doesNotContain("internal error");
  }
}
