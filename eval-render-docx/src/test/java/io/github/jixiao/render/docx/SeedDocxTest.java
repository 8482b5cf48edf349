package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seed as a Word document: fonts, styles, sections, page numbers, contents, comments, modes. */
class SeedDocxTest {

  @Test
  void fontsAreDeclaredByTheirEastAsianNamesWithTheFaceToFallBackTo() {
    DocxParts x = new DocxParts(Seed.reported());
    String styles = x.part("word/styles.xml");
    for (String face : List.of("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体")) {
      assertThat(styles).as(face).contains("w:eastAsia=\"" + face + "\"");
    }
    String fonts = x.part("word/fontTable.xml");
    assertThat(fonts).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
        .contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>")
        .contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>");
    assertThat(x.part("word/_rels/document.xml.rels")).contains("fontTable.xml");
    assertThat(x.part("[Content_Types].xml")).contains("wordprocessingml.fontTable+xml");
  }

  @Test
  void reportStylesFollowTheOfficialDocumentConventions() {
    String styles = new DocxParts(Seed.reported()).part("word/styles.xml");
    // title 二号 (22 pt = 44 half-points) 小标宋; body 三号 (32) 仿宋 on 28.95 pt lines, two-character indent
    assertThat(style(styles, "Heading1")).contains("w:eastAsia=\"方正小标宋简体\"").contains("<w:sz w:val=\"44\"/>")
        .contains("<w:outlineLvl w:val=\"0\"/>");
    assertThat(style(styles, "BodyText")).contains("w:eastAsia=\"仿宋_GB2312\"").contains("<w:sz w:val=\"32\"/>")
        .contains("w:line=\"579\" w:lineRule=\"exact\"").contains("w:firstLine=\"640\"");
    assertThat(style(styles, "Heading2")).contains("w:eastAsia=\"黑体\"").contains("<w:outlineLvl w:val=\"1\"/>");
    assertThat(style(styles, "Heading3")).contains("w:eastAsia=\"楷体_GB2312\"").contains("<w:outlineLvl w:val=\"2\"/>");
  }

