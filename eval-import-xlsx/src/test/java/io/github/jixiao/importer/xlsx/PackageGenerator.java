package io.github.jixiao.importer.xlsx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.BuildingsBlock;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.ControlRowKind;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundSplitKind;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.Staffing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Generates valid packages from a seeded {@link Random}, deliberately odd: any cell may be
 * blank, labels need not match their indicator codes, groups may be empty, rows completely
 * blank, numbers of any scale (and some no spreadsheet number can hold exactly), text with line
 * breaks, full-width characters, formula-like starts (= + - @), XML-escape-like sequences and
 * characters outside the BMP.
 */
final class PackageGenerator {
  private static final String[] WORDS = {"项目", "资金", "绩效", "完成", "提高", "满意度", "100%", "≥95%", "良好", "无",
    "12个", "2023年1-12月", "按计划完成", "城市", "污水", "监测", "＝", "（30分）", "(万元)", "—", "…", "１０", "abc",
    "Ω", "𠀀", "_x0041_", "_x005F_", "\t", "&amp;", "<b>", "\"", "'", "；", "、", "。", "jx:", "附件", "总分", "0", "-",
    "6.00", "1E+3", "\u0001", "a\r\nb", "_x", "_x12_", "x0041_"};
  private static final String[] STARTS = {"=1+1", "+SUM(A1:A3)", "-2", "@A1", "=HYPERLINK(\"http://x\")", "'", "="};

  private final Random r;
  private final List<String> projectIds = new ArrayList<>();

  PackageGenerator(Random r) {
    this.r = r;
  }

