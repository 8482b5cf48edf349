package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.office.Block;
import io.github.jixiao.importer.office.OfficeDocument;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form printed in a layout as tables reads back as the same form, without any file in between. */
class PrintReadTest {
  private static final Layouts LAYOUTS = Layouts.builtIn();

  static DocumentReader.Read printAndRead(SelfEvaluationForm form, Layout layout) {
    List<Block> blocks = new ArrayList<>(FormPrinter.of(layout).document(form, "表1"));
    return new DocumentReader(LAYOUTS.only(layout.id()).orElseThrow())
        .read(new OfficeDocument("docx", blocks, List.of()), "t.docx", null);
  }

  @Test
  void theSeedsProjectFormsReadBackInTheNationalLayout() {
    Layout national = LAYOUTS.get("national-2020").orElseThrow();
    EvaluationPackage seed = Examples.miluo2023();
    for (SelfEvaluationForm f : seed.projectEvaluations()) {
      DocumentReader.Read r = printAndRead(f, national);
      assertThat(r.problems()).as(f.label()).isEmpty();
      assertThat(r.pkg().projectEvaluations()).as(f.label()).containsExactly(PrintedForms.expected(f, national));
    }
  }

  @Test
  void aHubeiFormReadsBackWithItsPrintedMistakes() {
    Layout national = LAYOUTS.get("national-2020").orElseThrow();
    SelfEvaluationForm f = Examples.load("hubei-2019-ezhou-disanfang").projectEvaluations().get(0);
    DocumentReader.Read r = printAndRead(f, national);
    assertThat(r.problems()).isEmpty();
    SelfEvaluationForm back = r.pkg().projectEvaluations().get(0);
    assertThat(back).isEqualTo(PrintedForms.expected(f, national));
    assertThat(back.reportedTotal().value()).isEqualByComparingTo("90");
    assertThat(r.pkg().year()).isEqualTo(2019);
    assertThat(r.report().forms().get(0).layout()).isEqualTo("national-2020");
    assertThat(r.report().forms().get(0).confidence()).isEqualTo(100);
  }
}
