package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreCellTest {

  @Test
  void numericCellKeepsTheScaleAsPrinted() {
    ScoreCell cell = ScoreCell.of("99.50");
    assertThat(cell.value()).isEqualTo(new BigDecimal("99.50"));
    assertThat(cell.toString()).isEqualTo("99.50");
    assertThat(cell.isMark()).isFalse();
  }

  @Test
  void markCellHoldsTheNotApplicableWord() {
    ScoreCell cell = ScoreCell.mark("不适用");
    assertThat(cell.isMark()).isTrue();
    assertThat(cell.value()).isNull();
    assertThat(cell.toString()).isEqualTo("不适用");
  }

  @Test
  void wordsThatAreNotMarksAreRejectedWithTheValueInTheMessage() {
    assertThatThrownBy(() -> ScoreCell.mark("十"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'十'")
        .hasMessageContaining("无");
  }

  @Test
  void aCellIsEitherNumberOrMarkNeverBoth() {
    assertThatThrownBy(() -> new ScoreCell(BigDecimal.TEN, "无")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoreCell(null, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
