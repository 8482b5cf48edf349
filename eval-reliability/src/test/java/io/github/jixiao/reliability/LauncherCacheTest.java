package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, class 4: launchers until issue 13 kept a class-data-sharing archive per jar and command in
 * {@code ~/.cache/jixiao} and never removed one (235 MB on a build machine). bin/jixiao keeps none
 * now, so the bound is zero: it removes those archives and their half-written temporaries, and
 * the folder when nothing else is in it; nothing else is touched. Run with a HOME of its own,
 * never the real one.
 */
class LauncherCacheTest {
  private static final Path LAUNCHER = Path.of("..", "bin", "jixiao").toAbsolutePath().normalize();

  @TempDir Path home;

  private static int launch(Path home, Map<String, String> more) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "--version");
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + (path == null ? "/usr/bin:/bin" : path));
    env.put("HOME", home.toString());
    env.put("LC_ALL", "C.UTF-8");
    env.putAll(more);
    Process p = pb.redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(said).contains("jixiao ");
    return p.exitValue();
  }

  @Test
  void oldArchivesAndTheirTemporariesGoAndSoDoesTheFolderTheyFilled() throws Exception {
    Cli.assumeJar();
    Path cache = Files.createDirectories(home.resolve(".cache").resolve("jixiao"));
    for (String n : List.of("jixiao-3540434588.jsa", "jixiao-17.jsa", "jixiao-17.jsa.4242.tmp")) {
      Files.write(cache.resolve(n), new byte[4096]);
    }
    assertThat(launch(home, Map.of())).isZero();
    assertThat(cache).doesNotExist();
    assertThat(home.resolve(".cache")).isDirectory();
  }

  @Test
  void whatTheLauncherDidNotWriteIsKept() throws Exception {
    Cli.assumeJar();
    Path cache = Files.createDirectories(home.resolve(".cache").resolve("jixiao"));
    Files.write(cache.resolve("jixiao-1.jsa"), new byte[16]);
    Path notes = Files.writeString(cache.resolve("notes.txt"), "mine");
    Path other = Files.write(cache.resolve("other.jsa"), new byte[16]);
    assertThat(launch(home, Map.of())).isZero();
    assertThat(cache.resolve("jixiao-1.jsa")).doesNotExist();
    assertThat(notes).hasContent("mine");
    assertThat(other).exists();
  }

  @Test
  void xdgCacheHomeIsWhereTheArchivesWereKept() throws Exception {
    Cli.assumeJar();
    Path xdg = home.resolve("xdg");
    Path cache = Files.createDirectories(xdg.resolve("jixiao"));
    Files.write(cache.resolve("jixiao-9.jsa"), new byte[16]);
    assertThat(launch(home, Map.of("XDG_CACHE_HOME", xdg.toString()))).isZero();
    assertThat(cache).doesNotExist();
  }
}
