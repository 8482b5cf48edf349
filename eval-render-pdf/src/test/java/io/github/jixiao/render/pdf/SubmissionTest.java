package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, point 4: {@link RenderMode#SUBMISSION} is the package as printed, for filing — no
 * marks, no colours, no 审核意见 and no 评分汇总 pages, no tool name anywhere in the file, the
 * reported values — with or without an evaluation in the request.
 */
class SubmissionTest {

  private static final java.util.Map<Boolean, byte[]> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The seed as a submission copy (rendered once per case). */
  private static byte[] render(boolean withEvaluation) throws Exception {
    byte[] pdf = RENDERED.get(withEvaluation);
    if (pdf == null) {
      pdf = new PdfRenderer().renderToBytes(
          RenderRequest.of(Seed.PKG, withEvaluation ? Seed.EVALUATION : null, RenderMode.SUBMISSION));
      RENDERED.put(withEvaluation, pdf);
    }
    return pdf;
  }

  @ParameterizedTest(name = "with an evaluation: {0}")
  @ValueSource(booleans = {true, false})
  void theSubmissionCopyIsThePackageAsPrintedWithNothingAdded(boolean withEvaluation) throws Exception {
    byte[] bytes = render(withEvaluation);
    PdfText pdf = new PdfText(bytes);
    // the package's parts only
    assertThat(pdf.bookmarks).extracting(PdfText.Bookmark::title).containsExactly("部门整体支出绩效自评报告",
        "附件1 部门整体支出绩效评价基础数据表", "附件2 部门整体支出绩效自评表", "附件3 项目支出绩效自评表", "附件5 项目支出绩效自评报告");
    String all = PdfText.squeeze(String.join("", pdf.pages));
    assertThat(all).doesNotContain("审核意见", "评分汇总", "按填报", "按计算", "等级：", "填报总分")
        .doesNotContainPattern("\\[\\d+\\]");
    // every form's cells and every report's text as printed, in reading order
    SeedPdfTest.assertFormsInOrder(pdf);
    SeedPdfTest.assertReportsInOrder(pdf);
    // reported values: 附件3-13's blank total stays blank (REPORTED marks it, COMPUTED fills it)
    int f313 = pdf.bookmark("附件3-13 招投标监督管理专项").page();
    assertThat(PdfText.squeeze(pdf.pages.get(f313 - 1))).contains("总分100备注");
    SelfEvaluationForm dept = Seed.PKG.departmentEvaluation();
    int p2 = pdf.bookmark("附件2 部门整体支出绩效自评表").page();
    assertThat(pdf.text(p2, p2 + 3)).contains("总分" + dept.totalWeight() + dept.reportedTotal());
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      for (PDPage p : doc.getPages()) {
        assertThat(p.getAnnotations()).noneMatch(a -> a instanceof PDAnnotationLink);
      }
    }
  }

  @ParameterizedTest(name = "with an evaluation: {0}")
  @ValueSource(booleans = {true, false})
  void noColourButTheFormsOwnBlackGreyAndWhite(boolean withEvaluation) throws Exception {
    PdfLayout layout = new PdfLayout(render(withEvaluation));
    for (int p = 1; p <= layout.pageCount(); p++) {
      int page = p;
      assertThat(layout.fills.get(p - 1)).as("fills on page %d", p).allMatch(PdfLayout::grey);
      assertThat(layout.inks.get(p - 1)).as("text on page %d", p).allMatch(PdfLayout::grey);
    }
    // what REPORTED adds, for comparison: coloured cells and marks
    PdfLayout reported = Seed.reportedLayout();
    assertThat(reported.fills.stream().flatMap(s -> s.stream()).anyMatch(c -> !PdfLayout.grey(c))).isTrue();
  }

  @ParameterizedTest(name = "with an evaluation: {0}")
  @ValueSource(booleans = {true, false})
  void jixiaoAppearsNowhereInTheFile(boolean withEvaluation) throws Exception {
    byte[] bytes = render(withEvaluation);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getCreator()).isNull();
      assertThat(info.getProducer()).isEqualTo("OpenPDF 2.0.5");
      assertThat(info.getSubject()).isEqualTo("预算绩效自评");
      assertThat(info.getTitle()).isEqualTo("2023年度汨罗市住房和城乡建设局预算绩效自评材料");
    }
    // every string, name and (decoded) stream of every object of the file
    assertThat(jixiaoIn(bytes)).isEmpty();
    assertThat(PdfText.squeeze(String.join("", new PdfText(bytes).pages)).toLowerCase(Locale.ROOT))
        .doesNotContain("jixiao");
    // the reported copy, for comparison, names jixiao (creator, producer, 审核意见, link targets)
    assertThat(jixiaoIn(Seed.reportedPdf())).hasSizeGreaterThan(3);
  }

  /** Where "jixiao" occurs in the file: in any string, name or decoded stream of any object. */
  static List<String> jixiaoIn(byte[] pdf) throws IOException {
    List<String> found = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
        COSObject o = doc.getDocument().getObjectFromPool(key);
        scan(o.getObject(), found, key.toString());
      }
      scan(doc.getDocument().getTrailer(), found, "trailer");
    }
    return found;
  }

  private static void scan(COSBase b, List<String> found, String where) throws IOException {
    if (b instanceof COSString s) {
      check(s.getString(), found, where);
      check(new String(s.getBytes(), StandardCharsets.ISO_8859_1), found, where);
    } else if (b instanceof COSName n) {
      check(n.getName(), found, where);
    } else if (b instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        COSBase e = a.get(i);
        if (!(e instanceof COSObject)) {
          scan(e, found, where);
        }
      }
    } else if (b instanceof COSDictionary d) {
      for (COSName k : d.keySet()) {
        check(k.getName(), found, where);
        COSBase v = d.getItem(k);
        if (!(v instanceof COSObject)) {
          scan(v, found, where);
        }
      }
      if (b instanceof COSStream s) {
        try (InputStream in = s.createInputStream()) {
          check(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), found, where + " (stream)");
        }
      }
    }
  }

  private static void check(String s, List<String> found, String where) {
    if (s.toLowerCase(Locale.ROOT).contains("jixiao")) {
      found.add(where + ": " + s);
    }
  }
}
