package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.json.JixiaoModule;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host's own {@code ObjectMapper} with {@link JixiaoModule} reads and writes packages and
 * evaluations exactly as jixiao's canonical JSON, both ways: on the seed and on {@value #CASES}
 * generated packages (every shape {@link WideGenerator} makes: empty forms, the largest amounts,
 * marks, emoji, controls…), with a plain mapper and with a lenient one (unknown fields allowed,
 * floats as doubles, indented output) as hosts often configure theirs.
 */
class JixiaoModuleRoundTripTest {
  static final int CASES = 1_000;
  private static final long FIRST_SEED = 9_100_000L;
  private static final PackageJson JSON = PackageJson.create();
  private static final ObjectMapper TREES = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final List<ObjectMapper> HOSTS = List.of(
      JsonMapper.builder().addModule(new JixiaoModule()).build(),
      JsonMapper.builder().addModule(new JixiaoModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build());

  @Test
  void theSeedAndItsEvaluationGoBothWaysThroughAHostMapper() throws Exception {
    EvaluationPackage pkg = Examples.miluo2023();
    check(-1, pkg);
  }

  @Test
  void everyShippedExampleAndItsEvaluationGoBothWaysThroughAHostMapper() throws Exception {
    // the corpus's other frameworks among them: the Hainan table's evaluation has no execution score at all
    for (String name : Examples.names()) {
      check(-1, Examples.load(name));
    }
  }

  @Test
  void generatedPackagesAndTheirEvaluationsGoBothWaysThroughAHostMapper() throws Exception {
    int cases = Fuzz.cases(CASES);
    for (int i = 0; i < cases; i++) {
      long seed = FIRST_SEED + i;
      check(seed, WideGenerator.forSeed(seed));
    }
    System.out.printf("JixiaoModuleRoundTripTest: %,d generated packages and their evaluations, both ways, %d mappers%n",
        cases, HOSTS.size());
  }

  private static void check(long seed, EvaluationPackage pkg) throws Exception {
    String what = seed < 0 ? pkg.year() + " " + pkg.department() : "seed " + seed;
    JsonNode canonical = TREES.readTree(JSON.write(pkg));
    PackageEvaluation evaluation = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
    String score = EvaluationJson.write(evaluation);
    JsonNode canonicalScore = TREES.readTree(score);
    for (ObjectMapper host : HOSTS) {
      String written = host.writeValueAsString(pkg);
      assertThat(TREES.readTree(written)).as(what + ": the package as the host writes it").isEqualTo(canonical);
      assertThat(host.readValue(written, EvaluationPackage.class)).as(what + ": the package read back").isEqualTo(pkg);
      assertThat(host.readValue(JSON.write(pkg), EvaluationPackage.class)).as(what).isEqualTo(pkg);

      String writtenScore = host.writeValueAsString(evaluation);
      assertThat(TREES.readTree(writtenScore)).as(what + ": the evaluation as the host writes it").isEqualTo(canonicalScore);
      PackageEvaluation read = host.readValue(writtenScore, PackageEvaluation.class);
      assertThat(EvaluationJson.write(read)).as(what + ": the evaluation read back writes the same JSON").isEqualTo(score);
      assertThat(read.allFindings().toList()).as(what).isEqualTo(evaluation.allFindings().toList());
    }
  }
}
