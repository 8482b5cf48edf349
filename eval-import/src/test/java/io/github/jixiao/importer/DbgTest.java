package io.github.jixiao.importer;

import io.github.jixiao.importer.office.*;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class DbgTest {
  @Test
  void dump() throws Exception {
    byte[] b = Files.readAllBytes(Path.of("/tmp/imp/seed-submission.docx"));
    OfficeDocument d = DocxReader.create(OfficeLimits.defaults()).read(b);
    int n = 0;
    for (Block x : d.blocks()) {
      if (x instanceof Paragraph p && n++ < 60) System.out.println(p.ref() + " L" + p.level() + (p.pageBreakBefore() ? " PB" : "") + " :: " + p.text().replace("\n", "/").substring(0, Math.min(50, p.text().length())));
    }
  }
}
