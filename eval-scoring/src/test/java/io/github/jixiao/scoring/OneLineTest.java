package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link FormEvaluator#oneLine} against the regular expression it replaced, on 10,000 generated texts. */
class OneLineTest {
  private static final String[] PIECES = {"产出", "指标", " ", "\t", "\n", "\r\n", "\u000B", "\f", "\u3000", "a", "1", "。", "  \n  "};

  @Test
  void oneLineJoinsLinesAsTheRegularExpressionDid() {
    Random master = new Random(20231231L);
    for (int i = 0; i < 10_000; i++) {
      long seed = master.nextLong();
      Random r = new Random(seed);
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(15); k > 0; k--) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      assertThat(FormEvaluator.oneLine(text)).as("case %d (seed %d): [%s]", i, seed, text)
          .isEqualTo(text.replaceAll("\\s*\\n\\s*", " "));
    }
  }
}
