package io.github.jixiao.model;

import io.github.jixiao.model.constraint.DecimalMax;
import io.github.jixiao.model.constraint.DecimalMin;
import io.github.jixiao.model.constraint.NotBlank;
import io.github.jixiao.model.constraint.Points;
import io.github.jixiao.model.constraint.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * 绩效自评表 — a self-evaluation form: the department-wide form (附件2 部门整体支出绩效自评表) or a
 * project form (附件3-n 项目支出绩效自评表). Both share this shape; the department form has no
 * project and carries the funds splits.
 *
 * @param label the attachment label as printed without "附件" ("2", "3-1")
 * @param title the form's title ("2023年度项目支出绩效自评表")
 * @param projectId the project this form evaluates (project forms only)
 * @param name 项目支出名称 or 预算部门名称, as printed
 * @param supervisingDepartment 主管部门, or {@code null} when blank
 * @param implementingUnit 实施单位, or {@code null} when blank
 * @param unit the money unit the form prints (项目资金（万元）/（元）), or {@code null} for 万元
 * @param partial whether the form as received is incomplete (a page missing, a table cut off)
 * @param partialNote what is missing, as noted by whoever transcribed it, or {@code null}
 * @param funds the funds block
 * @param goals 年度总体目标 rows
 * @param indicators the indicator table, level-1 groups in printed order
 * @param totalWeight the weight printed in the 总分 row (usually 100)
 * @param reportedTotal the printed 总分, or {@code null} when blank
 * @param reportedGrade the 等级 the form prints (自评等级, 评价结果), or {@code null}
 * @param notes printed notes under the table (备注, 说明)
 * @param footer the footer fields in printed order
 * @param framework the indicator framework the table follows ({@code "self-2021"}, {@code "evaluation-2020"},
 *     see {@code docs/FORMAT.md}), or {@code null} for the self-evaluation tree of 产出/效益/成本/满意度
 * @param indicatorsLabel a band printed above the indicator table, as printed ("年度绩效目标1（80分）"), or
 *     {@code null}
 * @param indicatorsWeight the weight that band prints (the 80), or {@code null}
 */
