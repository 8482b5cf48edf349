package io.github.jixiao.examples.spring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jixiao.importer.xlsx.WorkbookRejectedException;
import io.github.jixiao.json.InvalidJsonException;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.render.RenderException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns bad input into answers a client can act on: a package that cannot be read is 422 with
 * every problem located ({@code pointer}, {@code line}, {@code column}, {@code message}); a
 * package a renderer refuses is 422 with its message; an unknown format or mode is 400.
 */
@RestControllerAdvice
public class ProblemHandler {

  /** An unreadable body: jixiao's problems, or the JSON syntax error with its place. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    List<Problem> problems = problems(e);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 422);
    body.put("error", "invalid package (材料无法读取)");
    body.put("problems", problems.stream().map(ProblemHandler::json).toList());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(body);
  }

  /** A workbook whose cells cannot be read as a package: every problem, named by sheet and cell. */
  @ExceptionHandler(InvalidPackageException.class)
  public ResponseEntity<Map<String, Object>> invalidWorkbook(InvalidPackageException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 422);
    body.put("error", "invalid workbook (工作簿无法读取)");
    body.put("problems", e.problems().stream().map(ProblemHandler::json).toList());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(body);
  }

  /** A file that is not a workbook jixiao reads (not XLSX, a zip bomb, macros …). */
  @ExceptionHandler(WorkbookRejectedException.class)
  public ResponseEntity<Map<String, Object>> rejected(WorkbookRejectedException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(Map.of("status", 422, "error", "not a workbook jixiao reads (无法读取的文件)", "message", String.valueOf(e.getMessage())));
  }

  /** A package the renderer cannot render (a character its font cannot show, say). */
  @ExceptionHandler(RenderException.class)
  public ResponseEntity<Map<String, Object>> refused(RenderException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(Map.of("status", 422, "error", "cannot render (无法生成)", "message", String.valueOf(e.getMessage())));
  }

  /** An unknown format or mode. */
  @ExceptionHandler(EvaluationController.BadRequest.class)
  public ResponseEntity<Map<String, Object>> badRequest(EvaluationController.BadRequest e) {
    return ResponseEntity.status(e.status()).body(Map.of("status", e.status().value(), "error", e.getMessage()));
  }

  private static List<Problem> problems(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidJsonException invalid) {
        return invalid.problems();
      }
      if (t instanceof JsonProcessingException syntax) {
        JsonLocation at = syntax.getLocation();
        return List.of(new Problem("", at == null ? 0 : Math.max(0, at.getLineNr()),
            at == null ? 0 : Math.max(0, at.getColumnNr()), "JSON 语法错误 / not valid JSON: " + syntax.getOriginalMessage()));
      }
    }
    return List.of(Problem.at("", "请求体为空或无法读取 / the request body is empty or cannot be read"));
  }

  private static Map<String, Object> json(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pointer", p.pointer());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("message", p.message());
    return m;
  }
}
