package io.github.jixiao.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fill-in template filled in by a script (openpyxl) and never opened in Excel: its formulas
 * (年度资金总额, 执行率, 得分) have no saved result. Each is a problem naming its cell, never a 0.
 */
class OpenpyxlWorkbookTest {

  @Test
  void formulasAScriptSavedWithoutResultsAreProblemsNamingTheirCellsNeverZero() throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("openpyxl-filled-template.xlsx")) {
      bytes = in.readAllBytes();
    }
    InvalidPackageException e = catchThrowableOfType(InvalidPackageException.class,
        () -> XlsxImporter.create().read(bytes, null));
    assertThat(e).as("a workbook whose formulas have no saved results must not import").isNotNull();
    List<String> messages = e.problems().stream().map(Problem::message).toList();
    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("附件3-1!D6: ").contains("公式没有保存的计算结果，请在 Excel/WPS 中打开并保存后再导入"));
    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("附件3-1!H6: "));
    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("附件3-1!I6: "));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/projectEvaluations/0/funds/rows/0/initialBudget"));
  }
}
