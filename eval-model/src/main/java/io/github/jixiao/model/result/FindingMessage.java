package io.github.jixiao.model.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 审核意见模板 — the message templates of the finding codes, in Chinese and English. Every finding's
 * text is one of these filled in: a code with several wordings (a score above its weight on the
 * execution row or on an indicator row, a report stating a budget or a score …) has one template
 * per wording.
 *
 * <p>A template names its placeholders in braces, {@code "总分 {total} 分与各项得分合计 {scores} 分不符"};
 * a placeholder may appear in one language only (the column's Chinese name in one, its JSON field
 * in the other). {@link #with(String, Object)} fills one in and gives a {@link FindingText};
 * formatting fails on a placeholder given twice, on a name the template does not have and on a
 * placeholder left without a value.
 *
 * <pre>{@code
 * FindingText text = FindingMessage.TOTAL_MISMATCH.with("total", "99").with("scores", "109");
 * text.zh();   // 总分 99 分与各项得分合计 109 分不符
 * }</pre>
 */
public enum FindingMessage {
  // ---- SCORE_EXCEEDS_WEIGHT
  /** The execution score (预算执行率 得分) above its weight. */
  EXECUTION_SCORE_EXCEEDS_WEIGHT(FindingCode.SCORE_EXCEEDS_WEIGHT,
      "预算执行得分 {score} 分超过分值 {weight} 分",
      "the execution score {score} exceeds its weight {weight}"),
  /** An indicator row's score above its weight. */
  ROW_SCORE_EXCEEDS_WEIGHT(FindingCode.SCORE_EXCEEDS_WEIGHT,
      "得分 {score} 分超过分值 {weight} 分",
      "the score {score} exceeds the weight {weight}"),

  /** A group's printed score (a level-2 group scored as a whole, a level-1 group) above its weight. */
  GROUP_SCORE_EXCEEDS_WEIGHT(FindingCode.SCORE_EXCEEDS_WEIGHT,
      "{group} 得分 {score} 分超过分值 {weight} 分",
      "{group} scores {score}, more than its weight {weight}"),
  /** An indicator row that is the budget execution scores more than its weight. */
  EXECUTION_ROW_SCORE_EXCEEDS_WEIGHT(FindingCode.SCORE_EXCEEDS_WEIGHT,
      "预算执行率（指标行）得分 {score} 分超过分值 {weight} 分",
      "the execution row scores {score}, more than its weight {weight}"),

  // ---- WEIGHTS_NOT_100
  /** The execution weight and the row weights do not add up to the weight printed in the 总分 row. */
  WEIGHTS_NOT_100(FindingCode.WEIGHTS_NOT_100,
      "各项分值合计 {weights} 分（计算），与表中总分分值 {total} 分不符",
      "the weights add up to {weights} (computed), not to the total weight {total} printed in the 总分 row"),
  /** The weights do not add up to 100 and the 总分 row prints no weight. */
  WEIGHTS_NOT_DEFAULT_100(FindingCode.WEIGHTS_NOT_100,
      "各项分值合计 {weights} 分（计算），总分分值未填，应为 {total} 分",
      "the weights add up to {weights} (computed); the 总分 row prints no weight, {total} expected"),

  // ---- LEVEL1_WEIGHT_MISMATCH
  /** A level-1 label's "（30分）" differs from its rows' weights. */
  LEVEL1_LABEL_NOT_ITS_ROWS(FindingCode.LEVEL1_WEIGHT_MISMATCH,
      "{group} 标注 {printed} 分，其下三级指标分值合计 {rows} 分",
      "{group} is labelled {printed} points but its rows' weights add up to {rows}"),
  /** A level-1 group's weight differs from the profile's. */
  LEVEL1_WEIGHT_NOT_PROFILE(FindingCode.LEVEL1_WEIGHT_MISMATCH,
      "{group} 分值 {printed} 分，评分规则 {profile} 规定 {expected} 分",
      "{group} carries {printed} points; profile {profile} gives it {expected}"),
  /** A level-1 group the profile does not have at level 1. */
  LEVEL1_NOT_IN_PROFILE(FindingCode.LEVEL1_WEIGHT_MISMATCH,
      "{group} 在评分规则 {profile} 中不是一级指标",
      "{group} is not a level-1 indicator in profile {profile}"),
  /** The execution weight differs from the profile's. */
  EXECUTION_WEIGHT_NOT_PROFILE(FindingCode.LEVEL1_WEIGHT_MISMATCH,
      "预算执行率分值为 {printed} 分，评分规则 {profile} 规定 {weight} 分",
      "the execution weight is {printed}, profile {profile} says {weight}"),

  /** Level-1 weights contradicting the weights the form's own note states. */
  LEVEL1_WEIGHT_NOT_FORM_NOTE(FindingCode.LEVEL1_WEIGHT_MISMATCH,
      "{group} 分值 {printed} 分，本表说明规定 {expected} 分（「{phrase}」）",
      "{group} carries {printed} points; the form's own note gives it {expected} (\"{phrase}\")"),
  /** The execution weight contradicting the weight the form's own note states. */
  EXECUTION_WEIGHT_NOT_FORM_NOTE(FindingCode.LEVEL1_WEIGHT_MISMATCH,
      "预算执行率分值为 {printed} 分，本表说明规定 {expected} 分（「{phrase}」）",
      "the execution weight is {printed}; the form's own note gives {expected} (\"{phrase}\")"),

  // ---- TOTAL_MISSING
  /** The 总分 is blank. */
  TOTAL_MISSING(FindingCode.TOTAL_MISSING,
      "总分未填写（各项得分合计 {scores} 分）",
      "the total (总分) is blank (the printed scores add up to {scores})"),

  // ---- TOTAL_MISMATCH
  /** The 总分 differs from the printed scores' sum. */
  TOTAL_MISMATCH(FindingCode.TOTAL_MISMATCH,
      "总分 {total} 分与各项得分合计 {scores} 分不符",
      "the total {total} differs from the sum of the printed scores, {scores}"),

  // ---- TOTAL_NOT_GRADABLE
  /** The printed 总分 above the form's maximum. */
  TOTAL_EXCEEDS_MAXIMUM(FindingCode.TOTAL_NOT_GRADABLE,
      "表中总分 {total} 分超过满分 {maximum} 分，无法评级",
      "the printed total {total} exceeds the maximum {maximum}: cannot be graded"),

  // ---- PARTIAL_FORM
  /** A partial form: which checks were not made. */
  PARTIAL_FORM_CHECKS_SKIPPED(FindingCode.PARTIAL_FORM,
      "本表不完整（{note}），未做以下检查：{checks}；不评定等级",
      "the form is partial ({note}); not checked: {checksEn}; no grade given"),

  // ---- FUNDS_ROWS_INCONSISTENT
  /** The total row blank or 0 in some columns while its sources are filled: execution is computed from the sources. */
  FUNDS_TOTAL_BLANK_PARTS_FILLED(FindingCode.FUNDS_ROWS_INCONSISTENT,
      "年度资金总额{columns}为空或 0，各来源合计为 {sums}；执行率按各来源合计计算",
      "年度资金总额 is blank or 0 in {fields} while its sources add up to {sums}; execution computed from the sources"),
  /** A column of 年度资金总额 differs from the sum of its sources. */
  FUNDS_TOTAL_NOT_ITS_SOURCES(FindingCode.FUNDS_ROWS_INCONSISTENT,
      "年度资金总额{column} {printed} {unit}，不等于各来源合计 {sum} {unit}",
      "年度资金总额 {field} is {printed} but its sources add up to {sum}"),
  /** 全年执行数 above 全年预算数: more spent than budgeted (a warning: a carry-over can explain it). */
  EXECUTED_ABOVE_BUDGET(FindingCode.FUNDS_ROWS_INCONSISTENT,
      "全年执行数 {executed} {unit}超过全年预算数 {budget} {unit}（执行率 {rate}），请说明资金来源",
      "executed {executed} exceeds the annual budget {budget} (rate {rate}): the source of the extra funds needs explaining"),
  /** A split (按收入性质分, 按支出性质分) adds up to neither the 全年预算数 nor the 全年执行数. */
  FUNDS_SPLIT_NOT_THE_TOTAL(FindingCode.FUNDS_ROWS_INCONSISTENT,
      "{split}合计 {sum} {unit}，与年度资金总额 {total} {unit}不符",
      "the split {split} adds up to {sum}, not to the total {total}"),

  // ---- EXECUTION_RATE_MISMATCH
  /** The printed 执行率 differs from 全年执行数 ÷ 全年预算数 at the printed precision. */
  EXECUTION_RATE_MISMATCH(FindingCode.EXECUTION_RATE_MISMATCH,
      "执行率应为 {executed} ÷ {budget} = {expected}%，表中为 {printed}",
      "the execution rate should be {executed} / {budget} = {expected}%, printed {printed}"),

  /** A printed 执行率 (a bare number such as "0" or "100") that the amounts contradict. */
  EXECUTION_RATE_NUMBER_MISMATCH(FindingCode.EXECUTION_RATE_MISMATCH,
      "执行率应为 {executed} ÷ {budget} = {expected}%，表中为「{printed}」",
      "the execution rate should be {executed} / {budget} = {expected}%, printed '{printed}'"),

  // ---- EXECUTION_SCORE_MISMATCH
  /** The printed execution score differs from the profile's formula. */
  EXECUTION_SCORE_MISMATCH(FindingCode.EXECUTION_SCORE_MISMATCH,
      "预算执行得分应为 {weight} × {rate} = {computed} 分，表中为 {printed} 分",
      "the execution score should be {weight} x {rate} = {computed}, printed {printed}"),
  /** The printed execution score differs from the formula by one unit of rounding. */
  EXECUTION_SCORE_ROUNDING(FindingCode.EXECUTION_SCORE_MISMATCH,
      "预算执行得分应为 {weight} × {rate} = {computed} 分，表中为 {printed} 分（舍入差异）",
      "the execution score should be {weight} x {rate} = {computed}, printed {printed} (a rounding difference)"),

  /** The printed execution score differs from what the printed rate gives (no amounts printed). */
  EXECUTION_SCORE_FROM_PRINTED_RATE(FindingCode.EXECUTION_SCORE_MISMATCH,
      "预算执行得分按表中执行率 {rate} 应为 {computed} 分，表中为 {printed} 分",
      "from the printed rate {rate} the execution score should be {computed}, printed {printed}"),

  // ---- SCORE_NOT_PER_RULE
  /** An indicator row's score outside what its rule allows; the rule explained in each language. */
  SCORE_NOT_PER_RULE(FindingCode.SCORE_NOT_PER_RULE,
      "按评分规则应得 {allowed} 分（{ruleZh}），表中为 {printed} 分",
      "the rule gives {allowed} ({ruleEn}), printed {printed}"),

  // ---- DEVIATION_REASON_MISSING
  /** A score below its weight or a missed target without 偏差原因分析及改进措施. */
  DEVIATION_REASON_MISSING(FindingCode.DEVIATION_REASON_MISSING,
      "得分低于分值或未完成目标，但未填写偏差原因分析及改进措施",
      "the score is below the weight or the target was missed, but 偏差原因分析及改进措施 is empty"),

  // ---- EXECUTION_REASON_MISSING
  /** Execution below the profile's threshold without a reason on any funds row. */
  EXECUTION_REASON_MISSING(FindingCode.EXECUTION_REASON_MISSING,
      "执行率 {rate} 低于 {threshold}（评分规则 {profile}），资金行未说明原因",
      "the execution rate {rate} is below {threshold} (profile {profile}) and no funds row gives a reason"),

  // ---- REPORT_NUMBERING
  /** A heading the renderer renumbers on request: as written, and as printed. */
  REPORT_HEADING_RENUMBERED(FindingCode.REPORT_NUMBERING,
      "标题序号按公文层次重排：原文「{before}」，印为「{after}」",
      "heading renumbered by its level as asked: written \"{before}\", printed \"{after}\""),

  // ---- TEXT_CONTRADICTS_TABLE
  /** An amount in 年度总体目标 differs from the funds block. */
  GOAL_TEXT_DIFFERS(FindingCode.TEXT_CONTRADICTS_TABLE,
      "年度总体目标{column}称「{phrase}」，项目资金{field}为 {amount} 万元",
      "年度总体目标 ({columnEn}) states \"{phrase}\"; the funds block gives {fieldEn} {amount}"),
  /** The budget stated in 预期目标 differs from the one stated in 实际完成情况. */
  GOAL_TEXTS_DIFFER(FindingCode.TEXT_CONTRADICTS_TABLE,
      "年度总体目标预期目标称「{expected}」，实际完成情况称「{actual}」",
      "年度总体目标: the planned text states \"{expected}\", the actual text \"{actual}\""),

  // ---- OVER_ACHIEVEMENT
  /** The actual far above the target. */
  OVER_ACHIEVEMENT(FindingCode.OVER_ACHIEVEMENT,
      "实际完成值为年度指标值的 {ratio}，目标可能设置偏低",
      "the actual is {ratio} of the target: the target may have been set too low"),

  // ---- CROSS_FORM_MISMATCH
  // Each is located on one side of the comparison and says which: a form's own value is 本表
  // ("this form"), the other side is named (附件1, the report). The audit cannot tell which side is
  // wrong, so none reads as a correction (应为).
  /** The form names the project otherwise than 附件1 (matched by id). */
  PROJECT_NAME_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "项目名称在附件1中为「{registered}」，本表为「{name}」",
      "the project is called '{registered}' in the registry (附件1) and '{name}' on this form ({form})"),
  /** A form without project id matched to a 附件1 row by the similarity of their names. */
  PROJECT_MATCHED_BY_NAME(FindingCode.CROSS_FORM_MISMATCH,
      "本表未标注项目标识，按名称「{name}」匹配到附件1「{row}」，请确认",
      "this form ({form}) has no project id; matched by its name '{name}' to 附件1 '{row}': please confirm"),
  /** 附件1's 本年预算数 differs from the form's 全年预算数 (and 年初预算数); on the form's cell. */
  BASIC_BUDGET_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "附件1「{row}」本年预算数为 {basic} 万元，本表全年预算数为 {printed} 万元",
      "附件1 '{row}' gives a budget of {basic}; this form ({form}) prints an annual budget of {printed}"),
  /** 附件1's 本年决算数 differs from the form's 全年执行数; on the form's cell. */
  BASIC_FINAL_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "附件1「{row}」本年决算数为 {basic} 万元，本表全年执行数为 {printed} 万元",
      "附件1 '{row}' gives a final amount of {basic}; this form ({form}) prints {printed} executed"),
  /**
   * As {@link #BASIC_BUDGET_DIFFERS}, where 附件1 gives this project the other project's budget and
   * the other project this one's ({@link #BASIC_AMOUNTS_SWAPPED} on 附件1).
   */
  BASIC_BUDGET_SWAPPED(FindingCode.CROSS_FORM_MISMATCH,
      "附件1「{row}」本年预算数为 {basic} 万元，本表全年预算数为 {printed} 万元：与「{other}」（附件{otherForm}）的金额对调，见附件1",
      "附件1 '{row}' gives a budget of {basic}; this form ({form}) prints an annual budget of {printed}: "
          + "exchanged with '{other}' (form {otherForm}), see 附件1"),
  /** As {@link #BASIC_FINAL_DIFFERS}, where 附件1 exchanges the 本年决算数 of two projects. */
  BASIC_FINAL_SWAPPED(FindingCode.CROSS_FORM_MISMATCH,
      "附件1「{row}」本年决算数为 {basic} 万元，本表全年执行数为 {printed} 万元：与「{other}」（附件{otherForm}）的金额对调，见附件1",
      "附件1 '{row}' gives a final amount of {basic}; this form ({form}) prints {printed} executed: "
          + "exchanged with '{other}' (form {otherForm}), see 附件1"),
  /**
   * On a 附件1 row: it holds the amount another project's form prints, and that project's row
   * holds this one's. One finding on each of the two rows, naming both rows, both forms and both
   * figures.
   */
  BASIC_AMOUNTS_SWAPPED(FindingCode.CROSS_FORM_MISMATCH,
      "「{row}」与「{other}」的{columns}在附件1与项目表之间对调：附件1分别为 {basic} 万元、{otherBasic} 万元，"
          + "附件{form}、附件{otherForm}分别为 {otherBasic} 万元、{basic} 万元",
      "'{row}' and '{other}' have their {columnsEn} exchanged between 附件1 and their forms: 附件1 gives {basic} "
          + "and {otherBasic}, forms {form} and {otherForm} print {otherBasic} and {basic}"),
  /** The project report states a budget other than the form's 全年预算数. */
  REPORT_BUDGET_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "{report}称「{phrase}」，附件{form}为 {amount} 万元",
      "{report} states budget of {stated} (\"{phrase}\"), form {form} shows {amount}"),
  /** The project report states an allocation other than the form's 全年预算数. */
  REPORT_ALLOCATION_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "{report}称「{phrase}」，附件{form}为 {amount} 万元",
      "{report} states allocated funds of {stated} (\"{phrase}\"), form {form} shows {amount}"),
  /** The project report states spending other than the form's 全年执行数. */
  REPORT_SPENDING_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "{report}称「{phrase}」，附件{form}为 {amount} 万元",
      "{report} states spending of {stated} (\"{phrase}\"), form {form} shows {amount}"),
  /**
   * A project report states the amount another project's form prints, and that project's report
   * this one's (budget, allocation or spending alike): on each of the two reports.
   */
  REPORT_AMOUNTS_SWAPPED(FindingCode.CROSS_FORM_MISMATCH,
      "{report}称「{phrase}」，附件{form}为 {amount} 万元；{otherReport}称「{otherPhrase}」，附件{otherForm}为 {otherAmount} 万元："
          + "两项目的金额在报告与项目表之间对调",
      "{report} states \"{phrase}\", form {form} shows {amount}; {otherReport} states \"{otherPhrase}\", form {otherForm} "
          + "shows {otherAmount}: the two projects' amounts are exchanged between the reports and the forms"),
  /** The project report states a score other than the form's 总分. */
  REPORT_SCORE_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "{report}称综合得分 {stated} 分，附件{form}总分为 {total} 分",
      "{report} states a score of {stated}, form {form} totals {total}"),
  /** The department report states a 基本支出 or 项目支出 other than 附件2's. */
  DEPARTMENT_REPORT_DIFFERS(FindingCode.CROSS_FORM_MISMATCH,
      "部门报告称「{phrase}」，附件{form}为 {amount} 万元",
      "the department report states \"{phrase}\", form {form} shows {amount}"),

  // ---- VALUE_NEEDS_REVIEW
  /** An indicator row's target and actual that no rule can compare. */
  ROW_NEEDS_REVIEW(FindingCode.VALUE_NEEDS_REVIEW,
      "无法自动判断完成情况（年度指标值「{target}」，实际完成值「{actual}」），需人工复核得分",
      "cannot judge achievement automatically (target '{target}', actual '{actual}': {reason}); a person must check the score"),
  /** A 评分表 row scored against its written criteria: no target and actual to compare, its printed score stands. */
  ROW_SCORED_BY_CRITERIA(FindingCode.VALUE_NEEDS_REVIEW,
      "评分表按评分标准计分，无年度指标值和实际完成值可比，得分 {printed} 分需人工复核",
      "a scoring sheet's row, scored by its written criteria with no target and actual to compare: its score {printed} needs a person's review"),
  /** A printed 执行率 that is not a percentage. */
  EXECUTION_RATE_UNREADABLE(FindingCode.VALUE_NEEDS_REVIEW,
      "执行率「{printed}」无法识别为百分数",
      "the execution rate '{printed}' is not a percentage"),
  /** No 年度资金总额 row, or no 全年预算数 or 全年执行数 in it. */
  EXECUTION_RATE_UNCOMPUTABLE(FindingCode.VALUE_NEEDS_REVIEW,
      "无法计算预算执行率（缺少全年预算数或全年执行数），执行得分按 0 计",
      "the execution rate cannot be computed (全年预算数 or 全年执行数 missing); execution scored 0"),
  /**
   * A 预算执行率 indicator row (a 评分表 of the 决策/过程/产出/效益 framework) whose rate neither the
   * funds block nor the row gives: its printed score stands, for a person to check.
   */
  EXECUTION_ROW_RATE_UNCOMPUTABLE(FindingCode.VALUE_NEEDS_REVIEW,
      "无法计算预算执行率（表中无全年预算数、全年执行数或执行率），该行得分按填报值保留，需人工复核",
      "the execution rate cannot be computed (no 全年预算数, 全年执行数 or rate printed); the row's printed score stands for a person to check"),

  // ---- BASIC_DATA_INCONSISTENT
  /** 附件1: the printed 控制率 differs from 在职 ÷ 编制 at the printed precision. */
  CONTROL_RATE_MISMATCH(FindingCode.BASIC_DATA_INCONSISTENT,
      "控制率应为 {actual} ÷ {authorized} = {expected}%，表中为 {printed}",
      "控制率 should be {actual} / {authorized} = {expected}%, printed {printed}"),
  /** 附件1: a row differs from the sum of its parts. */
  CONTROL_ROW_NOT_ITS_PARTS(FindingCode.BASIC_DATA_INCONSISTENT,
      "{row}{column} {printed} 万元，不等于其明细合计 {sum} 万元",
      "{row} {field} is {printed} but its parts add up to {sum}"),
  /** 附件1: a row whose parts are listed as 其中 (公用经费) is less than them. */
  CONTROL_ROW_BELOW_ITS_ITEMS(FindingCode.BASIC_DATA_INCONSISTENT,
      "{row}{column} {printed} 万元，小于其中所列明细合计 {sum} 万元",
      "{row} {field} is {printed} but the parts listed under it add up to more, {sum}"),

  // ---- GROUP_SUM_MISMATCH
  /** A level-2 group's printed 分值 differs from its rows' weights. */
  LEVEL2_WEIGHT_NOT_ITS_ROWS(FindingCode.GROUP_SUM_MISMATCH,
      "{group} 分值 {printed} 分，其下三级指标分值合计 {rows} 分",
      "{group} carries {printed} points but its rows' weights add up to {rows}"),
  /** A level-2 group's printed 得分 differs from its rows' scores. */
  LEVEL2_SCORE_NOT_ITS_ROWS(FindingCode.GROUP_SUM_MISMATCH,
      "{group} 得分 {printed} 分，其下三级指标得分合计 {rows} 分",
      "{group} scores {printed} but its rows' scores add up to {rows}"),
  /** A level-1 group's printed 得分 differs from its level-2 groups' scores. */
  LEVEL1_SCORE_NOT_ITS_GROUPS(FindingCode.GROUP_SUM_MISMATCH,
      "{group} 得分 {printed} 分，其下各项得分合计 {groups} 分",
      "{group} scores {printed} but the scores beneath it add up to {groups}"),
  /** The weight a band above the indicator table prints differs from the indicators' weights. */
  BAND_WEIGHT_NOT_ITS_GROUPS(FindingCode.GROUP_SUM_MISMATCH,
      "{band} 标注 {printed} 分，其下指标分值合计 {groups} 分",
      "{band} is labelled {printed} points but the indicators beneath it add up to {groups}"),

  // ---- FRAMEWORK_NOT_SCORED
  /** The form names a framework jixiao does not know. */
  FRAMEWORK_UNKNOWN(FindingCode.FRAMEWORK_NOT_SCORED,
      "指标体系 {framework} 未知（已知：{known}），一级指标未按指标体系核对",
      "the indicator framework {framework} is unknown (known: {known}); level-1 groups are not checked against one"),
  /** The profile does not score the form's framework. */
  FRAMEWORK_NOT_IN_PROFILE(FindingCode.FRAMEWORK_NOT_SCORED,
      "评分规则 {profile} 未涵盖指标体系 {framework}（涵盖：{scored}），一级指标分值未按评分规则核对",
      "profile {profile} does not score the framework {framework} (it scores {scored}); level-1 weights are not checked against it"),
  /** A group scored as a whole whose rows did not all meet their targets: the score is the department's judgement. */
  GROUP_NEEDS_REVIEW(FindingCode.VALUE_NEEDS_REVIEW,
      "{group} 整组计分，其下指标未全部完成（{missed}），得分 {printed} 分需人工复核（最高 {weight} 分）",
      "{group} is scored as a whole and not all its rows met their targets ({missed}); its score {printed} needs a person's review (at most {weight})"),
  /** A level-2 group with a 分值 but no row and no 得分 on a whole form: nothing earns its points. */
  GROUP_NOT_FILLED(FindingCode.VALUE_NEEDS_REVIEW,
      "{group} 分值 {weight} 分，但其下无三级指标、未填得分，不计分",
      "{group} carries {weight} points but prints no rows and no score: not scored");

  private static final Map<FindingCode, List<FindingMessage>> BY_CODE = byCode();
  private final FindingCode code;
  private final Template zh;
  private final Template en;
  private final List<String> placeholders;

  FindingMessage(FindingCode code, String zh, String en) {
    this.code = code;
    List<String> names = new ArrayList<>();
    this.zh = Template.parse(name() + " (zh)", zh, names);
    this.en = Template.parse(name() + " (en)", en, names);
    this.placeholders = List.copyOf(names);
  }

  private static Map<FindingCode, List<FindingMessage>> byCode() {
    Map<FindingCode, List<FindingMessage>> map = new EnumMap<>(FindingCode.class);
    for (FindingMessage m : values()) {
      map.computeIfAbsent(m.code, c -> new ArrayList<>()).add(m);
    }
    map.replaceAll((c, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(map);
  }

  /** The templates of {@code code}, in declaration order. */
  static List<FindingMessage> of(FindingCode code) {
    return BY_CODE.getOrDefault(code, List.of());
  }

  /**
   * The code of the findings this template words.
   *
   * @return the finding code; several templates may share one
   */
  public FindingCode code() {
    return code;
  }

  /**
   * The Chinese template, placeholders in braces.
   *
   * @return the template as declared ("总分 {total} 分与各项得分合计 {scores} 分不符")
   */
  public String templateZh() {
    return zh.source;
  }

  /**
   * The English template, placeholders in braces.
   *
   * @return the template as declared ("the total {total} differs from the sum of the printed scores, {scores}")
   */
  public String templateEn() {
    return en.source;
  }

  /**
   * The names of the placeholders, in order of first appearance (Chinese template first).
   *
   * @return the names without braces ("total", "scores"), each once; immutable
   */
  public List<String> placeholders() {
    return placeholders;
  }

  /**
   * This template with no placeholder filled in yet (a template without placeholders is then complete).
   *
   * @return an empty text to fill in with {@link FindingText#with(String, Object)}
   */
  public FindingText text() {
    return new FindingText(this);
  }

  /**
   * This template with one placeholder filled in.
   *
   * @param name the placeholder's name, without braces ("total")
   * @param value its value; a {@link java.math.BigDecimal} is written in plain notation, anything else
   *     as {@link String#valueOf(Object)} writes it
   * @return a text with this one placeholder filled in
   * @throws IllegalArgumentException if the template has no placeholder {@code name}
   * @see FindingText#with(String, Object)
   */
  public FindingText with(String name, @Nullable Object value) {
    return text().with(name, value);
  }

  /** The index of a placeholder in {@link #placeholders()}, or -1. */
  int indexOf(String name) {
    return placeholders.indexOf(name);
  }

  String formatZh(@Nullable String[] values) {
    return zh.format(values);
  }

  String formatEn(@Nullable String[] values) {
    return en.format(values);
  }

  /** A template split into literal text and placeholders (by index into the message's placeholders). */
  static final class Template {
    final String source;
    /** The text around the placeholders: one more than {@link #slots}. */
    private final List<String> literals;
    /** The placeholder after each literal but the last, as an index into the message's placeholders. */
    private final int[] slots;

    private Template(String source, List<String> literals, int[] slots) {
      this.source = source;
      this.literals = literals;
      this.slots = slots;
    }

    /** Parses {@code source}, adding the names it uses to {@code names}. */
    static Template parse(String what, String source, List<String> names) {
      List<String> literals = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      int from = 0;
      for (int i = 0; i < source.length(); i++) {
        char c = source.charAt(i);
        if (c == '}') {
          throw new IllegalStateException(what + ": '}' without '{' at " + i + " in \"" + source + "\"");
        }
        if (c != '{') {
          continue;
        }
        int end = source.indexOf('}', i);
        String name = end < 0 ? "" : source.substring(i + 1, end);
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
          throw new IllegalStateException(what + ": a placeholder is a name in braces, {total}; at " + i
              + " in \"" + source + "\"");
        }
        literals.add(source.substring(from, i));
        if (!names.contains(name)) {
          names.add(name);
        }
        slots.add(names.indexOf(name));
        from = end + 1;
        i = end;
      }
      literals.add(source.substring(from));
      return new Template(source, List.copyOf(literals), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    String format(@Nullable String[] values) {
      StringBuilder sb = new StringBuilder(source.length() + 32);
      for (int i = 0; i < slots.length; i++) {
        sb.append(literals.get(i)).append(values[slots[i]]);
      }
      return sb.append(literals.get(slots.length)).toString();
    }
  }
}
