package io.github.jixiao.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.json.PackageValidator;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Render (as reported) → import gives back the same package, for 1,000 generated packages. Each
 * case has its own seed; a failure prints the case's seed and the package as JSON.
 */
class RoundTripPropertyTest {
  static final long SEED = 20240101L;
  static final int CASES = 1_000;

  private static final PackageJson JSON = PackageJson.create();

  @Test
  void renderedPackagesImportBackEqual() {
    Random master = new Random(SEED);
    long[] seeds = IntStream.range(0, CASES).mapToLong(i -> master.nextLong()).toArray();
    AtomicInteger checked = new AtomicInteger();
    PackageValidator validator = PackageValidator.create();
    IntStream.range(0, CASES).parallel().forEach(i -> {
      EvaluationPackage pkg = new PackageGenerator(new Random(seeds[i])).next();
      try {
        assertThat(validator.validate(pkg)).as("the generator makes valid packages").isEmpty();
        PackageEvaluation evaluation = i % 10 == 0 ? Seed.evaluate(pkg) : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().render(RenderRequest.of(pkg, evaluation, RenderMode.REPORTED), out);
        EvaluationPackage back = XlsxImporter.create().read(out.toByteArray(), pkg);
        if (!back.equals(pkg)) {
          assertThat(JSON.write(back)).isEqualTo(JSON.write(pkg));
          assertThat(back).isEqualTo(pkg);
        }
        checked.incrementAndGet();
      } catch (Exception | AssertionError e) {
        String json;
        try {
          json = JSON.write(pkg);
        } catch (RuntimeException ex) {
          json = pkg.toString();
        }
        throw new AssertionError("case " + (i + 1) + " of " + CASES + " failed; replay with new PackageGenerator(new Random("
            + seeds[i] + "L)).next()\nfailure: " + e + "\npackage:\n" + json, e);
      }
    });
    assertThat(checked.get()).isEqualTo(CASES);
  }
}
