package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures with files say why (issue 19, class 8): a batch folder's symbolic link to nothing or to
 * itself is reported and fails the run instead of being skipped silently; an output directory that
 * cannot be made says what is in the way.
 */
class FileMessagesTest {
  @TempDir Path dir;

  private Path folderWithBadLinks() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("packages"));
    Files.write(folder.resolve("a-miluo.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
    Files.createSymbolicLink(folder.resolve("b-dangling.json"), folder.resolve("gone.json"));
    Files.createSymbolicLink(folder.resolve("c-loop.json"), folder.resolve("c-loop.json"));
    return folder;
  }

  @Test
  void renderReportsADanglingLinkAndALinkLoopAndExitsOne() throws IOException {
    Path folder = folderWithBadLinks();
    CliRun run = CliRun.run("render", folder.toString(), "--format", "xlsx", "--out", dir.resolve("out").toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out())
        .contains("ok   a-miluo.json")
        .contains("FAIL b-dangling.json: cannot read " + folder.resolve("b-dangling.json") + ": it is a symbolic link to "
            + folder.resolve("gone.json") + ", which does not exist (链接目标不存在)")
        .contains("FAIL c-loop.json: cannot read " + folder.resolve("c-loop.json")
            + ": it is a symbolic link that leads back to itself, a loop (符号链接循环)")
        .contains("3 packages: 1 rendered, 2 failed");
  }

  @Test
  void scoreOfAFolderReportsTheBadLinksToo() throws IOException {
    Path folder = folderWithBadLinks();
    CliRun run = CliRun.run("score", folder.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.all()).contains("b-dangling.json").contains("链接目标不存在").contains("c-loop.json").contains("符号链接循环");
  }

  @Test
  void anOutputDirectoryBehindAFileSaysTheFileIsInTheWay() throws IOException {
    Path file = Files.writeString(dir.resolve("report"), "a file, not a folder");
    Path folder = folderWithBadLinks();
    CliRun run = CliRun.run("render", folder.toString(), "--format", "pdf", "--out", file.resolve("pdf").toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains("cannot create the output directory " + file.resolve("pdf") + ": " + file
        + " exists and is not a directory (同名文件已存在)");
  }
}
