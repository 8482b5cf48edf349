package io.github.jixiao.importer;

import io.github.jixiao.importer.office.DocxReader;
import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.GridCell;
import io.github.jixiao.importer.office.OfficeDocument;
import io.github.jixiao.importer.office.OfficeLimits;
import io.github.jixiao.importer.office.OfficeRejectedException;
import io.github.jixiao.importer.office.OfficeZip;
import io.github.jixiao.importer.office.XlsxReader;
import io.github.jixiao.importer.xlsx.WorkbookRejectedException;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.json.PackageValidator;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 导入 — reads what a department submits into a package: its package JSON, a Word document
 * (.docx) or an Excel workbook (.xlsx) in any shipped layout or one the caller adds. A workbook
 * jixiao wrote (rendered, or its fill-in template) is read exactly by {@link XlsxImporter}; any
 * other document is read as printed tables, each form with the layout that matches it best ({@link
 * Layouts}), and the import report says what was read where.
 *
 * <p>Files are untrusted: zip bombs, oversized files, macros (.docm, .xlsm, vbaProject.bin) and
 * XML with a DTD are refused before parsing ({@link OfficeRejectedException}); external links and
 * OLE objects are never followed and are listed in the report's notes. Formulas are never
 * evaluated: a saved result is read, a formula without one is a problem naming its cell.
 * Immutable and thread-safe.
 */
public final class Intake {
  private final Layouts layouts;
  private final OfficeLimits limits;
  private final @Nullable Integer year;
  /** The model's constraints, checked on each package read (built once: it looks at every record type). */
  private final PackageValidator validator;

  private Intake(Layouts layouts, OfficeLimits limits, @Nullable Integer year, PackageValidator validator) {
    this.validator = validator;
    this.layouts = layouts;
    this.limits = limits;
    this.year = year;
  }

  /** @return an intake with the shipped layouts and the default limits */
  public static Intake create() {
    return new Intake(Layouts.builtIn(), OfficeLimits.defaults(), null, PackageValidator.create());
  }

  /**
   * @param layouts the layouts to try
   * @return an intake trying those layouts
   */
  public Intake withLayouts(Layouts layouts) {
    return new Intake(Objects.requireNonNull(layouts, "layouts"), limits, year, validator);
  }

  /**
   * @param limits how large a file may be
   * @return an intake with those limits
   */
  public Intake withLimits(OfficeLimits limits) {
    return new Intake(layouts, Objects.requireNonNull(limits, "limits"), year, validator);
  }

  /**
   * @param year the budget year of forms that print none in their title (a package needs one), or
   *     {@code null}
   * @return an intake using that year when no form prints one
   */
  public Intake withYear(@Nullable Integer year) {
    return new Intake(layouts, limits, year, validator);
  }

  /** @return the layouts this intake tries */
  public Layouts layouts() {
    return layouts;
  }

