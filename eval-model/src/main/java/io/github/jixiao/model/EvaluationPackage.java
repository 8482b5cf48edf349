package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Max;
import io.github.jixiao.model.constraint.Min;
import io.github.jixiao.model.constraint.NotBlank;
import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * 预算绩效自评材料 — everything a department submits for one year's self-evaluation.
 *
 * @param formatVersion the JSON format version ("1")
 * @param year the budget year evaluated (2023)
 * @param department the submitting department
 * @param profile the scoring profile the package names, or {@code null} to let the caller choose
 * @param projects the project registry
 * @param basicData 附件1, or {@code null}
 * @param departmentEvaluation 附件2, or {@code null}
 * @param projectEvaluations 附件3-n in printed order
 * @param departmentReport the department report, or {@code null}
 * @param projectReports 附件5-n in printed order
 */
public record EvaluationPackage(
    String formatVersion,
    @Min(value = 1990, message = "年度须在1990至2100之间 / year must be between 1990 and 2100")
        @Max(value = 2100, message = "年度须在1990至2100之间 / year must be between 1990 and 2100")
        int year,
    @NotBlank(message = "部门名称不能为空 / department is required") String department,
    @Nullable String profile,
    List<@Valid Project> projects,
    @Valid @Nullable BasicDataTable basicData,
    @Valid @Nullable SelfEvaluationForm departmentEvaluation,
    List<@Valid SelfEvaluationForm> projectEvaluations,
    @Valid @Nullable Report departmentReport,
    List<@Valid Report> projectReports) {

  /** The format version this library writes. */
  public static final String FORMAT_VERSION = "1";

  /**
   * Checks that {@code formatVersion} is present and {@code department} is not blank; a {@code null}
   * list becomes empty, lists are copied. The year's range and the constraints of the records inside
   * are checked by validation ({@code PackageValidator}), not here.
   *
   * @param formatVersion the JSON format version, required (any text: validation checks it is
   *     {@value #FORMAT_VERSION})
   * @param year the budget year evaluated (2023)
   * @param department the submitting department, not blank
   * @param profile the scoring profile the package names, or {@code null}
   * @param projects the project registry; {@code null} for none
   * @param basicData 附件1, or {@code null}
   * @param departmentEvaluation 附件2, or {@code null}
   * @param projectEvaluations 附件3-n in printed order; {@code null} for none
   * @param departmentReport the department report, or {@code null}
   * @param projectReports 附件5-n in printed order; {@code null} for none
   * @throws FieldException when {@code formatVersion} is missing, {@code department} is blank or a
   *     list holds {@code null}
   */
  public EvaluationPackage {
    Checks.required(formatVersion, "formatVersion");
    Checks.text(department, "department");
    projects = Checks.list(projects, "projects");
    projectEvaluations = Checks.list(projectEvaluations, "projectEvaluations");
    projectReports = Checks.list(projectReports, "projectReports");
  }

  /**
   * Every self-evaluation form: the department form (if any) first, then the project forms.
   *
   * @return 附件2 (when present) followed by 附件3-n in printed order
   */
  public Stream<SelfEvaluationForm> forms() {
    return Stream.concat(Stream.ofNullable(departmentEvaluation), projectEvaluations.stream());
  }

  /**
   * The project with this id in the registry.
   *
   * @param id a project id ("shigongtu-shencha"), as in {@link Project#id()}
   * @return the project, or empty when the registry has no project with this id
   */
  public Optional<Project> project(String id) {
    return projects.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The self-evaluation form with this attachment label.
   *
   * @param label the label without "附件" ("2" for the department form, "3-1" for a project form)
   * @return the first form with this label, or empty when there is none
   */
  public Optional<SelfEvaluationForm> form(String label) {
    return forms().filter(f -> f.label().equals(label)).findFirst();
  }
}
