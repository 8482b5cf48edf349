package io.github.jixiao.cli;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.io.AtomicFiles;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.pdf.FontReport;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.model.render.Renderers;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao render FILE --format pdf,xlsx,docx [--mode …] --out DIR}: renders a package. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders the package as PDF and/or XLSX (生成 PDF / Excel) into DIR, named after FILE.",
      "The package is scored and audited first (see 'jixiao score'): in reported mode the cells",
      "with findings are marked; in computed mode jixiao's scores are shown; submission mode is the",
      "package exactly as printed, for filing (no marks, colours, findings pages or tool name).",
      "Report headings are printed as written; --renumber renumbers them 一、（一）1.（1） and lists each change.",
      "A folder as FILE renders every *.json in it in parallel, one line per package, a summary at the end,",
      "and (with xlsx) DIR/汇总.xlsx of all forms of all rendered packages; exit 1 if any package failed.",
      "Exit codes: 0 rendered, 1 a renderer refused the package, 2 bad input, usage or unwritable output."
    })
final class RenderCommand implements Callable<Integer> {
  private final Io io;

  @picocli.CommandLine.Mixin
  private LayoutOptions layoutOptions = new LayoutOptions();

  private String file = "-";

  // Options naming files are set through File setters so that the shell completion offers file names.
  @Parameters(index = "0", paramLabel = "FILE", description = "the package JSON, a Word document (.docx) or workbook (.xlsx) a department sent (imported on the way), - for standard input, or a folder: every *.json, *.docx and *.xlsx in it (batch)")
  private void file(File file) {
    this.file = file.getPath();
  }

  @Option(names = "--format", paramLabel = "FORMATS", split = ",", required = true,
      completionCandidates = Completions.RendererIds.class,
      description = "one or more of: pdf, xlsx, docx (comma-separated)")
  private List<String> formats = new ArrayList<>();

  @Option(names = "--mode", paramLabel = "MODE",
      description = "reported (default: as printed, findings marked), computed (jixiao's scores) or submission (as printed, nothing added: the copy to file)")
  private Mode mode = Mode.reported;

