package io.github.jixiao.render.pdf;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.List;

/** Variations of the seed package for tests. */
final class Packages {
  private Packages() {}

  /** The seed with project form {@code index} renamed (the text printed in 项目支出名称). */
  static EvaluationPackage withFormName(int index, String name) {
    EvaluationPackage p = Seed.PKG;
    List<SelfEvaluationForm> forms = new ArrayList<>(p.projectEvaluations());
    SelfEvaluationForm f = forms.get(index);
    forms.set(index, new SelfEvaluationForm(f.label(), f.title(), f.projectId(), name, f.supervisingDepartment(),
        f.implementingUnit(), f.funds(), f.goals(), f.indicators(), f.totalWeight(), f.reportedTotal(), f.notes(),
        f.footer()));
    return new EvaluationPackage(p.formatVersion(), p.year(), p.department(), p.profile(), p.projects(), p.basicData(),
        p.departmentEvaluation(), forms, p.departmentReport(), p.projectReports());
  }

  /** Only the project forms, repeated to {@code count} forms labelled 3-1 … 3-count. */
  static EvaluationPackage manyForms(int count) {
    EvaluationPackage p = Seed.PKG;
    List<SelfEvaluationForm> forms = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SelfEvaluationForm f = p.projectEvaluations().get(i % p.projectEvaluations().size());
      forms.add(new SelfEvaluationForm("3-" + (i + 1), f.title(), f.projectId(), f.name(), f.supervisingDepartment(),
          f.implementingUnit(), f.funds(), f.goals(), f.indicators(), f.totalWeight(), f.reportedTotal(), f.notes(),
          f.footer()));
    }
    return new EvaluationPackage(p.formatVersion(), p.year(), p.department(), p.profile(), p.projects(), null, null,
        forms, null, List.of());
  }

  /** A package with nothing but its header. */
  static EvaluationPackage empty() {
    EvaluationPackage p = Seed.PKG;
    return new EvaluationPackage(p.formatVersion(), p.year(), p.department(), null, List.of(), null, null, List.of(),
        null, List.of());
  }
}
