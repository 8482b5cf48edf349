package io.github.jixiao.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks that a package can be represented: the declarative constraints on the model (Bean
 * Validation: non-negative amounts, weights within 0–100, required names) and the references
 * between its parts (every project id used is declared, ids and form labels are unique).
 *
 * <p>It does <em>not</em> judge arithmetic or content (a score above its weight, totals that do
 * not add up, a blank 总分): such a package is valid here, and the audit finds those problems.
 * Thread-safe.
 */
public final class PackageValidator {
  private final Validator validator;

  private PackageValidator(Validator validator) {
    this.validator = validator;
  }

  /** A validator using Hibernate Validator without expression-language interpolation. */
  public static PackageValidator create() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.ROOT, false))
        .buildValidatorFactory()) {
      return new PackageValidator(factory.getValidator());
    }
  }

  /** Every problem in the package, in document order; empty when valid. */
  public List<Problem> validate(EvaluationPackage pkg) {
    List<Problem> problems = new ArrayList<>(validate(pkg, ""));
    problems.addAll(references(pkg));
    return problems;
  }

  /**
   * The Bean Validation problems of one part of a package (a record of the model), with
   * pointers prefixed by {@code pointer}, the JSON pointer of that part.
   */
  public List<Problem> validate(Object part, String pointer) {
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> v : validator.validate(part)) {
      problems.add(Problem.at(pointer + toPointer(v.getPropertyPath()), v.getMessage()));
    }
    problems.sort(Comparator.comparing(Problem::pointer));
    return problems;
  }

  /**
   * The Bean Validation problems of one component value of a record type, checked without
   * building the record (for a record that could not be built because of another component),
   * with pointers prefixed by {@code recordPointer}, the JSON pointer of the record. Records held
   * by the value are not cascaded into.
   */
  public List<Problem> validateValue(Class<?> recordType, String component, Object value, String recordPointer) {
    return validateValueOf(recordType, component, value, recordPointer);
  }

  private <T> List<Problem> validateValueOf(Class<T> type, String component, Object value, String recordPointer) {
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<T> v : validator.validateValue(type, component, value)) {
      problems.add(Problem.at(recordPointer + toPointer(v.getPropertyPath()), v.getMessage()));
    }
    problems.sort(Comparator.comparing(Problem::pointer));
    return problems;
  }

  /** The problem with this format version, unless it is the one this version of jixiao reads. */
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

  private static String toPointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        sb.append('/').append(node.getIndex());
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        sb.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }
}
