package io.github.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.importer.Intake;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake benchmark's files are what it claims: every corpus form, importable, one per file. */
class IntakeBenchTest {
  @Test
  void theCorpusMappingCoversEveryExampleItListsWithTheLayoutItNames() {
    List<IntakeBench.Sample> samples = IntakeBench.corpus();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(29);
    assertThat(samples).allSatisfy(s -> assertThat(s.layout()).isNotNull());
  }

  @Test
  void theDirectoryFilesAlternateFormatsAndImportWithTheirVariedNames(@TempDir Path dir) throws Exception {
    IntakeBench.dir(3, dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString().replaceAll(".*\\.", ""))
        .containsExactly("docx", "xlsx", "docx");
    Path second = files.get(1);
    Intake.Result r = Intake.create().withYear(2020).read(Files.readAllBytes(second), second.toString(), null);
    assertThat(r.problems()).isEmpty();
    assertThat(r.pkg().forms().toList()).singleElement().extracting(SelfEvaluationForm::name)
        .asString().endsWith("（第2份）");
  }

  @Test
  void aVariedFormHasEveryAmountScaledByTheSameFactor() {
    SelfEvaluationForm form = IntakeBench.corpus().get(0).form();
    SelfEvaluationForm varied = IntakeBench.varied(form, 5);
    BigDecimal before = form.funds().rows().get(0).annualBudget().value();
    BigDecimal after = varied.funds().rows().get(0).annualBudget().value();
    assertThat(after).isEqualByComparingTo(before.multiply(new BigDecimal("1.05")).setScale(
        Math.max(2, before.scale()), java.math.RoundingMode.HALF_UP));
    assertThat(varied.funds().rows().get(0).executionRate()).isEqualTo(form.funds().rows().get(0).executionRate());
  }
}
