package io.github.jixiao.importer;

import io.github.jixiao.model.FundSplitKind;
import io.github.jixiao.model.FundsRowKind;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one province's (or the national) self-evaluation form is printed, as data: the words that
 * recognise it and, for each block of the form, the labels of its rows and columns with their
 * synonyms, in the order the form prints them. A layout is read from a JSON file (the shipped
 * ones are resources; {@code --layout-file} adds one); {@code docs/LAYOUTS.md} documents the
 * fields.
 *
 * <p>Labels are compared after {@link Labels#squash squashing}: white space removed, full-width
 * letters, digits and brackets made half-width, so "项目资金 （万元）" matches "项目资金(万元)". The
 * first label of each list is the one the form prints; the others are synonyms found on other
 * forms of the same province.
 *
 * @param id the layout's id ({@code hubei}, {@code national-2021}): lower-case letters, digits, '-'
 * @param name what it is, in Chinese ("湖北省项目支出绩效自评表（2019—）")
 * @param province the province, or {@code null} for the national template
 * @param form {@code project} (项目支出) or {@code department} (部门整体支出)
 * @param source where the layout was taken from (the corpus forms, a notice)
 * @param title the form's title as printed and the words that recognise it
 * @param unit the money unit when no header names one (万元 or 元)
 * @param header the fields above the funds, row by row
 * @param funds the funds block
 * @param goals the annual goals block, or {@code null} when the form has none
 * @param indicators the indicator table
 * @param footer the labels printed under the table (填表人, 联系电话, 填报日期 …)
 * @param profile the scoring profile of the province ({@code jixiao profiles}) a package read in
 *     this layout names, or {@code null} for the default
 * @param framework the indicator framework the printed table follows ({@code "evaluation-2011"} for the
 *     Hainan 项目决策/项目管理/项目绩效 table, see {@code docs/FORMAT.md}), which every form read in this layout
 *     names; {@code null} for the self-evaluation tree
 */
public record Layout(
    String id,
    String name,
    @Nullable String province,
    String form,
    @Nullable String source,
    Title title,
    @Nullable String unit,
    List<List<Field>> header,
    Funds funds,
    @Nullable Goals goals,
    Indicators indicators,
    List<String> footer,
    @Nullable String profile,
    @Nullable String framework) {

    /**
   * Checks what every layout needs.
   *
   * @param id see the record
   * @param name see the record
   * @param province see the record
   * @param form see the record
   * @param source see the record
   * @param title see the record
   * @param unit see the record
   * @param header see the record
   * @param funds see the record
   * @param goals see the record
   * @param indicators see the record
   * @param footer see the record
   * @param profile see the record
   * @param framework see the record
   */
  public Layout {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(title, "title");
    header = header == null ? List.of() : header.stream().map(List::copyOf).toList();
    Objects.requireNonNull(funds, "funds");
    Objects.requireNonNull(indicators, "indicators");
    footer = footer == null ? List.of() : List.copyOf(footer);
  }

  /** @return whether this is a 部门整体 form (附件2) rather than a project form */
  public boolean departmentForm() {
    return form.equals("department");
  }

  /**
   * The title.
   *
   * @param printed the title as the form prints it after the year ("项目支出绩效自评表")
   * @param words words one of which a title must contain to start a form of this layout
   */
  public record Title(String printed, List<String> words) {
        /**
     * Copies.
     *
     * @param printed see the record
     * @param words see the record
     */
    public Title {
      Objects.requireNonNull(printed, "printed");
      words = words == null || words.isEmpty() ? List.of(printed) : List.copyOf(words);
    }
  }

  /**
   * A labelled field of the header block: its label cell and the value cell(s) right of it.
   *
   * @param field {@code name}, {@code supervisingDepartment}, {@code implementingUnit}
   * @param labels the label as printed, then its synonyms
   */
  public record Field(String field, List<String> labels) {
        /**
     * Copies.
     *
     * @param field see the record
     * @param labels see the record
     */
    public Field {
      Objects.requireNonNull(field, "field");
      labels = List.copyOf(labels);
    }
  }

  /**
   * A column of the funds block or the indicator table.
   *
   * @param field the field its cells fill ({@code annualBudget}, {@code target} …), or {@code null}
   *     for a printed column jixiao keeps no field for (评价标准, 得分计算方法): read, reported as
   *     left unread
   * @param labels the header as printed, then its synonyms; a header over two rows (年度指标值 above
   *     指标性质 | 指标值 | 度量单位) is matched by its lower cell
   * @param group the label printed above this column and its neighbours in a two-row header
   *     ("年度指标值"), or {@code null}
   */
  public record Column(@Nullable String field, List<String> labels, @Nullable String group) {
        /**
     * Copies.
     *
     * @param field see the record
     * @param labels see the record
     * @param group see the record
     */
    public Column {
      labels = List.copyOf(labels);
    }
  }

  /**
   * The funds block (项目资金 / 预算执行情况).
   *
   * @param labels the block's side label ("项目资金（万元）"), then synonyms
   * @param columns the amount columns, in printed order
   * @param rows the rows, in printed order
   * @param splits the 部门整体 split rows (按收入性质分 / 按支出性质分), or {@code null}
   */
  public record Funds(List<String> labels, List<Column> columns, List<Row> rows, @Nullable Splits splits) {
        /**
     * Copies.
     *
     * @param labels see the record
     * @param columns see the record
     * @param rows see the record
     * @param splits see the record
     */
    public Funds {
      labels = List.copyOf(labels);
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /**
   * A funds row.
   *
   * @param kind what it holds
   * @param labels its label as printed, then synonyms
   */
  public record Row(FundsRowKind kind, List<String> labels) {
        /**
     * Copies.
     *
     * @param kind see the record
     * @param labels see the record
     */
    public Row {
      Objects.requireNonNull(kind, "kind");
      labels = List.copyOf(labels);
    }
  }

  /**
   * The 部门整体 funds splits: one row per source, income on the left and expenditure on the right.
   *
   * @param income the income side's heading ("按收入性质分")
   * @param expenditure the expenditure side's heading ("按支出性质分")
   * @param kinds the sources each side lists, in printed order (income kinds, then expenditure kinds)
   */
  public record Splits(List<String> income, List<String> expenditure, List<FundSplitKind> kinds) {
        /**
     * Copies.
     *
     * @param income see the record
     * @param expenditure see the record
     * @param kinds see the record
     */
    public Splits {
      income = List.copyOf(income);
      expenditure = List.copyOf(expenditure);
      kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }
  }

  /**
   * The annual goals block.
   *
   * @param labels the block's side label ("年度总体目标")
   * @param expected the expected-goal column's header ("预期目标")
   * @param actual the actual column's header ("实际完成情况")
   */
  public record Goals(List<String> labels, List<String> expected, List<String> actual) {
        /**
     * Copies.
     *
     * @param labels see the record
     * @param expected see the record
     * @param actual see the record
     */
    public Goals {
      labels = List.copyOf(labels);
      expected = List.copyOf(expected);
      actual = List.copyOf(actual);
    }
  }

  /**
   * The indicator table.
   *
   * @param labels the side label of the table ("绩效指标"), empty when it has none
   * @param columns the columns in printed order: {@code level1}, {@code level1Weight}, {@code
   *     level2}, {@code name}, {@code target}, {@code adjustedTarget}, {@code actual}, {@code
   *     unitOfMeasure}, {@code nature}, {@code weight}, {@code scoreCoefficient}, {@code score},
   *     {@code core}, {@code deviationReason}; without {@code level1} and {@code level2} the
   *     table is a flat list
   * @param total the total row's label ("总分"), then synonyms
   */
  public record Indicators(List<String> labels, List<Column> columns, List<String> total) {
        /**
     * Copies.
     *
     * @param labels see the record
     * @param columns see the record
     * @param total see the record
     */
    public Indicators {
      labels = labels == null ? List.of() : List.copyOf(labels);
      columns = List.copyOf(columns);
      total = List.copyOf(total);
    }

    /** @return whether the table has no 一级/二级 columns */
    public boolean flatList() {
      return columns.stream().noneMatch(c -> "level1".equals(c.field()) || "level2".equals(c.field()));
    }
  }
}
