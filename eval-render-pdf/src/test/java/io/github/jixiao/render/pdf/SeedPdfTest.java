package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed package (汨罗 2023) rendered as on a machine without CJK fonts (the built-in
 * STSong-Light, so the text read back does not depend on this machine's fonts), read back with
 * PDFBox.
 */
class SeedPdfTest {

  static byte[] bytes;
  static PdfText pdf;
  static final EvaluationPackage PKG = Seed.PKG;

  @BeforeAll
  static void render() throws Exception {
    bytes = Seed.reportedPdf();
    pdf = Seed.reportedText();
  }

  @Test
  void theSeedPackageFillsNinetyEightA4Pages() throws IOException {
    assertThat(pdf.pageCount).isEqualTo(98);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isEqualTo(595f);
        assertThat(page.getMediaBox().getHeight()).isEqualTo(842f);
      }
    }
  }

  @Test
  void withoutAnInstalledFontNothingIsEmbeddedAndTheFileStaysSmall() throws IOException {
    assertThat(bytes.length).isLessThan(400 * 1024);
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName n : res.getFontNames()) {
          PDFont f = res.getFont(n);
          assertThat(f.isEmbedded()).as(f.getName()).isFalse();
          if (!fonts.contains(f.getName())) {
            fonts.add(f.getName());
          }
        }
      }
    }
    assertThat(fonts).containsExactlyInAnyOrder("STSong-Light-UniGB-UCS2-H", "Times-Roman", "Times-Bold");
  }

  @Test
  void metadataNamesTheDepartmentAndTheRequestTimestamp() throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("2023年度汨罗市住房和城乡建设局预算绩效自评材料");
      assertThat(info.getAuthor()).isEqualTo("汨罗市住房和城乡建设局");
      assertThat(info.getSubject()).isEqualTo("预算绩效自评（按填报，评分规则 hunan-2023）");
      Calendar created = info.getCreationDate();
      created.setTimeZone(TimeZone.getTimeZone("UTC"));
      assertThat(created.toInstant()).isEqualTo(Seed.reported().timestamp());
      assertThat(info.getModificationDate().toInstant()).isEqualTo(Seed.reported().timestamp());
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
    }
  }

  @Test
  void everyAttachmentHasABookmarkOnItsFirstPage() {
    List<String> top = pdf.bookmarks.stream().map(PdfText.Bookmark::title).toList();
    assertThat(top).containsExactly("部门整体支出绩效自评报告", "附件1 部门整体支出绩效评价基础数据表", "附件2 部门整体支出绩效自评表",
        "附件3 项目支出绩效自评表", "附件5 项目支出绩效自评报告", "评分汇总", "审核意见");
    PdfText.Bookmark forms = pdf.bookmark("附件3 项目支出绩效自评表");
    assertThat(forms.children()).hasSize(14);
    for (int i = 0; i < PKG.projectEvaluations().size(); i++) {
      SelfEvaluationForm f = PKG.projectEvaluations().get(i);
      PdfText.Bookmark b = forms.children().get(i);
      assertThat(b.title()).isEqualTo("附件" + f.label() + " " + f.name());
      assertThat(PdfText.squeeze(pdf.pages.get(b.page() - 1))).startsWith("附件" + f.label() + "2023年度项目支出绩效自评表");
    }
    // (issue 15) each report "附件5-n" with its own title as printed where the bookmark points: the
    // cover's when it has one, else the title above the text
    PdfText.Bookmark reports = pdf.bookmark("附件5 项目支出绩效自评报告");
    assertThat(reports.children()).extracting(PdfText.Bookmark::title)
        .startsWith("附件5-1 2023年度帮代办工作经费项目支出绩效评价报告", "附件5-2 2023年度工程建设审批制度改革项目支出绩效评价报告")
        .contains("附件5-5 2023年度施工图审查项目项目支出绩效自评报告", "附件5-8 2023年度保障房建设项目支出绩效自评报告",
            "附件5-13 2023年度招投标监督管理专项项目支出绩效自评报告", "附件5-14 2023年度工作经费项目支出绩效自评报告")
        .hasSize(14);
    // a report's top-level sections are bookmarked under it, as written (issue 15: no silent renumbering)
    assertThat(reports.children().get(1).children()).extracting(PdfText.Bookmark::title)
        .containsExactly("一 、项目支出基本情况", "2、 绩效评价工作情况", "三 、项目支出主要绩效及评价结论", "四、 绩效评价指标分析",
            "五、主要经验及做法、存在的问题及原因分析", "6、 有关建议", "7、 其他需要说明的问题");
    assertThat(pdf.bookmark("附件1 部门整体支出绩效评价基础数据表").page()).isEqualTo(10);
  }

  @Test
  void everyFormsCellsAreFoundInReadingOrder() {
    assertFormsInOrder(pdf);
  }

  /** Every cell of every form (and 附件1) is in the text of its pages, in reading order. */
  static void assertFormsInOrder(PdfText pdf) {
    List<PdfText.Bookmark> all = pdf.flat();
    for (SelfEvaluationForm f : PKG.forms().toList()) {
      String title = f.label().equals("2") ? "附件2 部门整体支出绩效自评表" : "附件" + f.label() + " " + f.name();
      int from = pdf.bookmark(title).page();
      int to = nextPage(all, from) - 1;
      String text = pdf.text(from, to);
      assertThat(PdfText.firstOutOfOrder(text, Expected.cells(f))).as("附件" + f.label()).isNull();
    }
    int from = pdf.bookmark("附件1 部门整体支出绩效评价基础数据表").page();
    assertThat(PdfText.firstOutOfOrder(pdf.text(from, from), Expected.cells(PKG.basicData()))).isNull();
  }

  private static int nextPage(List<PdfText.Bookmark> all, int page) {
    return all.stream().mapToInt(PdfText.Bookmark::page).filter(p -> p > page).min().orElse(Integer.MAX_VALUE);
  }

  /** Every report's title, headings and paragraphs are in the text, in reading order. */
  static void assertReportsInOrder(PdfText pdf) {
    List<String> expected = new ArrayList<>(Expected.text(PKG.departmentReport()));
    for (Report r : PKG.projectReports()) {
      expected.addAll(Expected.text(r));
    }
    assertThat(PdfText.firstOutOfOrder(pdf.all(), expected)).isNull();
  }

  @Test
  void reportsReadInOrderWithHeadingsAsWrittenUnlessRenumberingIsAsked() throws Exception {
    assertReportsInOrder(pdf);
    String text = pdf.all();
    // (issue 15) the source's "2、 绩效评价工作情况" and "(2) 项目资金使用管理情况。" are printed as written
    assertThat(text).contains("2、绩效评价工作情况", "(2)项目资金使用管理情况。");
    // renumbered by depth only when asked (--renumber)
    String renumbered = new PdfText(new PdfRenderer().renderToBytes(Seed.reported().withRenumbering())).all();
    assertThat(renumbered).contains("二、绩效评价工作情况", "（二）项目资金使用管理情况。")
        .doesNotContain("2、绩效评价工作情况");
  }

  @Test
  void reportLinesNeverStartWithClosingPunctuation() {
    Pattern bad = Pattern.compile("^[，。、；：？！）》」』】”’％]");
    int checked = 0;
    for (int p = 1; p <= 9; p++) {
      for (String line : pdf.pages.get(p - 1).split("\\R")) {
        String l = line.strip();
        if (!l.isEmpty()) {
          checked++;
          assertThat(bad.matcher(l).find()).as("page %d line '%s'", p, l).isFalse();
        }
      }
    }
    assertThat(checked).isGreaterThan(150);
  }

  @Test
  void everyPageButTheCoversCarriesPageNOfM() {
    List<String> coverTitles = new ArrayList<>();
    for (Report r : PKG.projectReports()) {
      if (r.cover() != null) {
        coverTitles.add(PdfText.squeeze(r.cover().title()));
      }
    }
    List<Integer> covers = new ArrayList<>();
    for (int p = 1; p <= pdf.pageCount; p++) {
      String t = PdfText.squeeze(pdf.pages.get(p - 1));
      if (t.contains("第" + p + "页共" + pdf.pageCount + "页")) {
        continue;
      }
      covers.add(p);
      if (p > 1) {
        assertThat(t).as("page %d", p).contains(coverTitles.get(covers.size() - 2));
      }
    }
    // the department report's cover and the ten project reports' covers
    assertThat(coverTitles).hasSize(10);
    assertThat(covers).hasSize(11).startsWith(1);
    assertThat(PdfText.squeeze(pdf.pages.get(0))).contains("部门（单位）名称：（盖章）", "2024年10月13日");
  }

  @Test
  void continuedTablesRepeatTheirHeaderUnderAContinuedMark() {
    List<Integer> continued = new ArrayList<>();
    for (int p = 1; p <= pdf.pageCount; p++) {
      String t = PdfText.squeeze(pdf.pages.get(p - 1));
      if (t.contains("（续表）")) {
        continued.add(p);
        assertThat(t).as("page %d", p).contains("一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施");
      }
    }
    assertThat(continued).isNotEmpty();
    assertThat(PdfText.squeeze(pdf.pages.get(continued.get(0) - 1))).startsWith("附件2汨罗市住建系统（续表）");
  }

  @Test
  void findingsAreMarkedInTheTablesAndListedWithLinks() throws IOException {
    int count = (int) Seed.EVALUATION.allFindings().count();
    // SeedFindingsTest's 60: the 附件1 swap is stated on its two rows besides the four form cells
    assertThat(count).isEqualTo(60);
    int from = pdf.bookmark("审核意见").page();
    String list = pdf.text(from, pdf.pageCount);
    assertThat(list).contains("共60条：错误27条，警告17条，提示16条");
    long errors = Seed.EVALUATION.allFindings().filter(f -> f.severity() == Severity.ERROR).count();
    assertThat(errors).isEqualTo(27);
    // every finding's message is listed
    Seed.EVALUATION.allFindings().forEach(f -> assertThat(list).contains(PdfText.squeeze(f.messageZh())));
    // markers in the form pages link to the list
    int links = 0;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      for (int p = 0; p < from - 1; p++) {
        for (PDAnnotation a : doc.getPage(p).getAnnotations()) {
          if (a instanceof PDAnnotationLink) {
            links++;
          }
        }
      }
    }
    assertThat(links).isGreaterThanOrEqualTo(50);
    // 附件3-13's blank total is marked with its finding number
    int f313 = pdf.bookmark("附件3-13 招投标监督管理专项").page();
    assertThat(PdfText.squeeze(pdf.pages.get(f313 - 1))).containsPattern("总分100\\[\\d+\\]");
  }

  @Test
  void theSummaryChartsAreVectorGraphicsWithRealText() throws IOException {
    int page = pdf.bookmark("评分汇总").page();
    String t = PdfText.squeeze(pdf.pages.get(page - 1));
    assertThat(t).contains("附件3-1帮代办工作经费", "填报总分", "计算总分", "99.38（优）", "满分100", "109.69—（无法评级）");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int forms = 0;
      PDResources res = doc.getPage(page - 1).getResources();
      for (COSName n : res.getXObjectNames()) {
        PDXObject x = res.getXObject(n);
        assertThat(x).isNotInstanceOf(PDImageXObject.class);
        if (x instanceof PDFormXObject) {
          forms++;
        }
      }
      assertThat(forms).as("the chart and the footer's page total").isEqualTo(2);
    }
    String groups = PdfText.squeeze(pdf.pages.get(page));
    assertThat(groups).contains("一级指标得分与分值", "附件3-1帮代办工作经费", "产出", "满意度", "9/10");
  }
}
