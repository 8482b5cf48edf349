package io.github.jixiao.reliability;

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
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportCover;
import io.github.jixiao.model.ReportSection;
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
 * Generates valid packages from a seeded {@link Random}, deliberately odd — the XLSX module's
 * round-trip generator (any cell blank, labels contradicting codes, empty groups, blank rows,
 * numbers of any scale, formula-like and {@code _xHHHH_}-like text), widened for issue 8:
 * empty forms, amounts of 0 and of 15 integer digits with 10 decimals, a form of 200
 * indicators, 5,000-character cells, rare CJK (extensions B–G), emoji (ZWJ sequences, flags,
 * skin tones), right-to-left marks and overrides, NUL and other control characters, markup
 * ({@code <script>}, quotes), and reports. Most packages stay small so that thousands run in CI.
 */
final class WideGenerator {
  private static final String[] WORDS = {"项目", "资金", "绩效", "完成", "提高", "满意度", "100%", "≥95%", "良好", "无",
    "12个", "2023年1-12月", "按计划完成", "城市", "污水", "监测", "＝", "（30分）", "(万元)", "—", "…", "１０", "abc",
    "Ω", "_x0041_", "_x005F_", "\t", "&amp;", "<b>", "\"", "'", "；", "、", "。", "jx:", "附件", "总分", "0", "-",
    "6.00", "1E+3", "a\r\nb", "_x", "_x12_", "x0041_"};
  /**
   * The widened alphabet a PDF font can show: rare but BMP CJK, markup, quotes, formula-like text,
   * full-width space, tabs.
   */
  static final String[] ODD_SHOWABLE = {"龘", "㐀", "䶵", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
    "' onmouseover='x", "&lt;", "]]>", "<!--", "=cmd|' /C calc'!A0", "\u3000", "\t\t", "%PDF", "(", ")\\"};
  /**
   * Characters a PDF font (STSong-Light, no file given) cannot show, so that the PDF renderer
   * refuses the package naming them: CJK extensions B–G, emoji (ZWJ sequences, flags, skin
   * tones), right-to-left marks and overrides, NUL and other controls, non-characters, Hebrew and
   * Arabic. Used in every {@value #UNSHOWABLE_EVERY}th package only, so that the others reach
   * the PDF writer.
   */
  static final String[] ODD_UNSHOWABLE = {"𠀀", "𪜀", "𫝀", "𬺰", "𰀀", "𱍐", "😀", "👨‍👩‍👧", "🇨🇳", "👍🏽", "\u200F",
    "\u200E", "\u202E", "\u2067", "\u2069", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\uFEFF",
    "\uFFFE", "\uFFFF", "\u200B", "\u0001", "ـ", "עברית", "العربية"};
  static final int UNSHOWABLE_EVERY = 3;
  private static final String[] STARTS = {"=1+1", "+SUM(A1:A3)", "-2", "@A1", "=HYPERLINK(\"http://x\")", "'", "="};

  private final Random r;
  private final boolean unshowable;
  private final List<String> projectIds = new ArrayList<>();
  /** The form of 200 indicators is due in this package. */
  private boolean manyIndicators;
  private int longCells;

  WideGenerator(Random r, boolean unshowable) {
    this.r = r;
    this.unshowable = unshowable;
  }

  /**
   * The generator of case {@code seed}: its own random sequence, so any case can be replayed
   * alone; every {@value #UNSHOWABLE_EVERY}th seed uses characters a PDF font cannot show.
   */
  static WideGenerator of(long seed) {
    return new WideGenerator(new Random(seed), usesUnshowable(seed));
  }

  static boolean usesUnshowable(long seed) {
    return seed % UNSHOWABLE_EVERY == 0;
  }

  /** The package of case {@code seed}. */
  static EvaluationPackage forSeed(long seed) {
    return of(seed).next();
  }

  /** How many 5,000-character cells the last package has (0 or 1). */
  int longCells() {
    return longCells == 2 ? 1 : 0;
  }

  private String odd() {
    if (unshowable && r.nextBoolean()) {
      return ODD_UNSHOWABLE[r.nextInt(ODD_UNSHOWABLE.length)];
    }
    return ODD_SHOWABLE[r.nextInt(ODD_SHOWABLE.length)];
  }

