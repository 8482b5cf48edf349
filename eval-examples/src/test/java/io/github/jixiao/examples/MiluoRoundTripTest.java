package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.json.PackageJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MiluoRoundTripTest {
  private final PackageJson json = PackageJson.create();

  @Test
  void theShippedFileIsInCanonicalFormSoWritingReproducesItByteForByte() {
    byte[] shipped = Examples.json(Examples.MILUO_2023).orElseThrow();
    EvaluationPackage pkg = Examples.miluo2023();
    assertThat(new String(json.writeBytes(pkg), StandardCharsets.UTF_8))
        .isEqualTo(new String(shipped, StandardCharsets.UTF_8));
  }

  @Test
  void readingTheWrittenJsonGivesAnEqualModel() throws Exception {
    EvaluationPackage pkg = Examples.miluo2023();
    assertThat(json.read(json.write(pkg))).isEqualTo(pkg);
  }

  @Test
  void writingIsDeterministicAcrossInstances() {
    EvaluationPackage pkg = Examples.miluo2023();
    assertThat(PackageJson.create().writeBytes(pkg)).isEqualTo(PackageJson.create().writeBytes(pkg));
  }

  @Test
  void decimalsKeepTheirPrintedScale() {
    EvaluationPackage pkg = Examples.miluo2023();
    var vehicleOperation = pkg.basicData().allRows()
        .filter(r -> r.label().equals("公车运行维护")).findFirst().orElseThrow();
    assertThat(vehicleOperation.previousYearFinal().toString()).isEqualTo("6.00");
    assertThat(pkg.form("3-7").orElseThrow().totalFunds().orElseThrow().executed().toString()).isEqualTo("5.88");
  }

  @Test
  void unknownExampleNamesAreRefusedWithTheKnownOnes() {
    assertThat(Examples.json("nope")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Examples.load("nope"))
        .hasMessageContaining("miluo-2023");
  }
}
