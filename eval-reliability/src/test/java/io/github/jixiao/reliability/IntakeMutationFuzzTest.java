package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.FormPrinter;
import io.github.jixiao.importer.Intake;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.importer.Layouts;
import io.github.jixiao.importer.office.DocxWriter;
import io.github.jixiao.importer.office.OfficeRejectedException;
import io.github.jixiao.importer.office.XlsxWriter;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.SelfEvaluationForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, mutation fuzzing of the intake ({@link Intake#read(byte[], String,
 * io.github.jixiao.model.EvaluationPackage)}): a real form (湖北 鄂州 第三方, the corpus's small
 * Hubei form) printed in the national layout as a Word document and as a workbook, each mutated
 * {@value #CASES} × scale times — half byte-level on the zip, the rest inside it: byte mutations
 * of one part; XML surgery (truncated documents and elements, {@code gridSpan} and {@code vMerge}
 * values broken or huge, tables nested {@value #NESTING} deep, cell types swapped, formulas
 * without saved values, DOCTYPEs with external entities pointing at a local file and a local HTTP
 * port, entity expansion bombs, external relationships); content types macro-enabled, of another
 * kind or missing; parts removed, renamed or duplicated. Each case must end within {@value
 * #LIMIT_SECONDS} s in a package, a list of problems each with a message and a pointer that is
 * empty or starts with {@code /}, or an {@link OfficeRejectedException} with a message — any
 * other exception is a bug — and never resolve an external entity (neither the file's marker
 * appears anywhere in the result nor does the HTTP port see a connection).
 */
class IntakeMutationFuzzTest {
  static final int CASES = 1_000;
  static final int LIMIT_SECONDS = 10;
  static final int NESTING = 200;
  private static final long FIRST_DOCX_SEED = 17_000_000L;
  private static final long FIRST_XLSX_SEED = 17_500_000L;
  private static final Intake INTAKE = Intake.create();
  private static final String MARKER = "JIXIAO-XXE-MARKER-17c9";

  static byte[] docx;
  static byte[] xlsx;
  static EntityBait bait;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws IOException {
    Layout national = Layouts.builtIn().get("national-2020").orElseThrow();
    SelfEvaluationForm form = Examples.load("hubei-2019-ezhou-disanfang").projectEvaluations().get(0);
    docx = DocxWriter.write(FormPrinter.of(national).document(form, "表1"));
    xlsx = XlsxWriter.write(List.of(FormPrinter.of(national).sheet(form, "S")), XlsxWriter.Options.defaults());
    bait = new EntityBait(dir, MARKER);
  }

  @AfterAll
  static void tearDown() throws IOException {
    bait.close();
  }

  @Test
  void theUnmutatedFilesReadAsAPackage() throws Exception {
    assertThat(INTAKE.read(docx, "t.docx", null).problems()).isEmpty();
    assertThat(INTAKE.read(docx, "t.docx", null).pkg()).isNotNull();
    assertThat(INTAKE.read(xlsx, "t.xlsx", null).problems()).isEmpty();
    assertThat(INTAKE.read(xlsx, "t.xlsx", null).pkg()).isNotNull();
  }

  @Test
  void mutatedWordDocumentsEndInAPackageLocatedProblemsOrACleanRejectionAndNeverResolveEntities() throws Exception {
    fuzz(new Format("docx", docx, "word/document.xml", List.of("word/document.xml", "word/styles.xml"),
        "wordprocessingml.document.main+xml"), FIRST_DOCX_SEED);
  }

  @Test
  void mutatedWorkbooksEndInAPackageLocatedProblemsOrACleanRejectionAndNeverResolveEntities() throws Exception {
    fuzz(new Format("xlsx", xlsx, "xl/workbook.xml", List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"),
        "spreadsheetml.sheet.main+xml"), FIRST_XLSX_SEED);
  }

  /**
   * One format's base file and the parts worth attacking.
   *
   * @param name {@code docx} or {@code xlsx}
   * @param base the file as written
   * @param main the main part (a document or a workbook)
   * @param read the parts the reader looks into (their XML surgery is more likely to reach it)
   * @param mainType the main part's content type, as far as its kind
   */
  record Format(String name, byte[] base, String main, List<String> read, String mainType) {
    Map<String, byte[]> parts() {
      return Workbooks.entries(base);
    }
  }

  private static void fuzz(Format format, long firstSeed) throws Exception {
    assertThat(format.base().length).as("a small file keeps each import cheap").isLessThan(60_000);
    Map<String, byte[]> parts = format.parts();
    assertThat(parts).containsKeys(format.read().toArray(String[]::new));
    int cases = Fuzz.cases(CASES);
    Fuzz.Failures failures = new Fuzz.Failures("intake-" + format.name());
    LongAdder valid = new LongAdder();
    LongAdder problems = new LongAdder();
    LongAdder rejected = new LongAdder();
    Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
    Map<Integer, LongAdder> kindNanos = new ConcurrentHashMap<>();
    int before = bait.connections.get();
    long start = System.nanoTime();
    Fuzz.parallel(Fuzz.threads(), firstSeed, cases, Duration.ofSeconds(LIMIT_SECONDS), (seed, bounded) -> {
      byte[] input;
      try {
        input = mutate(format, parts, seed);
      } catch (RuntimeException | Error e) {
        failures.add(seed, "the mutator failed: " + e, new byte[0], "txt", e);
        return;
      }
      long t0 = System.nanoTime();
      Fuzz.Outcome o = bounded.run(() -> check(input, "case-" + seed + "." + format.name()));
      kindNanos.computeIfAbsent(kind(random(seed)), k -> new LongAdder()).add(System.nanoTime() - t0);
      if (o.timedOut()) {
        failures.add(seed, "no answer within " + LIMIT_SECONDS + " s (a hang)", input, format.name(), null);
      } else if (o.thrown() != null) {
        failures.add(seed, String.valueOf(o.thrown()), input, format.name(), o.thrown());
      } else if (o.value() instanceof String reason) {
        rejected.increment();
        reasons.computeIfAbsent(reason, k -> new LongAdder()).increment();
      } else if (Boolean.TRUE.equals(o.value())) {
        valid.increment();
      } else {
        problems.increment();
      }
    });
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    int connections = bait.connections.get() - before;
    System.out.printf("IntakeMutationFuzzTest: %,d mutations of a %,d-byte %s file in %d s: %,d packages, %,d problem "
        + "lists, %,d rejections, %d failures, %d connections to the entity URL%n", cases, format.base().length,
        format.name(), seconds, valid.sum(), problems.sum(), rejected.sum(), failures.count(), connections);
    reasons.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(12)
        .forEach(e -> System.out.printf("  %,7d  %s%n", e.getValue().sum(), e.getKey()));
    System.out.println("  import time by mutation kind (ms): " + kindNanos.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().sum() / 1_000_000).toList());
    assertThat(failures.count()).as(failures.report()).isZero();
    assertThat(connections).as("external entities are never fetched").isZero();
    assertThat(rejected.sum()).isPositive();
    assertThat(problems.sum() + valid.sum()).isPositive();
  }

  /**
   * True for a package, false for located problems, the rejection's gist for a rejected file;
   * throws for anything else.
   */
  static Object check(byte[] input, String name) {
    try {
      Intake.Result r = INTAKE.read(input, name, null);
      if (r == null || r.report() == null) {
        throw new AssertionError("the intake returned no result or no report: " + r);
      }
      if (r.toString().contains(MARKER)) {
        throw new AssertionError("an external entity was resolved into the result");
      }
      for (Problem p : r.problems()) {
        if (p.message() == null || p.message().isBlank()) {
          throw new AssertionError("a problem without a message: " + p);
        }
        if (p.pointer() == null || !(p.pointer().isEmpty() || p.pointer().startsWith("/"))) {
          throw new AssertionError("a problem with a malformed pointer: " + p);
        }
      }
      if (r.pkg() != null) {
        Fuzz.roundTrips(r.pkg());
        return true;
      }
      if (r.problems().isEmpty()) {
        throw new AssertionError("neither a package nor a problem: " + r.report());
      }
      return false;
    } catch (OfficeRejectedException e) {
      String m = e.getMessage();
      if (m == null || m.isBlank() || m.endsWith(": null") || m.contains(MARKER)) {
        throw new AssertionError("a rejection without a useful message: " + m, e);
      }
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof RuntimeException && c.getStackTrace().length > 0
            && c.getStackTrace()[0].getClassName().startsWith("io.github.jixiao.")) {
          throw new AssertionError("jixiao's own code crashed and the crash was reported as a damaged file", c);
        }
      }
      String gist = m.replaceAll("[0-9]+", "N");
      int colon = gist.indexOf(": ");
      return colon > 0 && colon < 90 ? gist.substring(0, colon) : gist.length() > 90 ? gist.substring(0, 90) : gist;
    }
  }

  /**
   * The random numbers of case {@code seed}: the seed scrambled first, as {@link Random}'s first
   * numbers for consecutive seeds are alike (the first {@code nextBoolean()} of a run of seeds is the same).
   */
  static Random random(long seed) {
    long z = seed * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    return new Random(z ^ (z >>> 31));
  }

  /** Half the cases byte-level on the zip (0–3), the others inside it (4–10). */
  static int kind(Random r) {
    return r.nextBoolean() ? r.nextInt(4) : 4 + r.nextInt(7);
  }

  /** The mutated file of case {@code seed}. */
  static byte[] mutate(Format f, Map<String, byte[]> parts, long seed) {
    Random r = random(seed);
    int kind = kind(r);
    if (kind < 4) {
      return Mutator.bytes(f.base(), r, 3);
    }
    List<Map.Entry<String, byte[]>> list = new ArrayList<>();
    parts.forEach((k, v) -> list.add(Map.entry(k, v)));
    int i = r.nextInt(list.size());
    String name = list.get(i).getKey();
    byte[] data = list.get(i).getValue();
    switch (kind) {
      case 4, 5 -> list.set(i, Map.entry(name, Mutator.bytes(data, r, 3)));
      case 6 -> list.set(i, Map.entry(name, xml(new String(data, StandardCharsets.UTF_8), f.name(), r)));
      case 7, 8 -> { // the parts the reader looks into, the first (the document, the sheet) most
        int j = indexOf(list, f.read().get(r.nextInt(4) == 0 ? r.nextInt(f.read().size()) : 0));
        list.set(j, Map.entry(list.get(j).getKey(), xml(new String(list.get(j).getValue(), StandardCharsets.UTF_8),
            f.name(), r)));
      }
      case 9 -> { // content types
        int j = indexOf(list, "[Content_Types].xml");
        String ct = new String(list.get(j).getValue(), StandardCharsets.UTF_8);
        String mainOverride = "<Override PartName=\"/" + f.main() + "\"[^>]*/>";
        String[][] swaps = {
          {Pattern.quote(f.mainType()), "ms-word.document.macroEnabled.main+xml"},
          {Pattern.quote(f.mainType()), "ms-excel.sheet.macroEnabled.main+xml"},
          {Pattern.quote(f.mainType()), f.mainType().replace(".document.", ".template.").replace(".sheet.", ".template.")},
          {Pattern.quote(f.mainType()), "text/plain"},
          {mainOverride, ""},
          {"<Default Extension=\"xml\"[^>]*/>", ""},
          {"<Default Extension=\"rels\"[^>]*/>", ""},
          {Pattern.quote("application/xml"), "application/octet-stream"},
          {"<Override", "<Override PartName=\"/" + f.main().replaceFirst("/.*", "") + "/vbaProject.bin\" "
              + "ContentType=\"application/vnd.ms-office.vbaProject\"/><Override"},
          {"<Override", "<Override PartName=\"/missing.xml\" ContentType=\"x/y\"/><Override"},
          {"<Types", "<!DOCTYPE Types [<!ENTITY e SYSTEM \"" + bait.fileUrl + "\">]><Types"},
          {"(?s).*", ""},
        };
        String[] s = swaps[r.nextInt(swaps.length)];
        if (s[0].equals("(?s).*") && r.nextBoolean()) {
          list.remove(j); // no content types at all
        } else {
          list.set(j, Map.entry(list.get(j).getKey(),
              ct.replaceFirst(s[0], Matcher.quoteReplacement(s[1])).getBytes(StandardCharsets.UTF_8)));
        }
      }
      default -> { // parts removed, renamed, duplicated
        switch (r.nextInt(4)) {
          case 0 -> list.remove(i);
          case 1 -> list.set(i, Map.entry(name.toUpperCase(Locale.ROOT), data));
          case 2 -> list.set(i, Map.entry(r.nextBoolean() ? name + ".bak" : "/" + name, data));
          default -> list.add(r.nextInt(list.size() + 1), Map.entry(name, r.nextBoolean() ? data
              : Mutator.bytes(data, r, 2)));
        }
      }
    }
    return Workbooks.zip(list);
  }

  private static int indexOf(List<Map.Entry<String, byte[]>> list, String name) {
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k).getKey().equals(name)) {
        return k;
      }
    }
    throw new IllegalStateException("no part " + name);
  }

  /** The XML surgery done on a Word document's parts. */
  private static final String[] WORD_SURGERY = {"doctype", "truncate", "cut-tag", "gridSpan", "vMerge", "nest", "field",
    "remove", "text", "rows", "rels", "xinclude", "namespace"};
  /** The XML surgery done on a workbook's parts. */
  private static final String[] EXCEL_SURGERY = {"doctype", "truncate", "cut-tag", "types", "values", "formula", "refs",
    "merges", "remove", "text", "rows", "rels", "xinclude", "namespace"};

  /**
   * XML surgery on one part of a {@code docx} or {@code xlsx} file (a replacement that finds nothing
   * changes nothing).
   */
  private static byte[] xml(String x, String format, Random r) {
    String[] surgery = format.equals("docx") ? WORD_SURGERY : EXCEL_SURGERY;
    String doctype = switch (r.nextInt(3)) {
      case 0 -> "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + bait.fileUrl + "\">]>";
      case 1 -> "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + bait.httpUrl + "\">]>";
      default -> "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
          + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
          + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
          + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY xxe \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>";
    };
    switch (surgery[r.nextInt(surgery.length)]) {
      case "doctype": { // a DOCTYPE with an external or exponential entity, used in the first text
        int decl = x.indexOf("?>");
        String prolog = switch (r.nextInt(3)) {
          case 0 -> doctype;
          case 1 -> "<!-- a comment first -->\n" + doctype;
          default -> doctype.replace("<!DOCTYPE", "<!doctype");
        };
        String s = decl > 0 ? x.substring(0, decl + 2) + prolog + x.substring(decl + 2) : prolog + x;
        return s.replaceFirst("<w:t( [^>]*)?>", "$0&xxe;").replaceFirst("<t>", "<t>&xxe;").replaceFirst("<v>", "<v>&xxe;")
            .getBytes(StandardCharsets.UTF_8);
      }
      case "truncate": // the document truncated
        return x.substring(0, r.nextInt(x.length() + 1)).getBytes(StandardCharsets.UTF_8);
      case "cut-tag": { // one element truncated: a tag cut before its end
        List<Integer> tags = new ArrayList<>();
        for (int k = x.indexOf('<'); k >= 0; k = x.indexOf('<', k + 1)) {
          tags.add(k);
        }
        if (tags.isEmpty()) {
          return x.getBytes(StandardCharsets.UTF_8);
        }
        int at = tags.get(r.nextInt(tags.size()));
        int end = x.indexOf('>', at);
        int cut = at + 1 + (end > at + 1 ? r.nextInt(end - at) : 0);
        return (x.substring(0, cut) + x.substring(end < 0 ? x.length() : r.nextBoolean() ? end : end + 1))
            .getBytes(StandardCharsets.UTF_8);
      }
      case "gridSpan": { // gridSpan broken or huge, on a cell that has one or any cell
        String[] spans = {"100000", "0", "-1", "abc", "", "2147483648", "201", "99999999999999999999", "1.5", " 2"};
        String v = spans[r.nextInt(spans.length)];
        return r.nextBoolean()
            ? replaceRandom(x, "<w:gridSpan w:val=\"[^\"]*\"/>", new String[] {"<w:gridSpan w:val=\"" + v + "\"/>"}, r)
            : replaceRandom(x, "<w:tcPr>", new String[] {"<w:tcPr><w:gridSpan w:val=\"" + v + "\"/>"}, r);
      }
      case "vMerge": { // vMerge continuing nothing, restarting everywhere, or odd
        String[] merges = {"<w:vMerge/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge w:val=\"continue\"/>",
            "<w:vMerge w:val=\"bogus\"/>", "<w:vMerge w:val=\"\"/>", "<w:vMerge/><w:vMerge w:val=\"restart\"/>"};
        return r.nextBoolean()
            ? replaceRandom(x, "<w:vMerge[^>]*/>", merges, r)
            : replaceRandom(x, "<w:tcPr>", new String[] {"<w:tcPr>" + merges[r.nextInt(merges.length)]}, r);
      }
      case "nest": { // tables nested deep in a cell
        StringBuilder nest = new StringBuilder();
        nest.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>深</w:t></w:r></w:p>".repeat(NESTING)).append("<w:p/>");
        nest.append("</w:tc></w:tr></w:tbl><w:p/>".repeat(NESTING));
        return replaceRandom(x, "</w:tc>", new String[] {nest + "</w:tc>"}, r);
      }
      case "types": // cell types swapped
        return replaceRandom(x, " t=\"(s|n|str|b|e|inlineStr)\"", new String[] {" t=\"n\"", " t=\"s\"", " t=\"b\"",
            " t=\"e\"", " t=\"str\"", " t=\"inlineStr\"", " t=\"d\"", " t=\"zz\""}, r);
      case "values": // values out of range or not numbers
        return replaceRandom(x, "<v>[^<]*</v>", new String[] {"<v>999999</v>", "<v>-1</v>", "<v>abc</v>", "<v></v>",
            "<v>1E+309</v>", "<v>NaN</v>", "<v>2147483648</v>", "<v>0.1e-400</v>", "<v>1e-999999999</v>"}, r);
      case "formula": // a formula without a saved value, or with one
        return replaceRandom(x, "<v>[^<]*</v>", new String[] {"<f>1+1</f>", "<f>SUM(A1:A3)</f><v>6</v>",
            "<f>WEBSERVICE(\"" + bait.httpUrl + "\")</f>", "<f>[1]Sheet1!A1</f><v>45</v>",
            "<f t=\"shared\" si=\"0\"/>", "<f>#REF!</f><v>#REF!</v>", "<f></f><v></v>"}, r);
      case "field": // a field (Word's formula) without its result, or one including the local file
        return replaceRandom(x, "<w:r>.*?</w:r>", new String[] {"<w:fldSimple w:instr=\" =SUM(ABOVE) \"/>",
            "<w:fldSimple w:instr=\" INCLUDETEXT &quot;" + bait.fileUrl + "&quot; \"/>",
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>=1+1</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"}, r);
      case "refs": // references beyond the sheet or naming no cell
        return replaceRandom(x, " r=\"[A-Z]+[0-9]+\"", new String[] {" r=\"XFD1048576\"", " r=\"A1048577\"",
            " r=\"ZZZZ1\"", " r=\"A0\"", " r=\"\"", " r=\"1A\""}, r);
      case "merges": // merged regions odd or huge
        return replaceRandom(x, "<mergeCell ref=\"[^\"]*\"", new String[] {"<mergeCell ref=\"A1:XFD1048576\"",
            "<mergeCell ref=\"B2\"", "<mergeCell ref=\"Z9:A1\"", "<mergeCell ref=\"\"", "<mergeCell ref=\"A1:GS10000\""},
            r);
      case "remove": // an element removed
        return replaceRandom(x, format.equals("xlsx") ? "<(c|row|si|sheet|col|mergeCell) [^>]*/>"
            : "<w:(tcPr|gridCol|tblGrid|tcW|tblW|pStyle|gridSpan|vMerge)\\b[^>]*/>", new String[] {""}, r);
      case "text": { // text made odd
        String[] texts = {"\u0000", "=1+1", "_x0000__xD800_", "", "&amp;#0;", "jx:form;kind=basic", "jx:ind;l1=ZZ,999",
          "1E+309", "-0", "９９９９９９９９９９９９９９９９９９９", "长".repeat(10_000), "%", "100%%", "NaN", "项目名称",
          "产出指标", "总分", "2147483648万元", "0.1e-400", "-", "\uD800"};
        String open = format.equals("docx") ? "<w:t xml:space=\"preserve\">" : "<t>";
        String close = format.equals("docx") ? "</w:t>" : "</t>";
        String[] options = java.util.Arrays.stream(texts).map(t -> open + t + close).toArray(String[]::new);
        return replaceRandom(x, "<(w:)?t( [^>]*)?>[^<]*</(w:)?t>", options, r);
      }
      case "rows": // rows and cells duplicated or removed
        return r.nextBoolean()
            ? duplicateRandom(x, rowOrCell(format, r), r)
            : replaceRandom(x, rowOrCell(format, r), new String[] {""}, r);
      case "rels": // an external relationship or an internal one escaping the package
        return replaceRandom(x, "<Relationship ", new String[] {
          "<Relationship Id=\"rIdX1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "attachedTemplate\" Target=\"" + bait.fileUrl + "\" TargetMode=\"External\"/><Relationship ",
          "<Relationship Id=\"rIdX2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "subDocument\" Target=\"" + bait.httpUrl + "\" TargetMode=\"External\"/><Relationship ",
          "<Relationship Id=\"rIdX3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "styles\" Target=\"../../../../../etc/passwd\"/><Relationship ",
          "<Relationship Id=\"rIdX4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "externalLink\" Target=\"" + bait.fileUrl + "\" TargetMode=\"External\"/><Relationship "}, r);
      case "xinclude": // an XInclude of the local file
        return x.replaceFirst("<w:body>|<sheetData>", "$0<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
            + bait.fileUrl + "\" parse=\"text\"/>").getBytes(StandardCharsets.UTF_8);
      case "namespace": // an unknown namespace or root
        return x.replaceFirst("xmlns(:w)?=\"[^\"]*\"", "xmlns$1=\"urn:nothing\"").getBytes(StandardCharsets.UTF_8);
      default:
        throw new IllegalStateException("no surgery " + surgery);
    }
  }

  private static String rowOrCell(String format, Random r) {
    return format.equals("docx")
        ? r.nextBoolean() ? "<w:tr\\b.*?</w:tr>" : "<w:tc>.*?</w:tc>"
        : r.nextBoolean() ? "<row\\b.*?</row>" : "<c\\b[^>]*[^/>]>.*?</c>";
  }

  private static byte[] duplicateRandom(String x, String regex, Random r) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(x);
    List<int[]> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(new int[] {m.start(), m.end()});
    }
    if (hits.isEmpty()) {
      return x.getBytes(StandardCharsets.UTF_8);
    }
    int[] h = hits.get(r.nextInt(hits.size()));
    String copy = x.substring(h[0], h[1]).repeat(1 + r.nextInt(r.nextInt(10) == 0 ? 300 : 3));
    return (x.substring(0, h[1]) + copy + x.substring(h[1])).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replaceRandom(String x, String regex, String[] options, Random r) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(x);
    List<int[]> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(new int[] {m.start(), m.end()});
    }
    if (hits.isEmpty()) {
      return x.getBytes(StandardCharsets.UTF_8);
    }
    int n = 1 + r.nextInt(Math.min(3, hits.size()));
    StringBuilder s = new StringBuilder(x);
    List<int[]> chosen = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      chosen.add(hits.get(r.nextInt(hits.size())));
    }
    chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
    int last = Integer.MAX_VALUE;
    for (int[] h : chosen) {
      if (h[1] <= last) {
        s.replace(h[0], h[1], options[r.nextInt(options.length)]);
        last = h[0];
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
