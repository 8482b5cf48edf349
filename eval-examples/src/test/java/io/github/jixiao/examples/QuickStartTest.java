package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

  @Test
  void readmeExampleListsTheFormsAndValidatesTheWrittenFile(@TempDir Path dir) throws Exception {
    String printed = QuickStart.run(dir);
    assertThat(printed)
        .contains("附件3-1 帮代办工作经费 总分=99\n")
        .contains("附件3-5 施工审查图 总分=99\n")
        .contains("附件3-13 招投标监督管理专项 总分=(blank)\n")
        .contains("附件3-14 工作经费 总分=99.5\n")
        .endsWith("valid: true\n");
    assertThat(printed.lines().filter(l -> l.startsWith("附件3-"))).hasSize(14);
  }
}
