package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the inputs the fuzzers once failed on ({@code src/test/resources/regressions/}: JSON
 * for the package reader and the generated-package pipeline, XLSX for the importer). Each must
 * now end as the fuzzer demands: a package, located problems or a clean rejection, in time.
 * Packages of the generated-input fuzzer ({@code generated/}) go through every reader and
 * renderer again.
 */
class RegressionsTest {
  static Stream<Path> files(String kind) throws IOException, URISyntaxException {
    Path dir = Path.of(RegressionsTest.class.getResource("/regressions").toURI()).resolve(kind);
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> list = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
          .toList();
      return list.stream();
    }
  }

  static Stream<Path> json() throws Exception {
    return files("json");
  }

  static Stream<Path> xlsx() throws Exception {
    return files("xlsx");
  }

  static Stream<Path> generated() throws Exception {
    return files("generated");
  }

  /** A package the generated-input fuzzer once failed on ({@code case-SEED.json}: the seed sets mode and alphabet). */
  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("generated")
  void aGeneratedPackageThatOnceFailedNowGoesThroughEveryReaderAndRenderer(Path file) throws Exception {
    byte[] json = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    long seed = Long.parseLong(name.substring("case-".length(), name.indexOf('.')));
    var pkg = io.github.jixiao.json.PackageJson.create().read(json);
    GeneratedPackagesFuzzTest.oneCase(seed, pkg, json, new java.util.concurrent.ConcurrentHashMap<>(),
        new java.util.concurrent.ConcurrentHashMap<>());
  }

  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("json")
  void aJsonInputThatOnceFailedNowEndsInAPackageOrLocatedProblems(Path file) throws Exception {
    byte[] input = Files.readAllBytes(file);
    try (Fuzz.Bounded bounded = new Fuzz.Bounded(Duration.ofSeconds(JsonMutationFuzzTest.LIMIT_SECONDS))) {
      Fuzz.Outcome o = bounded.run(() -> JsonMutationFuzzTest.check(input));
      assertThat(o.timedOut()).isFalse();
      assertThat(o.thrown()).isNull();
    }
  }

  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("xlsx")
  void aWorkbookThatOnceFailedNowEndsInAPackageProblemsOrACleanRejection(Path file) throws Exception {
    byte[] input = Files.readAllBytes(file);
    try (Fuzz.Bounded bounded = new Fuzz.Bounded(Duration.ofSeconds(XlsxMutationFuzzTest.LIMIT_SECONDS))) {
      Fuzz.Outcome o = bounded.run(() -> XlsxMutationFuzzTest.check(input));
      assertThat(o.timedOut()).isFalse();
      assertThat(o.thrown()).isNull();
    }
  }
}
