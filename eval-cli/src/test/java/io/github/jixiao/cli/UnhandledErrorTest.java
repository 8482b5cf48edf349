package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the command line says about an error no command handled. */
class UnhandledErrorTest {
  private static String said(Throwable e, int[] exit) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    exit[0] = Main.failed(new PrintStream(buffer, true, StandardCharsets.UTF_8), e);
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tooLittleMemoryIsTheUsersToFixAndSaysHow() {
    int[] exit = new int[1];
    String message = said(new OutOfMemoryError("Java heap space"), exit);

    assertThat(exit[0]).isEqualTo(ExitCode.USAGE);
    assertThat(message).contains("out of memory (内存不足)", "JAVA_OPTS=-Xmx2g", "--merge").doesNotContain("report it");
  }

  @Test
  void anythingElseIsABugToReport() {
    int[] exit = new int[1];
    String message = said(new IllegalStateException("boom"), exit);

    assertThat(exit[0]).isEqualTo(ExitCode.INTERNAL);
    assertThat(message).contains("internal error (内部错误), please report it: java.lang.IllegalStateException: boom");
  }
}
