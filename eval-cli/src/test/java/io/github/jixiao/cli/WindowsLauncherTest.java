package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/jixiao.cmd}, the Windows launcher. There is no Windows to run it on here, so this
 * checks what can be checked from its text: CRLF line ends (cmd misreads labels and {@code goto}
 * in LF-only files), the jar it runs, every argument and the exit code passed through.
 */
class WindowsLauncherTest {
  private static byte[] bytes;
  private static String text;
  private static List<String> lines;

  @BeforeAll
  static void readTheLauncher() throws IOException {
    bytes = Files.readAllBytes(CliProcess.root().resolve("bin").resolve("jixiao.cmd"));
    text = new String(bytes, StandardCharsets.US_ASCII);
    lines = List.of(text.split("\r\n"));
  }

  @Test
  void everyLineEndsWithCrLf() {
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void gitKeepsItsCrLfLineEnds() throws IOException {
    List<String> attributes = Files.readAllLines(CliProcess.root().resolve(".gitattributes"));
    assertThat(attributes).contains("*.cmd text eol=crlf");
  }

  @Test
  void itIsPlainAscii() {
    for (byte b : bytes) {
      assertThat(b & 0xff).as("byte").isLessThan(0x80);
    }
  }

  @Test
  void itRunsTheJarRelativeToTheScript() {
    assertThat(lines).contains("set \"JIXIAO_JAR=%~dp0..\\eval-cli\\target\\jixiao.jar\"");
    assertThat(lines).anyMatch(l -> l.contains("-jar \"%JIXIAO_JAR%\""));
  }

  @Test
  void aMissingJarIsReportedWithExitCode2() {
    int check = lines.indexOf("if exist \"%JIXIAO_JAR%\" goto found");
    assertThat(check).isNotNegative();
    List<String> missing = lines.subList(check, lines.indexOf(":found"));
    assertThat(missing).anyMatch(l -> l.startsWith("echo jixiao: ") && l.contains("not found") && l.endsWith("1>&2"));
    assertThat(missing).contains("exit /b 2");
  }

  @Test
  void itPassesEveryArgumentJavaJavaOptsAndTheExitCode() {
    String run = lines.stream().filter(l -> l.contains("-jar")).reduce((a, b) -> b).orElseThrow();
    assertThat(run).startsWith("\"%JIXIAO_JAVA%\" ").contains("%JAVA_OPTS%").endsWith(" %*");
    assertThat(lines.get(lines.indexOf(run) + 1)).isEqualTo("exit /b %ERRORLEVEL%");
    assertThat(lines).contains("set \"JIXIAO_JAVA=java\"", "if not defined JAVA goto scan", "set \"JIXIAO_JAVA=%JAVA:\"=%\"");
  }

  @Test
  void itStartsQuietAndKeepsItsVariablesLocal() {
    assertThat(lines.get(0)).isEqualTo("@echo off");
    assertThat(lines).contains("setlocal");
  }

  @Test
  void fileContentsDoNotDependOnTheCodePageAsWithTheShellLauncher() throws IOException {
    String run = lines.stream().filter(l -> l.contains("-jar")).reduce((a, b) -> b).orElseThrow();
    assertThat(run).contains(" -Dfile.encoding=UTF-8 %JAVA_OPTS% ");
    String shell = Files.readString(CliProcess.root().resolve("bin").resolve("jixiao"));
    assertThat(shell).contains(" -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} -jar ");
  }
}
