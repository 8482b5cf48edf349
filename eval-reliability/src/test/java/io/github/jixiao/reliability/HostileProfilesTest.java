package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Problem;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.ProfileException;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, class 4: profiles that lie, as a careless clerk or an attacker writes them. A corpus of
 * hostile files, then {@value #CASES} × scale mutations of a built-in profile's JSON (cut at any
 * byte, a value replaced by a hostile one: an exponent no number has, NaN, "10分", UNNECESSARY, an
 * unknown name, a built-in id, a field given twice, a comment). Each file ends in a profile with
 * which the seed package scores without an exception (for both form types), or in a {@link
 * ProfileException} whose every problem has its line and column (a pointer where it is about a
 * value) and is said in the project's words: no Java class, no parser feature, no stack trace.
 */
class HostileProfilesTest {
  static final int CASES = 400;
  private static final long FIRST_SEED = 19_400_000L;
  private static final EvaluationPackage SEED = Examples.miluo2023();
  private static final List<String> FORBIDDEN = List.of("java.", "BigDecimal", "Feature", "`", "Exception", "jackson",
      "REDACTED", "Source:", "\tat ");
  private static final List<String> HOSTILE_VALUES = List.of("1E+999999999", "1E-999999999", "-1E+9999", "NaN",
      "Infinity", "\"10分\"", "\"90%\"", "null", "\"UNNECESSARY\"", "\"STEP\"", "9".repeat(120), "0.000000000001", "{}",
      "[]", "\"hunan-2023\"", "true", "-5", "101", "1e2", "\"\"", "\"" + "长".repeat(2_000) + "\"");
  private static final Pattern VALUE = Pattern.compile("(?<=: )(\"[^\"]*\"|-?[0-9][0-9.Ee+-]*|true|false|null)");

  @Test
  void aCorpusOfLyingProfilesIsRefusedWholeEachProblemLocatedInTheProjectsWords() throws Exception {
    List<String> corpus = List.of(
        "{ \"extends\": \"hunan-2023\", \"id\": \"hunan-2023\", \"executionWeight\": 20, \"level1Weights\": "
            + "{ \"OUTPUT\": 30, \"BENEFIT\": 30, \"COST\": 10, \"SATISFACTION\": 10 } }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"grades\": { \"EXCELLENT\": 60, \"GOOD\": 80, \"FAIR\": 90 } }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"executionFormula\": \"STEP\", \"lowerIsBetter\": \"SMALL\" }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"executionWeight\": \"10分\" }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"rounding\": \"UNNECESSARY\" }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"departmentWide\": { \"rounding\": \"UNNECESSARY\" } }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"scale\": 1",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"achievedMin\": 1E-999999999 }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"stepPercent\": NaN }",
        "{ \"extends\": \"hunan-2023\", /* county */ \"id\": \"x\" }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"id\": \"y\" }",
        "{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"overrides\": \"national-2020\" }",
        "",
        "[1, 2, 3]",
        "{ \"extends\": \"shanghai\", \"id\": \"x\" }");
    for (String json : corpus) {
      Object outcome = read(json);
      assertThat(outcome).as("%s", json).isInstanceOf(ProfileException.class);
      checkProblems((ProfileException) outcome, json);
    }
  }

  @Test
  void mutatedProfilesEndInAProfileThatScoresOrInLocatedProblems() throws Exception {
    String text = Profiles.write(Profiles.builtIn().get("hunan-2023"));
    int cases = Fuzz.cases(CASES);
    Fuzz.Failures failures = new Fuzz.Failures("profile");
    LongAdder accepted = new LongAdder();
    LongAdder refused = new LongAdder();
    Fuzz.parallel(Fuzz.threads(), FIRST_SEED, cases, Duration.ofSeconds(10), (seed, bounded) -> {
      String input = mutate(text, new Random(seed));
      Fuzz.Outcome o = bounded.run(() -> {
        Object outcome = read(input);
        if (outcome instanceof ScoringProfile p) {
          Evaluator.of(p).evaluate(SEED); // the department-wide form scores with p.forDepartmentWide()
          accepted.increment();
        } else {
          checkProblems((ProfileException) outcome, input);
          refused.increment();
        }
        return null;
      });
      if (o.timedOut()) {
        failures.add(seed, "no answer within 10 s", input.getBytes(StandardCharsets.UTF_8), "json", null);
      } else if (o.thrown() != null) {
        failures.add(seed, String.valueOf(o.thrown()), input.getBytes(StandardCharsets.UTF_8), "json", o.thrown());
      }
    });
    System.out.printf("HostileProfilesTest: %,d mutated profiles: %,d accepted and scored, %,d refused%n", cases,
        accepted.sum(), refused.sum());
    assertThat(failures.count()).as(failures.report()).isZero();
    assertThat(accepted.sum()).isPositive();
    assertThat(refused.sum()).isPositive();
  }

  /** The profile read, or the {@link ProfileException}; any other exception escapes. */
  private static Object read(String json) throws java.io.IOException {
    try {
      return Profiles.builtIn().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json");
    } catch (ProfileException e) {
      return e;
    }
  }

  private static void checkProblems(ProfileException e, String json) {
    assertThat(e.located()).as("problems of %s", json).isNotEmpty();
    for (Problem p : e.located()) {
      boolean wholeFile = p.message().startsWith("文件为空") || p.message().startsWith("文件过大")
          || p.message().startsWith("文件不是 UTF-8");
      if (!wholeFile) {
        assertThat(p.line()).as("line of %s in %s", p, json).isPositive();
        assertThat(p.column()).as("column of %s in %s", p, json).isPositive();
      }
    }
    assertThat(e.getMessage()).as("message of %s", json).doesNotContain(FORBIDDEN).hasSizeLessThan(20_000);
  }

  /** One of: cut at a random place, a value replaced, a field duplicated, a comment or the id changed. */
  static String mutate(String json, Random r) {
    switch (r.nextInt(6)) {
      case 0 -> {
        return json.substring(0, r.nextInt(json.length()));
      }
      case 1, 2, 3 -> {
        Matcher m = VALUE.matcher(json);
        List<int[]> spans = new java.util.ArrayList<>();
        while (m.find()) {
          spans.add(new int[] {m.start(), m.end()});
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return json.substring(0, s[0]) + HOSTILE_VALUES.get(r.nextInt(HOSTILE_VALUES.size())) + json.substring(s[1]);
      }
      case 4 -> {
        int brace = json.indexOf('{');
        String field = r.nextBoolean() ? "\"scale\": 3, " : "\"id\": \"again\", ";
        return json.substring(0, brace + 1) + (r.nextBoolean() ? " // note\n" : " ") + field
            + json.substring(brace + 1);
      }
      default -> {
        String id = List.of("hunan-2023", "national-2020", "county", "").get(r.nextInt(4));
        return json.replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : \"" + id + "\"")
            .replaceFirst("\"executionWeight\" : 10", r.nextBoolean() ? "\"executionWeight\" : 10" : "\"executionWeight\" : 20");
      }
    }
  }
}
