package io.github.jixiao.bench;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Realistic synthetic packages, derived from the seed (汨罗市住房和城乡建设局 2023): each has the
 * seed's 附件1, 附件2 and department report and 10–20 project forms drawn at random from the seed's
 * 14 (with their long Chinese goals, indicators and reports), renumbered and renamed, under a
 * department name of its own. Seeded: the same seed gives the same packages.
 */
public final class Generator {
  private static final String[] PLACES = {"汨罗市", "平江县", "湘阴县", "岳阳县", "华容县", "临湘市", "君山区",
    "云溪区", "岳阳楼区", "屈原管理区", "浏阳市", "宁乡市", "醴陵市", "攸县", "茶陵县", "炎陵县"};
  private static final String[] BUREAUS = {"住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "自然资源局",
    "生态环境局", "教育局", "卫生健康局", "民政局", "文化旅游广电体育局"};

  private final EvaluationPackage seed;
  private final Map<String, Report> reports;
  private final Random random;
  private int count;

  /** A generator with its own random sequence. */
  public Generator(long randomSeed) {
    this.seed = Examples.miluo2023();
    this.reports = seed.projectReports().stream().filter(r -> r.projectId() != null)
        .collect(Collectors.toMap(Report::projectId, Function.identity(), (a, b) -> a));
    this.random = new Random(randomSeed);
  }

  /** The next package: 1 department form and 10–20 project forms. */
  public EvaluationPackage next() {
    count++;
    String department = PLACES[random.nextInt(PLACES.length)] + BUREAUS[random.nextInt(BUREAUS.length)]
        + "（样本" + count + "）";
    int n = 10 + random.nextInt(11);
    List<SelfEvaluationForm> pool = seed.projectEvaluations();
    List<Project> projects = new ArrayList<>(seed.projects()); // 附件1 refers to the seed's projects
    List<SelfEvaluationForm> forms = new ArrayList<>(n);
    List<Report> projectReports = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      SelfEvaluationForm f = pool.get(random.nextInt(pool.size()));
      String id = "sample-" + (k + 1);
      String name = f.name() + "（" + (k + 1) + "）";
      projects.add(new Project(id, name));
      forms.add(new SelfEvaluationForm("3-" + (k + 1), f.title(), id, name, f.supervisingDepartment(),
          f.implementingUnit(), f.funds(), f.goals(), f.indicators(), f.totalWeight(), f.reportedTotal(), f.notes(),
          f.footer()));
      Report r = f.projectId() == null ? null : reports.get(f.projectId());
      if (r != null) {
        projectReports.add(new Report(r.label(), id, r.cover(), r.title(), r.preamble(), r.sections(), r.closing()));
      }
    }
    return new EvaluationPackage(seed.formatVersion(), seed.year(), department, seed.profile(), projects,
        seed.basicData(), seed.departmentEvaluation(), forms, seed.departmentReport(), projectReports);
  }

  /** Packages until they hold at least {@code forms} forms in all. */
  public List<EvaluationPackage> forms(int forms) {
    List<EvaluationPackage> out = new ArrayList<>();
    int total = 0;
    while (total < forms) {
      EvaluationPackage p = next();
      out.add(p);
      total += (int) p.forms().count();
    }
    return out;
  }

  /** How many forms the packages hold. */
  public static int countForms(List<EvaluationPackage> packages) {
    return packages.stream().mapToInt(p -> (int) p.forms().count()).sum();
  }
}
