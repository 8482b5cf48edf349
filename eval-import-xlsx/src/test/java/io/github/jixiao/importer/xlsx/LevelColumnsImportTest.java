package io.github.jixiao.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.render.xlsx.testing.Cells;
import io.github.jixiao.render.xlsx.testing.Packages;
import io.github.jixiao.render.xlsx.testing.Seed;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Workbooks whose indicator table prints the levels' own 分值 and 得分 (issue 21) read back exactly, and
 * a figure a person changes in such a column, or in a group's merged 分值/得分, is the one read.
 */
class LevelColumnsImportTest {
  private final XlsxImporter importer = XlsxImporter.create();

  private static byte[] reported(EvaluationPackage pkg) {
    return Seed.render(pkg, Seed.evaluate(pkg), RenderMode.REPORTED);
  }

  @Test
  void levelColumnsReadBackToTheSamePackage() throws Exception {
    EvaluationPackage weights = Examples.load(Packages.LEVEL_WEIGHTS);
    assertThat(importer.read(reported(weights), weights)).isEqualTo(weights);
    EvaluationPackage scores = Packages.levelScoreColumns();
    assertThat(importer.read(reported(scores), scores)).isEqualTo(scores);
  }

  @Test
  void aChangedLevelWeightIsReadFromItsCellNotFromTheTag() throws Exception {
    EvaluationPackage pkg = Examples.load(Packages.LEVEL_WEIGHTS);
    byte[] edited = XlsxImporterTest.edit(reported(pkg), wb -> {
      Sheet s = wb.getSheet("附件1");
      String row = Cells.find(s, "在职人员控制率").substring(1);
      XlsxImporterTest.set(s, "C" + row, 14); // 投入's 分值
      XlsxImporterTest.set(s, "E" + row, 12); // 预算配置's 分值
    });
    var back = importer.read(edited, pkg).departmentEvaluation();
    assertThat(back.indicators().get(0).weight()).isEqualByComparingTo("14");
    assertThat(back.indicators().get(0).children().get(0).weight()).isEqualTo(ScoreCell.of(BigDecimal.valueOf(12)));
    assertThat(back.indicators().get(1).weight()).isEqualByComparingTo("61");
  }

  @Test
  void aChangedScoreOfAGroupScoredAsAWholeIsReadFromItsMergedCell() throws Exception {
    EvaluationPackage pkg = Examples.load(Examples.SAMPLE_GROUP_SCORED);
    byte[] edited = XlsxImporterTest.edit(reported(pkg), wb -> {
      Sheet s = wb.getSheet("附件1");
      String row = Cells.find(s, "从业人员技能水平").substring(1);
      XlsxImporterTest.set(s, "H" + row, 16); // 社会效益指标's 得分, merged beside its row
    });
    Level2Group social = importer.read(edited, pkg).projectEvaluations().get(0).indicators().get(1).children().get(0);
    assertThat(social.label()).isEqualTo("社会效益指标");
    assertThat(social.score()).isEqualTo(ScoreCell.of(BigDecimal.valueOf(16)));
    assertThat(social.weight()).isEqualTo(ScoreCell.of(BigDecimal.valueOf(20)));
  }
}