  private static String style(String styles, String id) {
    Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + id + "\">.*?</w:style>").matcher(styles);
    assertThat(m.find()).as("style " + id).isTrue();
    return m.group();
  }

  @Test
  void reportSectionsAreA4WithGbMarginsAndTwentyTwoLines() {
    String doc = new DocxParts(Seed.reported()).document();
    // 天头 37 mm = 2098 twips, 订口 28 mm = 1588; 22 lines of 579 twips fill the 225 mm text height
    assertThat(doc).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\" w:orient=\"portrait\"/>")
        .contains("w:top=\"2098\"").contains("w:left=\"1588\"").contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>");
    assertThat(16838 - 2098 - 1984).isEqualTo(22 * 579 + 18);
    assertThat(11906 - 1588 - 1474).isEqualTo(8844);
  }

  @Test
  void pageNumbersStandAtTheOuterEdgesAndCoversHaveNone() {
    DocxParts x = new DocxParts(Seed.reported());
    assertThat(x.part("word/settings.xml")).contains("<w:evenAndOddHeaders w:val=\"on\"/>");
    List<String> footers = x.parts.keySet().stream().filter(n -> n.matches("word/footer\\d+\\.xml")).toList();
    assertThat(footers).hasSize(3);
    String odd = x.part(footers.get(0));
    String even = x.part(footers.get(1));
    assertThat(odd).contains("<w:jc w:val=\"right\"/>").contains(" PAGE ");
    assertThat(DocxParts.text(odd)).isEqualTo("— 1 —");
    assertThat(even).contains("<w:jc w:val=\"left\"/>").contains(" PAGE ");
    assertThat(DocxParts.text(x.part(footers.get(2)))).isEmpty();
    // the department report has a cover: its section starts with a title page (first-page footer empty)
    assertThat(DocxParts.count(x.document(), "<w:titlePg/>")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theContentsFieldListsEveryPartAndWordUpdatesItOnOpen() {
    DocxParts x = new DocxParts(Seed.reported());
    String doc = x.document();
    assertThat(doc).contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>");
    assertThat(x.part("word/settings.xml")).contains("<w:updateFields w:val=\"on\"/>");
    List<String> entries = PackageDocument.entries(Seed.PKG);
    assertThat(entries).hasSize(1 + 1 + 15 + Seed.PKG.projectReports().size()).contains("附件1", "附件2", "附件3-14");
    String text = DocxParts.text(doc);
    int at = text.indexOf("目  录");
    for (String e : entries) {
      int next = text.indexOf(e, at);
      assertThat(next).as(e).isGreaterThan(at);
      at = next;
    }
  }

  @Test
  void reportHeadingsUseTheHeadingStylesByDepth() {
    String doc = new DocxParts(Seed.reported()).document();
    Report r = Seed.PKG.departmentReport();
    ReportSection first = r.sections().get(0);
    assertThat(paragraphWith(doc, first.heading().strip())).contains("<w:pStyle w:val=\"Heading2\"/>");
    assertThat(paragraphWith(doc, first.sections().get(0).heading().strip())).contains("<w:pStyle w:val=\"Heading3\"/>");
    // the department report's cover title is the level-1 heading the navigation pane lists
    assertThat(paragraphWith(doc, firstLine(r.title()), "CoverTitle")).contains("<w:outlineLvl w:val=\"0\"/>");
    // the title above the text is not listed again
    assertThat(paragraphWith(doc, firstLine(r.title()), "Heading1")).contains("<w:outlineLvl w:val=\"9\"/>");
  }

  private static String firstLine(String s) {
    return s.strip().split("\\R")[0].strip();
  }

  /** The XML of the first paragraph whose text contains {@code text}. */
  static String paragraphWith(String doc, String text) {
    return paragraphWith(doc, text, null);
  }

  /** The XML of the first paragraph in this style (or any, for {@code null}) whose text contains {@code text}. */
  static String paragraphWith(String doc, String text, String style) {
    Matcher m = Pattern.compile("<w:p>.*?</w:p>|<w:p [^>]*>.*?</w:p>").matcher(doc);
    while (m.find()) {
      if (DocxParts.text(m.group()).contains(text) && !m.group().contains("w:val=\"TOC1\"")
          && (style == null || m.group().contains("<w:pStyle w:val=\"" + style + "\"/>"))) {
        return m.group();
      }
    }
    throw new AssertionError("no paragraph with " + text);
  }

  @Test
  void everyFindingIsACommentByTheReviewerWithItsIdCodeAndMessage() {
    DocxParts x = new DocxParts(Seed.reported());
    String comments = x.part("word/comments.xml");
    List<FindingIndex.Entry> all = Seed.request(RenderMode.REPORTED).findings().all();
    assertThat(all).hasSize(60);
    assertThat(DocxParts.count(comments, "<w:comment ")).isEqualTo(all.size());
    assertThat(DocxParts.count(comments, "w:author=\"jixiao 审核\"")).isEqualTo(all.size());
    List<String> bodies = DocxParts.groups(comments, "(?s)<w:comment [^>]*>(.*?)</w:comment>");
    for (int i = 0; i < all.size(); i++) {
      FindingIndex.Entry e = all.get(i);
      String text = DocxParts.text(bodies.get(i));
      assertThat(text).startsWith("[" + e.number() + "] " + e.finding().severity().chinese() + " "
          + e.finding().code().name());
      assertThat(text).contains(e.finding().messageZh());
    }
    // each comment is anchored once: range start, range end, reference
    String doc = x.document();
    for (int id = 0; id < all.size(); id++) {
      assertThat(DocxParts.count(doc, "<w:commentRangeStart w:id=\"" + id + "\"/>")).as("start " + id).isEqualTo(1);
      assertThat(DocxParts.count(doc, "<w:commentRangeEnd w:id=\"" + id + "\"/>")).as("end " + id).isEqualTo(1);
      assertThat(DocxParts.count(doc, "<w:commentReference w:id=\"" + id + "\"/>")).as("ref " + id).isEqualTo(1);
    }
    // the comment's date is the request's timestamp, never the clock
    assertThat(comments).contains("w:date=\"2024-01-01T00:00:00.000Z\"");
  }

  @Test
  void aFindingAboutAScoreIsACommentOnTheCellThatPrintsIt() {
    String doc = new DocxParts(Seed.reported()).document();
    List<FindingIndex.Entry> all = Seed.request(RenderMode.REPORTED).findings().all();
    int checked = 0;
    for (int id = 0; id < all.size(); id++) {
      FindingIndex.Entry e = all.get(id);
      if (!e.pointer().endsWith("/score") || e.finding().found() == null) {
        continue;
      }
      // the table cell holding the comment's start holds its end and the printed score
      Matcher tc = Pattern.compile("(?s)<w:tc>(?:(?!</w:tc>).)*<w:commentRangeStart w:id=\"" + id
          + "\"/>(?:(?!</w:tc>).)*</w:tc>").matcher(doc);
      assertThat(tc.find()).as("finding %d in a table cell", e.number()).isTrue();
      assertThat(tc.group()).contains("<w:commentRangeEnd w:id=\"" + id + "\"/>").contains("<w:shd ");
      assertThat(DocxParts.text(tc.group())).isEqualTo(e.finding().found());
      checked++;
    }
    assertThat(checked).as("score findings in the seed").isGreaterThanOrEqualTo(15);
  }

  @Test
  void aFindingQuotingTheReportMarksThePhraseItQuotes() {
    DocxParts x = new DocxParts(Seed.reported());
    String doc = x.document();
    List<FindingIndex.Entry> all = Seed.request(RenderMode.REPORTED).findings().all();
    List<String> checked = new ArrayList<>();
    Pattern quote = Pattern.compile("「([^」]{2,})」");
    for (int id = 0; id < all.size(); id++) {
      FindingIndex.Entry e = all.get(id);
      String p = e.pointer();
      if (!p.startsWith("/departmentReport") && !p.startsWith("/projectReports")) {
        continue;
      }
      Matcher m = quote.matcher(e.finding().messageZh());
      if (!m.find()) {
        continue;
      }
      String phrase = m.group(1);
      Matcher range = Pattern.compile("(?s)<w:commentRangeStart w:id=\"" + id + "\"/>(.*?)<w:commentRangeEnd w:id=\""
          + id + "\"/>").matcher(doc);
      assertThat(range.find()).isTrue();
      if (Seed.PKG.departmentReport().allParagraphs().anyMatch(t -> t.contains(phrase))
          || Seed.PKG.projectReports().stream().flatMap(Report::allParagraphs).anyMatch(t -> t.contains(phrase))) {
        assertThat(DocxParts.text(range.group(1))).isEqualTo(phrase);
        checked.add(phrase);
      }
    }
    assertThat(checked).as("the seed has findings quoting its reports").isNotEmpty();
  }

  @Test
  void theFindingsListClosesTheDocumentInReportedAndComputedModes() {
    for (byte[] docx : List.of(Seed.reported(), Seed.computed())) {
      String text = DocxParts.text(new DocxParts(docx).document());
      int list = text.lastIndexOf("审核意见");
      assertThat(list).isGreaterThan(0);
      String tail = text.substring(list);
      assertThat(tail).contains("共 60 条");
      for (FindingIndex.Entry e : Seed.request(RenderMode.REPORTED).findings().all()) {
        assertThat(tail).contains(e.finding().messageZh());
      }
    }
  }

  @Test
  void computedModeListsTheFindingsWithoutComments() {
    DocxParts x = new DocxParts(Seed.computed());
    assertThat(x.parts).doesNotContainKey("word/comments.xml");
    assertThat(x.document()).doesNotContain("commentRangeStart");
    assertThat(x.part("docProps/core.xml")).contains("按计算");
  }

  @Test
  void submissionIsThePackageAsPrintedWithNothingOfJixiaos() {
    DocxParts x = new DocxParts(Seed.submission());
    assertThat(x.parts).doesNotContainKey("word/comments.xml");
    assertThat(x.document()).doesNotContain("commentRangeStart").doesNotContain(" TOC ").doesNotContain("<w:shd ");
    assertThat(x.part("docProps/app.xml")).doesNotContain("jixiao");
    assertThat(x.part("docProps/core.xml")).doesNotContain("jixiao").doesNotContain("按填报");
  }

  @Test
  void zipEntriesHaveTheRequestsTimeAndAFixedOrder() {
    DocxParts x = new DocxParts(Seed.reported());
    List<String> names = new ArrayList<>(x.parts.keySet());
    assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
    assertThat(names.get(1)).isEqualTo("_rels/.rels");
    assertThat(names).contains("word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml");
    assertThat(x.times).allMatch(t -> t.equals(x.times.get(0)));
    assertThat(x.part("docProps/core.xml")).contains("2024-01-01T00:00:00Z");
  }

  @Test
  void renumberingRewritesHeadingsOnlyWhenAsked() {
    Report r = Seed.PKG.departmentReport();
    List<String> asWritten = new ArrayList<>();
    collect(r.sections(), asWritten);
    String plain = DocxParts.text(new DocxParts(Seed.reported()).document());
    String renumbered = DocxParts.text(new DocxParts(Seed.render(Seed.request(RenderMode.REPORTED).withRenumbering()))
        .document());
    List<io.github.jixiao.model.ReportNumbering.Change> changes =
        io.github.jixiao.model.ReportNumbering.changes(r, "/departmentReport");
    assertThat(changes).isNotEmpty();
    for (io.github.jixiao.model.ReportNumbering.Change c : changes) {
      assertThat(plain).contains(c.before().strip());
      assertThat(renumbered).contains(c.after());
    }
  }

  private static void collect(List<ReportSection> sections, List<String> out) {
    for (ReportSection s : sections) {
      out.add(s.heading());
      collect(s.sections(), out);
    }
  }

  @Test
  void aControlCharacterIsRefusedWithItsPlace() {
    EvaluationPackage pkg = Seed.PKG;
    Report r = pkg.departmentReport();
    Report bad = new Report(r.label(), r.projectId(), r.cover(), r.title(), List.of("前言\u0007有响铃"), r.sections(),
        r.closing());
    EvaluationPackage broken = new EvaluationPackage(pkg.formatVersion(), pkg.year(), pkg.department(), pkg.profile(),
        pkg.projects(), pkg.basicData(), pkg.departmentEvaluation(), pkg.projectEvaluations(), bad,
        pkg.projectReports());
    assertThatThrownBy(() -> new DocxRenderer().renderToBytes(RenderRequest.of(broken, null, RenderMode.REPORTED)))
        .isInstanceOf(RenderException.class).hasMessageContaining("U+0007").hasMessageContaining("第 3 个字符");
  }
}