  EvaluationPackage next() {
    int year = 1990 + r.nextInt(111);
    List<Project> projects = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      String id = "p" + i + (r.nextBoolean() ? "-x" : "");
      projectIds.add(id);
      projects.add(new Project(id, text()));
    }
    BasicDataTable basic = r.nextInt(3) == 0 ? null : basic();
    SelfEvaluationForm department = r.nextInt(3) == 0 ? null : form("2", true);
    List<SelfEvaluationForm> forms = new ArrayList<>();
    int forms0 = r.nextInt(4);
    for (int i = 0; i < forms0; i++) {
      forms.add(form("3-" + (i + 1), false));
    }
    return new EvaluationPackage("1", year, text(), r.nextBoolean() ? null : "hunan-2023", projects, basic, department,
        forms, null, List.of());
  }

  // ------------------------------------------------------------------ text and numbers

  /** Non-blank text, trimmed, as a form may print it. */
  String text() {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(12) == 0) {
      sb.append(STARTS[r.nextInt(STARTS.length)]);
    }
    int words = 1 + r.nextInt(r.nextInt(8) == 0 ? 40 : 5);
    for (int i = 0; i < words; i++) {
      if (i > 0 && r.nextInt(6) == 0) {
        sb.append(r.nextBoolean() ? "\n" : " ");
      }
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    String s = sb.toString();
    for (String t = null; !s.equals(t); ) { // strip whitespace and controls at both ends, as @NotBlank and readers do
      t = s;
      s = s.strip().trim();
    }
    return s.isEmpty() ? "空" : s;
  }

  @Nullable String maybeText() {
    return r.nextInt(4) == 0 ? null : text();
  }

  /** A decimal as printed: any scale 0–10, at most 15 digits before the point, sometimes beyond 15 significant digits. */
  BigDecimal decimal(boolean signed, int maxIntDigits) {
    int scale = r.nextInt(10) < 7 ? r.nextInt(3) : r.nextInt(11);
    int digits = 1 + r.nextInt(r.nextInt(5) == 0 ? Math.min(15 + scale, maxIntDigits + scale) : 6);
    digits = Math.min(digits, maxIntDigits + scale);
    BigInteger unscaled = new BigInteger(digits * 4, r).mod(BigInteger.TEN.pow(digits));
    BigDecimal v = new BigDecimal(unscaled, scale);
    return signed && r.nextInt(4) == 0 ? v.negate() : v;
  }

  @Nullable BigDecimal maybeAmount() {
    return r.nextInt(4) == 0 ? null : decimal(false, 15);
  }

  /** An amount cell: blank, a printed mark (—, /, 无 …) or a number. */
  @Nullable Amount maybeCell() {
    if (r.nextInt(12) == 0) {
      return Amount.mark(MARKS[r.nextInt(MARKS.length)]);
    }
    return Amount.ofNullable(maybeAmount());
  }

  private @Nullable Amount maybeSignedCell() {
    if (r.nextInt(12) == 0) {
      return Amount.mark(MARKS[r.nextInt(MARKS.length)]);
    }
    return Amount.ofNullable(maybeSigned());
  }

  private static final String[] MARKS = Amount.MARKS.stream().sorted().toArray(String[]::new);

  /** A weight or score: a number within 0..100 or a mark. */
  @Nullable ScoreCell maybeScore() {
    int k = r.nextInt(8);
    if (k == 0) {
      return null;
    }
    if (k == 1) {
      return ScoreCell.mark(List.copyOf(ScoreCell.MARKS).stream().sorted().toList().get(r.nextInt(ScoreCell.MARKS.size())));
    }
    BigDecimal v = decimal(false, 2);
    return ScoreCell.of(v.compareTo(BigDecimal.valueOf(100)) > 0 ? v.remainder(BigDecimal.valueOf(100)) : v);
  }

  private <E extends Enum<E>> @Nullable E maybe(E[] values) {
    return r.nextInt(5) == 0 ? null : values[r.nextInt(values.length)];
  }

  private @Nullable String maybeProject() {
    return projectIds.isEmpty() || r.nextBoolean() ? null : projectIds.get(r.nextInt(projectIds.size()));
  }

  // ------------------------------------------------------------------ forms

  private SelfEvaluationForm form(String label, boolean department) {
    List<FundsRow> rows = new ArrayList<>();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      rows.add(new FundsRow(FundsRowKind.values()[r.nextInt(FundsRowKind.values().length)], maybeText(), maybeCell(),
          maybeCell(), maybeCell(), maybeScore(), maybeText(), maybeScore(), null));
    }
    List<FundSplit> income = new ArrayList<>();
    List<FundSplit> expenditure = new ArrayList<>();
    if (department) {
      int a = r.nextInt(5);
      for (int i = 0; i < a; i++) {
        income.add(new FundSplit(FundSplitKind.values()[r.nextInt(5)], maybeText(), maybeCell()));
      }
      int b = r.nextInt(3);
      for (int i = 0; i < b; i++) {
        expenditure.add(new FundSplit(FundSplitKind.values()[5 + r.nextInt(2)], maybeText(), maybeCell()));
      }
    }
    List<Goal> goals = new ArrayList<>();
    int g = r.nextInt(3);
    for (int i = 0; i < g; i++) {
      goals.add(new Goal(maybeText(), maybeText()));
    }
    List<Level1Group> groups = new ArrayList<>();
    int l1 = r.nextInt(5);
    for (int i = 0; i < l1; i++) {
      List<Level2Group> children = new ArrayList<>();
      int l2 = r.nextInt(4);
      for (int j = 0; j < l2; j++) {
        List<IndicatorRow> list = new ArrayList<>();
        int k = r.nextInt(4);
        for (int m = 0; m < k; m++) {
          list.add(r.nextInt(8) == 0 ? new IndicatorRow(null, null, null, null, null, null)
              : new IndicatorRow(maybeText(), maybeText(), maybeText(), maybeScore(), maybeScore(), maybeText()));
        }
        children.add(new Level2Group(maybe(Level2Indicator.values()), maybeText(), list));
      }
      BigDecimal weight = r.nextInt(3) == 0 ? null : BigDecimal.valueOf(r.nextInt(101));
      groups.add(new Level1Group(maybe(Level1Indicator.values()), maybeText(), weight, children));
    }
    List<String> notes = new ArrayList<>();
    int nn = r.nextInt(3);
    for (int i = 0; i < nn; i++) {
      notes.add(r.nextInt(10) == 0 ? "" : text());
    }
    // issue 14: a form may print 元 or 千元, be partial (with a note that may hold ; and =) and print a grade
    MoneyUnit unit = r.nextInt(4) == 0 ? MoneyUnit.values()[r.nextInt(MoneyUnit.values().length)] : null;
    boolean partial = r.nextInt(8) == 0;
    String partialNote = partial && r.nextBoolean() ? "第2页缺失; 表尾=未见" : null;
    String grade = r.nextInt(6) == 0 ? "优" : null;
    return new SelfEvaluationForm(label, maybeText(), department ? null : maybeProject(), text(), maybeText(),
        maybeText(), unit, partial, partialNote, new FundsBlock(rows, income, expenditure), goals, groups, maybeScore(),
        maybeScore(), grade, notes, footer());
  }

  private List<FooterField> footer() {
    List<FooterField> list = new ArrayList<>();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      String label = text().replace("：", "").replace(":", "").strip();
      list.add(new FooterField(label.isEmpty() ? "填表人" : label, maybeText()));
    }
    return list;
  }

  // ------------------------------------------------------------------ 附件1

  private BasicDataTable basic() {
    Staffing staffing = r.nextInt(3) == 0 ? null : new Staffing(r.nextInt(4) == 0 ? null : r.nextInt(100_000),
        r.nextInt(4) == 0 ? null : r.nextInt(100_000), maybeText());
    List<ControlRow> rows = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      rows.add(control(0));
    }
    BuildingsBlock buildings = null;
    if (r.nextBoolean()) {
      List<BuildingRow> list = new ArrayList<>();
      int b = r.nextInt(3);
      for (int i = 0; i < b; i++) {
        list.add(new BuildingRow(maybeText(), maybeSignedCell(), maybeSignedCell(), maybeText(), maybeSignedCell(),
            maybeSignedCell(),
            maybeText()));
      }
      buildings = new BuildingsBlock(maybeText(), list);
    }
    List<String> notes = new ArrayList<>();
    int nn = r.nextInt(3);
    for (int i = 0; i < nn; i++) {
      notes.add(text());
    }
    return new BasicDataTable("1", maybeText(), staffing, rows, buildings, maybeText(), notes, footer());
  }

  private @Nullable BigDecimal maybeSigned() {
    return r.nextInt(4) == 0 ? null : decimal(true, 15);
  }

  private ControlRow control(int depth) {
    List<ControlRow> children = new ArrayList<>();
    if (depth < 3) {
      int n = r.nextInt(depth == 0 ? 4 : 3);
      for (int i = 0; i < n; i++) {
        children.add(control(depth + 1));
      }
    }
    ControlRowKind kind = ControlRowKind.values()[r.nextInt(ControlRowKind.values().length)];
    return new ControlRow(kind, text(), kind == ControlRowKind.PROJECT ? maybeProject() : null, maybeSignedCell(),
        maybeSignedCell(), maybeSignedCell(), children);
  }
}
