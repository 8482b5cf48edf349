package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.examples.Examples;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plug-in on the module path: a user's renderer jar with no module descriptor, only an
 * {@code Automatic-Module-Name} and its META-INF/services line, dropped next to the CLI's
 * modules. The JVM turns the services line into a {@code provides}, binds it to the model's
 * {@code uses}, and the CLI (started as the module {@code io.github.jixiao.cli}) lists and uses
 * the renderer with no change and no {@code --plugins}. Needs eval-cli built first (it is a
 * test dependency): its classes and {@code target/runtime-module-path.txt}.
 */
class ModulePathPluginTest {
  static final Path CLI = Path.of("..", "eval-cli", "target").toAbsolutePath().normalize();

  @TempDir static Path dir;
  static String modulePath;
  static Path seed;

  @BeforeAll
  static void packPluginAsAutomaticModule() throws IOException {
    Path list = CLI.resolve("runtime-module-path.txt");
    assumeTrue(Files.isRegularFile(list) && Files.isRegularFile(CLI.resolve("classes/module-info.class")),
        "eval-cli is not built yet (" + list + "): run the tests through Maven from the root");
    Path pluginJar = dir.resolve("jixiao-html.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Automatic-Module-Name", "io.github.jixiao.examples.html");
    Path classes = Path.of("target", "classes");
    try (OutputStream file = Files.newOutputStream(pluginJar);
        JarOutputStream jar = new JarOutputStream(file, manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(p));
        jar.closeEntry();
      }
    }
    modulePath = CLI.resolve("classes") + File.pathSeparator
        + Files.readString(list, StandardCharsets.UTF_8).strip() + File.pathSeparator + pluginJar;
    seed = dir.resolve("miluo-2023.json");
    Files.write(seed, Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  static JavaProcess java(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--module-path", modulePath));
    all.addAll(List.of(args));
    return JavaProcess.run(dir, all);
  }

  @Test
  void theServicesLineOfThePluginJarBecomesAProvidesClause() throws Exception {
    JavaProcess run = java("--describe-module", "io.github.jixiao.examples.html");
    assertThat(run.out()).as(run.err()).contains("automatic")
        .contains("provides io.github.jixiao.model.render.RendererProvider with io.github.jixiao.examples.html.HtmlRendererProvider");
  }

  @Test
  void theCliModuleListsTheHtmlRendererFoundOnTheModulePath() throws Exception {
    JavaProcess run = java("--module", "io.github.jixiao.cli/io.github.jixiao.cli.Main", "renderers");
    assertThat(run.exit()).as("exit; stderr: %s", run.err()).isZero();
    assertThat(run.out()).contains("html", "pdf", "xlsx");
  }

  @Test
  void theCliModuleRendersHtmlWithThePluginOnTheModulePath() throws Exception {
    Path outDir = dir.resolve("out");
    JavaProcess run = java("--module", "io.github.jixiao.cli/io.github.jixiao.cli.Main",
        "render", seed.toString(), "--format", "html", "--out", outDir.toString());
    assertThat(run.exit()).as("exit; stderr: %s", run.err()).isZero();
    String html = Files.readString(outDir.resolve("miluo-2023.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("汨罗市住房和城乡建设局");
  }
}
