package io.github.jixiao.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Packages;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** Reading back forms as other provinces print them (issue 14): extra columns, flat lists, 元, partial forms. */
class OtherProvincesImportTest {
  private static final EvaluationPackage PKG = Packages.otherProvinces();
  private final XlsxImporter importer = XlsxImporter.create();

  private static byte[] render(EvaluationPackage pkg) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(pkg, null, RenderMode.REPORTED), out);
    return out.toByteArray();
  }

  /** The workbook without its machine tags, as a person's copy typed from the printout would be. */
  private static byte[] untagged(byte[] bytes) throws Exception {
    return XlsxImporterTest.edit(bytes, wb -> {
      for (Sheet s : wb) {
        if (!s.getSheetName().startsWith("附件")) {
          continue;
        }
        int tags = Cells.tagColumn(s);
        for (Row r : s) {
          Cell c = r.getCell(tags);
          if (c != null) {
            r.removeCell(c);
          }
        }
      }
    });
  }

  @Test
  void extraColumnsFlatListsYuanAndPartialFormsImportBackEqual() throws Exception {
    assertThat(importer.read(render(PKG), PKG)).isEqualTo(PKG);
  }

  @Test
  void withoutTagsTheExtraColumnsAreFoundByTheirHeaders() throws Exception {
    EvaluationPackage back = importer.read(untagged(render(PKG)), PKG);
    SelfEvaluationForm f = back.form("3-1").orElseThrow();
    List<IndicatorRow> rows = f.rows().toList();
    assertThat(rows).isEqualTo(PKG.form("3-1").orElseThrow().rows().toList());
    assertThat(rows.get(1).scoreCoefficient()).isEqualTo("0.9");
    assertThat(rows.get(2).core()).isEqualTo("√");
  }

  @Test
  void withoutTagsAFlatListIsReadAsOneUnlabelledGroup() throws Exception {
    SelfEvaluationForm d = importer.read(untagged(render(PKG)), PKG).departmentEvaluation();
    assertThat(d).isNotNull();
    assertThat(d.indicators()).hasSize(1);
    Level1Group g = d.indicators().get(0);
    assertThat(g.indicator()).isNull();
    assertThat(g.label()).isNull();
    assertThat(g.children()).hasSize(1);
    Level2Group c = g.children().get(0);
    assertThat(c.label()).isNull();
    assertThat(c.rows()).isEqualTo(PKG.departmentEvaluation().indicators().get(0).children().get(0).rows());
  }

  @Test
  void withoutTagsThePartialLineMarksTheFormPartialWithItsNote() throws Exception {
    SelfEvaluationForm d = importer.read(untagged(render(PKG)), PKG).departmentEvaluation();
    assertThat(d.partial()).isTrue();
    assertThat(d.partialNote()).isEqualTo("第2页缺失");
    assertThat(d.title()).isEqualTo("2023年度部门整体支出绩效自评表");
  }

  @Test
  void withoutTagsTheUnitComesFromTheFundsLabel() throws Exception {
    EvaluationPackage back = importer.read(untagged(render(PKG)), PKG);
    assertThat(back.departmentEvaluation().unit()).isEqualTo(io.github.jixiao.model.MoneyUnit.YUAN);
    assertThat(back.form("3-1").orElseThrow().unit()).isEqualTo(io.github.jixiao.model.MoneyUnit.YUAN);
    assertThat(back.form("3-1").orElseThrow().funds()).isEqualTo(PKG.form("3-1").orElseThrow().funds());
  }

  @Test
  void aNoteAndAGradeThatLookLikeEscapesComeBackAsWritten() throws Exception {
    SelfEvaluationForm d = PKG.departmentEvaluation();
    SelfEvaluationForm odd = new SelfEvaluationForm(d.label(), d.title(), null, d.name(), null, null, d.unit(), true,
        "_x0041_;=_x005F_", d.funds(), d.goals(), d.indicators(), d.totalWeight(), null, "_x005F_优", d.notes(),
        d.footer());
    EvaluationPackage pkg = new EvaluationPackage("1", 2023, PKG.department(), null, List.of(), null, odd, List.of(),
        null, List.of());
    SelfEvaluationForm back = importer.read(render(pkg), pkg).departmentEvaluation();
    assertThat(back.partialNote()).isEqualTo("_x0041_;=_x005F_");
    assertThat(back.reportedGrade()).isEqualTo("_x005F_优");
  }
}
