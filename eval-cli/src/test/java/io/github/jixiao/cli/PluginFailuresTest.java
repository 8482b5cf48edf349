package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, classes 2 and 3: plug-ins that misbehave, and ids or extensions that would write
 * outside --out. Each is reported naming the jar and the renderer, exit 2 (a plug-in that cannot
 * be used) or 1 (a renderer that failed on the package), never "internal error", and nothing
 * partial is left in --out. The plug-ins are compiled here into classes that live only in their jar.
 */
class PluginFailuresTest {
  @TempDir static Path shared;
  private static Path seed;

  @TempDir Path dir;

  @BeforeAll
  static void writeSeed() throws IOException {
    seed = Files.write(shared.resolve("miluo-2023.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  private Path plugin(String name, String idExpression, String rendererId, String extension, String renderBody,
      String extra) throws IOException {
    String pkg = "hostile." + name.replaceAll("[^a-z0-9]", "");
    return PluginJars.build(dir, dir.resolve(name + ".jar"),
        PluginJars.provider(pkg, idExpression, rendererId, extension, renderBody, extra), pkg + ".Provider");
  }

  private Path echo(String name) throws IOException {
    return plugin(name, "\"echo\"", "\"echo\"", "\"txt\"", "out.write(request.pkg().department().getBytes(\"UTF-8\"));", "");
  }

  private static void assertClean(CliRun run, int exit) {
    assertThat(run.exit()).as(run.all()).isEqualTo(exit);
    assertThat(run.err()).doesNotContain("internal error").doesNotContain("please report it").doesNotContain("\tat ");
  }

  private static java.util.List<String> names(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return java.util.List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aProviderWithANullIdIsRefusedNamingItsClassAndJar() throws IOException {
    Path jar = plugin("nullid", "null", "\"x\"", "\"x\"", "", "");
    CliRun run = CliRun.run("renderers", "--plugins", jar.toString());
    assertClean(run, 2);
    assertThat(run.err()).contains("hostile.nullid.Provider", jar.toString(), "no id");
  }

  @Test
  void aFileThatIsNotAJarIsRefusedByName() throws IOException {
    Path jar = Files.writeString(dir.resolve("notes.jar"), "this is not a zip file");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf", "--plugins", jar.toString(), "--out",
        dir.resolve("out").toString());
    assertClean(run, 2);
    assertThat(run.err()).contains(jar.toString(), "not a jar");
    assertThat(names(dir.resolve("out"))).isEmpty();
  }

  @Test
  void aTruncatedJarIsRefusedByName() throws IOException {
    Path whole = echo("whole");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.jar"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    CliRun run = CliRun.run("renderers", "--plugins", cut.toString());
    assertClean(run, 2);
    assertThat(run.err()).contains(cut.toString(), "damaged or cut short");
  }

  @Test
  void aProviderCompiledForANewerJavaIsRefusedSayingWhichJava() throws IOException {
    Path jar = echo("newer");
    PluginJars.classFileVersion(jar, "Provider.class", 66);
    CliRun run = CliRun.run("renderers", "--plugins", jar.toString());
    assertClean(run, 2);
    assertThat(run.err()).contains(jar.toString(), "hostile.newer.Provider", "compiled for Java 22",
        "this is Java " + Runtime.version().feature());
  }

  @Test
  void aRendererClassCompiledForANewerJavaFailsTheRenderNamingTheJar() throws IOException {
    // the provider loads; its renderer class, loaded only when made, is too new
    Path jar = echo("newerrenderer");
    PluginJars.classFileVersion(jar, "Provider$R.class", 66);
    CliRun run = CliRun.run("render", seed.toString(), "--format", "echo", "--plugins", jar.toString(), "--out",
        dir.resolve("out").toString());
    assertClean(run, 2);
    assertThat(run.err()).contains(jar.toString(), "hostile.newerrenderer.Provider", "hostile.newerrenderer.Provider$R",
        "is compiled for Java 22");
    assertThat(names(dir.resolve("out"))).isEmpty();
  }

  @Test
  void theSamePluginTwiceInAFolderIsRefusedNamingBothJars() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("plugins"));
    Path jar = Files.move(echo("echo"), folder.resolve("echo-1.0.jar"));
    Path old = Files.copy(jar, folder.resolve("echo-0.9.jar"));
    CliRun run = CliRun.run("renderers", "--plugins", folder.toString());
    assertClean(run, 2);
    assertThat(run.err()).contains("hostile.echo.Provider", jar.toString(), old.toString(), "two plug-in jars");
  }

  @Test
  void oneJarGivenTwiceIsTakenOnce() throws IOException {
    Path jar = echo("echo");
    CliRun run = CliRun.run("renderers", "--plugins", jar + java.io.File.pathSeparator + jar);
    assertClean(run, 0);
    assertThat(run.out()).containsPattern("(?m)^echo ");
  }

  @Test
  void twoPluginsWithOneIdAreRefusedNamingBothJars() throws IOException {
    Path a = plugin("one", "\"same\"", "\"same\"", "\"txt\"", "", "");
    Path b = plugin("two", "\"same\"", "\"same\"", "\"txt\"", "", "");
    CliRun run = CliRun.run("renderers", "--plugins", a + java.io.File.pathSeparator + b);
    assertClean(run, 2);
    assertThat(run.err()).contains("'same'", "hostile.one.Provider", a.toString(), "hostile.two.Provider", b.toString());
  }

