package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook writer's own contract, below the layouts: references, escaping, streaming, the zip. */
class XmlWorkbookTest {
  private static final Instant AT = Instant.parse("2024-05-06T07:08:10Z");

  @Test
  void columnLettersFollowSpreadsheetNumbering() {
    assertThat(XmlWorkbook.column(0)).isEqualTo("A");
    assertThat(XmlWorkbook.column(25)).isEqualTo("Z");
    assertThat(XmlWorkbook.column(26)).isEqualTo("AA");
    assertThat(XmlWorkbook.column(63)).isEqualTo("BL");
    assertThat(XmlWorkbook.column(64)).isEqualTo("BM");
    assertThat(XmlWorkbook.column(701)).isEqualTo("ZZ");
    assertThat(XmlWorkbook.column(702)).isEqualTo("AAA");
    assertThat(XmlWorkbook.column(16383)).isEqualTo("XFD");
    assertThat(XmlWorkbook.ref(9, 2)).isEqualTo("C10");
  }

  @Test
  void escapingKeepsMarkupAndLineBreaksInTextAndAttributes() {
    StringBuilder text = new StringBuilder();
    XmlWorkbook.escape("a<b>&\"c\"\r\n\td\u0001\uFFFE", text, false);
    assertThat(text).hasToString("a&lt;b&gt;&amp;\"c\"&#13;\n\td_x0001__xFFFE_");
    StringBuilder attribute = new StringBuilder();
    XmlWorkbook.escape("x=\"1\"\n\t", attribute, true);
    assertThat(attribute).hasToString("x=&quot;1&quot;&#10;&#9;");
  }

  @Test
  void bufferedAndStreamingSheetsReadBackTheSame() throws Exception {
    XmlWorkbook wb = new XmlWorkbook();
    try {
      fill(wb.sheet("内存"), wb.styles);
      fill(wb.streamingSheet("流式"), wb.styles);
      byte[] bytes = write(wb);
      try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        assertThat(cells(read.getSheetAt(1))).isEqualTo(cells(read.getSheetAt(0)));
        XSSFSheet s = read.getSheetAt(0);
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(" 前后空格 ");
        assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("=1+1");
        assertThat(s.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(s.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(0.1);
        assertThat(s.getRow(1).getCell(1).getCellFormula()).isEqualTo("IF(A2>0,A2*2,\"\")");
        assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.2);
        assertThat(s.getRow(1).getCell(2).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
        assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEmpty();
        assertThat(s.getRow(1).getHeightInPoints()).isEqualTo(32.3f);
        assertThat(s.getRow(3).getCell(0).getCellStyle().getBorderTop())
            .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        assertThat(s.getMergedRegions()).hasSize(1);
        assertThat(s.getMergedRegion(0).formatAsString()).isEqualTo("A4:C5");
        assertThat(read.getSheetAt(1).getMergedRegion(0).formatAsString()).isEqualTo("A4:C5");
      }
    } finally {
      wb.discard();
    }
  }

  @Test
  void streamingSheetRefusesRowsOutOfOrder() throws Exception {
    XmlWorkbook wb = new XmlWorkbook();
    try {
      XmlSheet s = wb.streamingSheet("流式");
      s.row(3);
      assertThatThrownBy(() -> s.row(2)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in order");
    } finally {
      wb.discard();
    }
  }

  @Test
  void zipIsPlainDeterministicAndDatedByTheTimestamp() throws Exception {
    byte[] first = write(sample());
    byte[] second = write(sample());
    assertThat(second).isEqualTo(first);
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2024, 5, 6, 7, 8, 10));
        assertThat(e.getExtra()).isNull();
        assertThat(zip.readAllBytes()).isNotEmpty();
      }
    }
    assertThat(names).startsWith("[Content_Types].xml", "_rels/.rels").contains("xl/workbook.xml",
        "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
    // no data descriptors: general purpose flag bit 3 clear in every local header
    for (int i = 0; i + 8 < first.length; i++) {
      if (first[i] == 'P' && first[i + 1] == 'K' && first[i + 2] == 3 && first[i + 3] == 4) {
        assertThat(first[i + 6] & 0x08).as("data descriptor flag at %d", i).isZero();
      }
    }
  }

  @Test
  void commentBoxesHaveShapeIdsUniqueInTheWorkbook() throws Exception {
    XmlWorkbook wb = new XmlWorkbook();
    XmlSheet many = wb.sheet("多");
    for (int r = 0; r < 1500; r++) {
      many.row(r).cell(0).text("x");
      many.comment(new XmlSheet.Comment(r, 0, "批注 " + r, "jixiao", 1, r, 4, r + 3));
    }
    XmlSheet few = wb.sheet("少");
    few.row(0).cell(0).text("y");
    few.comment(new XmlSheet.Comment(0, 0, "批注", "jixiao", 1, 0, 4, 3));
    byte[] bytes = write(wb);
    java.util.Map<String, String> parts = new java.util.HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    String vml1 = parts.get("xl/drawings/vmlDrawing1.vml");
    String vml2 = parts.get("xl/drawings/vmlDrawing2.vml");
    assertThat(vml1).contains("data=\"1,2\"").contains("_x0000_s1025\"").contains("_x0000_s2524\"")
        .doesNotContain("_x0000_s2525\"");
    assertThat(vml2).contains("data=\"3\"").contains("_x0000_s3073\"");
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(read.getSheetAt(0).getCellComments()).hasSize(1500);
      assertThat(read.getSheetAt(0).getCellComment(new org.apache.poi.ss.util.CellAddress("A1500")).getString()
          .getString()).isEqualTo("批注 1499");
      assertThat(read.getSheetAt(1).getCellComment(new org.apache.poi.ss.util.CellAddress("A1")).getAuthor())
          .isEqualTo("jixiao");
    }
  }

  private static XmlWorkbook sample() throws IOException {
    XmlWorkbook wb = new XmlWorkbook();
    fill(wb.sheet("内存"), wb.styles);
    fill(wb.streamingSheet("流式"), wb.styles);
    return wb;
  }

  private static byte[] write(XmlWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      wb.title("标题");
      wb.write(out, AT);
    } finally {
      wb.discard();
    }
    return out.toByteArray();
  }

  private static void fill(XmlSheet s, Styles styles) throws IOException {
    XmlSheet.Row r0 = s.row(0);
    r0.cell(0).text(" 前后空格 ");
    r0.cell(1).text("=1+1");
    XmlSheet.Row r1 = s.row(1).height(32.3f);
    r1.cell(0).number(0.1);
    r1.cell(1).formula("IF(A2>0,A2*2,\"\")", 0.2);
    r1.cell(2).formula("IF(A2>1,1,\"\")", "");
    for (int r = 3; r <= 4; r++) {
      XmlSheet.Row row = s.row(r);
      for (int c = 0; c <= 2; c++) {
        row.cell(c).style(styles.get(Style.TABLE));
      }
      if (r == 3) {
        row.cell(0).text("合并");
      }
    }
    s.merge(3, 4, 0, 2);
  }

  private static List<String> cells(XSSFSheet s) {
    List<String> out = new ArrayList<>();
    s.forEach(row -> row.forEach(c -> out.add(c.getAddress() + " " + c.getCellType() + " " + c)));
    return out;
  }
}
