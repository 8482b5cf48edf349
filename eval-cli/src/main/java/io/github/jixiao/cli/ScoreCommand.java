package io.github.jixiao.cli;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.value.ValueCache;
import io.github.jixiao.scoring.profile.ProfileException;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao score FILE [--profile ID] [--format text|json]}: scores and audits a package. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every form of the package by the rules of a profile (评分) and audits it (审核):",
      "per form the reported and computed totals, the grade and the findings.",
      "A folder as FILE scores every *.json in it in parallel (JSON: {\"packages\": […], \"summary\": {…}});",
      "exit 1 if a package failed or has an ERROR finding.",
      "Exit codes: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad input, unreadable file or unknown profile."
    })
final class ScoreCommand implements Callable<Integer> {
  private final Io io;

  @picocli.CommandLine.Mixin
  private LayoutOptions layoutOptions = new LayoutOptions();

  private String file = "-";

  // Options naming files are set through File setters so that the shell completion offers file names.
  @Parameters(index = "0", paramLabel = "FILE", description = "the package JSON, a Word document (.docx) or workbook (.xlsx) a department sent (imported on the way), - for standard input, or a folder: every *.json, *.docx and *.xlsx in it (batch)")
  private void file(File file) {
    this.file = file.getPath();
  }

  @Mixin
  private ProfileOptions profileOptions = new ProfileOptions();

  @Option(names = "--format", paramLabel = "FORMAT", description = "output format: text (default) or json")
  private ValidateCommand.Format format = ValidateCommand.Format.text;

  ScoreCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    String layoutProblem = layoutOptions.apply(io);
    if (layoutProblem != null) {
      io.err.println("jixiao score: " + layoutProblem);
      return ExitCode.USAGE;
    }
    if (Batch.isFolder(file)) {
      return batch();
    }
    PackageInput input;
    try {
      input = PackageInput.read(io, file);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao score: " + e.getMessage());
      return ExitCode.USAGE;
    }
    String name = input.name();
    EvaluationPackage pkg = input.pkg();
    if (pkg == null) {
      input.problems().forEach(p -> io.err.println(input.describe(p)));
      io.err.println("jixiao score: " + name + " is not a valid package (" + input.problems().size()
          + " problem(s)); run 'jixiao validate' for details");
      return ExitCode.USAGE;
    }
    ProfileOptions.Choice choice = profileChoice();
    if (choice == null) {
      return ExitCode.USAGE;
    }
    ScoringProfile profile;
    try {
      profile = choice.forPackage(pkg);
    } catch (UnknownProfileException e) {
      io.err.println("jixiao score: " + ProfileOptions.unknown(e));
      return ExitCode.USAGE;
    }
    PackageEvaluation result = Evaluator.of(profile).evaluate(pkg);
    if (format == ValidateCommand.Format.json) {
      io.out.print(EvaluationJson.write(result));
    } else {
      text(name, pkg, result);
    }
    io.out.flush();
    return result.hasErrors() ? ExitCode.INPUT_PROBLEMS : ExitCode.OK;
  }

  /** The built-in profiles plus {@code $JIXIAO_PROFILES} and {@code --profile-file}, or {@code null} after reporting why not. */
  private ProfileOptions.@Nullable Choice profileChoice() {
    return profileOptions.resolve(io, "score", io.env);
  }

  /** {@code jixiao score DIR}: every package of the folder, in parallel; one JSON document or the texts in file order. */
  private int batch() {
    ProfileOptions.Choice choice = profileChoice();
    if (choice == null) {
      return ExitCode.USAGE;
    }
    Profiles profiles = choice.profiles();
    String requested = choice.requested();
    if (requested != null) {
      try {
        profiles.get(requested);
      } catch (UnknownProfileException e) {
        io.err.println("jixiao score: " + ProfileOptions.unknown(e));
        return ExitCode.USAGE;
      }
    }
    java.util.List<Path> files;
    try {
      files = Batch.packages(Path.of(file));
    } catch (Io.FileProblem e) {
      io.err.println("jixiao score: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Profiles chosen = profiles;
    String id = requested;
    // one cache of values read for the whole batch: one province's forms repeat their texts
    ValueCache values = ValueCache.create();
    java.util.List<ScoreBatch.Result> results = Batch.run(files, f -> ScoreBatch.score(io, f, chosen, id, values),
        (f, e) -> ScoreBatch.Result.failed(f.getFileName().toString(), Batch.message(e)),
        io.err, io.err, io.errIsTerminal);
    if (format == ValidateCommand.Format.json) {
      io.out.print(ScoreBatch.json(results));
    } else {
      for (ScoreBatch.Result r : results) {
        if (r.ok()) {
          text(r.file(), r.pkg(), r.evaluation());
        } else {
          io.out.println("FAIL " + r.file() + ": " + r.error());
        }
      }
    }
    ScoreBatch.Summary s = ScoreBatch.summary(results);
    io.err.println(s.packages() + " packages: " + s.scored() + " scored (" + s.withErrors() + " with errors), "
        + s.failed() + " failed");
    io.out.flush();
    return s.failed() > 0 || s.withErrors() > 0 ? ExitCode.INPUT_PROBLEMS : ExitCode.OK;
  }

  private void text(String name, EvaluationPackage pkg, PackageEvaluation result) {
    io.out.printf("%s: %d %s, profile %s%n", name, pkg.year(), pkg.department(), result.profile());
    for (FormEvaluation e : result.evaluations()) {
      io.out.printf("附件%-5s %s%n", e.form(), e.name());
      // a partial form's computed total adds up what is visible
      boolean partial = e.findings().stream().anyMatch(f -> f.code() == FindingCode.PARTIAL_FORM);
      io.out.printf("         总分 reported %s, computed %s, 等级 %s; 执行率 %s; %d error(s), %d warning(s), %d info%n",
          total(e.reportedTotal()), e.computedTotal().toPlainString() + (partial ? "（仅可见部分 / visible part only）" : ""),
          e.grade().chinese(),
          e.executionRate() == null ? "-" : e.executionRate().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP) + "%",
          e.count(Severity.ERROR), e.count(Severity.WARNING), e.count(Severity.INFO));
      for (Finding f : e.findings()) {
        line(f);
      }
    }
    if (!result.findings().isEmpty()) {
      io.out.println("跨表 / package:");
      for (Finding f : result.findings()) {
        line(f);
      }
    }
    long errors = result.allFindings().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = result.allFindings().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = result.allFindings().filter(f -> f.severity() == Severity.INFO).count();
    io.out.printf("%s: %d form(s): %d error(s), %d warning(s), %d info%n", name, result.evaluations().size(),
        errors, warnings, infos);
  }

  private void line(Finding f) {
    io.out.printf("  %-7s %-25s %s: %s%n", f.severity(), f.code(), f.location(), f.messageZh());
  }

  private static String total(ScoreCell cell) {
    return cell == null ? "(blank)" : cell.toString();
  }
}
