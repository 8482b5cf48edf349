package io.github.jixiao.importer.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class OfficeZipTest {

  private static final OfficeLimits LIMITS = OfficeLimits.defaults();

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  private static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
      + "<w:t>正文</w:t></w:r></w:p></w:body></w:document>";

  private static Map<String, byte[]> docx() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("_rels/.rels", utf8("<?xml version=\"1.0\"?><Relationships "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"word/document.xml\"/></Relationships>"));
    parts.put("word/document.xml", utf8(DOCUMENT));
    return parts;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> parts) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
          z.putNextEntry(new ZipEntry(e.getKey()));
          z.write(e.getValue());
          z.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String refusal(byte[] bytes) {
    try {
      OfficeZip.check(bytes, LIMITS);
    } catch (OfficeRejectedException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  // ---------------------------------------------------------------- what the file is

  @Test
  void aPlainDocxIsDocxWithItsPartNamesLowerCaseAndNoNotes() throws Exception {
    OfficeZip.Contents c = OfficeZip.check(zip(docx()), LIMITS);

    assertThat(c.format()).isEqualTo("docx");
    assertThat(c.entries()).containsExactlyInAnyOrder("[content_types].xml", "_rels/.rels", "word/document.xml");
    assertThat(c.notes()).isEmpty();
  }

  @Test
  void aWorkbookIsXlsx() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8("<Types/>"));
    parts.put("xl/workbook.xml", utf8("<workbook/>"));

    assertThat(OfficeZip.check(zip(parts), LIMITS).format()).isEqualTo("xlsx");
  }

  @Test
  void anEmptyFileIsRefusedAsEmpty() {
    assertThat(refusal(new byte[0])).contains("empty").contains("文件为空");
  }

  @Test
  void aFileAboveTheSizeLimitIsRefusedUnread() {
    OfficeLimits small = new OfficeLimits(100, 10_000_000, 50_000_000, 100, 10_000, 500, 10_000, 200, 500_000);
    assertThatThrownBy(() -> OfficeZip.check(zip(docx()), small))
        .isInstanceOf(OfficeRejectedException.class)
        .hasMessageContaining("more than the 100")
        .hasMessageContaining("文件过大");
  }

  @Test
  void aPdfIsNamedAsAPdf() {
    assertThat(refusal(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).startsWith("the file is a PDF").contains("PDF 文件无法导入");
  }

  @Test
  void anOle2FileIsNamedAsAnOldDocOrXlsToSaveAsDocxOrXlsx() {
    byte[] ole = new byte[512];
    ole[0] = (byte) 0xD0;
    ole[1] = (byte) 0xCF;
    ole[2] = (byte) 0x11;
    ole[3] = (byte) 0xE0;

    assertThat(refusal(ole)).contains("old Word 97-2003 document (.doc)").contains("Excel 97-2003 workbook (.xls)")
        .contains("save it as .docx or .xlsx").contains("请另存为 .docx 或 .xlsx 格式");
  }

  @Test
  void textRtfAndHtmlAreEachNamed() {
    assertThat(refusal(utf8("项目名称,预算数\n甲,10\n"))).contains("plain text").contains("纯文本文件");
    assertThat(refusal(utf8("{\\rtf1\\ansi 自评表}"))).contains("RTF document").contains("save it as .docx");
    assertThat(refusal(utf8("<html><body><table></table></body></html>"))).contains("HTML or XML");
  }

  @Test
  void aZipCutShortIsRefusedAsDamaged() {
    byte[] whole = zip(docx());
    byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);

    assertThat(refusal(cut)).contains("damaged or cut short").contains("文件已损坏或不完整");
  }

  @Test
  void aZipWithoutADocumentOrWorkbookSaysWhatItIs() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("readme.txt", utf8("hello"));
    assertThat(refusal(zip(parts))).isEqualTo("the file is a zip archive, not a Word document or Excel workbook "
        + "(不是 Word 文档或 Excel 工作簿)");

    parts.put("ppt/presentation.xml", utf8("<p/>"));
    assertThat(refusal(zip(parts))).contains("PowerPoint");
  }

  // ---------------------------------------------------------------- zip bombs

  @Test
  void aPartInflatingBeyondTheLimitFromAFewKilobytesIsRefusedAsAZipBomb() {
    Map<String, byte[]> parts = docx();
    parts.put("word/media/bomb.bin", new byte[(int) io.github.jixiao.model.io.Limits.ZIP_PART_BYTES + 1]);
    byte[] bomb = zip(parts);
    assertThat(bomb.length).isLessThan(100_000);

    assertThat(refusal(bomb)).contains("the part word/media/bomb.bin inflates to more than 50,331,648 bytes, the most "
            + "one part may have")
        .contains("压缩炸弹");
  }

  @Test
  void aPartInflatingByTooHighARatioIsRefusedEvenWithinTheSizeLimits() {
    Map<String, byte[]> parts = docx();
    parts.put("word/media/zeros.bin", new byte[5_000_000]);

    assertThat(refusal(zip(parts))).contains("the part word/media/zeros.bin inflates").contains("疑似压缩炸弹");
  }

  @Test
  void allPartsTogetherInflatingBeyondTheTotalLimitAreRefused() {
    OfficeLimits limits = new OfficeLimits(20_000_000, 10_000_000, 3_000_000, 1_000_000, 10_000, 500, 10_000, 200,
        500_000);
    Map<String, byte[]> parts = docx();
    for (int i = 0; i < 4; i++) {
      parts.put("word/media/part" + i + ".bin", new byte[900_000]);
    }
    assertThatThrownBy(() -> OfficeZip.check(zip(parts), limits))
        .hasMessageContaining("the file inflates to more than 3,000,000 bytes");
  }

  @Test
  void tooManyEntriesAreRefused() {
    Map<String, byte[]> parts = docx();
    for (int i = 0; i < 10_001; i++) {
      parts.put("word/x/" + i, new byte[0]);
    }
    assertThat(refusal(zip(parts))).contains("more than 10,000 zip entries").contains("压缩包条目过多");
  }

  // ---------------------------------------------------------------- macros and DTDs

  @Test
  void aMacroEnabledContentTypeIsRefused() {
    Map<String, byte[]> parts = docx();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES.replace("wordprocessingml.document.main+xml",
        "ms-word.document.macroEnabled.main+xml")));

    assertThat(refusal(zip(parts))).contains("contains macros (.docm)").contains("macros are never run")
        .contains("save it as .docx").contains("含宏的文档不予导入");
  }

  @Test
  void aVbaProjectAnywhereIsRefused() {
    Map<String, byte[]> parts = docx();
    parts.put("word/vbaProject.bin", new byte[] {1, 2, 3});
    assertThat(refusal(zip(parts))).contains("contains macros").contains("含宏的文档不予导入");

    Map<String, byte[]> workbook = new LinkedHashMap<>();
    workbook.put("[Content_Types].xml", utf8("<Types/>"));
    workbook.put("xl/workbook.xml", utf8("<workbook/>"));
    workbook.put("xl/VBAPROJECT.BIN", new byte[] {1});
    assertThat(refusal(zip(workbook))).contains("Excel workbook contains macros (.xlsm)").contains(".xlsx");
  }

  @Test
  void aDoctypeInTheDocumentIsRefused() {
    Map<String, byte[]> parts = docx();
    parts.put("word/document.xml", utf8("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE lolz [<!ENTITY lol "
        + "\"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>" + DOCUMENT.substring(DOCUMENT.indexOf("<w:document"))));

    assertThat(refusal(zip(parts))).contains("the part word/document.xml declares a DTD").contains("不予导入");
  }

  @Test
  void aDoctypeInARelationshipPartIsRefusedAndInUtf16Too() {
    Map<String, byte[]> parts = docx();
    parts.put("word/_rels/document.xml.rels", ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!doctype r SYSTEM "
        + "\"file:///etc/passwd\"><Relationships/>").getBytes(StandardCharsets.UTF_16LE));

    assertThat(refusal(zip(parts))).contains("the part word/_rels/document.xml.rels declares a DTD");
  }

  @Test
  void doctypeTextInsideTheDocumentBodyIsNotADtd() throws Exception {
    Map<String, byte[]> parts = docx();
    parts.put("word/document.xml", utf8(DOCUMENT.replace("正文", "&lt;!DOCTYPE html&gt;")));

    assertThat(OfficeZip.check(zip(parts), LIMITS).format()).isEqualTo("docx");
  }

  // ---------------------------------------------------------------- notes

  @Test
  void anExternalRelationshipIsNotedButAHyperlinkIsNot() throws Exception {
    Map<String, byte[]> parts = docx();
    parts.put("word/_rels/document.xml.rels", utf8("<?xml version=\"1.0\"?><Relationships "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "hyperlink\" Target=\"https://www.mof.gov.cn/\" TargetMode=\"External\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "image\" Target=\"file:///C:/Users/x/logo.png\" TargetMode=\"External\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "styles\" Target=\"styles.xml\"/></Relationships>"));

    OfficeZip.Contents c = OfficeZip.check(zip(parts), LIMITS);

    assertThat(c.notes()).containsExactly(
        "外部链接未读取 (external link ignored): word/_rels/document.xml.rels → image file:///C:/Users/x/logo.png");
  }

  @Test
  void anOleEmbeddingIsNoted() throws Exception {
    Map<String, byte[]> parts = docx();
    parts.put("word/embeddings/oleObject1.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    OfficeZip.Contents c = OfficeZip.check(zip(parts), LIMITS);

    assertThat(c.format()).isEqualTo("docx");
    assertThat(c.notes()).containsExactly("嵌入对象未读取 (embedded OLE object ignored): word/embeddings/oleObject1.bin");
  }
}
