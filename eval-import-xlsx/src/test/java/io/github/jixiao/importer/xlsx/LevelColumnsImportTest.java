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

  /**
   * The package read back from its workbook after a person typed numbers on 附件1's row of {@code name}:
   * pairs of a column letter and the number.
   */
  private EvaluationPackage readChanged(EvaluationPackage pkg, String name, Object... columnsAndNumbers)
      throws Exception {
    byte[] edited = XlsxImporterTest.edit(reported(pkg), wb -> {
      Sheet s = wb.getSheet("附件1");
      String row = Cells.find(s, name).substring(1);
      for (int i = 0; i < columnsAndNumbers.length; i += 2) {
        XlsxImporterTest.set(s, columnsAndNumbers[i] + row, columnsAndNumbers[i + 1]);
      }
    });
    return importer.read(edited, pkg);
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
    // 投入's 分值 (C) and 预算配置's (E), on the row of 在职人员控制率
    var back = readChanged(pkg, "在职人员控制率", "C", 14, "E", 12).departmentEvaluation();
    assertThat(back.indicators().get(0).weight()).isEqualByComparingTo("14");
    assertThat(back.indicators().get(0).children().get(0).weight()).isEqualTo(ScoreCell.of(BigDecimal.valueOf(12)));
    assertThat(back.indicators().get(1).weight()).isEqualByComparingTo("61");
  }

  @Test
  void aChangedScoreOfAGroupScoredAsAWholeIsReadFromItsMergedCell() throws Exception {
    EvaluationPackage pkg = Examples.load(Examples.SAMPLE_GROUP_SCORED);
    // 社会效益指标's 得分 (H), merged beside its one row
    Level2Group social = readChanged(pkg, "从业人员技能水平", "H", 16).projectEvaluations().get(0).indicators().get(1)
        .children().get(0);
    assertThat(social.label()).isEqualTo("社会效益指标");
    assertThat(social.score()).isEqualTo(ScoreCell.of(BigDecimal.valueOf(16)));
    assertThat(social.weight()).isEqualTo(ScoreCell.of(BigDecimal.valueOf(20)));
  }
}
