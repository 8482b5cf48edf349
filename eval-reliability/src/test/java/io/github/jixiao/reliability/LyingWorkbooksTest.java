package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.importer.Intake;
import io.github.jixiao.importer.office.GridCell;
import io.github.jixiao.importer.office.OfficeDocument;
import io.github.jixiao.importer.office.OfficeLimits;
import io.github.jixiao.importer.office.XlsxReader;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, class 5: workbooks that lie. A number beyond what a form holds, a date typed into an
 * amount cell (formatted as a date, or written as an ISO date cell), a text cell pointing past the
 * table of shared texts, a number cell holding no number, error cells, formulas without saved values,
 * a form sheet deleted while 汇总 still lists it: each is a problem at its cell ({@code 附件3-1!F6: …})
 * from jixiao's own importer and through the intake ({@code jixiao import}, exit 1), never a silent
 * value, never a package whose JSON the reader then refuses. The reader of workbooks in any layout
 * marks the damaged cells it cannot read instead of reading them as empty.
 */
class LyingWorkbooksTest {
  private static final XlsxImporter IMPORTER = XlsxImporter.create();
  private static final Fuzz.Bounded BOUNDED = new Fuzz.Bounded(Duration.ofSeconds(20));
  private static final String AMOUNT = "附件3-1!F6: "; // 全年执行数 of the 年度资金总额 row

  static EvaluationPackage pkg;
  static byte[] base;

  @BeforeAll
  static void setUp() {
    pkg = Workbooks.oneForm();
    base = Workbooks.render(pkg);
  }

  @AfterAll
  static void tearDown() {
    BOUNDED.close();
  }

  @Test
  void theUntouchedWorkbookImportsAsThePackage() throws Exception {
    assertThat(IMPORTER.read(base, pkg)).isEqualTo(pkg);
  }

  @Test
  void aNumberBeyondWhatAFormHoldsIsAProblemAtItsCellNotJsonTheReaderRefuses() {
    byte[] huge = CellSurgery.cell(base, "附件3-1", "F6", "", "<v>1E+308</v>");
    byte[] exponent = CellSurgery.cell(base, "附件3-1", "F6", " t=\"inlineStr\"", "<is><t>1E+999999999</t></is>");

    assertThat(problems(huge)).containsExactly(AMOUNT + "数值超出范围 / the number 1E+308 is out of range: at most 15 "
        + "digits before the decimal point and 10 after");
    assertThat(problems(exponent)).containsExactly(AMOUNT + "数值超出范围 / the number 1E+999999999 is out of range: at "
        + "most 15 digits before the decimal point and 10 after");
    assertThat(intake(huge)).containsExactly(AMOUNT + "数值超出范围 / the number 1E+308 is out of range: at most 15 "
        + "digits before the decimal point and 10 after");
  }

  @Test
  void aDateTypedIntoAnAmountCellIsAProblemNeverADayCount() {
    CellSurgery.Styled dated = CellSurgery.withNumberFormat(base, 14); // m/d/yyyy
    byte[] formatted = CellSurgery.cell(dated.xlsx(), "附件3-1", "F6", " s=\"" + dated.style() + "\"", "<v>45047</v>");
    byte[] iso = CellSurgery.cell(base, "附件3-1", "F6", " t=\"d\"", "<v>2023-05-01T00:00:00</v>");

    assertThat(problems(formatted)).singleElement().asString()
        .startsWith(AMOUNT + "全年执行数 holds a date, ").endsWith(", not a number: type the figure (日期不是数字)");
    assertThat(problems(iso)).containsExactly(AMOUNT + "全年执行数 holds a date, 2023-05-01 00:00:00, not a number: type "
        + "the figure (日期不是数字)");
    assertThat(intake(iso)).hasSize(1);
  }

  @Test
  void aTextCellPointingPastTheSharedTextsIsAProblemNotABlankCell() {
    byte[] damaged = CellSurgery.cell(base, "附件3-1", "F6", " t=\"s\"", "<v>99999</v>");

    assertThat(problems(damaged)).singleElement().asString().startsWith(AMOUNT + "the cell refers to shared text No. "
        + "99999, but the workbook has ").endsWith(" shared texts: the file is damaged, the cell's text is lost "
        + "(文件已损坏，单元格文字缺失)");
    assertThat(intake(damaged)).hasSize(1);
    GridCell cell = gridCell(damaged, "附件3-1!F6");
    assertThat(cell.kind()).isEqualTo(GridCell.Kind.DAMAGED);
    assertThat(cell.raw()).contains("shared text No. 99999");
  }