  @Test
  void aProviderWhoseConstructorThrowsIsRefusedNamingTheJar() throws IOException {
    String source = "package hostile.ctor;\n"
        + "public final class Provider implements io.github.jixiao.model.render.RendererProvider {\n"
        + "  public Provider() { throw new IllegalStateException(\"licence expired\"); }\n"
        + "  public String id() { return \"x\"; }\n"
        + "  public io.github.jixiao.model.render.Renderer create() { return null; }\n"
        + "}\n";
    Path jar = PluginJars.build(dir, dir.resolve("ctor.jar"), Map.of("hostile.ctor.Provider", source), "hostile.ctor.Provider");
    CliRun run = CliRun.run("renderers", "--plugins", jar.toString());
    assertClean(run, 2);
    assertThat(run.err()).contains("hostile.ctor.Provider", jar.toString(), "licence expired");
  }

  @Test
  void aProviderThatMakesNoRendererIsRefusedNamingIt() throws IOException {
    String source = "package hostile.none;\n"
        + "public final class Provider implements io.github.jixiao.model.render.RendererProvider {\n"
        + "  public Provider() {}\n"
        + "  public String id() { return \"none\"; }\n"
        + "  public io.github.jixiao.model.render.Renderer create() { return null; }\n"
        + "}\n";
    Path jar = PluginJars.build(dir, dir.resolve("none.jar"), Map.of("hostile.none.Provider", source), "hostile.none.Provider");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "none", "--plugins", jar.toString(), "--out",
        dir.resolve("out").toString());
    assertClean(run, 2);
    assertThat(run.err()).contains("hostile.none.Provider", jar.toString(), "made no renderer");
  }

  @Test
  void anIdThatClimbsOutIsRefusedWhenThePluginIsLoaded() throws IOException {
    Path jar = plugin("climbid", "\"../../evil\"", "\"../../evil\"", "\"txt\"", "out.write(1);", "");
    CliRun run = CliRun.run("renderers", "--plugins", jar.toString());
    assertClean(run, 2);
    assertThat(run.err()).contains("'../../evil'", "not a renderer id", jar.toString());
  }

  @Test
  void fileExtensionsThatClimbOutAreRefusedAndNothingIsWrittenAnywhere() throws IOException {
    Path out = dir.resolve("a").resolve("out");
    for (String extension : new String[] {"/../../escaped", "x/../../../escaped", "pdf, more", "p df", "..", ""}) {
      Path jar = plugin("ext", "\"ext\"", "\"ext\"", "\"" + extension + "\"", "out.write(1);", "");
      CliRun run = CliRun.run("render", seed.toString(), "--format", "ext", "--plugins", jar.toString(), "--out",
          out.toString());
      assertClean(run, 2);
      assertThat(run.err()).as(extension).contains("'" + extension + "'", "outside the output folder", "hostile.ext.Provider$R",
          jar.toString());
      Files.delete(jar);
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("escaped") || n.endsWith(".part"));
    }
    assertThat(names(out)).isEmpty();
  }

  @Test
  void aRendererThatThrowsAfterWritingSomeBytesFailsTheRenderNamingItsJarAndLeavesNothing() throws IOException {
    Path jar = plugin("halfway", "\"half\"", "\"half\"", "\"txt\"",
        "out.write(new byte[4096]); throw new NullPointerException(\"cell was null\");", "");
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "half,xlsx", "--plugins", jar.toString(), "--out",
        out.toString());
    assertClean(run, 1);
    assertThat(run.err()).contains("'half'", "hostile.halfway.Provider$R", jar.toString(), "NullPointerException",
        "cell was null", "nothing was written");
    assertThat(names(out)).as("the other format is written, nothing of the failed one").containsExactly("miluo-2023.xlsx");
  }

  @Test
  void aRendererThatWritesIntoTheFinalPathItselfNeverTouchesIt() throws IOException {
    // its render(request, Path) would write half a file under the final name and throw; the command
    // line renders through the stream and writes the file itself, atomically
    Path jar = plugin("direct", "\"direct\"", "\"direct\"", "\"txt\"", "out.write(\"whole\".getBytes(\"UTF-8\"));",
        "public void render(RenderRequest request, Path file) throws RenderException, IOException {"
            + " Files.writeString(file, \"half\"); throw new IOException(\"disk full\"); }");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("miluo-2023.txt"), "the earlier output");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "direct", "--plugins", jar.toString(), "--out",
        out.toString());
    assertClean(run, 0);
    assertThat(out.resolve("miluo-2023.txt")).hasContent("whole");
    assertThat(names(out)).containsExactly("miluo-2023.txt");
  }

  @Test
  void aRendererThatThrowsAnErrorInABatchFailsThatPackageNamingItsJar() throws IOException {
    Path jar = plugin("stack", "\"deep\"", "\"deep\"", "\"txt\"", "throw new StackOverflowError();", "");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(seed, in.resolve("a.json"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("render", in.toString(), "--format", "deep", "--plugins", jar.toString(), "--out", out.toString());
    assertClean(run, 1);
    assertThat(run.out()).contains("FAIL a.json", "'deep'", jar.toString(), "StackOverflowError");
    assertThat(names(out)).isEmpty();
  }

  @Test
  void theEnvironmentOfTheInvocationNamesThePlugins() throws IOException {
    Path jar = echo("envecho");
    CliRun run = CliRun.withEnv(Map.of(Plugins.ENV, jar.toString()), "renderers");
    assertClean(run, 0);
    assertThat(run.out()).containsPattern("(?m)^echo ");
  }
}
