package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * 附件1 部门整体支出绩效评价基础数据表 — the basic data table.
 *
 * @param label the attachment label ("1")
 * @param title the title as printed
 * @param unit the money unit the table prints (经费控制情况（万元）), or {@code null} for 万元
 * @param staffing 财政供养人员情况
 * @param spendingControl 经费控制情况, a tree of rows in printed order
 * @param buildings 楼堂馆所控制情况
 * @param savingMeasures 厉行节约保障措施
 * @param notes printed notes (说明)
 * @param footer the footer fields in printed order
 */
public record BasicDataTable(
    String label,
    @Nullable String title,
    @Nullable MoneyUnit unit,
    @Valid @Nullable Staffing staffing,
    List<@Valid ControlRow> spendingControl,
    @Valid @Nullable BuildingsBlock buildings,
    @Nullable String savingMeasures,
    List<String> notes,
    List<@Valid FooterField> footer) {
  /**
   * Checks that {@code label} is not blank; a {@code null} list becomes empty, lists are copied.
   *
   * @param label the attachment label ("1"), not blank
   * @param title the title as printed, or {@code null}
   * @param unit the money unit printed, or {@code null} for 万元
   * @param staffing 财政供养人员情况, or {@code null}
   * @param spendingControl 经费控制情况 rows; {@code null} for none
   * @param buildings 楼堂馆所控制情况, or {@code null}
   * @param savingMeasures 厉行节约保障措施, or {@code null}
   * @param notes printed notes; {@code null} for none
   * @param footer the footer fields; {@code null} for none
   * @throws FieldException when {@code label} is missing or blank or a list holds {@code null}
   */
  public BasicDataTable {
    Checks.text(label, "label");
    spendingControl = Checks.list(spendingControl, "spendingControl");
    notes = Checks.list(notes, "notes");
    footer = Checks.list(footer, "footer");
  }

  /**
   * A table in 万元, as the Hunan forms print it.
   *
   * @param label the attachment label ("1"), not blank
   * @param title the title as printed, or {@code null}
   * @param staffing 财政供养人员情况, or {@code null}
   * @param spendingControl 经费控制情况 rows; {@code null} for none
   * @param buildings 楼堂馆所控制情况, or {@code null}
   * @param savingMeasures 厉行节约保障措施, or {@code null}
   * @param notes printed notes; {@code null} for none
   * @param footer the footer fields; {@code null} for none
   */
  public BasicDataTable(String label, @Nullable String title, @Nullable Staffing staffing,
      @Nullable List<ControlRow> spendingControl, @Nullable BuildingsBlock buildings, @Nullable String savingMeasures,
      @Nullable List<String> notes, @Nullable List<FooterField> footer) {
    this(label, title, null, staffing, spendingControl, buildings, savingMeasures, notes, footer);
  }

  /**
   * The money unit in force: the one printed, or 万元.
   *
   * @return the unit of this table's amounts
   */
  public MoneyUnit moneyUnit() {
    return MoneyUnit.orDefault(unit);
  }

  /**
   * Every spending-control row, depth first in printed order.
   *
   * @return each top-level row of {@link #spendingControl()} followed by the rows below it
   */
  public Stream<ControlRow> allRows() {
    return spendingControl.stream().flatMap(ControlRow::flatten);
  }
}