  @Test
  void aNumberCellHoldingNoNumberIsAProblemNotACrash() {
    byte[] inf = CellSurgery.cell(base, "附件3-1", "F6", "", "<v>INF</v>");

    assertThat(problems(inf)).containsExactly(AMOUNT + "全年执行数 is not a number (不是数字)");
    assertThat(gridCell(inf, "附件3-1!F6").kind()).isEqualTo(GridCell.Kind.DAMAGED);
  }

  @Test
  void errorCellsAndFormulasWithoutSavedValuesAreProblemsAtTheirCells() {
    byte[] div = CellSurgery.cell(base, "附件3-1", "F6", " t=\"e\"", "<f>D6/0</f><v>#DIV/0!</v>");
    byte[] ref = CellSurgery.cell(base, "附件3-1", "F6", " t=\"e\"", "<v>#REF!</v>");
    byte[] unsaved = CellSurgery.cell(base, "附件3-1", "F6", "", "<f>SUM(D6:E6)</f>");

    assertThat(problems(div)).containsExactly(AMOUNT + "全年执行数 shows an error #DIV/0! (单元格显示错误值)");
    assertThat(problems(ref)).containsExactly(AMOUNT + "全年执行数 shows an error #REF! (单元格显示错误值)");
    assertThat(problems(unsaved)).singleElement().asString().startsWith(AMOUNT + "全年执行数: 公式没有保存的计算结果");
  }

  @Test
  void aFormSheetDeletedWhileTheSummaryListsItIsAProblemAtTheSummaryRow() {
    EvaluationPackage seed = io.github.jixiao.examples.Examples.miluo2023();
    byte[] full = Workbooks.render(seed);
    byte[] deleted = CellSurgery.withoutSheet(full, "附件3-5");

    List<String> problems = problems(deleted);
    assertThat(problems).singleElement().asString().matches("汇总!B\\d+: 汇总 lists 附件3-5 .*, but no sheet of the "
        + "workbook holds that form: .*");
  }

  @Test
  void aLongTextOfOneCharacterIsReadOrRefusedByTheTextLimitNeverAsAZipBomb() throws Exception {
    byte[] fits = CellSurgery.cell(base, "附件3-1", "E16", " t=\"inlineStr\"", "<is><t>" + "一".repeat(30_000) + "</t></is>");
    byte[] tooLong = CellSurgery.cell(base, "附件3-1", "E16", " t=\"inlineStr\"", "<is><t>" + "一".repeat(40_000)
        + "</t></is>");
    assertThat(tooLong.length).as("a small workbook that inflates a thousandfold in one part").isLessThan(40_000);

    EvaluationPackage read = IMPORTER.read(fits, pkg);
    assertThat(read.projectEvaluations().get(0).toString()).contains("一".repeat(30_000));
    Fuzz.roundTrips(read);
    assertThat(problems(tooLong)).singleElement().asString().startsWith("附件3-1!E16: 文字过长 / the text has 40,000 "
        + "characters, more than the 32,767 a cell holds");
  }

  /** The problems jixiao's importer reports, each message (the cell first); fails on anything else. */
  static List<String> problems(byte[] xlsx) {
    Fuzz.Outcome o = BOUNDED.run(() -> IMPORTER.read(xlsx, pkg));
    assertThat(o.timedOut()).isFalse();
    assertThat(o.thrown()).as("located problems, not %s", o.thrown()).isInstanceOf(InvalidPackageException.class);
    return ((InvalidPackageException) o.thrown()).problems().stream().map(Problem::message).toList();
  }

  /** The problems of {@code jixiao import}'s intake (the jixiao workbook path), which must have no package. */
  static List<String> intake(byte[] xlsx) {
    Fuzz.Outcome o = BOUNDED.run(() -> Intake.create().read(xlsx, "x.xlsx", pkg));
    assertThat(o.timedOut()).isFalse();
    assertThat(o.thrown()).isNull();
    Intake.Result r = (Intake.Result) o.value();
    assertThat(r.pkg()).isNull();
    return r.problems().stream().map(Problem::message).toList();
  }

  /** A cell as the reader of workbooks in any layout gives it. */
  static GridCell gridCell(byte[] xlsx, String ref) {
    try {
      OfficeDocument doc = XlsxReader.create(OfficeLimits.defaults()).read(xlsx);
      return doc.blocks().stream().filter(b -> b instanceof io.github.jixiao.importer.office.Grid)
          .flatMap(b -> ((io.github.jixiao.importer.office.Grid) b).rows().stream()).flatMap(List::stream)
          .filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
    } catch (io.github.jixiao.importer.office.OfficeRejectedException e) {
      throw new AssertionError(e);
    }
  }
}
