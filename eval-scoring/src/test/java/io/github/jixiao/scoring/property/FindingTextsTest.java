package io.github.jixiao.scoring.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every finding of the {@link FindingCorpus} — code, severity, location, both messages,
 * expected, found, in order — is as recorded: per code, the number of findings and a SHA-256 of
 * their lines. Pins the audit's output byte for byte, beyond the seed. The full listing is
 * written to {@code target/finding-texts.txt}; when a change of a message is intended, diff that
 * file against the one the previous commit writes and paste the table the failure prints.
 *
 * <p>And every finding is worded by exactly one template of its code ({@link Wording}), and every
 * template words some finding: since a template fails to format unless all its placeholders,
 * and only those, are given, this runs every template's call site with its arguments checked.
 */
class FindingTextsTest {
  /** "CODE count sha256-prefix", in {@link FindingCode} order. */
  private static final List<String> RECORDED = List.of(
      "SCORE_EXCEEDS_WEIGHT 7826 18fa63f1b3021d5b",
      "WEIGHTS_NOT_100 2094 5f8636c80d31bdac",
      "LEVEL1_WEIGHT_MISMATCH 5731 b3f630574196d4bf",
      "TOTAL_MISSING 216 f3f3559838bd3c45",
      "TOTAL_MISMATCH 418 7091a069bb045737",
      "FUNDS_ROWS_INCONSISTENT 792 10e7ae52bb179095",
      "EXECUTION_RATE_MISMATCH 396 80c2e97196c92201",
      "EXECUTION_SCORE_MISMATCH 790 02d1f5fe64cd5b42",
      "SCORE_NOT_PER_RULE 6357 18f3cc5e106cade9",
      "DEVIATION_REASON_MISSING 4488 1007770d80943a56",
      "OVER_ACHIEVEMENT 376 569a87d1fde502a5",
      "CROSS_FORM_MISMATCH 1918 c683872c19564f9e",
      "VALUE_NEEDS_REVIEW 7214 782bc1558814ad5a",
      "BASIC_DATA_INCONSISTENT 574 643a707aae9ba284",
      "TOTAL_NOT_GRADABLE 212 c08193859ac65f7a",
      "PARTIAL_FORM 236 bd4462ea5fe35fc7",
      "TEXT_CONTRADICTS_TABLE 392 6c19800426991565",
      "EXECUTION_REASON_MISSING 230 0ddf15c9bc95e4af",
      "REPORT_NUMBERING 100 71455b172e2e0f69");

  /** Every package of the corpus by name, with its findings in order. */
  private static final Map<String, List<Finding>> CORPUS = new LinkedHashMap<>();

  @BeforeAll
  static void auditTheCorpus() {
    FindingCorpus.forEach((name, evaluation) -> CORPUS.put(name, evaluation.allFindings().toList()));
  }

  @Test
  void everyFindingOfTheCorpusReadsAsRecorded() throws IOException {
    Map<FindingCode, List<String>> lines = new EnumMap<>(FindingCode.class);
    for (FindingCode code : FindingCode.values()) {
      lines.put(code, new ArrayList<>());
    }
    StringBuilder listing = new StringBuilder();
    CORPUS.forEach((name, findings) -> {
      listing.append("# ").append(name).append('\n');
      for (Finding f : findings) {
        String line = line(f);
        lines.get(f.code()).add(line);
        listing.append(line).append('\n');
      }
    });
    Path out = Path.of("target", "finding-texts.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, listing, StandardCharsets.UTF_8);

    List<String> actual = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      List<String> those = lines.get(code);
      actual.add(code + " " + those.size() + " " + (those.isEmpty() ? "-" : sha256(String.join("\n", those))));
    }
    assertThat(actual)
        .as("findings per code over %d packages (listing: %s); if the change is intended, the table is:%n%s",
            CORPUS.size(), out.toAbsolutePath(), table(actual))
        .isEqualTo(RECORDED);
  }

  @Test
  void everyFindingIsWordedByExactlyOneTemplateOfItsCode() {
    CORPUS.forEach((name, findings) -> {
      for (Finding f : findings) {
        assertThat(Wording.of(f)).as("templates of %s wording, in %s: %s", f.code(), name, line(f)).hasSize(1);
      }
    });
  }

  @Test
  void everyTemplateWordsSomeFindingOfTheCorpus() {
    Set<FindingMessage> used = EnumSet.noneOf(FindingMessage.class);
    CORPUS.values().forEach(findings -> findings.forEach(f -> used.addAll(Wording.of(f))));
    assertThat(EnumSet.complementOf(EnumSet.copyOf(used))).as("templates no finding of the corpus has").isEmpty();
  }

  /** One finding on one line: its fields separated by tabs, with tabs, line breaks and backslashes escaped. */
  static String line(Finding f) {
    Location l = f.location();
    return String.join("\t", f.code().name(), f.severity().name(), field(l.form()), field(l.section()),
        field(l.row()), field(l.pointer()), field(f.messageZh()), field(f.messageEn()), field(f.expected()),
        field(f.found()));
  }

  private static String field(@Nullable String s) {
    if (s == null) {
      return "\\N";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String table(List<String> rows) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      sb.append("      \"").append(rows.get(i)).append(i + 1 < rows.size() ? "\",\n" : "\");\n");
    }
    return sb.toString();
  }
}
