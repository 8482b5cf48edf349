package io.github.jixiao.cli;

import io.github.jixiao.importer.Intake;
import io.github.jixiao.model.io.AtomicFiles;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewLetter;
import io.github.jixiao.review.AuditJson;
import io.github.jixiao.review.PackageAudit;
import io.github.jixiao.review.Season;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao audit DIR --out OUTDIR}: a county's season of submissions, audited — one review
 * letter per department (DOCX and PDF), the county workbook and {@code audit.json}.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audits every package of a folder (审核) for the county review: each *.json, *.docx and *.xlsx file is a",
      "package, and so is each sub-folder (its files together). Writes to OUTDIR: one review letter per department",
      "(审核意见书/<部门>.docx and .pdf), the county workbook (" + AuditCommand.COUNTY + ") and audit.json.",
      "A package that cannot be read is listed with its problem; the others go on.",
      "Re-running redoes only the packages whose files changed (--force: all) and rebuilds the county outputs.",
      "--merge instead writes the outputs of audit.json files audited apart (the same options: the same bytes).",
      "Exit codes: 0 no ERROR finding, 1 a package failed or has an ERROR finding, 2 bad options or an unwritable OUTDIR."
    })
final class AuditCommand implements Callable<Integer> {
  /** The county workbook's name in OUTDIR. */
  static final String COUNTY = "县级汇总.xlsx";
  /** The season's result in OUTDIR. */
  static final String AUDIT_JSON = "audit.json";
  /** The letters' folder in OUTDIR. */
  static final String LETTERS = "审核意见书";
  /** The kept results of the packages, for re-runs (one file per package). */
  static final String CACHE = ".audit-cache";

  private final Io io;

  @Mixin
  private LayoutOptions layoutOptions = new LayoutOptions();

  @Mixin
  private ProfileOptions profileOptions = new ProfileOptions();

