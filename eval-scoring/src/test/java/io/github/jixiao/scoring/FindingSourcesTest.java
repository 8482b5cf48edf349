package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.FindingText;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit's sources word findings only through templates: every {@link FindingMessage} is
 * named where findings are added, and a finding is made in one place, from a {@link FindingText}.
 * (That each template's placeholders are all given at its call site is checked by running every
 * call site: see {@code property.FindingTextsTest}.)
 */
class FindingSourcesTest {
  private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "jixiao", "scoring");
  private static final Map<Path, String> FILES = new LinkedHashMap<>();

  @BeforeAll
  static void readTheSources() throws IOException {
    assertThat(SOURCES).as("the scoring sources (tests run in the module's folder)").isDirectory();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        FILES.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void everyTemplateIsNamedWhereTheAuditAddsFindings() {
    List<String> unused = new ArrayList<>();
    for (FindingMessage m : FindingMessage.values()) {
      if (FILES.values().stream().noneMatch(text -> text.matches("(?s).*\\bFindingMessage\\." + m.name() + "\\b.*"))) {
        unused.add(m.name());
      }
    }
    assertThat(unused).as("templates no source of the audit names").isEmpty();
  }

  @Test
  void findingsAreMadeInOnePlaceFromAFilledInTemplate() {
    List<Path> making = FILES.entrySet().stream().filter(e -> e.getValue().contains("new Finding(")).map(Map.Entry::getKey)
        .toList();
    assertThat(making).as("sources that make findings").containsExactly(SOURCES.resolve("Findings.java"));

    List<Method> adds = Arrays.stream(Findings.class.getDeclaredMethods()).filter(m -> m.getName().equals("add")).toList();
    assertThat(adds).isNotEmpty().allSatisfy(m -> {
      assertThat(m.getParameterTypes()[0]).as("%s", m).isEqualTo(FindingText.class);
      assertThat(m.getParameterTypes()).as("%s", m).doesNotContain(String.class);
    });
  }
}
