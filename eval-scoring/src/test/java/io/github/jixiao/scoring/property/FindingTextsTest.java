package io.github.jixiao.scoring.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every finding of the {@link FindingCorpus} — code, severity, location, both messages,
 * expected, found, in order — is as recorded: per code, the number of findings and a SHA-256 of
 * their lines. Pins the audit's output byte for byte, beyond the seed, while the code that
 * produces it changes shape. The full listing is written to {@code target/finding-texts.txt};
 * when a change of a message is intended, diff that file against the one the previous commit
 * writes and paste the table the failure prints.
 */
class FindingTextsTest {
  /** "CODE count sha256-prefix", in {@link FindingCode} order. */
  private static final List<String> RECORDED = List.of(
      "SCORE_EXCEEDS_WEIGHT 8127 21f315ea4fca4a8b",
      "WEIGHTS_NOT_100 2045 9ac4f8fef9431b27",
      "LEVEL1_WEIGHT_MISMATCH 5119 6ce824eff81cad68",
      "TOTAL_MISSING 259 0429d81aeea55f88",
      "TOTAL_MISMATCH 275 aa43f875f70c2eb8",
      "FUNDS_ROWS_INCONSISTENT 454 74fd0e25cae10187",
      "EXECUTION_RATE_MISMATCH 210 950f806e1df5c1cc",
      "EXECUTION_SCORE_MISMATCH 1136 da949b044e6f5958",
      "SCORE_NOT_PER_RULE 6349 d35bcbfd7641c251",
      "DEVIATION_REASON_MISSING 4455 9525468df8b0b232",
      "OVER_ACHIEVEMENT 416 365dfca8c5146c62",
      "CROSS_FORM_MISMATCH 2254 48029e311e47d1e3",
      "VALUE_NEEDS_REVIEW 7263 4ab5acf43813c897",
      "BASIC_DATA_INCONSISTENT 735 522d17456331ecd1");

  @Test
  void everyFindingOfTheCorpusReadsAsRecorded() throws IOException {
    Map<FindingCode, List<String>> lines = new EnumMap<>(FindingCode.class);
    for (FindingCode code : FindingCode.values()) {
      lines.put(code, new ArrayList<>());
    }
    StringBuilder listing = new StringBuilder();
    int[] packages = {0};
    FindingCorpus.forEach((name, evaluation) -> {
      packages[0]++;
      listing.append("# ").append(name).append('\n');
      for (Finding f : (Iterable<Finding>) evaluation.allFindings()::iterator) {
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
            packages[0], out.toAbsolutePath(), table(actual))
        .isEqualTo(RECORDED);
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
