package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.office.Block;
import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.OfficeDocument;
import io.github.jixiao.importer.office.OfficeLimits;
import io.github.jixiao.importer.office.XlsxReader;
import io.github.jixiao.importer.office.DocxReader;
import io.github.jixiao.importer.office.DocxWriter;
import io.github.jixiao.importer.office.XlsxWriter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of the corpus of real forms, written as a workbook and as a Word document in its own
 * province's layout (corpus-layouts.tsv) with the quirks real files have, imports back to exactly
 * what the form prints. The files are kept in {@code target/corpus-files/} to be looked at.
 */
class CorpusFilesTest {
  private static final Layouts LAYOUTS = Layouts.builtIn();
  static final Path OUT = Path.of("target", "corpus-files");

  static Stream<Arguments> forms() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : mapping()) {
      EvaluationPackage pkg = Examples.load(row[0]);
      List<SelfEvaluationForm> forms = pkg.forms().toList();
      for (int i = 0; i < forms.size(); i++) {
        out.add(Arguments.of(row[0], i, row[1]));
      }
    }
    return out.stream();
  }

  /** example → layout id, from corpus-layouts.tsv. */
  static List<String[]> mapping() throws IOException {
    try (InputStream in = CorpusFilesTest.class.getResourceAsStream("corpus-layouts.tsv")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t")).filter(a -> a.length >= 2 && !a[0].equals("example")).toList();
    }
  }

  @ParameterizedTest(name = "{0} form {1} as a workbook in layout {2}")
  @MethodSource("forms")
  void aCorpusFormWrittenAsAWorkbookInItsProvincesLayoutReadsBackAsPrinted(String example, int index, String layoutId)
      throws Exception {
    Layout layout = LAYOUTS.get(layoutId).orElseThrow();
    SelfEvaluationForm form = Examples.load(example).forms().toList().get(index);
    Random random = new Random(example.hashCode() * 31L + index);
    Grid sheet = Quirks.sheet(FormPrinter.of(layout).sheet(form, "Sheet" + (index + 1)), random, true,
        random.nextInt(3));
    byte[] xlsx = XlsxWriter.write(List.of(sheet), XlsxWriter.Options.defaults());
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(example + "-" + index + ".xlsx"), xlsx);
    OfficeDocument doc = XlsxReader.create(OfficeLimits.defaults()).read(xlsx);
    DocumentReader.Read r = new DocumentReader(LAYOUTS, Examples.load(example).year()).read(doc, example + ".xlsx", null);
    assertRead(r, form, layout, "xlsx");
  }

  /** Values printed and values read back equal, per format, over every form of the run. */
  static final java.util.concurrent.ConcurrentHashMap<String, int[]> VALUES = new java.util.concurrent.ConcurrentHashMap<>();

  @org.junit.jupiter.api.AfterAll
  static void printTheShareOfValuesReadBack() throws IOException {
    StringBuilder b = new StringBuilder();
    VALUES.forEach((format, v) -> b.append(String.format("corpus as %s: %d of %d printed values read back equal (%.1f %%)%n",
        format, v[1], v[0], v[0] == 0 ? 0.0 : 100.0 * v[1] / v[0])));
    System.out.print(b);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("values.txt"), b.toString());
  }

  @ParameterizedTest(name = "{0} form {1} as a Word document in layout {2}")
  @MethodSource("forms")
  void aCorpusFormWrittenAsAWordDocumentInItsProvincesLayoutReadsBackAsPrinted(String example, int index,
      String layoutId) throws Exception {
    Layout layout = LAYOUTS.get(layoutId).orElseThrow();
    SelfEvaluationForm form = Examples.load(example).forms().toList().get(index);
    Random random = new Random(example.hashCode() * 17L + index);
    // numbers typed with full-width digits in every other document; the table continued after a page
    // break (续表), its header repeated or not; line breaks in cells as soft breaks or paragraphs
    FormPrinter printer = FormPrinter.of(layout);
    if (random.nextBoolean()) {
      printer = printer.typingNumbers(Quirks::fullWidth);
    }
    int headerRows = layout.indicators().columns().stream().anyMatch(c -> c.group() != null) ? 2 : 1;
    List<Block> blocks = Quirks.continued(printer.document(form, "表1"), headerRows, random.nextBoolean(), random);
    byte[] docx = DocxWriter.write(blocks, new DocxWriter.Options(random.nextBoolean()));
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(example + "-" + index + ".docx"), docx);
    OfficeDocument doc = DocxReader.create(OfficeLimits.defaults()).read(docx);
    DocumentReader.Read r = new DocumentReader(LAYOUTS, Examples.load(example).year()).read(doc, example + ".docx", null);
    assertRead(r, form, layout, "docx");
  }

  static void assertRead(DocumentReader.Read r, SelfEvaluationForm form, Layout layout, String format) {
    assertThat(r.problems()).as("problems").isEmpty();
    SelfEvaluationForm expected = PrintedForms.expected(form, layout);
    SelfEvaluationForm back = r.pkg().forms().findFirst().orElseThrow();
    int[] count = ValueCount.compare(expected, back);
    java.util.Map<String, String> e = ValueCount.leaves(expected);
    java.util.Map<String, String> a = ValueCount.leaves(back);
    java.util.List<String> diff = new ArrayList<>();
    e.forEach((k, v) -> {
      if (!v.equals(a.get(k))) {
        diff.add(k + " expected '" + v + "' got '" + a.get(k) + "'");
      }
    });
    a.forEach((k, v) -> {
      if (!e.containsKey(k)) {
        diff.add(k + " unexpected '" + v + "'");
      }
    });
    assertThat(diff).as("values that differ").isEmpty();
    VALUES.merge(format, count, (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]});
    assertThat(back).usingRecursiveComparison().withComparatorForType(java.math.BigDecimal::compareTo,
        java.math.BigDecimal.class).isEqualTo(expected);
    // the layout names the framework its table follows, as the transcription does: the audit of a file read
    // in it scores as it scores the transcription (no funds weight for a Hainan table, B201 as execution)
    assertThat(back.framework()).as("framework").isEqualTo(form.framework());
    assertThat(r.report().forms()).hasSize(1);
    ImportReport.Form f = r.report().forms().get(0);
    // the province's layout, or one that matched exactly as well and reads the form the same
    assertThat(f.layout().equals(layout.id()) || f.candidates().contains(layout.id() + " " + f.confidence()))
        .as("layout matched: %s %d, also %s; expected %s", f.layout(), f.confidence(), f.candidates(), layout.id())
        .isTrue();
  }

  static List<Block> document(SelfEvaluationForm form, Layout layout) {
    return FormPrinter.of(layout).document(form, "表1");
  }
}
