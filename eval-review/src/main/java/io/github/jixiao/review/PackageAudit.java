package io.github.jixiao.review;

import io.github.jixiao.importer.Intake;
import io.github.jixiao.importer.office.OfficeRejectedException;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewForm;
import io.github.jixiao.model.review.ReviewItem;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import io.github.jixiao.scoring.value.ValueCache;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The audit of one package, as the county review needs it: a pure function of the package's
 * input files and the profiles (the same bytes and profiles give an equal {@link PackageReview},
 * on any machine), so that a season can be split into tasks and the results merged.
 *
 * <p>A package is one file (JSON, DOCX or XLSX) or the files of one sub-folder, merged: one
 * department's forms and reports sent as several files. A package that cannot be read, merged
 * or scored becomes a {@link PackageReview.Status#FAILED} entry naming the first problem and its
 * place; nothing here throws on bad input.
 *
 * <p>Instances are immutable and thread-safe (the value cache they share is).
 */
public final class PackageAudit {
  private final Intake intake;
  private final Profiles profiles;
  private final @Nullable String requested;
  private final ValueCache values = ValueCache.create();

  private PackageAudit(Intake intake, Profiles profiles, @Nullable String requested) {
    this.intake = Objects.requireNonNull(intake, "intake");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.requested = requested;
  }

  /**
   * An audit reading with {@code intake} and scoring by the profile each package names, or by
   * {@code requested}.
   *
   * @param intake how Word documents and workbooks are read (layouts, year, limits)
   * @param profiles the profiles known
   * @param requested the profile asked for ({@code --profile}), or {@code null} for each package's own or the default
   * @return the audit
   */
  public static PackageAudit of(Intake intake, Profiles profiles, @Nullable String requested) {
    return new PackageAudit(intake, profiles, requested);
  }

  /**
   * The content hash of a package's input: of one file, the SHA-256 of its bytes; of several,
   * the SHA-256 of their names and hashes in name order.
   *
   * @param files the files by name
   * @return lowercase hex
   */
  public static String hash(SortedMap<String, byte[]> files) {
    if (files.size() == 1) {
      return sha256(files.values().iterator().next());
    }
    StringBuilder b = new StringBuilder();
    files.forEach((name, bytes) -> b.append(name).append('\0').append(sha256(bytes)).append('\n'));
    return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The SHA-256 of bytes.
   *
   * @param bytes the bytes
   * @return lowercase hex, 64 characters
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * Audits a package.
   *
   * @param source its name in the season's folder ("住建局.docx", or "住建局/" for a sub-folder)
   * @param files its files by name (one for a file package), each with its bytes
   * @return what the review needs of it: forms, numbered ERROR and WARNING findings, counts; or
   *     why it failed
   */
  public PackageReview audit(String source, SortedMap<String, byte[]> files) {
    String hash = hash(files);
    if (files.isEmpty()) {
      return PackageReview.failed(source, hash, source + ": the folder holds no .json, .docx or .xlsx file (没有可读取的文件)");
    }
    Read read = read(files);
    if (read.pkg == null) {
      return PackageReview.failed(source, hash, String.valueOf(read.failure));
    }
    ScoringProfile profile;
    try {
      profile = Evaluator.chooseProfile(read.pkg, profiles, requested);
    } catch (UnknownProfileException e) {
      return PackageReview.failed(source, hash, source + ": " + e.getMessage());
    }
    PackageEvaluation evaluation;
    try {
      evaluation = Evaluator.of(profile, values).evaluate(read.pkg);
    } catch (RuntimeException e) {
      return PackageReview.failed(source, hash, source + ": cannot be scored: " + message(e));
    }
    return review(source, hash, read.pkg, evaluation);
  }

  /** The package of the files, or the first problem. */
  private record Read(@Nullable EvaluationPackage pkg, @Nullable String failure) {}

  private Read read(SortedMap<String, byte[]> files) {
    // JSON first: a package file in a sub-folder gives the year, department and reports a workbook lacks
    List<Map.Entry<String, byte[]>> ordered = new ArrayList<>(files.entrySet());
    ordered.sort((a, b) -> Boolean.compare(!isJson(a.getKey()), !isJson(b.getKey())));
    List<EvaluationPackage> read = new ArrayList<>();
    List<String> names = new ArrayList<>();
    EvaluationPackage base = null;
    for (Map.Entry<String, byte[]> f : ordered) {
      String name = f.getKey();
      Intake.Result r;
      try {
        r = intake.read(f.getValue(), name, isJson(name) ? null : base);
      } catch (OfficeRejectedException e) {
        return new Read(null, name + ": " + e.getMessage());
      } catch (RuntimeException e) {
        return new Read(null, name + ": cannot be read: " + message(e));
      }
      if (r.pkg() == null) {
        Problem p = r.problems().isEmpty() ? null : r.problems().get(0);
        return new Read(null, p == null ? name + ": not a package" : describe(name, p, r.problems().size()));
      }
      read.add(r.pkg());
      names.add(name);
      if (base == null && isJson(name)) {
        base = r.pkg();
      }
    }
    if (read.size() == 1) {
      return new Read(read.get(0), null);
    }
    return merge(read, names);
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  /** "{@code file:line:column: /pointer: message}" and how many more problems there are. */
  static String describe(String name, Problem p, int count) {
    return name + ":" + (p.line() > 0 ? p.line() + ":" + p.column() + ":" : "") + " "
        + (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()
        + (count > 1 ? " (and " + (count - 1) + " more problem(s); run 'jixiao validate' on it)" : "");
  }

  /**
   * The packages of one sub-folder as one: the first's department, year and profile; forms and
   * reports of all (one 附件2, each label once); problems when they disagree.
   */
  private static Read merge(List<EvaluationPackage> packages, List<String> names) {
    EvaluationPackage first = packages.get(0);
    SelfEvaluationForm department = null;
    String departmentFrom = null;
    List<SelfEvaluationForm> projects = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    Map<String, io.github.jixiao.model.Project> known = new java.util.LinkedHashMap<>();
    java.util.Set<io.github.jixiao.model.Report> reports = new java.util.LinkedHashSet<>();
    io.github.jixiao.model.BasicDataTable basic = null;
    io.github.jixiao.model.Report departmentReport = null;
    for (int i = 0; i < packages.size(); i++) {
      EvaluationPackage p = packages.get(i);
      String name = names.get(i);
      if (!p.department().equals(first.department())) {
        return new Read(null, name + ": its department 「" + p.department() + "」 is not 「" + first.department()
            + "」 of " + names.get(0) + ": one sub-folder holds one department's package (一个子文件夹只能是一个部门的材料)");
      }
      if (p.year() != first.year()) {
        return new Read(null, name + ": its year " + p.year() + " is not " + first.year() + " of " + names.get(0)
            + " (年度不一致)");
      }
      if (p.departmentEvaluation() != null) {
        if (department != null && !department.equals(p.departmentEvaluation())) {
          return new Read(null, name + ": 附件2 is also in " + departmentFrom + " (附件2 重复)");
        }
        department = p.departmentEvaluation();
        departmentFrom = name;
      }
      for (SelfEvaluationForm f : p.projectEvaluations()) {
        String other = labels.putIfAbsent(f.label(), name);
        if (other != null) {
          if (projects.contains(f)) {
            continue; // the same form twice (a base package and a document of it): once
          }
          return new Read(null, name + ": 附件" + f.label() + " is also in " + other + " (附件" + f.label() + " 重复)");
        }
        projects.add(f);
      }
      p.projects().forEach(pr -> known.putIfAbsent(pr.id(), pr));
      reports.addAll(p.projectReports()); // a report twice (a base package and a document of it): once
      basic = basic != null ? basic : p.basicData();
      departmentReport = departmentReport != null ? departmentReport : p.departmentReport();
    }
    EvaluationPackage merged;
    try {
      merged = new EvaluationPackage(first.formatVersion(), first.year(), first.department(), first.profile(),
          List.copyOf(known.values()), basic, department, projects, departmentReport, List.copyOf(reports));
      // the package the files make together is checked as a package file would be
      merged = PackageJson.create().read(PackageJson.create().writeBytes(merged));
    } catch (InvalidPackageException e) {
      Problem p = e.problems().get(0);
      return new Read(null, describe(String.join(" + ", names), p, e.problems().size()));
    } catch (RuntimeException e) {
      return new Read(null, String.join(" + ", names) + ": the files do not make one package: " + message(e));
    }
    return new Read(merged, null);
  }

  /**
   * The review entry of a package scored elsewhere (a host that scores packages itself).
   *
   * @param source the package's name in the season
   * @param hash its input's hash ({@link #hash})
   * @param pkg the package
   * @param evaluation its evaluation
   * @return the entry: forms with amounts in 万元, ERROR and WARNING findings numbered as every output numbers them
   */
  public static PackageReview review(String source, String hash, EvaluationPackage pkg, PackageEvaluation evaluation) {
    List<ReviewForm> forms = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (FormEvaluation e : evaluation.evaluations()) {
      MoneyUnit unit = pkg.form(e.form()).map(SelfEvaluationForm::moneyUnit).orElse(MoneyUnit.WAN_YUAN);
      names.put(e.form(), e.name());
      forms.add(new ReviewForm(e.form(), e.name(), e.pointer().equals("/departmentEvaluation"),
          wan(e.annualBudget(), unit), wan(e.executed(), unit), e.executionRate(), printed(e.reportedTotal()),
          e.computedTotal(), e.grade(), (int) e.count(Severity.ERROR), (int) e.count(Severity.WARNING),
          (int) e.count(Severity.INFO)));
    }
    List<ReviewItem> items = new ArrayList<>();
    Map<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
    for (FindingIndex.Entry entry : FindingIndex.of(evaluation).all()) {
      Finding f = entry.finding();
      counts.merge(f.code(), 1, Integer::sum);
      if (f.severity() == Severity.INFO) {
        continue;
      }
      items.add(new ReviewItem(entry.number(), f.severity(), f.code(), form(f.location(), names),
          f.location().toString(), f.found(), f.expected(), Corrections.of(f)));
    }
    return new PackageReview(source, hash, PackageReview.Status.OK, null, pkg.department(), pkg.year(),
        evaluation.profile(), forms, items, counts);
  }

  private static @Nullable BigDecimal wan(@Nullable BigDecimal amount, MoneyUnit unit) {
    return amount == null || unit == MoneyUnit.WAN_YUAN ? amount : unit.toWanYuan(amount);
  }

  private static @Nullable String printed(@Nullable ScoreCell total) {
    if (total == null) {
      return null;
    }
    return total.value() != null ? total.value().toPlainString() : total.mark();
  }

  /** The form or report a finding is about, as printed. */
  private static String form(Location l, Map<String, String> names) {
    if (l.form() != null) {
      String name = names.get(l.form());
      if (name != null) {
        return "附件" + l.form() + " " + name;
      }
      return l.form().equals("1") ? "附件1 基础数据表" : "附件" + l.form();
    }
    if (l.row() != null) {
      return l.row();
    }
    return l.section() != null ? l.section() : "整个材料";
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }
}
