package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model is the API jar every plug-in builds on: the HTML plug-in runs with {@code eval-model}
 * and JSpecify alone on its class path — no Jackson, no validation provider, no scoring, no other
 * renderer.
 */
class ModelOnlyClassPathTest {
  @TempDir Path dir;

  @Test
  void thePluginRendersWithTheModelJarAloneOnItsClassPath() throws Exception {
    List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String model = single(entries, "eval-model");
    String jspecify = single(entries, "jspecify");
    String classPath = String.join(File.pathSeparator, model, jspecify, Path.of("target", "classes").toString(),
        Path.of("target", "test-classes").toString());
    Path out = dir.resolve("page.html");
    JavaProcess p = JavaProcess.run(dir, List.of("-cp", classPath, ModelOnlyMain.class.getName(), out.toString()));
    assertThat(p.err()).isEmpty();
    assertThat(p.exit()).isZero();
    assertThat(p.out()).contains("rendered with " + HtmlRenderer.class.getName());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("帮代办工作经费").contains("汨罗市住房和城乡建设局");
  }

  /** The one class path entry of this module (its jar, or its classes in the reactor). */
  private static String single(List<String> entries, String name) {
    List<String> found = entries.stream().filter(e -> e.contains(name)).collect(Collectors.toList());
    assertThat(found).as("class path entries of " + name).hasSize(1);
    return found.get(0);
  }
}
