package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.importer.xlsx.WorkbookRejectedException;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, XLSX import security, one test per threat: no external entity is resolved (a local
 * file, a local HTTP port) in any part POI parses, entity expansion bombs end quickly, external
 * links are not followed, macros are refused, the zip's ratio, entry count and the sheet size are
 * bounded, and formulas are never evaluated (the saved value is read; a formula without one is a
 * problem at its cell).
 */
class XlsxImportSecurityTest {
  private static final String MARKER = "JIXIAO-SECRET-3b1d";
  private static final XlsxImporter IMPORTER = XlsxImporter.create();
  private static final Fuzz.Bounded BOUNDED = new Fuzz.Bounded(Duration.ofSeconds(20));

  static EvaluationPackage pkg;
  static byte[] base;
  static EntityBait bait;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws IOException {
    pkg = Workbooks.oneForm();
    base = Workbooks.render(pkg);
    bait = new EntityBait(dir, MARKER);
  }

  @AfterAll
  static void tearDown() throws IOException {
    bait.close();
    BOUNDED.close();
  }

  /** Imports under a time bound; returns the package, or the exception's messages (problems included). */
  private static String outcome(byte[] xlsx) {
    Fuzz.Outcome o = BOUNDED.run(() -> IMPORTER.read(xlsx, pkg));
    assertThat(o.timedOut()).as("the import ends within 20 s").isFalse();
    Throwable t = o.thrown();
    if (t == null) {
      return "package: " + o.value();
    }
    assertThat(t).as("only the importer's documented exceptions")
        .isInstanceOfAny(WorkbookRejectedException.class, InvalidPackageException.class);
    return t instanceof InvalidPackageException e ? "problems: " + e.problems() : "rejected: " + t.getMessage();
  }

  private static byte[] withPart(String name, java.util.function.UnaryOperator<String> change) {
    Map<String, byte[]> parts = new LinkedHashMap<>(Workbooks.entries(base));
    parts.put(name, change.apply(new String(parts.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return Workbooks.zip(parts);
  }

  private static String doctype(String xml, String doctype) {
    int decl = xml.indexOf("?>");
    return decl > 0 ? xml.substring(0, decl + 2) + doctype + xml.substring(decl + 2) : doctype + xml;
  }

  @Test
  void externalEntitiesAreNeverResolvedInAnyPart() {
    List<String> outcomes = new ArrayList<>();
    for (String part : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels", "docProps/core.xml", "xl/styles.xml")) {
      for (String url : List.of(bait.fileUrl, bait.httpUrl)) {
        byte[] xlsx = withPart(part, x -> doctype(x, "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url + "\">]>")
            .replaceFirst("<t>", "<t>&xxe;").replaceFirst("<t xml:space=\"preserve\">", "<t xml:space=\"preserve\">&xxe;"));
        String o = outcome(xlsx);
        assertThat(o).as(part + " " + url).doesNotContain(MARKER);
        outcomes.add(part + ": " + o.substring(0, Math.min(100, o.length())));
      }
      // a parameter entity (out-of-band) too
      String o = outcome(withPart(part, x -> doctype(x, "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + bait.httpUrl + "\"> %p;]>")));
      assertThat(o).doesNotContain(MARKER);
    }
    assertThat(bait.connections.get()).as("no entity URL was fetched").isZero();
    System.out.println("XlsxImportSecurityTest external entities: " + outcomes);
  }

  @Test
  void entityExpansionBombsEndQuicklyWithoutExpanding() {
    String lol = "<!DOCTYPE r [<!ENTITY a \"" + "x".repeat(100) + "\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
        + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
    for (String part : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")) {
      String o = outcome(withPart(part, x -> doctype(x, lol).replaceFirst("<t>", "<t>&i;")));
      assertThat(o).startsWith("rejected").doesNotContain("xxxxxxxxxx");
    }
  }

  @Test
  void externalLinksAreNotFollowedAndMacrosAreRefused() {
    Map<String, byte[]> parts = new LinkedHashMap<>(Workbooks.entries(base));
    parts.put("xl/externalLinks/externalLink1.xml", ("<externalLink xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\"><externalBook r:id=\"rId1\" xmlns:r=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships\"/></externalLink>").getBytes(StandardCharsets.UTF_8));
    parts.put("xl/externalLinks/_rels/externalLink1.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        + "2006/relationships/externalLinkPath\" Target=\"" + bait.httpUrl + "\" TargetMode=\"External\"/></Relationships>")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(outcome(Workbooks.zip(parts))).doesNotContain(MARKER);
    assertThat(bait.connections.get()).isZero();

    Map<String, byte[]> macros = new LinkedHashMap<>(Workbooks.entries(base));
    macros.put("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    assertThat(outcome(Workbooks.zip(macros))).startsWith("rejected").contains("macros");
  }

  @Test
  void zipRatioEntryCountAndSheetSizeAreBounded() {
    Map<String, byte[]> ratio = new LinkedHashMap<>(Workbooks.entries(base));
    ratio.put("xl/media/image1.png", new byte[8 << 20]); // 8 MB of zeros: under 10 MB, inflating about 1000 times
    assertThat(outcome(Workbooks.zip(ratio))).startsWith("rejected").contains("times");

    Map<String, byte[]> many = new LinkedHashMap<>(Workbooks.entries(base));
    for (int i = 0; i < 10_001; i++) {
      many.put("xl/extra/e" + i + ".xml", new byte[0]);
    }
    assertThat(outcome(Workbooks.zip(many))).startsWith("rejected").contains("10,000 zip entries");

    String rows = withRows(10_001);
    assertThat(outcome(withPart("xl/worksheets/sheet1.xml", x -> x.replace("</sheetData>", rows + "</sheetData>"))))
        .startsWith("rejected").contains("rows");
  }

  private static String withRows(int lastRow) {
    return "<row r=\"" + lastRow + "\"><c r=\"A" + lastRow + "\" t=\"n\"><v>1</v></c></row>";
  }

  @Test
  void formulasAreNeverEvaluatedTheSavedValueIsReadAndAFormulaOnlyCellIsReported() {
    // the 全年预算数 cell of the total row (E6 on a project sheet) with a dangerous formula and a saved value
    String sheet = new String(Workbooks.entries(base).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c r=\"E6\"([^>]*)><v>([^<]*)</v></c>").matcher(sheet);
    assertThat(m.find()).as("E6 holds a number in the rendered sheet").isTrue();
    String saved = m.group(2);
    byte[] withCached = withPart("xl/worksheets/sheet1.xml", x -> x.replace(m.group(), "<c r=\"E6\"" + m.group(1)
        + "><f>WEBSERVICE(\"" + bait.httpUrl + "\")+1</f><v>" + saved + "</v></c>"));
    assertThat(outcome(withCached)).isEqualTo("package: " + pkg);
    byte[] formulaOnly = withPart("xl/worksheets/sheet1.xml", x -> x.replace(m.group(), "<c r=\"E6\"" + m.group(1)
        + "><f>1+1</f></c>"));
    assertThat(outcome(formulaOnly)).startsWith("problems").contains("E6").contains("公式没有保存的计算结果").contains("formula has no saved result");
    assertThat(bait.connections.get()).as("the formula was not evaluated").isZero();
  }
}
