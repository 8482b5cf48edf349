package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.importer.xlsx.WorkbookRejectedException;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, mutation fuzzing of the XLSX importer: a workbook of a one-form package (the seed's
 * 附件3-1 with its findings marked) mutated {@value #CASES} × scale times — half byte-level on
 * the zip (damaged headers, sizes, compressed data), the rest inside the zip: byte mutations of
 * one part, XML surgery (truncated elements, cell types swapped, shared-string indexes out of
 * range, formulas without saved values, references beyond the sheet, DOCTYPEs with external
 * entities pointing at a local file and a local HTTP port, entity expansion bombs), wrong content
 * types (macro-enabled, missing), parts removed, renamed or duplicated, oversized shared strings.
 * Each case must end within {@value #LIMIT_SECONDS} s in a package, an
 * {@link InvalidPackageException} whose problems say where, or a
 * {@link WorkbookRejectedException} with a message — and never resolve an external entity
 * (neither the file's marker appears anywhere nor does the HTTP port see a connection). A package
 * imported must be one the JSON reader takes back as it is (issue 19, class 5: never JSON the
 * reader itself then rejects).
 */
class XlsxMutationFuzzTest {
  static final int CASES = 1_000;
  static final int LIMIT_SECONDS = 10;
  private static final long FIRST_SEED = 5_000_000L;
  private static final XlsxImporter IMPORTER = XlsxImporter.create();
  private static final String MARKER = "JIXIAO-XXE-MARKER-7f3a";

  static byte[] base;
  static Map<String, byte[]> parts;
  static List<String> names;
  static EntityBait bait;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws IOException {
    base = Workbooks.render(Workbooks.oneForm());
    parts = Workbooks.entries(base);
    names = new ArrayList<>(parts.keySet());
    bait = new EntityBait(dir, MARKER);
  }

  @AfterAll
  static void tearDown() throws IOException {
    bait.close();
  }

  @Test
  void mutatedWorkbooksEndInAPackageLocatedProblemsOrACleanRejectionAndNeverResolveEntities() throws Exception {
    assertThat(base.length).as("a small workbook keeps each import cheap").isLessThan(60_000);
    int cases = Fuzz.cases(CASES);
    Fuzz.Failures failures = new Fuzz.Failures("xlsx");
    LongAdder valid = new LongAdder();
    LongAdder problems = new LongAdder();
    LongAdder rejected = new LongAdder();
    Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
    Map<Integer, LongAdder> kindNanos = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    Fuzz.parallel(Fuzz.threads(), FIRST_SEED, cases, Duration.ofSeconds(LIMIT_SECONDS), (seed, bounded) -> {
      byte[] input;
      try {
        input = mutate(seed);
      } catch (RuntimeException | Error e) {
        failures.add(seed, "the mutator failed: " + e, new byte[0], "txt", e);
        return;
      }
      long t0 = System.nanoTime();
      Fuzz.Outcome o = bounded.run(() -> check(input));
      kindNanos.computeIfAbsent(kind(new Random(seed)), k -> new LongAdder()).add(System.nanoTime() - t0);
      if (o.timedOut()) {
        failures.add(seed, "no answer within " + LIMIT_SECONDS + " s (a hang)", input, "xlsx", null);
      } else if (o.thrown() != null) {
        failures.add(seed, String.valueOf(o.thrown()), input, "xlsx", o.thrown());
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
    System.out.printf("XlsxMutationFuzzTest: %,d mutations of a %,d-byte workbook in %d s: %,d packages, %,d problem "
        + "lists, %,d rejections, %d failures, %d connections to the entity URL%n", cases, base.length, seconds,
        valid.sum(), problems.sum(), rejected.sum(), failures.count(), bait.connections.get());
    reasons.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(12)
        .forEach(e -> System.out.printf("  %,7d  %s%n", e.getValue().sum(), e.getKey()));
    System.out.println("  import time by mutation kind (ms): " + kindNanos.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().sum() / 1_000_000).toList());
    assertThat(failures.count()).as(failures.report()).isZero();
    assertThat(bait.connections.get()).as("external entities are never fetched").isZero();
    assertThat(rejected.sum()).isPositive();
    assertThat(problems.sum() + valid.sum()).isPositive();
  }

  /**
   * True for a package, false for located problems, the rejection's gist for a rejected file;
   * throws for anything else.
   */
  static Object check(byte[] input) throws IOException {
    try {
      EvaluationPackage pkg = IMPORTER.read(input, null);
      if (pkg == null) {
        throw new AssertionError("the importer returned null");
      }
      if (pkg.toString().contains(MARKER)) {
        throw new AssertionError("an external entity was resolved into the package");
      }
      Fuzz.roundTrips(pkg);
      return true;
    } catch (InvalidPackageException e) {
      if (e.problems().isEmpty()) {
        throw new AssertionError("an InvalidPackageException without problems", e);
      }
      for (Problem p : e.problems()) {
        if (p.message().contains(MARKER)) {
          throw new AssertionError("an external entity was resolved into a message: " + p, e);
        }
        if (!(p.pointer().isEmpty() || p.pointer().startsWith("/"))) {
          throw new AssertionError("a problem with a malformed pointer: " + p, e);
        }
      }
      return false;
    } catch (WorkbookRejectedException e) {
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
      int colon = gist.indexOf("): ");
      return colon > 0 ? gist.substring(0, colon + 1) : gist.length() > 90 ? gist.substring(0, 90) : gist;
    }
  }

  /**
   * Half the cases byte-level on the zip (0–3), most others inside it (4–10), one in 200
   * oversized shared strings (11: each inflates megabytes, a hundred times the cost of a case).
   */
  static int kind(Random r) {
    if (r.nextInt(200) == 0) {
      return 11;
    }
    return r.nextBoolean() ? r.nextInt(4) : 4 + r.nextInt(7);
  }

  /** The mutated workbook of case {@code seed}. */
  static byte[] mutate(long seed) {
    Random r = new Random(seed);
    int kind = kind(r);
    if (kind < 4) {
      return Mutator.bytes(base, r, 3);
    }
    List<Map.Entry<String, byte[]>> list = new ArrayList<>();
    parts.forEach((k, v) -> list.add(Map.entry(k, v)));
    int i = r.nextInt(list.size());
    String name = list.get(i).getKey();
    byte[] data = list.get(i).getValue();
    switch (kind) {
      case 4, 5 -> list.set(i, Map.entry(name, Mutator.bytes(data, r, 3)));
      case 6, 7 -> list.set(i, Map.entry(name, xml(new String(data, StandardCharsets.UTF_8), r)));
      case 8 -> { // a sheet or the shared strings: the parts the reader looks into
        int j = indexOf(list, r.nextBoolean() ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml");
        if (j >= 0) {
          list.set(j, Map.entry(list.get(j).getKey(), xml(new String(list.get(j).getValue(), StandardCharsets.UTF_8), r)));
        }
      }
      case 9 -> { // content types
        int j = indexOf(list, "[Content_Types].xml");
        String ct = new String(list.get(j).getValue(), StandardCharsets.UTF_8);
        String[][] swaps = {
          {"spreadsheetml.sheet.main+xml", "spreadsheetml.template.main+xml"},
          {"spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"},
          {"spreadsheetml.worksheet+xml", "spreadsheetml.chartsheet+xml"},
          {"spreadsheetml.sharedStrings+xml", "text/plain"},
          {"application/xml", "application/octet-stream"},
          {"<Override", "<Override PartName=\"/xl/missing.xml\" ContentType=\"x/y\"/><Override"},
          {"<Types", "<!DOCTYPE Types [<!ENTITY e SYSTEM \"" + bait.fileUrl + "\">]><Types"},
        };
        String[] s = swaps[r.nextInt(swaps.length)];
        list.set(j, Map.entry(list.get(j).getKey(), ct.replaceFirst(java.util.regex.Pattern.quote(s[0]),
            java.util.regex.Matcher.quoteReplacement(s[1])).getBytes(StandardCharsets.UTF_8)));
      }
      case 10 -> { // parts removed, renamed, duplicated
        switch (r.nextInt(3)) {
          case 0 -> list.remove(i);
          case 1 -> list.set(i, Map.entry(name.toUpperCase(java.util.Locale.ROOT), data));
          default -> list.add(r.nextInt(list.size() + 1), Map.entry(name, r.nextBoolean() ? data
              : Mutator.bytes(data, r, 2)));
        }
      }
      default -> { // oversized shared strings: many entries, a huge count, one enormous string
        int j = indexOf(list, "xl/sharedStrings.xml");
        if (j >= 0) {
          String ss = new String(list.get(j).getValue(), StandardCharsets.UTF_8);
          StringBuilder extra = new StringBuilder();
          switch (r.nextInt(3)) {
            case 0 -> {
              for (int k = 0; k < 100_000; k++) {
                extra.append("<si><t>").append(k).append("</t></si>");
              }
            }
            case 1 -> extra.append("<si><t>").append("长".repeat(3_000_000)).append("</t></si>");
            default -> ss = ss.replaceFirst("count=\"\\d+\"", "count=\"2147483647\"")
                .replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"2147483647\"");
          }
          ss = ss.replace("</sst>", extra + "</sst>");
          list.set(j, Map.entry(list.get(j).getKey(), ss.getBytes(StandardCharsets.UTF_8)));
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
    return -1;
  }

  /** XML surgery on one part. */
  private static byte[] xml(String x, Random r) {
    String doctype = switch (r.nextInt(3)) {
      case 0 -> "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + bait.fileUrl + "\">]>";
      case 1 -> "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + bait.port() + "/x\">]>";
      default -> "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
          + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
          + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
          + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY xxe \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>";
    };
    switch (r.nextInt(12)) {
      case 0: { // a DOCTYPE with an external or exponential entity, used in the first text
        int decl = x.indexOf("?>");
        String s = decl > 0 ? x.substring(0, decl + 2) + doctype + x.substring(decl + 2) : doctype + x;
        return s.replaceFirst("<t>", "<t>&xxe;").replaceFirst("<v>", "<v>&xxe;").getBytes(StandardCharsets.UTF_8);
      }
      case 1: // truncated
        return x.substring(0, r.nextInt(x.length() + 1)).getBytes(StandardCharsets.UTF_8);
      case 2: // cell types swapped
        return replaceRandom(x, " t=\"(s|n|str|b|e|inlineStr)\"", new String[] {" t=\"n\"", " t=\"s\"", " t=\"b\"",
            " t=\"e\"", " t=\"str\"", " t=\"inlineStr\"", " t=\"d\"", " t=\"zz\""}, r);
      case 3: // values out of range or not numbers
        return replaceRandom(x, "<v>[^<]*</v>", new String[] {"<v>999999</v>", "<v>-1</v>", "<v>abc</v>", "<v></v>",
            "<v>1E+309</v>", "<v>NaN</v>", "<v>2147483648</v>", "<v>0.1e-400</v>"}, r);
      case 4: // a formula without a saved value, or with one
        return replaceRandom(x, "<v>[^<]*</v>", new String[] {"<f>1+1</f>", "<f>SUM(A1:A3)</f><v>6</v>",
            "<f>WEBSERVICE(\"http://127.0.0.1:" + bait.port() + "/\")</f>", "<f>[1]Sheet1!A1</f><v>45</v>",
            "<f t=\"shared\" si=\"0\"/>", "<f>#REF!</f><v>#REF!</v>"}, r);
      case 5: // references beyond the sheet
        return replaceRandom(x, " r=\"[A-Z]+[0-9]+\"", new String[] {" r=\"XFD1048576\"", " r=\"A1048577\"",
            " r=\"ZZZZ1\"", " r=\"A0\"", " r=\"\"", " r=\"1A\""}, r);
      case 6: // rows out of order or huge
        return replaceRandom(x, "<row r=\"[0-9]+\"", new String[] {"<row r=\"1\"", "<row r=\"1048576\"",
            "<row r=\"0\"", "<row r=\"-5\"", "<row r=\"99999999999\""}, r);
      case 7: // merged regions odd
        return replaceRandom(x, "<mergeCell ref=\"[^\"]*\"", new String[] {"<mergeCell ref=\"A1:XFD1048576\"",
            "<mergeCell ref=\"B2\"", "<mergeCell ref=\"Z9:A1\"", "<mergeCell ref=\"\""}, r);
      case 8: // an element removed
        return replaceRandom(x, "<(c|row|si|sheet|col|mergeCell) [^>]*/>", new String[] {""}, r);
      case 9: // text made odd
        return replaceRandom(x, "<t[^>]*>[^<]*</t>", new String[] {"<t>\u0000</t>", "<t>=1+1</t>",
            "<t>_x0000__xD800_</t>", "<t></t>", "<t>&amp;#0;</t>", "<t>jx:form;kind=basic</t>", "<t>jx:ind;l1=ZZ,999</t>",
            "<t>jx:funds;kind=NOPE</t>", "<t>jx:ctrl;d=99;kind=PROJECT;id=BAD ID</t>"}, r);
      case 10: // attribute values odd
        return replaceRandom(x, " (s|ht|customHeight|spans|min|max|width|state|sheetId)=\"[^\"]*\"",
            new String[] {" s=\"99999\"", " ht=\"-1\"", " spans=\"5:1\"", " min=\"0\"", " max=\"99999\"",
              " state=\"veryHidden\"", " sheetId=\"0\""}, r);
      default: // an unknown namespace or root
        return x.replaceFirst("xmlns=\"[^\"]*\"", "xmlns=\"urn:nothing\"").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static byte[] replaceRandom(String x, String regex, String[] options, Random r) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(x);
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
