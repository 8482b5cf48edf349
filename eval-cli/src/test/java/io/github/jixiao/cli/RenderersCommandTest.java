package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderersCommandTest {
  @TempDir Path dir;

  /** A plug-in jar holding only a services file naming these provider classes (on the test class path). */
  private Path pluginJar(String name, Class<?>... providers) throws IOException {
    Path jar = dir.resolve(name);
    StringBuilder services = new StringBuilder();
    for (Class<?> c : providers) {
      services.append(c.getName()).append('\n');
    }
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/services/io.github.jixiao.model.render.RendererProvider"));
      out.write(services.toString().getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  @Test
  void listsTheBuiltInRenderersWithTheirDescriptions() {
    CliRun run = CliRun.run("renderers", "--plugins", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("(?m)^pdf +PDF").containsPattern("(?m)^xlsx +\\S").doesNotContain("echo");
  }

  @Test
  void listsPluginRenderersToo() throws IOException {
    Path jar = pluginJar("echo.jar", TestRenderers.Echo.class);
    CliRun run = CliRun.run("renderers", "--plugins", jar.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("(?m)^echo +echo: the department's name")
        .containsPattern("(?m)^pdf ").containsPattern("(?m)^xlsx ");
  }

  @Test
  void pluginFoundInADirectoryOfJarsIsListed() throws IOException {
    pluginJar("echo.jar", TestRenderers.Echo.class);
    CliRun run = CliRun.run("renderers", "--plugins", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("(?m)^echo ");
  }

  @Test
  void duplicateIdExitsWithUsageErrorNamingBothProviders() throws IOException {
    Path jar = pluginJar("clash.jar", TestRenderers.SecondPdf.class);
    CliRun run = CliRun.run("renderers", "--plugins", jar.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'pdf'", "io.github.jixiao.render.pdf.PdfRendererProvider",
        TestRenderers.SecondPdf.class.getName());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingPluginPathIsAUsageError() {
    CliRun run = CliRun.run("renderers", "--plugins", dir.resolve("no-such.jar").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("jixiao renderers: ");
  }
}