  EvaluationPackage next() {
    manyIndicators = r.nextInt(40) == 0;
    longCells = r.nextInt(30) == 0 ? 0 : 1; // one package in 30 may hold a 5,000-character cell

    int year = 1990 + r.nextInt(111);
    List<Project> projects = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      String id = "p" + i + (r.nextBoolean() ? "-x" : "");
      projectIds.add(id);
      projects.add(new Project(id, text()));
    }
    // small packages, so that thousands run in CI: the widened shapes come from the cells, not the size
    BasicDataTable basic = r.nextInt(3) != 0 ? null : basic();
    SelfEvaluationForm department = r.nextInt(3) != 0 ? null : form("2", true);
    List<SelfEvaluationForm> forms = new ArrayList<>();
    int forms0 = manyIndicators ? 1 : r.nextInt(3);
    for (int i = 0; i < forms0; i++) {
      forms.add(form("3-" + (i + 1), false));
    }
    if (r.nextInt(10) == 0) {
      forms.add(emptyForm("3-" + (forms.size() + 1)));
    }
    Report departmentReport = r.nextInt(4) == 0 ? report(null) : null;
    List<Report> reports = new ArrayList<>();
    int nr = r.nextInt(3);
    for (int i = 0; i < nr; i++) {
      reports.add(report(r.nextBoolean() ? "5-" + (i + 1) : null));
    }
    return new EvaluationPackage("1", year, text(), r.nextBoolean() ? null : "hunan-2023", projects, basic, department,
        forms, departmentReport, reports);
  }

  /** A form with nothing filled in but its label and name. */
  private SelfEvaluationForm emptyForm(String label) {
    return new SelfEvaluationForm(label, null, null, text(), null, null, new FundsBlock(List.of(), List.of(), List.of()),
        List.of(), List.of(), null, null, List.of(), List.of());
  }

  private Report report(@Nullable String label) {
    ReportCover cover = r.nextBoolean() ? null : new ReportCover(maybeText(), paragraphs(3));
    List<ReportSection> sections = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<ReportSection> sub = new ArrayList<>();
      int m = r.nextInt(3);
      for (int j = 0; j < m; j++) {
        sub.add(new ReportSection(text(), paragraphs(3), List.of()));
      }
      sections.add(new ReportSection(text(), paragraphs(4), sub));
    }
    return new Report(label, label == null ? null : maybeProject(), cover, maybeText(), paragraphs(2), sections,
        paragraphs(2));
  }

  private List<String> paragraphs(int max) {
    List<String> list = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      list.add(text());
    }
    return list;
  }

  // ------------------------------------------------------------------ text and numbers

  /** Non-blank text, trimmed, as a form may print it. */
  String text() {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(12) == 0) {
      sb.append(STARTS[r.nextInt(STARTS.length)]);
    }
    int words = 1 + r.nextInt(r.nextInt(16) == 0 ? 40 : 5);
    for (int i = 0; i < words; i++) {
      if (i > 0 && r.nextInt(6) == 0) {
        sb.append(r.nextBoolean() ? "\n" : " ");
      }
      sb.append(r.nextInt(5) == 0 ? odd() : WORDS[r.nextInt(WORDS.length)]);
    }
    if (longCells == 0 && r.nextInt(20) == 0) { // a 5,000-character cell
      longCells = 2;
      while (sb.length() < 5000) {
        sb.append(r.nextInt(4) == 0 ? odd() : WORDS[r.nextInt(WORDS.length)]);
      }
      sb.setLength(5000);
      if (Character.isHighSurrogate(sb.charAt(4999))) {
        sb.setLength(4999);
      }
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
    int extreme = r.nextInt(20);
    if (extreme == 0) {
      return BigDecimal.ZERO;
    }
    if (extreme == 1 && maxIntDigits >= 15) { // the largest amount the reader takes: 15 digits, 10 decimals
      BigDecimal v = new BigDecimal("999999999999999.9999999999");
      return signed && r.nextBoolean() ? v.negate() : v;
    }
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
      return Amount.mark(AMOUNT_MARKS[r.nextInt(AMOUNT_MARKS.length)]);
    }
    return Amount.ofNullable(maybeAmount());
  }

  private @Nullable Amount maybeSignedCell() {
    if (r.nextInt(12) == 0) {
      return Amount.mark(AMOUNT_MARKS[r.nextInt(AMOUNT_MARKS.length)]);
    }
    return Amount.ofNullable(maybeSigned());
  }

  private static final String[] AMOUNT_MARKS = Amount.MARKS.stream().sorted().toArray(String[]::new);

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
    if (manyIndicators) { // one form of 200 indicator rows
      manyIndicators = false;
      for (int i = 0; i < 4; i++) {
        List<Level2Group> children = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
          List<IndicatorRow> list = new ArrayList<>();
          for (int m = 0; m < 10; m++) {
            list.add(new IndicatorRow(text(), maybeText(), maybeText(), maybeScore(), maybeScore(), maybeText()));
          }
          children.add(new Level2Group(maybe(Level2Indicator.values()), maybeText(), list));
        }
        groups.add(new Level1Group(Level1Indicator.values()[i], maybeText(), BigDecimal.valueOf(r.nextInt(101)), children));
      }
    }
    int l1 = groups.isEmpty() ? r.nextInt(4) : 0;
    for (int i = 0; i < l1; i++) {
      List<Level2Group> children = new ArrayList<>();
      int l2 = r.nextInt(3);
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
    // issue 14: 元 and 千元 forms, partial forms (with notes that hold ; and =), printed grades
    MoneyUnit unit = r.nextInt(4) == 0 ? MoneyUnit.values()[r.nextInt(MoneyUnit.values().length)] : null;
    boolean partial = r.nextInt(8) == 0;
    String partialNote = partial && r.nextBoolean() ? maybeText() : null;
    String grade = r.nextInt(6) == 0 ? maybeText() : null;
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
    MoneyUnit unit = r.nextInt(4) == 0 ? MoneyUnit.values()[r.nextInt(MoneyUnit.values().length)] : null;
    return new BasicDataTable("1", maybeText(), unit, staffing, rows, buildings, maybeText(), notes, footer());
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
