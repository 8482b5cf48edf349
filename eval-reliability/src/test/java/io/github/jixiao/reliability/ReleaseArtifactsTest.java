package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a release publishes, read off the jars the build made: every published module's jar
 * carries the licence, the notice and its version; the command-line jar keeps the licence and
 * notice files of the libraries it bundles and prints its version.
 */
class ReleaseArtifactsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> PUBLISHED = List.of("eval-model", "eval-json", "eval-scoring", "eval-render-pdf",
      "eval-render-xlsx", "eval-render-docx", "eval-import-xlsx", "eval-import", "eval-review", "eval-examples", "eval-renderer-tck",
      "eval-cli",
      "jixiao-spring-boot-starter");

  @Test
  void everyPublishedJarCarriesTheLicenceTheNoticeAndItsVersion() throws IOException {
    for (String module : PUBLISHED) {
      Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
      assumeTrue(Files.isRegularFile(jar), "not built yet: " + jar);
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(text(file, "META-INF/LICENSE")).as(module).contains("Apache License").contains("Version 2.0");
        assertThat(text(file, "META-INF/NOTICE")).as(module).contains("jixiao (绩效)");
        assertThat(file.getManifest().getMainAttributes().getValue("Implementation-Version")).as(module)
            .isEqualTo("0.1.0-SNAPSHOT");
      }
    }
  }

  @Test
  void theCommandLineJarKeepsItsLibrariesLicencesAndNotices() throws IOException {
    Cli.assumeJar();
    try (JarFile jar = new JarFile(Cli.JAR.toFile())) {
      String licence = text(jar, "META-INF/LICENSE");
      assertThat(licence.split("Apache License\\s+Version 2.0", -1).length - 1)
          .as("jixiao's licence and those of Jackson, POI and Log4j, kept one after another").isGreaterThan(3);
      assertThat(text(jar, "META-INF/LICENSE.txt")).contains("Apache License");
      assertThat(text(jar, "META-INF/NOTICE")).contains("jixiao (绩效)").contains("Jackson")
          .contains("Apache POI").contains("Apache Commons");
      for (String own : List.of("META-INF/MPL-2.0.txt", "META-INF/LGPL-2.1.md", "META-INF/FastDoubleParser-LICENSE")) {
        assertThat(jar.getEntry(own)).as(own).isNotNull();
      }
      assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version")).isEqualTo("0.1.0-SNAPSHOT");
    }
  }

  @Test
  void theCommandLinePrintsItsVersion(@TempDir Path dir) throws Exception {
    Cli.assumeJar();
    Cli.Result r = Cli.run(dir, List.of(), "--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("jixiao 0.1.0-SNAPSHOT");
  }

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(jar.getName() + "!" + name).isNotNull();
    return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
  }
}