  /**
   * What an import gave.
   *
   * @param pkg the package, or {@code null} when there are problems
   * @param problems every problem, each naming its place in the file (附件3-4!F12, 表3 行5 列2) and
   *     the JSON pointer of the value
   * @param report what was read where
   */
  public record Result(@Nullable EvaluationPackage pkg, List<Problem> problems, ImportReport report) {
    /**
     * Copies.
     *
     * @param pkg see the record
     * @param problems see the record
     * @param report see the record
     */
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Whether a file looks like something {@link #read} takes: a zip (DOCX/XLSX) or JSON.
   *
   * @param name the file's name
   * @return whether its extension is .json, .docx or .xlsx (any case)
   */
  public static boolean accepts(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    String base = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    return !base.startsWith("~$") && (n.endsWith(".json") || n.endsWith(".docx") || n.endsWith(".xlsx"));
  }

  /**
   * Reads a file.
   *
   * @param bytes its contents
   * @param name its name, for messages and the report
   * @param base a package supplying what the file does not hold (the year, the department, the
   *     reports for a workbook), or {@code null}
   * @return the package or the problems, and the report
   * @throws OfficeRejectedException when the file is not JSON, DOCX or XLSX, is damaged, too large,
   *     or carries macros or a DTD
   */
  public Result read(byte[] bytes, String name, @Nullable EvaluationPackage base) throws OfficeRejectedException {
    if (isJson(bytes)) {
      try {
        EvaluationPackage pkg = PackageJson.create().read(bytes);
        return new Result(pkg, List.of(), new ImportReport(name, "json", List.of(), List.of()));
      } catch (InvalidPackageException e) {
        return new Result(null, e.problems(), new ImportReport(name, "json", List.of(), List.of()));
      }
    }
    OfficeZip.Contents contents = OfficeZip.check(bytes, limits);
    OfficeDocument doc;
    if (contents.format().equals("xlsx")) {
      doc = XlsxReader.create(limits).read(bytes);
      if (isJixiaoWorkbook(doc)) {
        return jixiaoWorkbook(bytes, name, base, doc);
      }
    } else {
      doc = DocxReader.create(limits).read(bytes);
    }
    return read(doc, name, base);
  }

  /**
   * Reads a document already read into tables (for callers with their own reader).
   *
   * @param doc the document
   * @param name its name
   * @param base a package supplying what the document does not hold, or {@code null}
   * @return the package or the problems, and the report
   */
  public Result read(OfficeDocument doc, String name, @Nullable EvaluationPackage base) {
    DocumentReader.Read r = new DocumentReader(layouts, year).read(doc, name, base);
    List<Problem> problems = new ArrayList<>(r.problems());
    EvaluationPackage pkg = r.pkg();
    if (pkg != null) {
      List<Problem> invalid = validator.validate(pkg);
      if (!invalid.isEmpty()) {
        java.util.Map<String, String> refs = new java.util.HashMap<>();
        r.report().forms().forEach(f -> f.read().forEach(c -> refs.putIfAbsent(c.pointer(), c.ref())));
        for (Problem p : invalid) {
          String ref = refs.get(p.pointer());
          problems.add(ref == null ? p : Problem.at(p.pointer(), ref + ": " + p.message()));
        }
        pkg = null;
      }
    }
    return new Result(pkg, problems, r.report());
  }

  private static boolean isJson(byte[] b) {
    for (byte x : b) {
      if (x == ' ' || x == '\n' || x == '\r' || x == '\t') {
        continue;
      }
      return x == '{' || x == (byte) 0xEF;
    }
    return false;
  }

  /** A workbook jixiao wrote carries its row tags ("jx:form…") in a column of every form sheet. */
  private static boolean isJixiaoWorkbook(OfficeDocument doc) {
    for (var b : doc.blocks()) {
      if (b instanceof Grid g) {
        for (List<GridCell> row : g.rows().subList(0, Math.min(8, g.rows().size()))) {
          for (GridCell c : row) {
            if (c.text().startsWith("jx:form")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static Result jixiaoWorkbook(byte[] bytes, String name, @Nullable EvaluationPackage base, OfficeDocument doc)
      throws OfficeRejectedException {
    List<String> notes = new ArrayList<>(doc.notes());
    notes.add("a workbook jixiao wrote (its row tags found): read with jixiao's own workbook importer, every cell "
        + "in its place (jixiao 生成的工作簿，按原格式读取)");
    ImportReport report = new ImportReport(name, "xlsx", List.of(), notes);
    try {
      return new Result(XlsxImporter.create().read(bytes, base), List.of(), report);
    } catch (InvalidPackageException e) {
      return new Result(null, e.problems(), report);
    } catch (WorkbookRejectedException e) {
      throw new OfficeRejectedException(e.getMessage(), e);
    } catch (IOException e) {
      throw new OfficeRejectedException("the workbook cannot be read (工作簿无法读取): " + e.getMessage(), e);
    }
  }
}
