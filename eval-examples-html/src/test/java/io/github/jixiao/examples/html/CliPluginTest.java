package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plug-in path end to end, as a user runs it: this module's classes and its
 * META-INF/services line packed in a jar the CLI was never built with, and the shaded CLI jar
 * ({@code eval-cli/target/jixiao.jar}, built before this module) run as a separate process.
 * Runs in the test phase of {@code ./mvnw verify} (eval-cli, a test dependency, is packaged
 * first); with {@code ./mvnw test} on a clean tree there is no CLI jar yet and it is skipped.
 */
class CliPluginTest {
  static final Path CLI_JAR = Path.of("..", "eval-cli", "target", "jixiao.jar").toAbsolutePath().normalize();

  @TempDir static Path dir;
  static Path pluginJar;
  static Path seed;

  @BeforeAll
  static void packPluginAndSeed() throws IOException {
    assumeTrue(Files.isRegularFile(CLI_JAR), "no " + CLI_JAR + " yet (it is built in eval-cli's package phase): "
        + "the plug-in test runs with ./mvnw verify or install");
    pluginJar = dir.resolve("plugins").resolve("jixiao-html.jar");
    Files.createDirectories(pluginJar.getParent());
    Path classes = Path.of("target", "classes");
    try (OutputStream file = Files.newOutputStream(pluginJar);
        JarOutputStream jar = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(p));
        jar.closeEntry();
      }
    }
    seed = dir.resolve("miluo-2023.json");
    Files.write(seed, Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  static JavaProcess jixiao(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("-jar", CLI_JAR.toString()));
    all.addAll(List.of(args));
    return JavaProcess.run(dir, all);
  }

  @Test
  void renderWithPluginJarWritesHtmlPage() throws Exception {
    Path outDir = dir.resolve("html-out");
    JavaProcess run = jixiao("render", seed.toString(), "--format", "html", "--plugins", pluginJar.toString(), "--out", outDir.toString());
    assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
    List<Path> pages;
    try (Stream<Path> files = Files.list(outDir)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    assertThat(pages).hasSize(1);
    String html = Files.readString(pages.get(0), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>");
    Examples.miluo2023().projectEvaluations()
        .forEach(f -> assertThat(html).contains("<section class=\"part form\" id=\"form-" + HtmlRenderer.escape(f.label()) + "\">"));
  }

  @Test
  void renderWithPluginDirectoryWorksToo() throws Exception {
    Path outDir = dir.resolve("html-dir-out");
    JavaProcess run = jixiao("render", seed.toString(), "--format", "html", "--plugins", pluginJar.getParent().toString(),
        "--out", outDir.toString());
    assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
  }

  @Test
  void withoutPluginsHtmlIsUnknownAndTheKnownFormatsAreListed() throws Exception {
    JavaProcess run = jixiao("render", seed.toString(), "--format", "html", "--out", dir.resolve("none").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("html", "pdf", "xlsx");
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
