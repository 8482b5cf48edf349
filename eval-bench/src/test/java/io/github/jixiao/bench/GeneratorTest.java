package io.github.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.json.PackageValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  @Test
  void generatedPackagesAreValidAndSizedLikeTheSeed() {
    List<EvaluationPackage> packages = new Generator(7).forms(60);
    assertThat(packages).isNotEmpty();
    for (EvaluationPackage p : packages) {
      assertThat(PackageValidator.create().validate(p)).as(p.department()).isEmpty();
      assertThat(p.projectEvaluations().size()).isBetween(10, 20);
      p.projectEvaluations().forEach(f -> assertThat(p.project(f.projectId())).isPresent());
    }
    assertThat(Generator.countForms(packages)).isGreaterThanOrEqualTo(60);
  }

  @Test
  void theSameSeedGivesTheSamePackages() {
    assertThat(new Generator(3).forms(40)).isEqualTo(new Generator(3).forms(40));
  }
}
