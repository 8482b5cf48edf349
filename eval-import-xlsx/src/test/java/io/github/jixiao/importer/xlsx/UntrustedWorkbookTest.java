package io.github.jixiao.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files from outside are refused with a clear message before they can do harm. */
class UntrustedWorkbookTest {
  private final XlsxImporter importer = XlsxImporter.create();

  @Test
  void filesThatAreNotXlsxAreRefusedSayingWhatTheyLookLike() {
    refused("".getBytes(StandardCharsets.UTF_8), "empty");
    refused("{\"year\": 2023}".getBytes(StandardCharsets.UTF_8), "looks like JSON");
    refused("%PDF-1.7\n".getBytes(StandardCharsets.UTF_8), "a PDF");
    refused("<html><table></table></html>".getBytes(StandardCharsets.UTF_8), "HTML or XML");
    refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        "Excel 97-2003");
    refused("项目,得分\n帮代办,99\n".getBytes(StandardCharsets.UTF_8), "not an XLSX workbook");
  }

  @Test
  void zipsThatAreNotWorkbooksOrAreDamagedAreRefused() throws Exception {
    refused(zip(new String[] {"word/document.xml", "<w:document/>", "[Content_Types].xml", "<Types/>"}),
        "a Word document");
    refused(zip(new String[] {"hello.txt", "hi"}), "a zip file without a workbook");
    refused(Arrays.copyOf(Seed.REPORTED, Seed.REPORTED.length / 2), "damaged");
  }

  @Test
  void aWorkbookCutShortAnywhereIsRefusedWithAMessageThatSaysSo() {
    // found by issue 8's XLSX mutation fuzzer: some cuts ended the message in ": null"
    for (int cut = 4; cut < Seed.REPORTED.length; cut += 1499) {
      byte[] part = Arrays.copyOf(Seed.REPORTED, cut);
      assertThatThrownBy(() -> importer.read(part, null)).as("cut at " + cut)
          .isInstanceOf(WorkbookRejectedException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotEndWith("null").contains("XLSX"));
    }
  }

  @Test
  void aPartCompressedWithAMethodXlsxDoesNotUseIsRefused() {
    // found by issue 8's XLSX mutation fuzzer: method 93 (zstd) made commons-compress load a codec
    // that is not on the class path, a NoClassDefFoundError
    for (int method : new int[] {93, 95, 12, 14, 99}) {
      byte[] bytes = Seed.REPORTED.clone();
      bytes[8] = (byte) method; // the first local file header's compression method
      bytes[9] = 0;
      assertThatThrownBy(() -> importer.read(bytes, null)).as("method " + method)
          .isInstanceOf(WorkbookRejectedException.class)
          // bzip2 (12) is built into the zip library: it is refused as damaged data or by its method
          .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("zip method", "damaged").doesNotEndWith("null"));
    }
  }

  @Test
  void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/workbook.xml"));
      z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) { // 64 MB of zeros, about 64 KB compressed
        z.write(zeros);
      }
    }
    assertThat(out.size()).isLessThan(200_000);
    refused(out.toByteArray(), "zip bomb");
  }

  @Test
  void aPartInflatingByASuspiciousRatioIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/workbook.xml"));
      z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      z.write(new byte[5 << 20]); // 5 MB that compress 1000 times: under the size limit, over the ratio
    }
    assertThatThrownBy(() -> importer.read(out.toByteArray(), null)).isInstanceOf(WorkbookRejectedException.class)
        .hasMessageContaining("inflates").hasMessageContaining("times");
  }

  @Test
  void workbooksWithMacrosAreRefused() throws Exception {
    byte[] withMacros = addEntry(Seed.REPORTED, "xl/vbaProject.bin", new byte[] {1, 2, 3});
    refused(withMacros, "macros");
    byte[] macroType = replaceEntry(Seed.REPORTED, "[Content_Types].xml", s -> s.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    refused(macroType, "macros");
  }

  @Test
  void oversizedSheetsAreRefused() throws Exception {
    byte[] tall = streamed(10_001, 1);
    refused(tall, "uses 10,001 rows, more than the 10,000 jixiao reads");
    byte[] wide = streamed(1, 300);
    refused(wide, "columns");
    XlsxImporter small = importer.withLimits(new XlsxImporter.Limits(1 << 20, 1 << 20, 4 << 20, 100, 200, 10_000, 200,
        1_000));
    assertThatThrownBy(() -> small.read(Seed.REPORTED, null)).isInstanceOf(WorkbookRejectedException.class)
        .hasMessageContaining("cells, more than the 1,000 jixiao reads");
    XlsxImporter tiny = importer.withLimits(new XlsxImporter.Limits(10_000, 1 << 20, 4 << 20, 100, 200, 10_000, 200,
        500_000));
    assertThatThrownBy(() -> tiny.read(Seed.REPORTED, null)).isInstanceOf(WorkbookRejectedException.class)
        .hasMessageContaining("bytes, more than the 10,000");
  }

  @Test
  void externalLinksAreIgnoredAndTheirFormulasReadByTheSavedValue() throws Exception {
    byte[] edited = XlsxImporterTest.edit(Seed.REPORTED, wb -> {
      var c = (org.apache.poi.xssf.usermodel.XSSFCell) Cells.at(wb.getSheet("附件3-1"), "E6");
      c.getCTCell().addNewF().setStringValue("[1]Sheet1!A1"); // a cell of another workbook
      c.getCTCell().setV("45");
    });
    byte[] linked = addEntry(edited, "xl/externalLinks/externalLink1.xml",
        "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(
            StandardCharsets.UTF_8));
    assertThat(importer.read(linked, Seed.PKG)).isEqualTo(Seed.PKG);
  }

  // ------------------------------------------------------------------ helpers

  private void refused(byte[] bytes, String message) {
    assertThatThrownBy(() -> importer.read(bytes, null)).isInstanceOf(WorkbookRejectedException.class)
        .hasMessageContaining(message);
  }

  private static byte[] streamed(int rows, int cols) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      SXSSFSheet s = wb.createSheet("大表");
      for (int r = 0; r < rows; r++) {
        var row = s.createRow(r);
        for (int c = 0; c < cols; c++) {
          row.createCell(c).setCellValue(r);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String[] nameContent) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < nameContent.length; i += 2) {
        z.putNextEntry(new ZipEntry(nameContent[i]));
        z.write(nameContent[i + 1].getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  static byte[] addEntry(byte[] zip, String name, byte[] content) throws Exception {
    return rewrite(zip, name, content, null);
  }

  static byte[] replaceEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws Exception {
    return rewrite(zip, name, null, change);
  }

  private static byte[] rewrite(byte[] zip, String name, byte[] add, java.util.function.UnaryOperator<String> change)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (change != null && e.getName().equals(name)) {
          data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(data);
      }
      if (add != null) {
        z.putNextEntry(new ZipEntry(name));
        z.write(add);
      }
    }
    return out.toByteArray();
  }
}