public record SelfEvaluationForm(
    @NotBlank(message = "附件标号不能为空 / label is required") String label,
    @Nullable String title,
    @Nullable String projectId,
    @NotBlank(message = "名称不能为空 / name is required") String name,
    @Nullable String supervisingDepartment,
    @Nullable String implementingUnit,
    @Nullable MoneyUnit unit,
    boolean partial,
    @Nullable String partialNote,
    @Valid FundsBlock funds,
    List<@Valid Goal> goals,
    List<@Valid Level1Group> indicators,
    @Points(max = 100) @Nullable ScoreCell totalWeight,
    @Points @Nullable ScoreCell reportedTotal,
    @Nullable String reportedGrade,
    List<String> notes,
    List<@Valid FooterField> footer,
    @Nullable String framework,
    @Nullable String indicatorsLabel,
    @DecimalMin(value = "0", message = "指标分值不能为负数 / the indicators' weight must not be negative")
        @DecimalMax(value = "100", message = "指标分值不能超过100 / the indicators' weight must not exceed 100")
        @Nullable BigDecimal indicatorsWeight) {

  /**
   * Checks that {@code label} and {@code name} are not blank, {@code projectId} (if given) is a
   * lowercase id and {@code funds} is present; a {@code null} list becomes empty, lists are copied.
   *
   * @param label the attachment label without "附件" ("2", "3-1"), not blank
   * @param title the form's title, or {@code null}
   * @param projectId the project's id (letters, digits and '-', lowercase), or {@code null}
   * @param name 项目支出名称 or 预算部门名称, not blank
   * @param supervisingDepartment 主管部门, or {@code null}
   * @param implementingUnit 实施单位, or {@code null}
   * @param unit the money unit printed, or {@code null} for 万元
   * @param partial whether the form as received is incomplete
   * @param partialNote what is missing, or {@code null}
   * @param funds the funds block, required
   * @param goals 年度总体目标 rows; {@code null} for none
   * @param indicators the level-1 groups; {@code null} for none
   * @param totalWeight the weight printed in the 总分 row, or {@code null}
   * @param reportedTotal the printed 总分, or {@code null}
   * @param reportedGrade the printed 等级, or {@code null}
   * @param notes printed notes; {@code null} for none
   * @param footer the footer fields; {@code null} for none
   * @param framework the indicator framework's id, or {@code null} for the self-evaluation tree
   * @param indicatorsLabel the band above the indicator table as printed, or {@code null}
   * @param indicatorsWeight the band's weight, or {@code null}
   * @throws FieldException when a required value is missing or blank, the project id is malformed
   *     or a list holds {@code null}
   */
  public SelfEvaluationForm {
    Checks.text(label, "label");
    Checks.optionalId(projectId, "projectId");
    Checks.text(name, "name");
    Checks.required(funds, "funds");
    goals = Checks.list(goals, "goals");
    indicators = Checks.list(indicators, "indicators");
    notes = Checks.list(notes, "notes");
    footer = Checks.list(footer, "footer");
  }

  /**
   * A form of the self-evaluation tree (no framework named) with no band above its indicator table.
   *
   * @param label the attachment label without "附件" ("2", "3-1"), not blank
   * @param title the form's title, or {@code null}
   * @param projectId the project's id, or {@code null}
   * @param name 项目支出名称 or 预算部门名称, not blank
   * @param supervisingDepartment 主管部门, or {@code null}
   * @param implementingUnit 实施单位, or {@code null}
   * @param unit the money unit printed, or {@code null} for 万元
   * @param partial whether the form as received is incomplete
   * @param partialNote what is missing, or {@code null}
   * @param funds the funds block, required
   * @param goals 年度总体目标 rows; {@code null} for none
   * @param indicators the level-1 groups; {@code null} for none
   * @param totalWeight the weight printed in the 总分 row, or {@code null}
   * @param reportedTotal the printed 总分, or {@code null}
   * @param reportedGrade the printed 等级, or {@code null}
   * @param notes printed notes; {@code null} for none
   * @param footer the footer fields; {@code null} for none
   */
  public SelfEvaluationForm(String label, @Nullable String title, @Nullable String projectId, String name,
      @Nullable String supervisingDepartment, @Nullable String implementingUnit, @Nullable MoneyUnit unit,
      boolean partial, @Nullable String partialNote, FundsBlock funds, @Nullable List<Goal> goals,
      @Nullable List<Level1Group> indicators, @Nullable ScoreCell totalWeight, @Nullable ScoreCell reportedTotal,
      @Nullable String reportedGrade, @Nullable List<String> notes, @Nullable List<FooterField> footer) {
    this(label, title, projectId, name, supervisingDepartment, implementingUnit, unit, partial, partialNote, funds,
        goals, indicators, totalWeight, reportedTotal, reportedGrade, notes, footer, null, null, null);
  }

  /**
   * A complete form in 万元 with no printed grade, as the Hunan forms are.
   *
   * @param label the attachment label without "附件" ("2", "3-1"), not blank
   * @param title the form's title, or {@code null}
   * @param projectId the project's id, or {@code null}
   * @param name 项目支出名称 or 预算部门名称, not blank
   * @param supervisingDepartment 主管部门, or {@code null}
   * @param implementingUnit 实施单位, or {@code null}
   * @param funds the funds block, required
   * @param goals 年度总体目标 rows; {@code null} for none
   * @param indicators the level-1 groups; {@code null} for none
   * @param totalWeight the weight printed in the 总分 row, or {@code null}
   * @param reportedTotal the printed 总分, or {@code null}
   * @param notes printed notes; {@code null} for none
   * @param footer the footer fields; {@code null} for none
   */
  public SelfEvaluationForm(String label, @Nullable String title, @Nullable String projectId, String name,
      @Nullable String supervisingDepartment, @Nullable String implementingUnit, FundsBlock funds,
      @Nullable List<Goal> goals, @Nullable List<Level1Group> indicators, @Nullable ScoreCell totalWeight,
      @Nullable ScoreCell reportedTotal, @Nullable List<String> notes, @Nullable List<FooterField> footer) {
    this(label, title, projectId, name, supervisingDepartment, implementingUnit, null, false, null, funds, goals,
        indicators, totalWeight, reportedTotal, null, notes, footer);
  }

  /**
   * The band printed above the indicator table, as a renderer prints it: its label as printed, or
   * "绩效指标（80分）" when only its weight is known.
   *
   * @return the band's text, or {@code null} when the form has no band
   */
  public @Nullable String band() {
    if (indicatorsLabel != null) {
      return indicatorsLabel;
    }
    return indicatorsWeight == null ? null : "绩效指标（" + indicatorsWeight.toPlainString() + "分）";
  }

  /**
   * The 分值 and 得分 columns the indicator table prints for its levels (a Hainan 评分表's 一级 and
   * 二级 分值), beside the rows' own.
   *
   * @return the level columns, {@link LevelColumns#NONE} for the usual table
   */
  public LevelColumns levelColumns() {
    return LevelColumns.of(this);
  }

  /**
   * Whether the form is a 评分表: a scoring sheet whose rows are scored against written rules, not against
   * a target and an actual value. Its rows print 评价标准 or 指标说明; or, as the Hainan 项目决策/项目管理/
   * 项目绩效 tables do, it prints a 分值 for its level-2 groups and no row fills 年度指标值, 实际完成值 or
   * 偏差原因 (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分).
   *
   * @return {@code true} when some row has {@code criteria} or {@code explanation}, or some level-2 group a
   *     {@code weight} while no row has a {@code target}, {@code actual} or {@code deviationReason}
   */
  public boolean isScoringSheet() {
    if (rows().anyMatch(r -> r.criteria() != null || r.explanation() != null)) {
      return true;
    }
    boolean level2Weights = indicators.stream().flatMap(g -> g.children().stream()).anyMatch(c -> c.weight() != null);
    return level2Weights && rows().noneMatch(r -> r.target() != null || r.actual() != null || r.deviationReason() != null);
  }

  /**
   * Whether the form prints a funds block (项目资金 / 年度预算申请): every form does, blank or not,
   * except a {@linkplain #isScoringSheet() 评分表} that has no funds figures — the evaluation 评分表 print none.
   *
   * @return {@code false} only for a 评分表 without funds rows or splits
   */
  public boolean printsFunds() {
    return !funds.rows().isEmpty() || !funds.byIncome().isEmpty() || !funds.byExpenditure().isEmpty()
        || !isScoringSheet();
  }

  /**
   * Whether the form prints a 年度总体目标 block: every form does, blank or not, except a
   * {@linkplain #isScoringSheet() 评分表} without goals.
   *
   * @return {@code false} only for a 评分表 without goals
   */
  public boolean printsGoals() {
    return !goals.isEmpty() || !isScoringSheet();
  }

  /**
   * Which of 年度指标值, 实际完成值 and 偏差原因 the indicator table prints: all three, except on a
   * 评分表, which prints only those some row fills.
   *
   * @return the result columns, {@link ResultColumns#ALL} for the usual table
   */
  public ResultColumns resultColumns() {
    return ResultColumns.of(this);
  }

  /**
   * The money unit in force: the one printed, or 万元.
   *
   * @return the unit of this form's amounts
   */
  public MoneyUnit moneyUnit() {
    return MoneyUnit.orDefault(unit);
  }

  /**
   * Every 三级指标 row of the indicator table in printed order, across all level-1 and level-2 groups.
   *
   * @return the level-3 rows, blank rows included
   */
  public Stream<IndicatorRow> rows() {
    return indicators.stream().flatMap(g -> g.children().stream()).flatMap(g -> g.rows().stream());
  }

  /**
   * The 年度资金总额 row of the funds block, if printed.
   *
   * @return the first row of kind {@link FundsRowKind#TOTAL}, or empty
   */
  public Optional<FundsRow> totalFunds() {
    return funds.row(FundsRowKind.TOTAL);
  }

  /**
   * Whether the indicators are a flat list (docs/FORMAT.md): one level-1 group and one level-2
   * group, both without indicator, label and weight, as some 部门整体 forms print them without the
   * 一级/二级 columns.
   *
   * @return {@code true} for a flat list
   */
  public boolean isFlatList() {
    if (indicators.size() != 1) {
      return false;
    }
    Level1Group g = indicators.get(0);
    return g.indicator() == null && g.label() == null && g.weight() == null && g.children().size() == 1
        && g.children().get(0).indicator() == null && g.children().get(0).label() == null;
  }
}