  @Option(names = "--renumber", description = "renumber report headings 一、（一）1.（1） by level; each change is an INFO finding (REPORT_NUMBERING)")
  private boolean renumber;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "output directory (created if missing); not -: render writes files, one per format")
  private Path out;

  @Mixin
  private ProfileOptions profileOptions = new ProfileOptions();

  private String fontBody;

  @Option(names = "--font-body", paramLabel = "FILE", description = "PDF: TrueType/OpenType font for body text (.ttf, .otf, or .ttc,INDEX), embedded as a subset")
  private void fontBody(File fontBody) {
    this.fontBody = fontBody.getPath();
  }

  private String fontHeading;

  @Option(names = "--font-heading", paramLabel = "FILE", description = "PDF: font for headings")
  private void fontHeading(File fontHeading) {
    this.fontHeading = fontHeading.getPath();
  }

  private String fontTitle;

  @Option(names = "--font-title", paramLabel = "FILE", description = "PDF: font for titles")
  private void fontTitle(File fontTitle) {
    this.fontTitle = fontTitle.getPath();
  }

  @Option(names = "--discover-fonts", description = "PDF: also use installed heading and title fonts (SimHei, 方正小标宋, Noto Sans CJK Bold, Noto Serif CJK Bold …) for the roles not given with --font-*; by default the installed serif body font (Noto Serif CJK SC, Source Han Serif, SimSun, FangSong, AR PL …) sets all text")
  private boolean discoverFonts;

  @Option(names = "--no-summary", description = "PDF: leave out the 评分汇总 chart pages")
  private boolean noSummary;

  @Option(names = "--pdfa", description = "PDF: an archival PDF/A-1b file (fonts embedded, sRGB output intent, XMP metadata); needs an installed CJK font or --font-body")
  private boolean pdfa;

  @Option(names = "--option", paramLabel = "KEY=VALUE",
      description = "a renderer option, repeatable: html.findings=true (the HTML page with its 审核意见), pdf.summary=false …; "
          + "each renderer refuses the keys of its own namespace it does not know")
  private java.util.Map<String, String> options = new java.util.TreeMap<>();

  @Option(names = "--plugins", paramLabel = "PATH",
      description = "jars or directories of jars with more renderers (default: $" + Plugins.ENV + ")")
  private String plugins;

  enum Mode {
    reported,
    computed,
    submission
  }

  RenderCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    String layoutProblem = layoutOptions.apply(io);
    if (layoutProblem != null) {
      io.err.println("jixiao render: " + layoutProblem);
      return ExitCode.USAGE;
    }
    if (out.toString().equals("-")) {
      io.err.println("jixiao render: --out takes a directory, and - (standard output) is not one: render writes a file"
          + " per format and package into it (输出须为目录)");
      return ExitCode.USAGE;
    }
    Renderers known;
    try {
      known = Renderers.discover(Plugins.loader(plugins, io.env));
    } catch (Io.FileProblem | IllegalStateException e) {
      io.err.println("jixiao render: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Map<String, Renderer> chosen = new LinkedHashMap<>();
    for (String f : formats) {
      String id = f.strip().toLowerCase(java.util.Locale.ROOT);
      try {
        if (!chosen.containsKey(id)) {
          chosen.put(id, known.get(id)); // a renderer with an id or file extension that could name a file elsewhere is refused here
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        io.err.println("jixiao render: " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    for (String key : options.keySet()) {
      int dot = key.indexOf('.');
      if (dot <= 0 || !chosen.containsKey(key.substring(0, dot))) {
        io.err.println("jixiao render: --option " + key + ": an option is RENDERER.NAME for a renderer in --format ("
            + String.join(", ", chosen.keySet()) + "), e.g. html.findings=true (选项须以所选格式开头)");
        return ExitCode.USAGE;
      }
    }
    ProfileOptions.Choice profiles = profileOptions.resolve(io, "render", io.env);
    if (profiles == null) {
      return ExitCode.USAGE;
    }
    if (profiles.requested() != null) {
      try {
        profiles.profiles().get(profiles.requested());
      } catch (UnknownProfileException e) {
        io.err.println("jixiao render: " + ProfileOptions.unknown(e));
        return ExitCode.USAGE;
      }
    }
    if (Batch.isFolder(file)) {
      return new RenderBatch(io, this, List.copyOf(chosen.values()), profiles).run(Path.of(file), out);
    }
    PackageInput input;
    try {
      input = PackageInput.read(io, file);
    } catch (Io.FileProblem e) {
      io.err.println("jixiao render: " + e.getMessage());
      return ExitCode.USAGE;
    }
    EvaluationPackage pkg = input.pkg();
    if (pkg == null) {
      input.problems().forEach(p -> io.err.println(input.describe(p)));
      io.err.println("jixiao render: " + input.name() + " is not a valid package; run 'jixiao validate' for details");
      return ExitCode.USAGE;
    }
    PackageEvaluation evaluation;
    try {
      evaluation = evaluator(Evaluator.of(profiles.forPackage(pkg))).evaluate(pkg);
    } catch (UnknownProfileException e) {
      io.err.println("jixiao render: " + ProfileOptions.unknown(e));
      return ExitCode.USAGE;
    }
    try {
      io.outputDirectory(out, "render");
    } catch (Io.FileProblem e) {
      io.err.println("jixiao render: " + e.getMessage());
      return ExitCode.USAGE;
    }
    RenderRequest request = request(pkg, evaluation);
    String stem = stem(input.name(), pkg);
    int failures = 0;
    for (Renderer r : chosen.values()) {
      Path target = out.resolve(stem + suffix() + "." + r.fileExtension());
      try {
        target = renderInto(r, request, out, stem + suffix() + "." + r.fileExtension());
        io.out.println(target + ": " + Files.size(target) + " bytes (" + r.id() + ", " + mode + ")");
        tellFonts(io, r, request);
      } catch (RenderException e) {
        io.err.println("jixiao render: " + r.id() + ": " + e.getMessage());
        failures++;
      } catch (IOException e) {
        io.err.println("jixiao render: " + cannotWrite(target, e));
        return ExitCode.USAGE;
      }
    }
    io.out.flush();
    return failures == 0 ? ExitCode.OK : ExitCode.INPUT_PROBLEMS;
  }

  /**
   * Renders {@code r}'s document into {@code dir/name}, atomically. The renderer writes to a
   * stream, never to the output file: a plug-in that overrides {@code render(request, Path)} to
   * write into the final file itself cannot leave half a file there, and what a plug-in's renderer
   * throws while rendering is a refusal naming its jar ({@link Plugins#failed}), with nothing
   * written. The file's path is checked to stay inside {@code dir} ({@link #inside}).
   *
   * @return the file written
   * @throws RenderException when the renderer refuses the request, or a plug-in's renderer fails
   * @throws IOException when the file cannot be written (it exists and is not a regular file, the
   *     disk is full …), or its name would leave {@code dir}
   */
  static Path renderInto(Renderer r, RenderRequest request, Path dir, String name) throws RenderException, IOException {
    Path target = inside(dir, name);
    // straight into the temporary file, which AtomicFiles removes whatever the renderer throws: no
    // copy of a document of tens of MB in the heap (a package of thousands of forms)
    try {
      AtomicFiles.write(target, out -> {
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
        try {
          r.render(request, buffered);
        } catch (RenderException e) {
          throw new Refused(e);
        }
        buffered.flush();
      });
    } catch (Refused e) {
      throw e.refusal;
    } catch (RuntimeException | Error e) {
      throw Plugins.failed(r, e);
    }
    return target;
  }

  /** A renderer's refusal, carried out of the file's writer. */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    final transient RenderException refusal;

    Refused(RenderException refusal) {
      super(refusal.getMessage(), refusal);
      this.refusal = refusal;
    }
  }

  /**
   * {@code dir/name}, checked to stay in {@code dir}: {@code name} is one plain file name (no
   * separator, not "." or ".."), and the file's folder, with symbolic links resolved, is {@code dir}'s.
   * A link at {@code dir/name} itself is replaced by the file, never written through.
   *
   * @throws IOException when the name would leave the folder
   */
  static Path inside(Path dir, String name) throws IOException {
    Path target;
    try {
      target = dir.resolve(name);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException(Io.unnameable(e), e);
    }
    boolean plain = !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
        && name.indexOf('\\') < 0 && name.indexOf('\0') < 0 && target.getFileName() != null
        && target.getFileName().toString().equals(name);
    Path folder = target.toAbsolutePath().normalize().getParent();
    if (!plain || folder == null || !folder.equals(dir.toAbsolutePath().normalize())
        || (Files.isDirectory(dir) && !folder.toRealPath().equals(dir.toRealPath()))) {
      throw new IOException("the output file name '" + name + "' would leave the output directory " + dir
          + "; nothing was written (输出路径越界)");
    }
    return target;
  }

  /** "cannot write FILE: why", in the words of {@link Io#notRegular} for a target that is not a regular file. */
  static String cannotWrite(Path target, IOException e) {
    if (e instanceof AtomicFiles.NotARegularFileException n) {
      return Io.notRegular(target.toString(), n.kind(), false);
    }
    if (e.getMessage() != null && e.getMessage().contains("would leave the output directory")) {
      return e.getMessage();
    }
    return "cannot write " + target + ": " + e.getMessage();
  }

  /** "-computed" in computed mode, "-submission" in submission mode, else "". */
  String suffix() {
    return mode == Mode.reported ? "" : "-" + mode.name();
  }

  /** The evaluator as the options ask: reporting each renumbered heading with --renumber. */
  Evaluator evaluator(Evaluator evaluator) {
    return renumber ? evaluator.withReportNumbering() : evaluator;
  }

  /** The request for a package with the options given on the command line. */
  RenderRequest request(EvaluationPackage pkg, PackageEvaluation evaluation) {
    RenderRequest request = RenderRequest.of(pkg, evaluation, switch (mode) {
      case computed -> RenderMode.COMPUTED;
      case submission -> RenderMode.SUBMISSION;
      case reported -> RenderMode.REPORTED;
    });
    if (renumber) {
      request = request.withRenumbering();
    }
    for (java.util.Map.Entry<String, String> e : options.entrySet()) {
      request = request.withOption(e.getKey(), e.getValue());
    }
    request = option(request, "pdf.font.body", fontBody);
    request = option(request, "pdf.font.heading", fontHeading);
    request = option(request, "pdf.font.title", fontTitle);
    if (discoverFonts) {
      request = request.withOption("pdf.font.discover", "true");
    }
    if (noSummary) {
      request = request.withOption("pdf.summary", "false");
    }
    if (pdfa) {
      request = request.withOption("pdf.archival", "pdfa-1b");
    }
    return request;
  }

  /**
   * After a PDF: which fonts it uses (the renderer prints nothing itself), and on standard error
   * the warning when no installed font could be embedded.
   */
  static void tellFonts(Io io, Renderer r, RenderRequest request) {
    if (r instanceof PdfRenderer pdf) {
      try {
        FontReport fonts = pdf.fonts(request);
        io.out.println("  " + fonts.summary());
        if (fonts.warning() != null) {
          io.err.println("jixiao render: pdf: warning: " + fonts.warning());
        }
      } catch (RenderException e) {
        // the render itself reports a wrong font option
      }
    }
  }

  private static RenderRequest option(RenderRequest request, String key, String value) {
    return value == null ? request : request.withOption(key, value);
  }

  private static String stem(String name, EvaluationPackage pkg) {
    if (name.equals("<stdin>")) {
      return "package-" + pkg.year();
    }
    String base = Path.of(name).getFileName().toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
