package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, class 1: under cron, systemd and minimal container images there is no locale (or the
 * C/POSIX one, or one that is set but not installed), and Java then cannot name files in Chinese.
 * {@code bin/jixiao} runs every command with Chinese input and output names there as with a UTF-8
 * locale; under zh_CN.GB18030 it keeps the user's locale and the names are written in GB18030, as
 * the system's other tools expect. A plain {@code java -jar} without a locale says what to do
 * (exit 2), never "internal error".
 *
 * <p>Each run has only PATH, HOME and the locale variables in its environment. What was written
 * is looked up by the bytes of its name ({@code find -print0}), so that a name in GB18030 is
 * checked as exactly as one in UTF-8. The GB18030 locale is compiled once into
 * {@code target/locales} with {@code localedef} when the system has the sources but not the
 * locale (most container images); without either, that case is skipped with a message.
 */
class LocaleTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  /**
   * bin/jixiao with only PATH, HOME and {@code locale} in the environment, the arguments given as
   * a terminal in that locale would give them: as bytes in {@code names}' encoding (through the
   * shell: this JVM itself passes arguments in UTF-8); the result.
   */
  /** {@code pb} with no environment but PATH: no locale at all, as under cron, systemd or a bare container. */
  private static ProcessBuilder onlyPath(ProcessBuilder pb) {
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", path == null ? "/usr/bin:/bin" : path);
    return pb;
  }

  private static Cli.Result launcher(Path cwd, Map<String, String> locale, Charset names, String... args) throws Exception {
    StringBuilder line = new StringBuilder("exec '" + ROOT.resolve("bin").resolve("jixiao") + "'");
    for (String a : args) {
      line.append(' ').append(word(a, names));
    }
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", line.toString()).directory(cwd.toFile());
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + (path == null ? "/usr/bin:/bin" : path));
    env.put("HOME", cwd.toString()); // the launcher's clean-up of old caches looks here, not in the real home
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

  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return all;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static boolean installed(String name) {
    String all = run("locale", "-a").toLowerCase(java.util.Locale.ROOT);
    return all.lines().anyMatch(l -> l.strip().replace("-", "").equals(name.toLowerCase(java.util.Locale.ROOT).replace("-", "")));
  }

  /**
   * The environment for zh_CN.GB18030: as installed, or compiled into target/locales (LOCPATH);
   * null when neither is possible.
   */
  private static Map<String, String> gb18030() throws Exception {
    if (installed("zh_CN.gb18030")) {
      return Map.of("LANG", "zh_CN.GB18030");
    }
    Path locales = Path.of("target", "locales").toAbsolutePath();
    Path compiled = locales.resolve("zh_CN.GB18030");
    if (!Files.isDirectory(compiled)) {
      if (!Files.isDirectory(Path.of("/usr/share/i18n/locales")) || run("sh", "-c", "command -v localedef").isBlank()) {
        return null;
      }
      Files.createDirectories(locales);
      run("localedef", "-i", "zh_CN", "-f", "GB18030", compiled.toString());
    }
    if (!Files.isDirectory(compiled)) {
      return null;
    }
    Map<String, String> env = Map.of("LOCPATH", locales.toString(), "LANG", "zh_CN.GB18030");
    List<String> check = new ArrayList<>(List.of("env", "-i"));
    env.forEach((k, v) -> check.add(k + "=" + v));
    check.addAll(List.of("locale", "charmap"));
    return run(check.toArray(String[]::new)).contains("GB18030") ? env : null;
  }

  /** A shell word that is {@code name} in {@code names}' encoding, byte for byte: $(printf '\\346…'). */
  private static String word(String name, Charset names) {
    StringBuilder b = new StringBuilder("\"$(printf '");
    for (byte x : name.getBytes(names)) {
      b.append(String.format("\\%03o", x & 0xff));
    }
    return b.append("')\"").toString();
  }

  /**
   * The names in {@code cwd}/{@code folder} ({@code folder} in {@code names}' encoding, or null for
   * {@code cwd} itself) as the bytes the file system holds: through the shell, because this JVM's
   * own paths are UTF-8 and cannot name a GB18030 folder.
   */
  private static List<byte[]> rawNames(Path cwd, String folder, Charset names) throws Exception {
    String cd = "cd '" + cwd + "'" + (folder == null ? "" : " && cd " + word(folder, names));
    Process p = new ProcessBuilder("sh", "-c", cd + " && find . -mindepth 1 -maxdepth 1 -printf '%f\\0'").start();
    byte[] all = p.getInputStream().readAllBytes();
    p.waitFor();
    List<byte[]> found = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == 0) {
        found.add(Arrays.copyOfRange(all, from, i));
        from = i + 1;
      }
    }
    return found;
  }

  /** Whether {@code cwd}/{@code folder} holds a file named {@code name}, all names in {@code names}' encoding. */
  private static boolean holds(Path cwd, String folder, String name, Charset names) throws Exception {
    byte[] wanted = name.getBytes(names);
    return rawNames(cwd, folder, names).stream().anyMatch(b -> Arrays.equals(b, wanted));
  }

  /** Every command, with Chinese input and output names, under {@code locale}; {@code names} the encoding of the names on disk. */
  private void everyCommand(String label, Map<String, String> locale, Charset names, boolean audit) throws Exception {
    Path cwd = Files.createDirectories(dir.resolve("run-" + label.replaceAll("[^A-Za-z0-9]", "_")));
    String as = label + ": ";
    List<Cli.Result> results = new ArrayList<>();
    Cli.Result example = launcher(cwd, locale, names, "example", "miluo-2023", "--out", "示例.json");
    results.add(example);
    assertThat(example.exit()).as(as + example.stderr()).isZero();
    assertThat(holds(cwd, null, "示例.json", names)).as(as + "示例.json").isTrue();
    Cli.Result validate = launcher(cwd, locale, names, "validate", "示例.json");
    results.add(validate);
    assertThat(validate.exit()).as(as + validate.stderr()).isZero();
    Cli.Result score = launcher(cwd, locale, names, "score", "示例.json");
    results.add(score);
    assertThat(score.exit()).as(as + score.stderr()).isEqualTo(1);
    assertThat(score.out()).as(as + "the findings, in UTF-8 whatever the locale").contains("汨罗市住房和城乡建设局");
    Cli.Result template = launcher(cwd, locale, names, "template", "--out", "模板.xlsx", "--label", "三-1");
    results.add(template);
    assertThat(template.exit()).as(as + template.stderr()).isZero();
    assertThat(holds(cwd, null, "模板.xlsx", names)).as(as + "模板.xlsx").isTrue();
    // a folder with a Chinese name holding a package with a Chinese name, rendered with 汇总.xlsx
    String copied = run("sh", "-c", "cd '" + cwd + "' && mkdir " + word("部门", names) + " && cp " + word("示例.json", names)
        + " " + word("部门", names) + "/" + word("部门.json", names) + " && echo copied");
    assertThat(copied).as(as).contains("copied");
    Cli.Result render = launcher(cwd, locale, names, "render", "部门", "--format", "xlsx", "--out", "输出");
    results.add(render);
    assertThat(render.exit()).as(as + render.stderr()).isZero();
    assertThat(holds(cwd, "输出", "汇总.xlsx", names)).as(as + "输出/汇总.xlsx").isTrue();
    assertThat(holds(cwd, "输出", "部门.xlsx", names)).as(as + "输出/部门.xlsx").isTrue();
    assertThat(render.out()).as(as).contains("汇总", "1 packages: 1 rendered");
    // the workbook just rendered, read back from the Chinese folder
    Cli.Result imported = launcher(cwd, locale, names, "import", "输出/部门.xlsx", "--out", "导入.json", "--report", "报告.txt");
    results.add(imported);
    assertThat(imported.exit()).as(as + imported.stderr()).isZero();
    assertThat(holds(cwd, null, "导入.json", names)).as(as + "导入.json").isTrue();
    assertThat(holds(cwd, null, "报告.txt", names)).as(as + "报告.txt").isTrue();
    if (audit) {
      Cli.Result a = launcher(cwd, locale, names, "audit", "部门", "--out", "审核", "--date", "2024-04-15");
      results.add(a);
      assertThat(a.exit()).as(as + a.stderr()).isEqualTo(1);
      assertThat(holds(cwd, "审核", "县级汇总.xlsx", names)).as(as + "审核/县级汇总.xlsx").isTrue();
    }
    for (Cli.Result r : results) {
      assertThat(r.stderr()).as(as).doesNotContain("internal error").doesNotContain("InvalidPathException")
          .doesNotContain("cannot name the file");
    }
  }

  @Test
  void everyCommandReadsAndWritesChineseNamesWithNoLocale() throws Exception {
    Cli.assumeJar();
    everyCommand("no locale", Map.of(), StandardCharsets.UTF_8, true);
  }

  @Test
  void everyCommandReadsAndWritesChineseNamesUnderLcAllC() throws Exception {
    Cli.assumeJar();
    everyCommand("LC_ALL=C", Map.of("LC_ALL", "C"), StandardCharsets.UTF_8, false);
  }

  @Test
  void everyCommandKeepsAGb18030LocaleAndWritesItsNamesInGb18030() throws Exception {
    Cli.assumeJar();
    Map<String, String> gb = gb18030();
    assumeTrue(gb != null, "no zh_CN.GB18030 locale, and localedef cannot make one here");
    everyCommand("zh_CN.GB18030", gb, Charset.forName("GB18030"), true);
  }

  @Test
  void posixAndALocaleThatIsSetButNotInstalledWriteChineseNamesToo() throws Exception {
    Cli.assumeJar();
    Map<String, Map<String, String>> cases = new java.util.LinkedHashMap<>();
    cases.put("LANG=POSIX", Map.of("LANG", "POSIX"));
    // a container image with ENV LANG=en_US.UTF-8 and no locales: the C library falls back to C
    for (String missing : List.of("en_US.UTF-8", "zh_CN.UTF-8", "de_DE.UTF-8")) {
      if (!installed(missing)) {
        cases.put("LANG=" + missing + " (not installed)", Map.of("LANG", missing));
        break;
      }
    }
    for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
      Path cwd = Files.createDirectories(dir.resolve("mini-" + cases.keySet().stream().toList().indexOf(c.getKey())));
      Cli.Result example = launcher(cwd, c.getValue(), StandardCharsets.UTF_8, "example", "miluo-2023", "--out", "示例.json");
      assertThat(example.exit()).as(c.getKey() + ": " + example.stderr()).isZero();
      assertThat(cwd.resolve("示例.json")).as(c.getKey()).isRegularFile();
      Files.createDirectories(cwd.resolve("部门"));
      Files.move(cwd.resolve("示例.json"), cwd.resolve("部门").resolve("部门.json"));
      Cli.Result render = launcher(cwd, c.getValue(), StandardCharsets.UTF_8, "render", "部门", "--format", "xlsx", "--out", "输出");
      assertThat(render.exit()).as(c.getKey() + ": " + render.stderr()).isZero();
      assertThat(cwd.resolve("输出").resolve("汇总.xlsx")).as(c.getKey()).isRegularFile();
    }
  }

  @Test
  void plainJavaWithoutALocaleSaysWhatToDoInsteadOfAnInternalError() throws Exception {
    Cli.assumeJar();
    assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "needs UTF-8 file names itself");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("..", "eval-examples", "src", "main", "resources", "io", "github", "jixiao", "examples")
        .resolve("miluo-2023.json"), in.resolve("a.json"));
    for (String[] args : List.of(
        new String[] {"render", in.toString(), "--format", "xlsx", "--out", dir.resolve("out").toString()},
        new String[] {"render", in.toString(), "--format", "xlsx", "--out", dir.resolve("输出").toString()},
        new String[] {"example", "miluo-2023", "--out", dir.resolve("示例.json").toString()},
        new String[] {"template", "--out", dir.resolve("模板.xlsx").toString()})) {
      ProcessBuilder pb = onlyPath(Cli.command(List.of(), args));
      Process p = pb.redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();

      assertThat(p.exitValue()).as(args[0] + ": " + said).isEqualTo(2);
      assertThat(said).as(args[0]).contains("cannot name the file", "LC_ALL=C.UTF-8").doesNotContain("internal error")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void javaIgnoresDashDSunJnuEncodingSoTheLauncherSetsTheLocale() throws Exception {
    // what the launcher's comment says, measured on the JDK that runs the tests
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dsun.jnu.encoding=UTF-8", "-XshowSettings:properties", "-version");
    onlyPath(pb);
    Process p = pb.redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Map<String, String> props = new HashMap<>();
    said.lines().map(String::strip).filter(l -> l.contains(" = ")).forEach(l -> props.put(l.substring(0, l.indexOf(" = ")),
        l.substring(l.indexOf(" = ") + 3)));
    assumeTrue(Runtime.version().feature() == 17, "measured for Java 17");
    assertThat(props.get("sun.jnu.encoding")).as("-Dsun.jnu.encoding=UTF-8 without a locale").isNotEqualTo("UTF-8");
  }
}
