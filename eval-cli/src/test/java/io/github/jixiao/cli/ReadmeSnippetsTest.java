package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in the README is code that compiles and runs: each {@code ```java} block
 * follows a link to a Java source of the repository, and equals (indentation aside) one region
 * of that file between {@code // --- README snippet start} and {@code // --- README snippet end},
 * or, for a whole small class, the file's class text.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+\\.java)\\)");

  @Test
  void everyJavaSnippetOfTheReadmeIsCompiledSource() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = BLOCK.matcher(readme);
    int checked = 0;
    List<String> problems = new ArrayList<>();
    while (block.find()) {
      String before = readme.substring(Math.max(0, block.start() - 1500), block.start());
      Matcher link = LINK.matcher(before);
      String source = null;
      while (link.find()) {
        source = link.group(1);
      }
      String snippet = normalise(block.group(1));
      if (source == null) {
        problems.add("no link to a Java source before the snippet: " + firstLine(snippet));
        continue;
      }
      Path file = ROOT.resolve(source);
      if (!Files.isRegularFile(file)) {
        problems.add("the link " + source + " names no file");
        continue;
      }
      List<String> regions = regions(Files.readString(file, StandardCharsets.UTF_8));
      if (regions.stream().noneMatch(snippet::equals)) {
        problems.add("the snippet starting '" + firstLine(snippet) + "' is not a marked region of " + source
            + "; regions there: " + regions.stream().map(ReadmeSnippetsTest::firstLine).toList());
      }
      checked++;
    }
    assertThat(problems).isEmpty();
    assertThat(checked).as("Java snippets checked").isGreaterThanOrEqualTo(3);
  }

  private static List<String> regions(String source) {
    List<String> regions = new ArrayList<>();
    Matcher m = Pattern.compile("// --- README snippet start\\n(.*?)\\n[ \\t]*// --- README snippet end", Pattern.DOTALL)
        .matcher(source);
    while (m.find()) {
      regions.add(normalise(m.group(1)));
    }
    Matcher type = Pattern.compile("\\n((?:@\\w+[^\\n]*\\n)*(?:public |final )*(?:class|interface|record) .*)", Pattern.DOTALL)
        .matcher(source);
    if (type.find()) {
      regions.add(normalise(type.group(1)));
    }
    return regions;
  }

  /** The lines without their common indentation and trailing blanks. */
  private static String normalise(String text) {
    List<String> lines = new ArrayList<>(text.stripTrailing().lines().toList());
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }
}
