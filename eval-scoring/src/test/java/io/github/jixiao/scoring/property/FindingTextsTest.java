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
      "SCORE_EXCEEDS_WEIGHT 8064 de2679768e4dfc22",
      "WEIGHTS_NOT_100 2106 cb73079dc435b837",
      "LEVEL1_WEIGHT_MISMATCH 5768 8e226a0225ec593c",
      "TOTAL_MISSING 202 44f084e1340afa37",
      "TOTAL_MISMATCH 432 f6f390b7c4da1368",
      "FUNDS_ROWS_INCONSISTENT 870 337be5531c6d7878",
      "EXECUTION_RATE_MISMATCH 440 36631cb126b19be8",
      "EXECUTION_SCORE_MISMATCH 772 f2a37c5de5a7107b",
      "SCORE_NOT_PER_RULE 6548 8f8f5e0f2b0693fc",
      "DEVIATION_REASON_MISSING 4542 08c805fc7501941d",
      "OVER_ACHIEVEMENT 340 051794d16b8021df",
      "CROSS_FORM_MISMATCH 1912 3c01f6e66cbbd42e",
      "VALUE_NEEDS_REVIEW 7200 c6906fef119f00e5",
      "BASIC_DATA_INCONSISTENT 580 0d2493cc65682eb2",
      "TOTAL_NOT_GRADABLE 222 48ef631cadb68900",
      "PARTIAL_FORM 198 95e1abd11ce26935",
      "TEXT_CONTRADICTS_TABLE 402 37473a3337d2ee08",
      "EXECUTION_REASON_MISSING 222 a5313956927c9672");

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
