package io.github.jixiao.json;

import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a package can be represented: the declarative constraints on the model (the
 * annotations of {@code io.github.jixiao.model.constraint} on its records, named and meant as their
 * Jakarta Bean Validation namesakes: non-negative amounts, weights within 0–100, required names;
 * checked by jixiao's own checker, so no Bean Validation provider or Expression Language is
 * needed at run time) and the references
 * between its parts (every project id used is declared, ids and form labels are unique).
 *
 * <p>It does <em>not</em> judge arithmetic or content (a score above its weight, totals that do
 * not add up, a blank 总分): such a package is valid here, and the audit finds those problems.
 * Thread-safe.
 */
public final class PackageValidator {
  private final Constraints constraints = new Constraints();

  private PackageValidator() {}

  /**
   * A new validator. It learns the constraints of each record type the first time it meets it
   * and keeps them; share one instance (it is thread-safe) rather than creating one per package.
   *
   * @return a new validator
   */
  public static PackageValidator create() {
    return new PackageValidator();
  }

  /**
   * Every problem in the package; empty when valid. Problems carry no line and column (the package
   * has no text): {@link PackageJson} places them when it reads one.
   *
   * @param pkg a package, as read or built in code
   * @return the constraint problems sorted by JSON pointer, then the reference problems (the format
   *     version, duplicate project ids and form labels, undeclared project ids)
   */
  public List<Problem> validate(EvaluationPackage pkg) {
    List<Problem> problems = new ArrayList<>(validate(pkg, ""));
    problems.addAll(references(pkg));
    return problems;
  }

  /**
   * The constraint problems of one part of a package (a record of the model, and the records it
   * holds through {@code @Valid}), with pointers prefixed by {@code pointer}, the JSON pointer of
   * that part; sorted by pointer.
   *
   * @param part a record of the model (anything else has no constraints and gives no problem)
   * @param pointer the JSON pointer of {@code part} in its package ({@code ""} for the package)
   * @return the problems, sorted by pointer; empty when the part is valid
   * @throws IllegalStateException when a record carries a constraint annotation this checker does not
   *     know
   */
  public List<Problem> validate(Object part, String pointer) {
    return constraints.validate(part, pointer);
  }

  /**
   * The constraint problems of one component value of a record type, checked without building
   * the record (for a record that could not be built because of another component), with
   * pointers prefixed by {@code recordPointer}, the JSON pointer of the record. Records held by
   * the value are not cascaded into.
   *
   * @param recordType the model record type the value would belong to ({@code FundsRow.class})
   * @param component the record component's name ("executed")
   * @param value the value given for it
   * @param recordPointer the JSON pointer of the record
   * @return the problems of this one value, sorted by pointer; empty when it is valid or the component
   *     has no constraint
   */
  public List<Problem> validateValue(Class<?> recordType, String component, Object value, String recordPointer) {
    return constraints.validateValue(recordType, component, value, recordPointer);
  }

  /**
   * The problem with this format version, unless it is the one this version of jixiao reads.
   *
   * @param formatVersion the {@code formatVersion} a package declares
   * @return empty for {@link EvaluationPackage#FORMAT_VERSION}, else a problem at {@code /formatVersion}
   *     naming both versions
   */
  public static Optional<Problem> formatVersionProblem(String formatVersion) {
    if (EvaluationPackage.FORMAT_VERSION.equals(formatVersion)) {
      return Optional.empty();
    }
    return Optional.of(Problem.at("/formatVersion", "不支持的格式版本 / unsupported format version '" + formatVersion
        + "': this version of jixiao reads format '" + EvaluationPackage.FORMAT_VERSION + "'"));
  }

  private static List<Problem> references(EvaluationPackage pkg) {
    List<Problem> problems = new ArrayList<>();
    formatVersionProblem(pkg.formatVersion()).ifPresent(problems::add);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < pkg.projects().size(); i++) {
      String id = pkg.projects().get(i).id();
      if (!ids.add(id)) {
        problems.add(Problem.at("/projects/" + i + "/id", "项目标识重复 / duplicate project id '" + id + "'"));
      }
    }
    if (pkg.basicData() != null) {
      List<ControlRow> rows = pkg.basicData().spendingControl();
      for (int i = 0; i < rows.size(); i++) {
        checkControlRow(rows.get(i), "/basicData/spendingControl/" + i, ids, problems);
      }
    }
    Set<String> labels = new HashSet<>();
    if (pkg.departmentEvaluation() != null) {
      labels.add(pkg.departmentEvaluation().label());
      checkRef(pkg.departmentEvaluation().projectId(), "/departmentEvaluation/projectId", ids, problems);
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      SelfEvaluationForm form = pkg.projectEvaluations().get(i);
      if (!labels.add(form.label())) {
        problems.add(Problem.at("/projectEvaluations/" + i + "/label",
            "附件标号重复 / duplicate form label '" + form.label() + "'"));
      }
      checkRef(form.projectId(), "/projectEvaluations/" + i + "/projectId", ids, problems);
    }
    if (pkg.departmentReport() != null) {
      checkRef(pkg.departmentReport().projectId(), "/departmentReport/projectId", ids, problems);
    }
    for (int i = 0; i < pkg.projectReports().size(); i++) {
      checkRef(pkg.projectReports().get(i).projectId(), "/projectReports/" + i + "/projectId", ids, problems);
    }
    return problems;
  }

  private static void checkControlRow(ControlRow row, String pointer, Set<String> ids, List<Problem> problems) {
    checkRef(row.projectId(), pointer + "/projectId", ids, problems);
    for (int i = 0; i < row.children().size(); i++) {
      checkControlRow(row.children().get(i), pointer + "/children/" + i, ids, problems);
    }
  }

  private static void checkRef(String id, String pointer, Set<String> ids, List<Problem> problems) {
    if (id != null && !ids.contains(id)) {
      problems.add(Problem.at(pointer, "未登记的项目标识 / project id '" + id
          + "' is not declared in /projects (known: " + String.join(", ", new java.util.TreeSet<>(ids)) + ")"));
    }
  }
}
