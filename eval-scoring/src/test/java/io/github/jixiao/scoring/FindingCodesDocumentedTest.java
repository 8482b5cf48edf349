package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/SCORING.md's finding-code table ("| code | default severity | when |") lists every
 * {@link FindingCode}, in the enum's order, with its default severity.
 */
class FindingCodesDocumentedTest {
  private static final Path DOC = Path.of("..", "docs", "SCORING.md");
  private static final String HEADER = "| code | default severity | when |";
  private static final Pattern ROW = Pattern.compile("\\| `([A-Z0-9_]+)` \\| (ERROR|WARNING|INFO) \\| (.+) \\|");

  /** One row of the table. */
  private record Row(String code, Severity severity, String when) {}

  private static final List<Row> ROWS = new ArrayList<>();

  @BeforeAll
  static void readTheTable() throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    int header = lines.indexOf(HEADER);
    assertThat(header).as("the line '%s' in %s", HEADER, DOC.toAbsolutePath()).isNotNegative();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      Matcher m = ROW.matcher(lines.get(i));
      assertThat(m.matches()).as("%s:%d is a row | `CODE` | SEVERITY | when |: %s", DOC, i + 1, lines.get(i)).isTrue();
      ROWS.add(new Row(m.group(1), Severity.valueOf(m.group(2)), m.group(3)));
    }
  }

  @Test
  void everyFindingCodeHasARowInTheEnumsOrder() {
    assertThat(ROWS.stream().map(Row::code).toList()).as("codes in %s", DOC)
        .containsExactlyElementsOf(Arrays.stream(FindingCode.values()).map(Enum::name).toList());
  }

  @Test
  void theDocumentedSeverityIsTheCodesDefault() {
    for (Row row : ROWS) {
      assertThat(row.severity()).as("default severity of %s in %s", row.code(), DOC)
          .isEqualTo(FindingCode.valueOf(row.code()).defaultSeverity());
    }
  }

  @Test
  void everyRowSaysWhen() {
    assertThat(ROWS).allSatisfy(row -> assertThat(row.when()).as(row.code()).isNotBlank());
  }
}
