package io.github.jixiao.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.PackageEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 渲染器契约 — the tests every {@link Renderer} passes, ours or a user's. Implement this interface
 * in a JUnit 5 test class of your renderer's module:
 *
 * <pre>{@code
 * class HtmlRendererContractTest implements RendererContract {
 *   public Renderer renderer() { return new HtmlRenderer(); }
 *   public String text(byte[] output) { return new String(output, UTF_8).replaceAll("<[^>]*>", ""); }
 * }
 * }</pre>
 *
 * <p>The tests render the bundled seed package (汨罗市住房和城乡建设局 2023, {@link #contractPackage()})
 * and check that: every form and report is present; both modes render (or COMPUTED without an
 * evaluation is refused with a {@link RenderException} that has a message); the output is
 * deterministic, also under another default time zone and locale; an unknown option with the
 * renderer's prefix is refused with a {@link RenderException} that names it, before anything is
 * written; {@link Renderer#render(RenderRequest, Path)} writes atomically.
 */
public interface RendererContract {

  /**
   * The renderer under test.
   *
   * @return the renderer; called once or more per test, a new instance each time or the same one
   */
  Renderer renderer();

  /**
   * The readable text of a rendered document (PDFBox for a PDF, the cells of a workbook, the
   * text of an HTML page with entities decoded). White space does not matter: see {@link
   * #normalize(String)}.
   *
   * @param output what the renderer wrote
   * @return the document's text, in reading order
   */
  String text(byte[] output);

  /**
   * Text as compared: without white space. Override when the format needs more (ligatures …).
   *
   * @param text a document's text or an expected text
   * @return the text without white space, U+3000 and zero-width spaces
   */
  default String normalize(String text) {
    return text.replaceAll("[\\s\\u3000\\u200b]+", "");
  }

  /**
   * Whether the renderer shows the reports (报告) as well as the forms; a workbook may not.
   *
   * @return {@code true} (the default) when the report titles must be found in the text
   */
  default boolean rendersReports() {
    return true;
  }

  /**
   * The package rendered by the contract: the seed.
   *
   * @return the bundled miluo-2023 package, shared by every test
   */
  default EvaluationPackage contractPackage() {
    return ContractFixtures.SEED;
  }

  /**
   * The evaluation of {@link #contractPackage()} (profile hunan-2023).
   *
   * @return the seed's evaluation, shared by every test
   */
  default PackageEvaluation contractEvaluation() {
    return ContractFixtures.SEED_EVALUATION;
  }

  /**
   * A request the renderer needs adjusted (fonts, say); by default unchanged.
   *
   * @param request a request of the contract
   * @return the request to render, with the renderer's options added
   */
  default RenderRequest prepare(RenderRequest request) {
    return request;
  }

  /**
   * An option key the renderer must refuse: by default {@code "<id>.no-such-option"} — a
   * renderer refuses unknown options in its own namespace instead of ignoring a typo.
   *
   * @return a full option key the renderer does not know
   */
  default String unknownOptionKey() {
    return renderer().id() + ".no-such-option";
  }

  /**
   * A request for the contract package in this mode, with or without its evaluation.
   *
   * @param mode what to show
   * @param withEvaluation whether the request carries {@link #contractEvaluation()}
   * @return the request with the default timestamp, passed through {@link #prepare(RenderRequest)}
   */
  default RenderRequest contractRequest(RenderMode mode, boolean withEvaluation) {
    return prepare(RenderRequest.of(contractPackage(), withEvaluation ? contractEvaluation() : null, mode));
  }

  /**
   * The renderer's output for the request, in memory.
   *
   * @param request what to render
   * @return the bytes {@link Renderer#render(RenderRequest, java.io.OutputStream)} wrote
   * @throws RenderException when the renderer refuses the request
   * @throws IOException when the renderer fails to write
   */
  default byte[] renderBytes(RenderRequest request) throws RenderException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer().render(request, out);
    return out.toByteArray();
  }

  /**
   * What must be found in the text: each form's label and name, each report's title.
   *
   * @return "附件1" when the package has a basic data table, each form's label and name, and (when
   *     {@link #rendersReports()}) each report's non-blank title
   */
  default List<String> expectedTexts() {
    EvaluationPackage pkg = contractPackage();
    List<String> texts = new ArrayList<>();
    if (pkg.basicData() != null) {
      texts.add("附件" + pkg.basicData().label());
    }
    Stream.concat(Stream.ofNullable(pkg.departmentEvaluation()), pkg.projectEvaluations().stream())
        .forEach((SelfEvaluationForm f) -> {
          texts.add(f.label());
          texts.add(f.name());
        });
    if (rendersReports()) {
      Stream.concat(Stream.ofNullable(pkg.departmentReport()), pkg.projectReports().stream())
          .map(Report::title)
          .filter(t -> t != null && !t.isBlank())
          .forEach(texts::add);
    }
    return texts;
  }

  /**
   * Every text of {@link #expectedTexts()} is in the REPORTED output, white space aside.
   *
   * @throws Exception when rendering fails: the renderer does not keep the contract
   */
  @Test
  default void everyFormAndReportIsPresent() throws Exception {
    String text = normalize(text(renderBytes(contractRequest(RenderMode.REPORTED, true))));
    List<String> missing = expectedTexts().stream().filter(t -> !text.contains(normalize(t))).toList();
    assertThat(missing).as("texts of the package missing from the %s output", renderer().id()).isEmpty();
  }

  /**
   * REPORTED gives a non-empty document, with the evaluation (findings to mark) and without one.
   *
   * @throws Exception when rendering fails: the renderer does not keep the contract
   */
  @Test
  default void reportedModeRendersWithAndWithoutEvaluation() throws Exception {
    assertThat(renderBytes(contractRequest(RenderMode.REPORTED, true))).isNotEmpty();
    assertThat(renderBytes(contractRequest(RenderMode.REPORTED, false))).isNotEmpty();
  }

  /**
   * COMPUTED renders with the evaluation, and every self-evaluation form's name is in the output.
   *
   * @throws Exception when rendering fails: the renderer does not keep the contract
   */
  @Test
  default void computedModeRendersWithEvaluationAndShowsTheForms() throws Exception {
    String text = normalize(text(renderBytes(contractRequest(RenderMode.COMPUTED, true))));
    EvaluationPackage pkg = contractPackage();
    Stream.concat(Stream.ofNullable(pkg.departmentEvaluation()), pkg.projectEvaluations().stream())
        .forEach(f -> assertThat(text).as("form %s in COMPUTED mode", f.label()).contains(normalize(f.name())));
  }

  /**
   * COMPUTED without an evaluation either renders something or is refused with a {@link RenderException}
   * that has a message: never another exception.
   */
  @Test
  default void computedModeWithoutEvaluationRendersOrIsRefusedCleanly() {
    Throwable thrown = catchThrowable(() -> {
      byte[] bytes = renderBytes(contractRequest(RenderMode.COMPUTED, false));
      assertThat(bytes).isNotEmpty();
    });
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(RenderException.class);
      assertThat(thrown.getMessage()).isNotBlank();
    }
  }

  /**
   * SUBMISSION, the copy a department files, shows every form and report as REPORTED does, and
   * nothing added: no finding's message, and not the tool's name, even with an evaluation.
   *
   * @throws Exception when rendering fails: the renderer does not keep the contract
   */
  @Test
  default void submissionModeShowsThePackageAndNothingAdded() throws Exception {
    RenderRequest request = contractRequest(RenderMode.SUBMISSION, true);
    String text = normalize(text(renderBytes(request)));
    List<String> missing = expectedTexts().stream().filter(t -> !text.contains(normalize(t))).toList();
    assertThat(missing).as("texts of the package missing from the %s submission copy", renderer().id()).isEmpty();
    assertThat(request.evaluation()).isNotNull();
    List<String> shown = request.evaluation().allFindings().map(f -> normalize(f.messageZh()))
        .filter(text::contains).toList();
    assertThat(shown).as("findings in the %s submission copy", renderer().id()).isEmpty();
    assertThat(text.toLowerCase(Locale.ROOT)).as("the tool's name in the %s submission copy", renderer().id())
        .doesNotContain("jixiao");
  }

  /**
   * Rendering the same request twice gives the same bytes, in every mode.
   *
   * @throws Exception when rendering fails: the renderer does not keep the contract
   */
  @Test
  default void sameRequestGivesSameBytes() throws Exception {
    for (RenderMode mode : RenderMode.values()) {
      RenderRequest request = contractRequest(mode, true);
      assertThat(renderBytes(request)).as("%s rendered twice", mode).isEqualTo(renderBytes(request));
    }
  }

  /**
   * The bytes stay the same under three other default time zones and locales (Arabic, Turkish, Thai
   * digits); the defaults are restored afterwards.
   *
   * @throws Exception when rendering fails: the renderer does not keep the contract
   */
  @Test
  default void bytesDoNotDependOnDefaultTimeZoneOrLocale() throws Exception {
    RenderRequest request = contractRequest(RenderMode.REPORTED, true);
    byte[] expected = renderBytes(request);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    List<String[]> others = List.of(new String[] {"Pacific/Kiritimati", "ar-SA"},
        new String[] {"America/St_Johns", "tr-TR"}, new String[] {"Asia/Kathmandu", "th-TH-u-nu-thai"});
    try {
      for (String[] other : others) {
        TimeZone.setDefault(TimeZone.getTimeZone(other[0]));
        Locale.setDefault(Locale.forLanguageTag(other[1]));
        assertThat(renderBytes(request)).as("rendered in %s, %s", other[0], other[1]).isEqualTo(expected);
      }
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  /**
   * An option with the renderer's prefix that it does not know ({@link #unknownOptionKey()}) is refused
   * with a {@link RenderException} naming it, before a byte is written.
   */
  @Test
  default void unknownOptionIsRefusedBeforeWriting() {
    RenderRequest request = contractRequest(RenderMode.REPORTED, true).withOption(unknownOptionKey(), "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Throwable thrown = catchThrowable(() -> renderer().render(request, out));
    assertThat(thrown).as("rendering with the option %s", unknownOptionKey()).isInstanceOf(RenderException.class);
    assertThat(thrown.getMessage()).contains(unknownOptionKey());
    assertThat(out.size()).as("bytes written before refusing").isZero();
  }

  /**
   * Rendering to a file writes the bytes rendering to a stream gives, and leaves no temporary file.
   *
   * @param dir an empty temporary directory from JUnit
   * @throws Exception when rendering fails: the renderer does not keep the contract
   */
  @Test
  default void renderToFileWritesTheSameBytesAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    RenderRequest request = contractRequest(RenderMode.REPORTED, true);
    Path file = dir.resolve("out." + renderer().fileExtension());
    renderer().render(request, file);
    assertThat(file).exists();
    assertThat(Files.readAllBytes(file)).isEqualTo(renderBytes(request));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
    }
  }

  /**
   * A refused render to a file creates neither the file nor a temporary file.
   *
   * @param dir an empty temporary directory from JUnit
   */
  @Test
  default void refusedRenderToFileCreatesNoFile(@TempDir Path dir) {
    RenderRequest request = contractRequest(RenderMode.REPORTED, true).withOption(unknownOptionKey(), "x");
    Path file = dir.resolve("out." + renderer().fileExtension());
    assertThat(catchThrowable(() -> renderer().render(request, file))).isInstanceOf(RenderException.class);
    assertThat(file).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  /**
   * A refused render to an existing file leaves it as it was, and no temporary file beside it.
   *
   * @param dir an empty temporary directory from JUnit
   * @throws IOException when the existing file cannot be written first
   */
  @Test
  default void refusedRenderLeavesAnExistingFileAsItWas(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out." + renderer().fileExtension());
    Files.write(file, new byte[] {1, 2, 3});
    RenderRequest request = contractRequest(RenderMode.REPORTED, true).withOption(unknownOptionKey(), "x");
    assertThat(catchThrowable(() -> renderer().render(request, file))).isInstanceOf(RenderException.class);
    assertThat(file).hasBinaryContent(new byte[] {1, 2, 3});
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
  }

  /**
   * The id follows {@link io.github.jixiao.model.render.Renderers#ID_RULE} (lowercase letters,
   * digits and "-", starting with a letter, at most 32 characters) and is the same on every call;
   * the file extension follows {@link io.github.jixiao.model.render.Renderers#EXTENSION_RULE} (no
   * dot at either end, no separator, "..", space or comma): the command line refuses a renderer
   * that breaks either rule.
   */
  @Test
  default void idIsLowercaseAndStable() {
    String id = renderer().id();
    assertThat(id).matches(io.github.jixiao.model.render.Renderers.ID_RULE).isEqualTo(renderer().id());
    assertThat(io.github.jixiao.model.render.Renderers.isExtension(renderer().fileExtension()))
        .as("file extension '%s' follows %s", renderer().fileExtension(), io.github.jixiao.model.render.Renderers.EXTENSION_RULE)
        .isTrue();
  }
}
