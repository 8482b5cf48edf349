package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.Intake;
import io.github.jixiao.importer.office.DocxReader;
import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.OfficeDocument;
import io.github.jixiao.importer.office.OfficeLimits;
import io.github.jixiao.importer.office.OfficeRejectedException;
import io.github.jixiao.importer.xlsx.WorkbookRejectedException;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.io.Limits;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.docx.DocxRenderer;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, class 2: limits that agree. What jixiao writes, jixiao reads back, up to the documented
 * batch size ({@link Limits#ROUND_TRIP_FORMS} project forms): a 500-form package renders to a workbook
 * of 505 sheets that both importers read back as the package (a workbook of 253 sheets was once refused
 * as "more than 200"). Each default limit is the one constant of {@link Limits}, listed in
 * docs/LIMITS.md; a refusal names the limit and the figure; the inflate-ratio rule applies only above
 * an absolute size, so ordinary compressible text is never taken for a zip bomb.
 */
class LimitsAgreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aPackageOfTheDocumentedBatchSizeGoesToAWorkbookAndBackUnchanged() throws Exception {
    EvaluationPackage pkg = forms(Limits.ROUND_TRIP_FORMS);
    byte[] xlsx = Workbooks.render(pkg); // as reported: 汇总, 审核意见 and jixiao's sheet too, the most sheets
    assertThat(sheets(xlsx)).isGreaterThan(Limits.ROUND_TRIP_FORMS).isLessThanOrEqualTo(Limits.SHEETS);

    assertThat(XlsxImporter.create().read(xlsx, pkg)).isEqualTo(pkg);
    Intake.Result viaIntake = Intake.create().read(xlsx, "batch.xlsx", pkg);
    assertThat(viaIntake.problems()).isEmpty();
    assertThat(viaIntake.pkg()).isEqualTo(pkg);
    assertThat(PackageJson.create().read(PackageJson.create().write(pkg))).isEqualTo(pkg);
  }

  @Test
  void aWordDocumentOfTheDocumentedBatchSizeIsWithinEveryLimitOfTheDocumentReader() throws Exception {
    // writing 500 forms as Word takes 10 s: the nightly run does, the default build writes 100 and
    // checks that the document's size grows no faster than the limits allow for 500
    int forms = Fuzz.scale() >= Fuzz.NIGHTLY ? Limits.ROUND_TRIP_FORMS : 100;
    EvaluationPackage pkg = forms(forms);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(RenderRequest.of(pkg, null, RenderMode.SUBMISSION), out);

    // the part, file, table and cell limits; reading the forms out of the tables is the intake's
    // (500 forms: `jixiao import batch.docx` in 16 s, docs/LIMITS.md)
    OfficeDocument doc = DocxReader.create(OfficeLimits.defaults()).read(out.toByteArray());

    long tables = doc.blocks().stream().filter(b -> b instanceof Grid).count();
    long inflated = Workbooks.entries(out.toByteArray()).get("word/document.xml").length;
    long scale = Limits.ROUND_TRIP_FORMS / forms;
    assertThat(tables).isGreaterThanOrEqualTo(forms);
    assertThat(tables * scale).isLessThanOrEqualTo(Limits.TABLES);
    assertThat((long) out.size() * scale).isLessThan(Limits.OFFICE_FILE_BYTES);
    assertThat(inflated * scale).as("the document's text for %s forms", Limits.ROUND_TRIP_FORMS)
        .isLessThan(Limits.ZIP_PART_BYTES);
  }

  @Test
  void aWorkbookBeyondTheSheetLimitIsRefusedWithTheLimitAndTheFigure() {
    Map<String, byte[]> parts = new LinkedHashMap<>(Workbooks.entries(Workbooks.render(Workbooks.oneForm())));
    String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    StringBuilder sheets = new StringBuilder();
    StringBuilder rels = new StringBuilder();
    StringBuilder types = new StringBuilder();
    int extra = Limits.SHEETS + 1;
    for (int i = 0; i < extra; i++) {
      parts.put("xl/worksheets/extra" + i + ".xml", sheet.getBytes(StandardCharsets.UTF_8));
      sheets.append("<sheet name=\"x").append(i).append("\" sheetId=\"").append(1000 + i).append("\" r:id=\"rx")
          .append(i).append("\"/>");
      rels.append("<Relationship Id=\"rx").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/extra").append(i).append(".xml\"/>");
      types.append("<Override PartName=\"/xl/worksheets/extra").append(i).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    replace(parts, "xl/workbook.xml", "</sheets>", sheets + "</sheets>");
    replace(parts, "xl/_rels/workbook.xml.rels", "</Relationships>", rels + "</Relationships>");
    replace(parts, "[Content_Types].xml", "</Types>", types + "</Types>");
    byte[] xlsx = Workbooks.zip(parts);
    int total = sheets(xlsx);

    String expected = "the workbook has " + Limits.count(total) + " sheets, more than the 600 ";
    assertThatThrownBy(() -> XlsxImporter.create().read(xlsx, null)).isInstanceOf(WorkbookRejectedException.class)
        .hasMessageStartingWith(expected + "jixiao reads (a package of up to 500 project forms is written in at most "
            + "505; 工作表过多)");
    assertThatThrownBy(() -> Intake.create().read(xlsx, "big.xlsx", null)).isInstanceOf(OfficeRejectedException.class)
        .hasMessageStartingWith(expected);
  }

  @Test
  void theInflateRatioCountsOnlyAboveAnAbsoluteSize() throws Exception {
    EvaluationPackage one = Workbooks.oneForm();
    Map<String, byte[]> parts = new LinkedHashMap<>(Workbooks.entries(Workbooks.render(one)));
    replace(parts, "[Content_Types].xml", "<Default ", "<Default Extension=\"bin\" ContentType=\"application/"
        + "octet-stream\"/><Default ");
    parts.put("xl/media/blank.bin", new byte[(int) Limits.ZIP_RATIO_FLOOR_BYTES]); // a thousandfold, at the floor
    byte[] below = Workbooks.zip(parts);
    parts.put("xl/media/blank.bin", new byte[(int) Limits.ZIP_RATIO_FLOOR_BYTES + 1_000_000]);
    byte[] above = Workbooks.zip(parts);

    assertThat(XlsxImporter.create().read(below, one)).isEqualTo(one);
    assertThat(Intake.create().read(below, "below.xlsx", one).pkg()).isEqualTo(one);
    assertThatThrownBy(() -> XlsxImporter.create().read(above, one)).hasMessageContaining(
        "more than the 100 times allowed above 4,194,304 bytes: refused as a possible zip bomb");
    assertThatThrownBy(() -> Intake.create().read(above, "above.xlsx", one)).hasMessageContaining(
        "more than the 100 times allowed above 4,194,304 bytes");
  }

  @Test
  void everyImporterDefaultIsTheOneLimitAndDocsListIt() throws Exception {
    XlsxImporter.Limits xlsx = XlsxImporter.Limits.defaults();
    OfficeLimits office = OfficeLimits.defaults();
    assertThat(new long[] {xlsx.maxFileBytes(), xlsx.maxEntryBytes(), xlsx.maxTotalBytes(), xlsx.maxSheets(),
        xlsx.maxRows(), xlsx.maxColumns(), xlsx.maxCells()}).containsExactly(office.maxFileBytes(),
        office.maxEntryBytes(), office.maxTotalBytes(), office.maxSheets(), office.maxRows(), office.maxColumns(),
        office.maxCells());
    assertThat(xlsx.maxInflateRatio()).isEqualTo(office.maxInflateRatio()).isEqualTo(Limits.ZIP_INFLATE_RATIO);
    assertThat(office.maxTables()).isEqualTo(Limits.TABLES);
    assertThat(PackageJson.MAX_INPUT_BYTES).isEqualTo(Limits.JSON_BYTES);
    assertThat(Limits.SHEETS).as("sheets of the batch size: forms, 附件1, 附件2, 汇总, 审核意见, jixiao's sheet")
        .isGreaterThanOrEqualTo(Limits.ROUND_TRIP_FORMS + 5);

    String doc = Files.readString(Path.of("..", "docs", "LIMITS.md"));
    for (Field f : Limits.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Number n)) {
        continue;
      }
      long v = n.longValue();
      String mib = v % (1024 * 1024) == 0 ? v / (1024 * 1024) + " MiB" : null;
      assertThat(doc).as("docs/LIMITS.md gives %s", f.getName())
          .satisfiesAnyOf(d -> assertThat(d).contains("| " + Limits.count(v) + " |"),
              d -> assertThat(d).contains("| " + Limits.count(v) + ", "),
              d -> assertThat(d).contains(Limits.count(v) + " before"),
              d -> assertThat(d).contains(Limits.count(v) + " after"),
              d -> assertThat(d).contains("| " + Limits.count(v) + " levels"),
              d -> assertThat(d).contains("up to " + Limits.count(v) + " project forms"),
              d -> assertThat(d).contains("above " + (mib == null ? "?" : mib)),
              d -> assertThat(d).contains("| " + (mib == null ? "?" : mib) + " |"));
    }
  }

  /** The seed with {@code n} project forms (its 14, repeated under new labels and project ids). */
  static EvaluationPackage forms(int n) throws Exception {
    ObjectNode seed = (ObjectNode) MAPPER.readTree(Examples.json(Examples.MILUO_2023).orElseThrow());
    ArrayNode forms = (ArrayNode) seed.get("projectEvaluations");
    ArrayNode projects = MAPPER.createArrayNode();
    ArrayNode many = MAPPER.createArrayNode();
    for (int i = 0; i < n; i++) {
      ObjectNode f = forms.get(i % forms.size()).deepCopy();
      f.put("label", "3-" + (i + 1)).put("projectId", "p" + i);
      many.add(f);
      projects.addObject().put("id", "p" + i).put("name", f.get("name").asText());
    }
    seed.set("projectEvaluations", many);
    seed.set("projects", projects);
    seed.set("projectReports", MAPPER.createArrayNode());
    seed.remove("basicData"); // its rows name the seed's project ids
    return PackageJson.create().read(MAPPER.writeValueAsBytes(seed));
  }

  private static int sheets(byte[] xlsx) {
    String workbook = new String(Workbooks.entries(xlsx).get("xl/workbook.xml"), StandardCharsets.UTF_8);
    return workbook.split("<sheet ", -1).length - 1;
  }

  private static void replace(Map<String, byte[]> parts, String part, String what, String with) {
    String text = new String(parts.get(part), StandardCharsets.UTF_8);
    assertThat(text).contains(what);
    parts.put(part, text.replace(what, with).getBytes(StandardCharsets.UTF_8));
  }
}
