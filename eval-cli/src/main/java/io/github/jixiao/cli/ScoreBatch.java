package io.github.jixiao.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.value.ValueCache;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code jixiao score DIR}: one package's outcome, and the batch JSON document (see docs/SCORING.md). */
final class ScoreBatch {
  private ScoreBatch() {}

  /** One package: its evaluation, or why it could not be scored. */
  record Result(String file, @Nullable EvaluationPackage pkg, @Nullable PackageEvaluation evaluation,
      @Nullable String error) implements Batch.Outcome {
    @Override
    public boolean ok() {
      return error == null;
    }

    /** Only failures are reported as they happen (on standard error); the results go to standard output. */
    @Override
    public @Nullable String line() {
      return ok() ? null : "FAIL " + file + ": " + error;
    }

    static Result failed(String file, String error) {
      return new Result(file, null, null, error);
    }
  }

  /** The counts of a batch. */
  record Summary(int packages, int scored, int failed, int withErrors, int forms, long errors, long warnings,
      long infos) {}

  static Result score(Io io, Path file, Profiles profiles, @Nullable String requested, ValueCache values) {
    String name = file.getFileName().toString();
    Batch.Loaded loaded = Batch.load(io, file);
    EvaluationPackage pkg = loaded.pkg();
    if (pkg == null) {
      return Result.failed(name, String.valueOf(loaded.failure()));
    }
    try {
      return new Result(name, pkg, Evaluator.of(Evaluator.chooseProfile(pkg, profiles, requested), values).evaluate(pkg), null);
    } catch (UnknownProfileException e) {
      return Result.failed(name, e.getMessage());
    }
  }

  static Summary summary(List<Result> results) {
    int scored = 0;
    int withErrors = 0;
    int forms = 0;
    long[] counts = new long[Severity.values().length];
    for (Result r : results) {
      PackageEvaluation e = r.evaluation();
      if (e == null) {
        continue;
      }
      scored++;
      withErrors += e.hasErrors() ? 1 : 0;
      forms += e.evaluations().size();
      e.allFindings().forEach(f -> counts[f.severity().ordinal()]++);
    }
    return new Summary(results.size(), scored, results.size() - scored, withErrors, forms,
        counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()]);
  }

  /** {"packages": [{"file", "result"} | {"file", "error"}], "summary": {…}}, pretty, ending with a newline. */
  static String json(List<Result> results) {
    StringBuilder b = new StringBuilder("{\n  \"packages\": [");
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      b.append(i == 0 ? "\n" : ",\n").append("    {\n      \"file\": ").append(string(r.file())).append(",\n");
      if (r.evaluation() != null) {
        String single = EvaluationJson.write(r.evaluation()).strip();
        b.append("      \"result\": ").append(single.replace("\n", "\n      ")).append('\n');
      } else {
        b.append("      \"error\": ").append(string(r.error())).append('\n');
      }
      b.append("    }");
    }
    b.append(results.isEmpty() ? "],\n" : "\n  ],\n");
    Summary s = summary(results);
    b.append("  \"summary\": {\n")
        .append("    \"packages\": ").append(s.packages()).append(",\n")
        .append("    \"scored\": ").append(s.scored()).append(",\n")
        .append("    \"failed\": ").append(s.failed()).append(",\n")
        .append("    \"withErrors\": ").append(s.withErrors()).append(",\n")
        .append("    \"forms\": ").append(s.forms()).append(",\n")
        .append("    \"errors\": ").append(s.errors()).append(",\n")
        .append("    \"warnings\": ").append(s.warnings()).append(",\n")
        .append("    \"infos\": ").append(s.infos()).append("\n")
        .append("  }\n}\n");
    return b.toString();
  }

  private static String string(@Nullable String s) {
    return s == null ? "null" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }
}
