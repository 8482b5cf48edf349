package io.github.jixiao.cli;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.io.AtomicFiles;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.xlsx.XlsxSummary;
import io.github.jixiao.render.xlsx.XlsxSummary.SummaryRow;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.value.ValueCache;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jixiao render DIR}: renders every package of a folder in parallel, then writes the
 * batch 汇总 workbook ({@value #SUMMARY}) of all forms of all rendered packages when xlsx is
 * among the formats.
 */
final class RenderBatch {
  /** The batch summary workbook's file name in the output folder. */
  static final String SUMMARY = "汇总.xlsx";

  private final Io io;
  private final RenderCommand command;
  private final List<Renderer> renderers;
  /** A request of the batch, to say which fonts its PDFs use (the options are the same for all). */
  private final java.util.concurrent.atomic.AtomicReference<RenderRequest> sample =
      new java.util.concurrent.atomic.AtomicReference<>();
  private final ProfileOptions.Choice profiles;
  /** One cache of values read for the whole batch: one province's forms repeat their texts. */
  private final ValueCache values = ValueCache.create();

  RenderBatch(Io io, RenderCommand command, List<Renderer> renderers, ProfileOptions.Choice profiles) {
    this.profiles = profiles;
    this.io = io;
    this.command = command;
    this.renderers = renderers;
  }

  /** One package: its outputs and summary rows, or why it failed. */
  record Result(String file, List<String> outputs, List<SummaryRow> rows, Instant timestamp, String error,
      boolean unwritable) implements Batch.Outcome {
    @Override
    public boolean ok() {
      return error == null;
    }

    @Override
    public String line() {
      return ok() ? "ok   " + file + " → " + String.join(", ", outputs) : "FAIL " + file + ": " + error;
    }

    static Result failed(String file, String error) {
      return new Result(file, List.of(), List.of(), Instant.EPOCH, error, false);
    }

    /** An output that could not be written (disk full, read-only): exit code 2, as for a single file. */
    static Result unwritable(String file, String error) {
      return new Result(file, List.of(), List.of(), Instant.EPOCH, error, true);
    }
  }

  int run(Path dir, Path out) {
    List<Path> files;
    try {
      files = Batch.packages(dir);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao render: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      io.outputDirectory(out, "render");
    } catch (Io.FileProblem e) {
      io.err.println("jixiao render: " + e.getMessage());
      return ExitCode.USAGE;
    }
    List<Result> results = Batch.run(files, f -> render(f, out),
        (f, e) -> Result.failed(f.getFileName().toString(), Batch.message(e)), io.out, io.err, io.errIsTerminal);
    int failed = (int) results.stream().filter(r -> !r.ok()).count();
    RenderRequest any = sample.get();
    if (any != null) {
      for (Renderer r : renderers) {
        RenderCommand.tellFonts(io, r, any); // the same fonts for every package: said once
      }
    }
    boolean unwritable = results.stream().anyMatch(Result::unwritable);
    int rendered = results.size() - failed;
    boolean xlsx = renderers.stream().anyMatch(r -> r.id().equals("xlsx"));
    if (xlsx && rendered > 0) {
      Path target = out.resolve(SUMMARY);
      try {
        writeSummary(results, target);
        io.out.println("汇总 " + target + ": " + results.stream().mapToInt(r -> r.rows().size()).sum() + " forms");
      } catch (IOException | RuntimeException e) {
        io.err.println("jixiao render: " + (e instanceof IOException x ? RenderCommand.cannotWrite(target, x)
            : "cannot write " + target + ": " + Batch.message(e)));
        failed++;
        unwritable = true;
      }
    }
    io.out.println(results.size() + " packages: " + rendered + " rendered, " + (results.size() - rendered) + " failed");
    io.out.flush();
    if (unwritable) {
      return ExitCode.USAGE; // an output directory that is full or read-only is not a problem of the input
    }
    return failed == 0 ? ExitCode.OK : ExitCode.INPUT_PROBLEMS;
  }

  private Result render(Path file, Path out) {
    String name = file.getFileName().toString();
    Batch.Loaded loaded = Batch.load(io, file);
    EvaluationPackage pkg = loaded.pkg();
    if (pkg == null) {
      return Result.failed(name, String.valueOf(loaded.failure()));
    }
    PackageEvaluation evaluation;
    try {
      evaluation = command.evaluator(Evaluator.of(profiles.forPackage(pkg), values)).evaluate(pkg);
    } catch (UnknownProfileException e) {
      return Result.failed(name, ProfileOptions.unknown(e));
    }
    RenderRequest request = command.request(pkg, evaluation);
    sample.compareAndSet(null, request);
    List<String> outputs = new ArrayList<>();
    String stem = Batch.stem(file) + command.suffix();
    for (Renderer r : renderers) {
      String target = stem + "." + r.fileExtension();
      try {
        RenderCommand.renderInto(r, request, out, target);
      } catch (RenderException e) {
        return Result.failed(name, r.id() + ": " + Batch.message(e));
      } catch (IOException e) {
        return Result.unwritable(name, RenderCommand.cannotWrite(out.resolve(target), e).replace('\n', ' '));
      }
      outputs.add(target);
    }
    List<SummaryRow> rows = new ArrayList<>();
    for (FormEvaluation e : evaluation.evaluations()) {
      rows.add(SummaryRow.of(pkg, e)); // a form printed in 元 is converted for the 万元 columns
    }
    return new Result(name, List.copyOf(outputs), List.copyOf(rows), request.timestamp(), null, false);
  }

  /** All forms of the rendered packages in file order; the latest package timestamp, so the bytes are stable. */
  private static void writeSummary(List<Result> results, Path target) throws IOException {
    Instant timestamp = results.stream().filter(Result::ok).map(Result::timestamp).max(Instant::compareTo)
        .orElse(Instant.EPOCH);
    long packages = results.stream().filter(Result::ok).count();
    Iterable<SummaryRow> rows = () -> results.stream().filter(Result::ok).flatMap(r -> r.rows().stream()).iterator();
    AtomicFiles.write(target, o -> XlsxSummary.write(rows, "绩效自评汇总（" + packages + " 个部门）", timestamp, o));
  }
}
