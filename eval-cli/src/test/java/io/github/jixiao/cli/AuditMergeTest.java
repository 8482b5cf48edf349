package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split a province's run relies on (docs/ARCHITECTURE.md): a season audited in two halves and
 * the two {@code audit.json} merged gives the county outputs of one run, byte for byte.
 */
class AuditMergeTest {
  @TempDir Path tmp;

  @Test
  void twoHalvesAuditedApartAndMergedGiveTheOutputsOfOneRunByteForByte() throws IOException {
    Path season = AuditCommandTest.season(tmp);
    Path left = Files.createDirectories(tmp.resolve("left"));
    Path right = Files.createDirectories(tmp.resolve("right"));
    try (Stream<Path> all = Files.list(season)) {
      List<Path> entries = all.sorted().toList();
      for (int i = 0; i < entries.size(); i++) {
        Path e = entries.get(i);
        Path to = (i % 2 == 0 ? left : right).resolve(e.getFileName().toString());
        if (Files.isDirectory(e)) {
          Files.createDirectories(to);
          try (Stream<Path> inner = Files.list(e)) {
            for (Path f : inner.toList()) {
              Files.copy(f, to.resolve(f.getFileName().toString()));
            }
          }
        } else {
          Files.copy(e, to);
        }
      }
    }
    Path one = tmp.resolve("one");
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Path merged = tmp.resolve("merged");
    assertThat(AuditCommandTest.audit(season, one).exit()).isEqualTo(1);
    assertThat(AuditCommandTest.audit(left, a).exit()).isEqualTo(1);
    assertThat(AuditCommandTest.audit(right, b).exit()).isIn(0, 1);

    CliRun merge = CliRun.run("audit", "--merge", a.resolve("audit.json").toString(), "--merge",
        b.resolve("audit.json").toString(), "--out", merged.toString(), "--bureau", "汨罗市财政局", "--date",
        "2024-04-15", "--reply-by", "2024-04-30");

    assertThat(merge.exit()).as(merge.all()).isEqualTo(1);
    for (String f : List.of("audit.json", "县级汇总.xlsx")) {
      assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
    List<String> letters;
    try (Stream<Path> l = Files.list(one.resolve("审核意见书"))) {
      letters = l.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(letters).hasSize(6);
    for (String f : letters) {
      assertThat(Files.readAllBytes(merged.resolve("审核意见书").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(one.resolve("审核意见书").resolve(f)));
    }
  }

  @Test
  void partsAuditedUnderOtherSettingsAreRefused() throws IOException {
    Path season = AuditCommandTest.season(tmp);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    AuditCommandTest.audit(season, a);
    AuditCommandTest.audit(season, b, "--profile", "national-2020");
    CliRun merge = CliRun.run("audit", "--merge", a.resolve("audit.json").toString(), "--merge",
        b.resolve("audit.json").toString(), "--out", tmp.resolve("m").toString());
    assertThat(merge.exit()).isEqualTo(2);
    assertThat(merge.err()).contains("other profiles, layouts or year");
  }
}
