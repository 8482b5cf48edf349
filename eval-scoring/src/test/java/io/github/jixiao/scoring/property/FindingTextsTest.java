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
      "SCORE_EXCEEDS_WEIGHT 8036 b6488d732d99c570",
      "WEIGHTS_NOT_100 2120 2067c9120da875b6",
      "LEVEL1_WEIGHT_MISMATCH 5888 e7b06fcb21ccffc0",
      "TOTAL_MISSING 204 3c58f709a14924b9",
      "TOTAL_MISMATCH 409 ada238343e5094ec",
      "FUNDS_ROWS_INCONSISTENT 816 b07c1a8a0fd33de7",
      "EXECUTION_RATE_MISMATCH 392 622fa147daee3328",
      "EXECUTION_SCORE_MISMATCH 727 265d6d3d4b62f00f",
      "SCORE_NOT_PER_RULE 6449 f7ce7f9c850d5686",
      "DEVIATION_REASON_MISSING 4569 1e7235ca9386b795",
      "OVER_ACHIEVEMENT 338 19e9f46c77f27952",
      "CROSS_FORM_MISMATCH 5138 5c45b0aadfb16a64",
      "VALUE_NEEDS_REVIEW 7273 8d15944b1658f6d5",
      "BASIC_DATA_INCONSISTENT 548 b52007ba0a105b21",
      "TOTAL_NOT_GRADABLE 226 0ebf4bdee6b22011",
      "PARTIAL_FORM 214 4d641e3a04d00778",
      "TEXT_CONTRADICTS_TABLE 428 930de9456b72a675",
      "EXECUTION_REASON_MISSING 245 9fc95c1100a6f294",
      "REPORT_NUMBERING 100 71455b172e2e0f69",
      "GROUP_SUM_MISMATCH 4 551b5799f18b71cb",
      "FRAMEWORK_NOT_SCORED 2 a3a12f29a238d3ff");

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
