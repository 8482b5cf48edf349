package io.github.jixiao.cli;

import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao profiles [--show ID]}: lists the scoring profiles or prints one. */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description = {"Lists the built-in scoring profiles (评分规则), or prints one as JSON with --show."})
final class ProfilesCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--show", paramLabel = "ID", completionCandidates = Completions.ProfileIds.class, description = "print this profile as JSON (a template for your own)")
  private String show;

  ProfilesCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Profiles profiles = Profiles.builtIn();
    if (show != null) {
      try {
        io.out.print(CliJson.restyle(Profiles.write(profiles.get(show))));
        return ExitCode.OK;
      } catch (UnknownProfileException e) {
        io.err.println("jixiao profiles: " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    for (ScoringProfile p : profiles.all()) {
      io.out.printf("%-14s %s%s%n", p.id(), p.name(), p.id().equals(Profiles.DEFAULT) ? "  (default)" : "");
      io.out.printf("               预算执行率 %s (%s); %s; 成本 %s%n", p.executionWeight().toPlainString(),
          p.executionFormula(), weights(p.level1Weights(), p.indicatorWeight()),
          p.costPlacement() == ScoringProfile.CostPlacement.LEVEL1 ? "一级指标" : "产出下的二级指标");
    }
    io.out.flush();
    return ExitCode.OK;
  }

  private static String weights(Map<Level1Indicator, BigDecimal> weights, BigDecimal total) {
    if (weights.isEmpty()) {
      return "指标共 " + total.toPlainString() + " 分自由分配";
    }
    return weights.entrySet().stream().map(e -> e.getKey().chinese() + " " + e.getValue().toPlainString())
        .collect(Collectors.joining(", "));
  }
}
