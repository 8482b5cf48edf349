package io.github.jixiao.bench;

import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19, class 7: one package growing from 500 to 8,000 project forms (the seed's, drawn by
 * {@link Generator}), rendered whole by each renderer; the cost per form must stay flat (within
 * 25 % from the smallest to the largest). Sizes are timed small to large, after a warm-up render
 * of the smallest; each size {@code rounds} times (the median).
 *
 * <pre>
 * java -cp … io.github.jixiao.bench.Compare package-growth ROUNDS [RENDERERS] [MAX]
 * java -cp … io.github.jixiao.bench.Compare package-file N FILE   (the package of N forms as JSON, for the CLI)
 * </pre>
 */
final class PackageGrowth {
  private PackageGrowth() {}

  /** One package of {@code n} project forms (and the seed's 附件1, 附件2 and department report). */
  static EvaluationPackage of(int n) {
    Generator g = new Generator(19L);
    EvaluationPackage first = g.next();
    List<SelfEvaluationForm> forms = new ArrayList<>(n);
    List<Project> projects = new ArrayList<>(first.projects());
    int k = 0;
    while (forms.size() < n) {
      for (SelfEvaluationForm f : g.next().projectEvaluations()) {
        if (forms.size() >= n) {
          break;
        }
        k++;
        String id = "g" + k;
        projects.add(new Project(id, f.name() + k));
        forms.add(new SelfEvaluationForm("3-" + k, f.title(), id, f.name() + k, f.supervisingDepartment(),
            f.implementingUnit(), f.funds(), f.goals(), f.indicators(), f.totalWeight(), f.reportedTotal(), f.notes(),
            f.footer()));
      }
    }
    return new EvaluationPackage(first.formatVersion(), first.year(), first.department(), first.profile(), projects,
        first.basicData(), first.departmentEvaluation(), forms, first.departmentReport(), List.of());
  }

  static void file(int n, Path out) throws Exception {
    Files.write(out, PackageJson.create().writeBytes(of(n)));
    System.out.printf(Locale.ROOT, "a package of %d project forms in %s%n", n, out);
  }

  static void run(int rounds, String which, int max) throws Exception {
    Evaluator evaluator = Evaluator.of(Profiles.builtIn().get(Profiles.DEFAULT));
    List<Renderer> renderers = new ArrayList<>();
    for (String id : which.split(",")) {
      renderers.add(switch (id) {
        case "pdf" -> new PdfRenderer();
        case "xlsx" -> new XlsxRenderer();
        case "docx" -> new DocxRenderer();
        default -> throw new IllegalArgumentException("unknown renderer " + id);
      });
    }
    for (Renderer r : renderers) {
      double first = 0;
      for (int n = 500; n <= max; n *= 2) {
        EvaluationPackage pkg = of(n);
        PackageEvaluation e = evaluator.evaluate(pkg);
        RenderRequest request = RenderRequest.of(pkg, e, RenderMode.REPORTED);
        double[] s = Compare.time(rounds, n == 500 ? 1 : 0, () -> r.render(request, OutputStream.nullOutputStream()));
        double perForm = s[s.length / 2] * 1000 / n;
        first = first == 0 ? perForm : first;
        System.out.printf(Locale.ROOT, "%-5s %5d forms: median %8.2f s (min %.2f, max %.2f, n=%d)  %7.3f ms/form  "
            + "×%.2f of 500%n", r.id(), n, s[s.length / 2], s[0], s[s.length - 1], s.length, perForm, perForm / first);
      }
    }
  }
}
