package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the developers' guide, read off the sources: the API jar imports nothing
 * but the JDK, JSpecify and itself; renderers import the model only; no library code keeps or
 * changes JVM-wide state (system properties, default locale or time zone, shutdown hooks,
 * thread-locals, static caches with a public clear).
 */
class ArchitectureTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Library modules: what a host puts on its class path. */
  private static final List<String> LIBRARIES = List.of("eval-model", "eval-json", "eval-scoring", "eval-render-pdf",
      "eval-render-xlsx", "eval-render-docx", "eval-import-xlsx", "eval-import", "eval-review", "eval-examples", "jixiao-spring-boot-starter");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
  private static final Pattern GLOBAL_STATE = Pattern.compile(
      "System\\.setProperty|addShutdownHook|ThreadLocal\\b|Locale\\.setDefault|TimeZone\\.setDefault"
          + "|public static void clear\\w*\\(");

  @Test
  void theModelImportsOnlyTheJdkJSpecifyAndItself() throws IOException {
    assertThat(imports("eval-model")).allSatisfy(i -> assertThat(i)
        .matches("(java|javax\\.annotation\\.processing|org\\.jspecify|io\\.github\\.jixiao\\.model)(\\..*)?"));
  }

  @Test
  void renderersImportTheModelAndTheirOwnLibrariesOnly() throws IOException {
    assertThat(imports("eval-render-pdf")).noneMatch(i -> i.startsWith("io.github.jixiao.")
        && !i.startsWith("io.github.jixiao.model") && !i.startsWith("io.github.jixiao.render.pdf"));
    assertThat(imports("eval-render-xlsx")).noneMatch(i -> i.startsWith("io.github.jixiao.")
        && !i.startsWith("io.github.jixiao.model") && !i.startsWith("io.github.jixiao.render.xlsx"));
    assertThat(imports("eval-render-xlsx")).as("the XLSX writer needs no third-party library")
        .allMatch(i -> i.startsWith("java") || i.startsWith("org.jspecify") || i.startsWith("io.github.jixiao."));
    assertThat(imports("eval-render-docx")).noneMatch(i -> i.startsWith("io.github.jixiao.")
        && !i.startsWith("io.github.jixiao.model") && !i.startsWith("io.github.jixiao.render.docx"));
    assertThat(imports("eval-render-docx")).as("the Word writer uses POI (XWPF, OPC, XMLBeans) and nothing else")
        .allMatch(i -> i.startsWith("java") || i.startsWith("org.jspecify") || i.startsWith("io.github.jixiao.")
            || i.startsWith("org.apache.poi.") || i.startsWith("org.apache.xmlbeans") || i.startsWith("org.openxmlformats.")
            || i.startsWith("org.apache.commons.compress."));
    assertThat(imports("eval-examples-html")).noneMatch(i -> i.startsWith("io.github.jixiao.")
        && !i.startsWith("io.github.jixiao.model") && !i.startsWith("io.github.jixiao.examples.html"));
  }

  @Test
  void theIntakeReadsThroughTheModelJsonAndTheWorkbookImporterOnlyNeverARendererOrTheScoring() throws IOException {
    // it reads what departments send; scores and documents are other modules' work
    assertThat(imports("eval-import")).noneMatch(i -> i.startsWith("io.github.jixiao.")
        && !i.startsWith("io.github.jixiao.model") && !i.startsWith("io.github.jixiao.json")
        && !i.startsWith("io.github.jixiao.importer"));
    assertThat(imports("eval-import")).as("office files through POI, XMLBeans and commons-compress; layouts through Jackson")
        .allMatch(i -> i.startsWith("java") || i.startsWith("org.jspecify") || i.startsWith("io.github.jixiao.")
            || i.startsWith("org.apache.poi.") || i.startsWith("org.apache.xmlbeans") || i.startsWith("org.openxmlformats.")
            || i.startsWith("org.apache.commons.compress.") || i.startsWith("com.fasterxml.jackson."));
  }

  @Test
  void theReviewAuditsThroughImportAndScoringAndLeavesDocumentsToTheRenderers() throws IOException {
    // a package's audit is a pure function that runs anywhere (a map task): no renderer on its path
    assertThat(imports("eval-review")).noneMatch(i -> i.startsWith("io.github.jixiao.")
        && !i.startsWith("io.github.jixiao.model") && !i.startsWith("io.github.jixiao.json")
        && !i.startsWith("io.github.jixiao.scoring") && !i.startsWith("io.github.jixiao.importer")
        && !i.startsWith("io.github.jixiao.review"));
  }

  @Test
  void noLibraryCodeKeepsOrChangesJvmWideState() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : LIBRARIES) {
      for (Path file : sources(module)) {
        Matcher m = GLOBAL_STATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(ROOT.relativize(file) + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void onlyTheCommandLinesMainTouchesTheJvm() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : sources("eval-cli")) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = GLOBAL_STATE.matcher(text);
      while (m.find()) {
        found.add(file.getFileName() + ": " + m.group());
      }
    }
    assertThat(found).allMatch(f -> f.startsWith("Main.java: "));
    String main = Files.readString(ROOT.resolve("eval-cli/src/main/java/io/github/jixiao/cli/Main.java"));
    String run = main.substring(main.indexOf("public static int run("), main.indexOf("private static void quietLog4j"));
    assertThat(GLOBAL_STATE.matcher(run).find()).as("Main.run, the embeddable entry, sets nothing JVM-wide").isFalse();
  }

  private static List<String> imports(String module) throws IOException {
    List<String> all = new ArrayList<>();
    for (Path file : sources(module)) {
      Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        all.add(m.group(1));
      }
    }
    assertThat(all).as("imports of " + module).isNotEmpty();
    return all;
  }

  private static List<Path> sources(String module) throws IOException {
    Path dir = ROOT.resolve(module).resolve("src/main/java");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java")).sorted().toList();
    }
  }
}