  private @Nullable String dir;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "the folder of the season's packages (*.json, *.docx, *.xlsx files and sub-folders)")
  private void dir(File f) {
    this.dir = f.getPath();
  }

  private @Nullable String out;

  @Option(names = "--out", paramLabel = "OUTDIR", required = true,
      description = "the folder to write the letters, " + COUNTY + " and audit.json to (created if needed)")
  private void out(File f) {
    this.out = f.getPath();
  }

  @Option(names = "--merge", paramLabel = "AUDIT_JSON",
      description = "instead of DIR: the audit.json of parts of a season audited apart; repeatable")
  private List<File> mergeFiles = new ArrayList<>();

  @Option(names = "--bureau", paramLabel = "NAME", description = "the reviewing bureau as it signs the letters (default: 财政局)")
  private String bureau = "财政局";

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the letters' and the workbook's date (default: today)")
  private @Nullable String date;

  @Option(names = "--reply-by", paramLabel = "YYYY-MM-DD",
      description = "the date by which corrected forms are asked for (default: 15 days after --date)")
  private @Nullable String replyBy;

  @Option(names = "--force", description = "audit every package again, even those unchanged since the last run")
  private boolean force;

  @Option(names = "--format", paramLabel = "FORMAT", description = "the summary on standard output: text (default) or json")
  private ValidateCommand.Format format = ValidateCommand.Format.text;

  AuditCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    LocalDate day;
    LocalDate reply;
    try {
      day = date == null ? LocalDate.now() : LocalDate.parse(date);
      reply = replyBy == null ? day.plusDays(15) : LocalDate.parse(replyBy);
    } catch (DateTimeParseException e) {
      io.err.println("jixiao audit: --date and --reply-by are dates like 2024-04-30 (日期格式：2024-04-30): " + e.getParsedString());
      return ExitCode.USAGE;
    }
    if (reply.isBefore(day)) {
      io.err.println("jixiao audit: --reply-by " + reply + " is before the letters' date " + day);
      return ExitCode.USAGE;
    }
    if (bureau.isBlank()) {
      io.err.println("jixiao audit: --bureau must name the bureau");
      return ExitCode.USAGE;
    }
    List<String> merge = mergeFiles.stream().map(File::getPath).toList();
    if ((dir == null) == merge.isEmpty()) {
      io.err.println("jixiao audit: give either DIR (a folder of packages) or --merge with audit.json files, not "
          + (dir == null ? "neither" : "both"));
      return ExitCode.USAGE;
    }
    Path outDir = Path.of(String.valueOf(out));
    try {
      io.outputDirectory(outDir, "audit", LETTERS, CACHE);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao audit: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (!merge.isEmpty()) {
      return merged(merge, outDir, day, reply, started);
    }
    String layoutProblem = layoutOptions.apply(io);
    if (layoutProblem != null) {
      io.err.println("jixiao audit: " + layoutProblem);
      return ExitCode.USAGE;
    }
    ProfileOptions.Choice choice = profileOptions.resolve(io, "audit", io.env);
    if (choice == null) {
      return ExitCode.USAGE;
    }
    if (choice.requested() != null) {
      try {
        choice.profiles().get(choice.requested());
      } catch (UnknownProfileException e) {
        io.err.println("jixiao audit: " + ProfileOptions.unknown(e));
        return ExitCode.USAGE;
      }
    }
    Path in = Path.of(String.valueOf(dir));
    List<Source> sources;
    try {
      sources = sources(in, outDir);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao audit: " + e.getMessage());
      return ExitCode.USAGE;
    }
    String settings = settings(choice);
    Intake intake = io.intake();
    PackageAudit audit = PackageAudit.of(intake, choice.profiles(), choice.requested());
    Season previous = previous(outDir, settings);
    Path cache = outDir.resolve(CACHE);
    try {
      Files.createDirectories(cache);
    } catch (IOException e) {
      io.err.println("jixiao audit: cannot create " + cache + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    Progress progress = new Progress(io, "packages", sources.size(), started);
    int[] redone = {0};
    List<PackageReview> reviews = AuditRun.parallel(sources, s -> {
      PackageReview r = reviewOf(s, audit, settings, cache, redone);
      progress.done(!r.ok());
      return r;
    }, (s, e) -> PackageReview.failed(s.name(), "", s.name() + ": internal error: " + Batch.message(e)));
    progress.finish();
    removeStaleCache(cache, sources);
    Season season = new Season(settings, bureau, day, reply, reviews);
    Set<String> changed = changedDepartments(season, previous);
    return write(season, outDir, changed, previous, redone[0], started);
  }

  /** The outputs of audit.json files audited apart, merged. */
  private int merged(List<String> merge, Path outDir, LocalDate day, LocalDate reply, long started) {
    Season season = null;
    for (String f : merge) {
      try {
        Season part = AuditJson.read(io.read(f));
        part = new Season(part.settings(), bureau, day, reply, part.packages());
        season = season == null ? part : season.merge(part);
      } catch (Io.FileProblem e) {
        io.err.println("jixiao audit: " + e.getMessage());
        return ExitCode.USAGE;
      } catch (IOException | IllegalArgumentException e) {
        io.err.println("jixiao audit: " + f + ": " + Batch.message(e));
        return ExitCode.USAGE;
      }
    }
    return write(java.util.Objects.requireNonNull(season), outDir, null, null, 0, started);
  }

  /** A package of the folder: a file, or a sub-folder's files. */
  record Source(String name, List<Path> files) {}

  /** The packages of DIR in name order: its files, and its sub-folders (not OUTDIR, not hidden ones). */
  static List<Source> sources(Path in, Path outDir) throws Io.FileProblem {
    if (!Files.isDirectory(in)) {
      throw new Io.FileProblem(in + " is not a folder (不是文件夹): give the folder of the season's packages");
    }
    List<Source> out = new ArrayList<>();
    Path outAbs = outDir.toAbsolutePath().normalize();
    try (var list = Files.list(in)) {
      for (Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || p.toAbsolutePath().normalize().equals(outAbs)) {
          continue;
        }
        if (Files.isDirectory(p)) {
          List<Path> files = Batch.packages(p);
          if (!files.isEmpty()) {
            out.add(new Source(name + "/", files));
          }
        } else if (Intake.accepts(name) && (Files.isRegularFile(p) || Files.isSymbolicLink(p))) {
          out.add(new Source(name, List.of(p)));
        }
      }
    } catch (IOException | SecurityException e) {
      throw new Io.FileProblem("cannot list " + in + ": " + e.getMessage());
    }
    out.sort(java.util.Comparator.comparing(Source::name));
    return out;
  }

  /** The kept result when the input is unchanged, else the package audited (and kept). */
  private PackageReview reviewOf(Source s, PackageAudit audit, String settings, Path cache, int[] redone) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Path f : s.files()) {
      try {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      } catch (IOException e) {
        return PackageReview.failed(s.name(), "", s.name() + ": cannot read " + f.getFileName() + ": " + Io.why(f, e));
      } catch (OutOfMemoryError e) {
        return PackageReview.failed(s.name(), "", s.name() + ": cannot read " + f.getFileName() + ": " + Batch.message(e));
      }
    }
    String hash = PackageAudit.hash(files);
    Path kept = cache.resolve(PackageAudit.sha256(s.name().getBytes(StandardCharsets.UTF_8)) + ".json");
    if (!force && Files.isRegularFile(kept)) {
      try {
        PackageReview r = AuditJson.readEntry(Files.readAllBytes(kept), settings);
        if (r != null && r.hash().equals(hash) && r.source().equals(s.name())) {
          return r;
        }
      } catch (IOException e) {
        // unreadable: audited again
      }
    }
    PackageReview r = audit.audit(s.name(), files);
    synchronized (redone) {
      redone[0]++;
    }
    try {
      AtomicFiles.write(kept, AuditJson.writeEntry(settings, r));
    } catch (IOException e) {
      // not kept: the next run audits it again
    }
    return r;
  }

  private static void removeStaleCache(Path cache, List<Source> sources) {
    Set<String> live = new HashSet<>();
    for (Source s : sources) {
      live.add(PackageAudit.sha256(s.name().getBytes(StandardCharsets.UTF_8)) + ".json");
    }
    try (var list = Files.list(cache)) {
      for (Path p : list.toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".json") && !live.contains(n)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // left: removed by a later run
    }
  }

  /** What decides a package's result besides its bytes: the version, the profiles, the layouts and the year. */
  private String settings(ProfileOptions.Choice choice) {
    StringBuilder b = new StringBuilder();
    b.append(Main.class.getPackage().getImplementationVersion()).append('\n');
    b.append("profile=").append(choice.requested()).append('\n');
    for (ScoringProfile p : choice.profiles().all()) {
      b.append(Profiles.write(p)).append('\n');
    }
    b.append(layoutOptions.fingerprint()).append('\n');
    return PackageAudit.sha256(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** The last run's season in OUTDIR, when it was audited under the same settings; else null. */
  private static @Nullable Season previous(Path outDir, String settings) {
    Path f = outDir.resolve(AUDIT_JSON);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      Season s = AuditJson.read(Files.readAllBytes(f));
      return s.settings().equals(settings) ? s : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The departments whose letter changes: a package of theirs new, changed or gone. Null: all. */
  private @Nullable Set<String> changedDepartments(Season now, @Nullable Season before) {
    if (force || before == null || !before.bureau().equals(now.bureau()) || !before.date().equals(now.date())
        || !before.replyBy().equals(now.replyBy())) {
      return null;
    }
    Map<String, PackageReview> old = new LinkedHashMap<>();
    before.packages().forEach(p -> old.put(p.source(), p));
    Set<String> changed = new HashSet<>();
    for (PackageReview p : now.packages()) {
      PackageReview o = old.remove(p.source());
      if (o == null || !o.equals(p)) {
        if (p.department() != null) {
          changed.add(p.department());
        }
        if (o != null && o.department() != null) {
          changed.add(o.department());
        }
      }
    }
    old.values().forEach(o -> {
      if (o.department() != null) {
        changed.add(o.department());
      }
    });
    return changed;
  }

  /** Writes the letters (of the changed departments; null: all), the county workbook and audit.json; prints the summary. */
  private int write(Season season, Path outDir, @Nullable Set<String> changed, @Nullable Season previous, int redone,
      long started) {
    Path letters = outDir.resolve(LETTERS);
    try {
      Files.createDirectories(letters);
    } catch (IOException e) {
      io.err.println("jixiao audit: cannot create " + letters + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    List<ReviewLetter> all = season.letters();
    Map<String, String> fileNames = AuditOutputs.letterFileNames(all);
    List<ReviewLetter> todo = new ArrayList<>();
    for (ReviewLetter l : all) {
      String stem = fileNames.get(l.department());
      boolean present = Files.isRegularFile(letters.resolve(stem + ".docx")) && Files.isRegularFile(letters.resolve(stem + ".pdf"));
      if (changed == null || changed.contains(l.department()) || !present) {
        todo.add(l);
      }
    }
    AuditOutputs outputs;
    try {
      outputs = AuditOutputs.create();
    } catch (IOException e) {
      io.err.println("jixiao audit: " + Batch.message(e));
      return ExitCode.USAGE;
    }
    Progress progress = new Progress(io, "letters", todo.size(), started);
    List<String> failures = AuditRun.parallel(todo, l -> {
      String problem = outputs.letter(l, letters, fileNames.get(l.department()));
      progress.done(problem != null);
      return problem == null ? "" : problem;
    }, (l, e) -> l.department() + ": " + Batch.message(e));
    progress.finish();
    failures = failures.stream().filter(s -> !s.isEmpty()).toList();
    if (previous != null) {
      AuditOutputs.removeGoneLetters(letters, previous.letters(), all);
    }
    try {
      outputs.county(season.county(), outDir.resolve(COUNTY));
      AtomicFiles.write(outDir.resolve(AUDIT_JSON), AuditJson.write(season));
    } catch (IOException | RuntimeException e) {
      io.err.println("jixiao audit: cannot write to " + outDir + ": " + Batch.message(e));
      return ExitCode.USAGE;
    }
    Season.Summary s = season.summary();
    if (format == ValidateCommand.Format.json) {
      io.out.print(AuditOutputs.summaryJson(season, redone, todo.size(), failures));
    } else {
      io.out.print(AuditOutputs.summaryText(season, outDir, redone, todo.size(), failures,
          (System.nanoTime() - started) / 1_000_000));
    }
    io.out.flush();
    if (!failures.isEmpty()) {
      failures.forEach(f -> io.err.println("jixiao audit: letter not written: " + f));
      return ExitCode.USAGE;
    }
    return s.failed() > 0 || s.packagesWithErrors() > 0 ? ExitCode.INPUT_PROBLEMS : ExitCode.OK;
  }

  /** Packages or letters done out of a total, drawn on a terminal only. */
  static final class Progress {
    private final Io io;
    private final String what;
    private final int total;
    private final long started;
    private int done;
    private int failed;
    private long drawn;

    Progress(Io io, String what, int total, long started) {
      this.io = io;
      this.what = what;
      this.total = total;
      this.started = started;
    }

    synchronized void done(boolean failure) {
      done++;
      failed += failure ? 1 : 0;
      long now = System.nanoTime();
      if (io.errIsTerminal && (now - drawn > 100_000_000L || done == total)) {
        drawn = now;
        io.err.print("\r\033[K" + line(done, total, failed, what, (now - started) / 1_000_000_000L));
        io.err.flush();
      }
    }

    synchronized void finish() {
      if (io.errIsTerminal && total > 0) {
        io.err.print("\r\033[K");
        io.err.flush();
      }
    }

    /** "[=====>    ] 120/600 packages · 3 failed · 0:12 elapsed · about 0:48 left". */
    static String line(int done, int total, int failed, String what, long elapsedSeconds) {
      long left = done == 0 ? 0 : elapsedSeconds * (total - done) / done;
      return Batch.progress(done, total).replace("] " + done + "/" + total, "] " + done + "/" + total + " " + what)
          + " · " + failed + " failed · " + clock(elapsedSeconds) + " elapsed · about " + clock(left) + " left";
    }

    static String clock(long seconds) {
      return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
  }
}
