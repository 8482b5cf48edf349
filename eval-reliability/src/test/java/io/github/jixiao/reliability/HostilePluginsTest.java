package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, class 3, through the shipped jar in a process of its own: the HTML plug-in as an
 * operator would break it — an old copy left beside the new one, a copy cut short by a failed
 * download, a build for a newer Java. Each is exit 2 naming the jar, never "internal error", and
 * nothing is written into --out. (eval-cli's PluginFailuresTest has the plug-ins that misbehave
 * while rendering, in process.)
 */
class HostilePluginsTest {
  @TempDir Path dir;

  private Cli.Result render(Path plugins) throws Exception {
    Path seed = dir.resolve("miluo-2023.json");
    if (!Files.exists(seed)) {
      Files.copy(Path.of("..", "eval-examples", "src", "main", "resources", "io", "github", "jixiao", "examples")
          .resolve("miluo-2023.json"), seed);
    }
    return Cli.run(dir, List.of(), "render", seed.toString(), "--format", "html", "--plugins", plugins.toString(), "--out",
        dir.resolve("out").toString());
  }

  private void assertRefused(Cli.Result r, String... said) throws Exception {
    assertThat(r.exit()).as(r.stderr()).isEqualTo(2);
    assertThat(r.stderr()).contains(said).doesNotContain("internal error").doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anOldCopyLeftInThePluginFolderIsExit2NamingBothJars() throws Exception {
    Cli.assumeJar();
    Cli.assumeHtmlPlugin();
    Path folder = Files.createDirectories(dir.resolve("plugins"));
    Path now = Files.copy(Cli.HTML_PLUGIN, folder.resolve("jixiao-html-1.1.jar"));
    Path old = Files.copy(Cli.HTML_PLUGIN, folder.resolve("jixiao-html-1.0.jar"));
    assertRefused(render(folder), "two plug-in jars", now.toString(), old.toString(), "HtmlRendererProvider");
  }

  @Test
  void aJarCutShortIsExit2NamingIt() throws Exception {
    Cli.assumeJar();
    Cli.assumeHtmlPlugin();
    byte[] whole = Files.readAllBytes(Cli.HTML_PLUGIN);
    Path cut = Files.write(dir.resolve("html.jar"), Arrays.copyOf(whole, whole.length * 2 / 3));
    assertRefused(render(cut), cut.toString(), "damaged or cut short");
  }

  @Test
  void aPluginBuiltForANewerJavaIsExit2SayingWhichJava() throws Exception {
    Cli.assumeJar();
    Cli.assumeHtmlPlugin();
    Path newer = dir.resolve("html-java25.jar");
    try (JarFile in = new JarFile(Cli.HTML_PLUGIN.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(newer))) {
      for (JarEntry e : Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().endsWith(".class")) {
          bytes[6] = 0;
          bytes[7] = 69; // Java 25
        }
        out.putNextEntry(new JarEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertRefused(render(newer), newer.toString(), "compiled for Java 25", "this is Java " + Runtime.version().feature());
  }
}
