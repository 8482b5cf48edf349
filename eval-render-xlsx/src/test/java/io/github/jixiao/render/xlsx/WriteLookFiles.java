package io.github.jixiao.render.xlsx;

import io.github.jixiao.render.xlsx.testing.Seed;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed's workbooks (as reported, as computed, the submission copy) and the blank template to a directory,
 * to look at them with LibreOffice ({@code shared/tools/look-xlsx}); a main class, not a test.
 */
public final class WriteLookFiles {
  private WriteLookFiles() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/look");
    Files.createDirectories(dir);
    Files.write(dir.resolve("miluo-reported.xlsx"), Seed.REPORTED);
    Files.write(dir.resolve("miluo-computed.xlsx"), Seed.COMPUTED);
    Files.write(dir.resolve("miluo-submission.xlsx"), Seed.SUBMISSION);
    Files.write(dir.resolve("miluo-template.xlsx"), XlsxTemplate.forYear(2024).toBytes());
    System.out.println("wrote " + dir.toAbsolutePath());
  }
}
