package io.github.jixiao.examples.spring;

import io.github.jixiao.importer.xlsx.WorkbookRejectedException;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.Renderers;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /score}: a package (JSON) in, its scores and findings (the score JSON) out.
 * {@code POST /render?format=pdf|xlsx&mode=reported|computed|submission}: the package rendered, as a file
 * download named after the department and year. {@code POST /import}: a department's workbook
 * (the XLSX jixiao renders or its template, filled in) in, the package JSON out.
 */
@RestController
public class EvaluationController {
  private static final Map<String, MediaType> TYPES = Map.of(
      "pdf", MediaType.APPLICATION_PDF,
      "xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

  private final Evaluator evaluator;
  private final Renderers renderers;
  private final XlsxImporter importer = XlsxImporter.create();

  /** The controller with the starter's evaluator and renderers. */
  public EvaluationController(Evaluator evaluator, Renderers renderers) {
    this.evaluator = evaluator;
    this.renderers = renderers;
  }

  /** Scores and audits a package; Boot's mapper writes the result as the score JSON. */
  @PostMapping(path = "/score", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public PackageEvaluation score(@RequestBody EvaluationPackage pkg) {
    return evaluator.evaluate(pkg);
  }

  /**
   * Reads a workbook into a package; Boot's mapper writes it as the package JSON. A workbook that
   * cannot be read is 422 with its problems by cell ("附件3-4!F12: …").
   */
  @PostMapping(path = "/import", produces = MediaType.APPLICATION_JSON_VALUE)
  public EvaluationPackage importWorkbook(@RequestBody byte[] workbook)
      throws InvalidPackageException, WorkbookRejectedException, IOException {
    return importer.read(workbook, null);
  }

  /** Renders a package as PDF or XLSX. */
  @PostMapping(path = "/render", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> render(@RequestBody EvaluationPackage pkg,
      @RequestParam(defaultValue = "pdf") String format, @RequestParam(defaultValue = "reported") String mode)
      throws RenderException, IOException {
    MediaType type = TYPES.get(format);
    RenderMode renderMode = switch (mode.toLowerCase(Locale.ROOT)) {
      case "reported" -> RenderMode.REPORTED;
      case "computed" -> RenderMode.COMPUTED;
      case "submission" -> RenderMode.SUBMISSION;
      default -> null;
    };
    if (type == null || !renderers.ids().contains(format) || renderMode == null) {
      throw new BadRequest(type == null || !renderers.ids().contains(format)
          ? "unknown format '" + format + "' (未知格式); known: " + String.join(", ", TYPES.keySet().stream().sorted().toList())
          : "unknown mode '" + mode + "' (未知模式); known: reported, computed, submission");
    }
    Renderer renderer = renderers.get(format);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(RenderRequest.of(pkg, evaluator.evaluate(pkg), renderMode), out);
    String name = pkg.department() + "-" + pkg.year() + (renderMode == RenderMode.REPORTED ? "" : "-" + renderMode.name().toLowerCase(Locale.ROOT))
        + "." + renderer.fileExtension();
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, "jixiao-" + pkg.year() + "." + renderer.fileExtension()))
        .body(out.toByteArray());
  }

  /**
   * {@code attachment; filename="ascii"; filename*=UTF-8''…} (RFC 6266 with RFC 5987): browsers
   * take the UTF-8 name, old clients the ASCII one.
   */
  static String attachment(String name, String asciiFallback) {
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
  }

  /** A request the service cannot serve as asked (400). */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }

    HttpStatus status() {
      return HttpStatus.BAD_REQUEST;
    }
  }
}
