package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.value.ParsedValue;
import io.github.jixiao.scoring.value.ValueParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus of real forms from other provinces ({@code jixiao example --list}; sources and the hand
 * audit of each in {@code eval-examples/corpus/*.md}): every form loads, its findings are exactly
 * the pinned ones ({@code corpus-findings.tsv}: code, severity, place, expected and found figures),
 * every pinned ERROR carries the note of the hand audit that agrees with it, and the value parser
 * reads at least 95 % of the non-blank value cells.
 *
 * <p>When a change of the audit is intended, the test writes the findings it got to
 * {@code target/corpus-findings.tsv}; diff it against the pinned file, check each changed line
 * against the hand audit, and copy it over with the notes.
 */
class CorpusTest {
  private static final Map<String, PackageEvaluation> RESULTS = new LinkedHashMap<>();
  private static final Map<String, EvaluationPackage> PACKAGES = new LinkedHashMap<>();

  @BeforeAll
  static void evaluateTheCorpus() {
    for (Examples.Example e : Examples.list()) {
      if (e.name().equals(Examples.MILUO_2023) || e.name().startsWith(Examples.SAMPLE_PREFIX)) {
        continue; // the seed and the constructed specimens (FrameworkSamplesTest) are not the corpus of real forms
      }
      EvaluationPackage pkg = Examples.load(e.name());
      PACKAGES.put(e.name(), pkg);
      RESULTS.put(e.name(), Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg));
    }
  }

  /**
   * Issue 14 asks for 24 forms from 10 provinces; the stored pages the search tool reaches gave
   * fewer (eval-examples/corpus/README.md says what was searched). The corpus must not shrink.
   */
  static final int FORMS = 31;
  static final int PROVINCES = 12;

  @Test
  void theCorpusKeepsEveryFormCollected() {
    long forms = PACKAGES.values().stream().mapToLong(p -> p.projectEvaluations().size()
        + (p.departmentEvaluation() == null ? 0 : 1)).sum();
    long provinces = PACKAGES.keySet().stream().map(n -> n.substring(0, n.indexOf('-'))).distinct().count();
    System.out.println("corpus: " + PACKAGES.size() + " packages, " + forms + " forms, " + provinces + " provinces");
    assertThat(forms).isGreaterThanOrEqualTo(FORMS);
    assertThat(provinces).isGreaterThanOrEqualTo(PROVINCES);
  }

  @Test
  void everyFormsFindingsAreThePinnedOnes() throws IOException {
    List<String> actual = new ArrayList<>();
    RESULTS.forEach((name, result) -> result.allFindings().forEach(f -> actual.add(line(name, f))));
    Path out = Path.of("target", "corpus-findings.tsv");
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    List<String> pinned = pinned().stream().map(CorpusTest::withoutNote).toList();
    assertThat(actual).as("findings of the corpus (got: %s)", out.toAbsolutePath()).containsExactlyElementsOf(pinned);
  }

  @Test
  void everyPinnedErrorIsOneTheHandAuditRaises() {
    List<String> unexplained = pinned().stream()
        .filter(l -> l.split("\t")[2].equals(Severity.ERROR.name()) && note(l).isBlank()).toList();
    assertThat(unexplained).as("ERRORs without the hand audit's agreement").isEmpty();
  }

  @Test
  void theValueParserReadsAtLeast95PercentOfTheValueCells() {
    int cells = 0;
    List<String> unread = new ArrayList<>();
    for (Map.Entry<String, EvaluationPackage> e : PACKAGES.entrySet()) {
      if (OCR_SOURCES.contains(e.getKey())) {
        continue;
      }
      for (SelfEvaluationForm form : forms(e.getValue())) {
        for (IndicatorRow row : form.rows().toList()) {
          for (String text : new String[] {row.target(), row.actual(), row.adjustedTarget()}) {
            if (text == null || text.isBlank()) {
              continue;
            }
            cells++;
            if (ValueParser.parse(FormEvaluator.withUnit(text, row.unitOfMeasure())) instanceof ParsedValue.NeedsReview nr) {
              unread.add(e.getKey() + " 附件" + form.label() + " 「" + text.strip().replace('\n', ' ') + "」: " + nr.reason());
            }
          }
        }
      }
    }
    BigDecimal share = BigDecimal.valueOf(100L * (cells - unread.size())).divide(BigDecimal.valueOf(cells), 1,
        RoundingMode.HALF_UP);
    System.out.println("value parser on the corpus: " + (cells - unread.size()) + " of " + cells + " cells read ("
        + share + " %); not read:");
    unread.forEach(u -> System.out.println("  " + u));
    assertThat(share).isGreaterThanOrEqualTo(new BigDecimal("95"));
  }

  /**
   * Forms known only from an OCR extraction, their cells kept as stored ("一" for a dash, "M.8万元"):
   * what the parser reads there measures the OCR, not the forms, so they are left out of its figure.
   */
  private static final java.util.Set<String> OCR_SOURCES = java.util.Set.of("ningxia-2021-yinchuan-liuzhong-gongyong");

  private static List<SelfEvaluationForm> forms(EvaluationPackage pkg) {
    return Stream.concat(Stream.ofNullable(pkg.departmentEvaluation()), pkg.projectEvaluations().stream()).toList();
  }

  /** "example, code, severity, pointer, expected, found", tab-separated. */
  private static String line(String name, Finding f) {
    return String.join("\t", name, f.code().name(), f.severity().name(), f.location().pointer(),
        String.valueOf(f.expected()), String.valueOf(f.found()));
  }

  private static List<String> pinned() {
    try (InputStream in = CorpusTest.class.getResourceAsStream("corpus-findings.tsv")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line without its note (the text after " # "). */
  private static String withoutNote(String line) {
    int at = line.indexOf("\t# ");
    return at < 0 ? line : line.substring(0, at);
  }

  private static String note(String line) {
    int at = line.indexOf("\t# ");
    return at < 0 ? "" : line.substring(at + 3);
  }
}
