package io.github.jixiao.importer.xlsx;

import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FieldException;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.json.PackageValidator;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.render.xlsx.layout.MetaSheet;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.layout.Words;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * 导入 — reads a workbook in jixiao's layout back into a package: one {@link
 * io.github.jixiao.render.xlsx.XlsxRenderer} wrote (as reported), or the blank template of {@link
 * io.github.jixiao.render.xlsx.XlsxTemplate} filled in by a person.
 *
 * <p>Forms are found by their label and title cells (附件3-1, …自评表), not by sheet name, so
 * renamed sheets are read; numbers typed as text, extra blank rows, split merged cells and
 * blank cells are accepted. Every problem is reported at once with its sheet and cell
 * ("附件3-4!G12: 分值 is not a number: '十'") in an {@link InvalidPackageException}; each
 * {@link io.github.jixiao.model.Problem} also carries the JSON pointer of the value.
 *
 * <p>The workbook holds the forms, not the reports: the optional base package supplies the
 * department report and the project reports (and the package's year, department and project
 * list when the workbook lacks jixiao's hidden sheet). So {@code read(render(pkg), pkg)} equals
 * {@code pkg}, and {@code read(render(pkg), null)} equals {@code pkg} without its reports, for a
 * workbook rendered as reported; one rendered as computed reads back with jixiao's scores in
 * the place of the printed ones.
 *
 * <p>Files are untrusted: non-XLSX files, zip bombs, oversized sheets and workbooks with macros
 * are refused ({@link WorkbookRejectedException}) before or while POI parses them; formulas are
 * never evaluated (their saved results are read, and a formula without one is reported);
 * external links are not followed. Immutable and thread-safe.
 */
public final class XlsxImporter {
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
  /** The sheet listing every form of the package (written by the renderer, never read as a form). */
  private static final String SUMMARY = "汇总";

  private final Limits limits;
  /** Checks each part as it is read (the model's constraints), so problems carry their cell. */
  private final PackageValidator validator = PackageValidator.create();

  /**
   * How large a workbook may be.
   *
   * @param maxFileBytes the file itself
   * @param maxEntryBytes one part of the zip, inflated (a sheet's XML)
   * @param maxTotalBytes all parts inflated
   * @param maxInflateRatio how many times a part (above 1 MB) may inflate
   * @param maxSheets sheets in the workbook
   * @param maxRows rows in a sheet (the last row used)
   * @param maxColumns columns in a sheet (the last column used)
   * @param maxCells cells in the workbook
   */
  public record Limits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, double maxInflateRatio, int maxSheets,
      int maxRows, int maxColumns, long maxCells) {
    /**
     * The limits {@link XlsxImporter#create()} uses: jixiao's one set of reader limits ({@link
     * io.github.jixiao.model.io.Limits}, docs/LIMITS.md), which a workbook jixiao writes for a package of
     * up to {@link io.github.jixiao.model.io.Limits#ROUND_TRIP_FORMS} project forms keeps.
     *
     * @return 20 MiB files, 48 MiB per part and 96 MiB in all inflated, ratio 100 (for parts above 4 MiB),
     *     600 sheets of 10,000 rows × 200 columns, 1,000,000 cells
     */
    public static Limits defaults() {
      return new Limits(io.github.jixiao.model.io.Limits.OFFICE_FILE_BYTES, io.github.jixiao.model.io.Limits.ZIP_PART_BYTES,
          io.github.jixiao.model.io.Limits.ZIP_TOTAL_BYTES, io.github.jixiao.model.io.Limits.ZIP_INFLATE_RATIO,
          io.github.jixiao.model.io.Limits.SHEETS, io.github.jixiao.model.io.Limits.ROWS,
          io.github.jixiao.model.io.Limits.COLUMNS, io.github.jixiao.model.io.Limits.CELLS);
    }
  }

  private XlsxImporter(Limits limits) {
    this.limits = limits;
  }

  /**
   * An importer with the default limits.
   *
   * @return an importer with {@link Limits#defaults()}; it is thread-safe, keep and share it
   */
  public static XlsxImporter create() {
    return new XlsxImporter(Limits.defaults());
  }

  /**
   * A copy with other limits.
   *
   * @param limits how large a workbook may be
   * @return the new importer; this one is unchanged
   */
  public XlsxImporter withLimits(Limits limits) {
    return new XlsxImporter(limits);
  }

  /**
   * Reads a workbook file.
   *
   * @param file the XLSX file, at most {@link Limits#maxFileBytes()} bytes
   * @param base supplies what a workbook does not hold (see {@link #read(byte[], EvaluationPackage)}),
   *     or {@code null}
   * @return the package, valid
   * @throws IOException when the file cannot be read, or a {@link WorkbookRejectedException} when it is
   *     too large or not a workbook this reads
   * @throws InvalidPackageException listing every problem, each with its sheet and cell
   */
  public EvaluationPackage read(Path file, @Nullable EvaluationPackage base)
      throws IOException, InvalidPackageException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw new WorkbookRejectedException("the file has " + count(size) + " bytes, more than the "
          + count(limits.maxFileBytes()) + " a workbook may have (文件过大)");
    }
    return read(Files.readAllBytes(file), base);
  }

  /**
   * Reads a workbook from a stream (read to the end, not closed).
   *
   * @param in the XLSX file's bytes, at most {@link Limits#maxFileBytes()} (reading stops just past it)
   * @param base supplies what a workbook does not hold (see {@link #read(byte[], EvaluationPackage)}),
   *     or {@code null}
   * @return the package, valid
   * @throws IOException when the stream cannot be read, or a {@link WorkbookRejectedException} when the
   *     file is too large or not a workbook this reads
   * @throws InvalidPackageException listing every problem, each with its sheet and cell
   */
  public EvaluationPackage read(InputStream in, @Nullable EvaluationPackage base)
      throws IOException, InvalidPackageException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    if (bytes.length > limits.maxFileBytes()) {
      throw new WorkbookRejectedException("the file has more than " + count(limits.maxFileBytes())
          + " bytes, the most a workbook may have (文件过大)");
    }
    return read(bytes, base);
  }

  /**
   * Reads a workbook.
   *
   * @param bytes the XLSX file
   * @param base supplies what a workbook does not hold (reports; year, department and projects
   *     when the workbook has no jixiao sheet), or {@code null}
   * @return the package, valid
   * @throws IOException only as a {@link WorkbookRejectedException}: bytes in memory are not read from
   *     anywhere that could fail
   * @throws WorkbookRejectedException when the file is not a workbook this reads (see class doc)
   * @throws InvalidPackageException listing every problem, each with its sheet and cell
   */
  public EvaluationPackage read(byte[] bytes, @Nullable EvaluationPackage base)
      throws IOException, InvalidPackageException {
    SafeZip.Contents contents = SafeZip.check(bytes, limits);
    try (OPCPackage opc = SafeZip.open(contents.parts());
        XSSFWorkbook wb = new XSSFWorkbook(opc)) {
      checkSize(wb);
      return new Reading(wb, base, validator).read();
    } catch (WorkbookRejectedException | InvalidPackageException e) {
      throw e;
    } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new WorkbookRejectedException("the workbook cannot be read (无法读取工作簿): " + SafeZip.detail(e), e);
    }
  }

  private void checkSize(XSSFWorkbook wb) throws WorkbookRejectedException {
    if (wb.getNumberOfSheets() > limits.maxSheets()) {
      throw new WorkbookRejectedException(SafeZip.tooManySheets(wb.getNumberOfSheets(), limits.maxSheets()));
    }
    long cells = 0;
    for (Sheet s : wb) {
      if (s.getLastRowNum() >= limits.maxRows()) {
        throw new WorkbookRejectedException("sheet " + s.getSheetName() + " uses " + count(s.getLastRowNum() + 1L)
            + " rows, more than the " + count(limits.maxRows()) + " jixiao reads (工作表过大)");
      }
      for (Row r : s) {
        if (r.getLastCellNum() > limits.maxColumns()) {
          throw new WorkbookRejectedException("sheet " + s.getSheetName() + " uses " + count(r.getLastCellNum())
              + " columns in row " + (r.getRowNum() + 1) + ", more than the " + count(limits.maxColumns())
              + " jixiao reads (工作表过大)");
        }
        cells += r.getPhysicalNumberOfCells(); // counted to the end, so that the message gives the figure
      }
    }
    if (cells > limits.maxCells()) {
      throw new WorkbookRejectedException("the workbook has " + count(cells) + " cells, more than the "
          + count(limits.maxCells()) + " jixiao reads (工作簿过大)");
    }
  }

  private static String count(long n) {
    return io.github.jixiao.model.io.Limits.count(n);
  }

  /** One import. */
  private static final class Reading {
    private final XSSFWorkbook wb;
    private final @Nullable EvaluationPackage base;
    private final Problems problems = new Problems();
    private final PackageValidator validator;
    private @Nullable String formatVersion;
    private @Nullable Integer year;
    private @Nullable String department;
    private @Nullable String profile;
    private @Nullable List<Project> projects;
    private boolean meta;

    Reading(XSSFWorkbook wb, @Nullable EvaluationPackage base, PackageValidator validator) {
      this.validator = validator;
      this.wb = wb;
      this.base = base;
    }

    EvaluationPackage read() throws InvalidPackageException {
      BasicDataTable basic = null;
      SelfEvaluationForm department = null;
      List<SelfEvaluationForm> forms = new ArrayList<>();
      String firstTitleYear = null;
      String firstUnit = null;
      int projectSheets = 0;
      Sheet summary = null;
      java.util.Set<String> present = new java.util.HashSet<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        Sheet sheet = wb.getSheetAt(i);
        if (isMeta(sheet)) {
          readMeta(sheet);
          continue;
        }
        if (Words.squash(sheet.getSheetName()).equals(SUMMARY)) {
          summary = sheet;
        }
        String kind = kind(sheet);
        if (kind == null) {
          continue;
        }
        SheetView v = new SheetView(sheet, problems);
        String fallback = labelFromName(sheet.getSheetName());
        if (fallback != null) {
          present.add(fallback);
        }
        switch (kind) {
          case "basic" -> {
            if (basic != null) {
              problems.add(sheet.getSheetName() + ": a second 附件1 基础数据表 (only one is read; 重复的基础数据表)");
              continue;
            }
            basic = BasicDataReader.read(v, fallback == null ? "1" : fallback);
            present.add("1");
            if (basic != null) {
              present.add(basic.label());
              validator.validate(basic, BasicDataReader.BASE).forEach(problems::fromValidator);
            }
            if (basic != null && firstTitleYear == null) {
              firstTitleYear = basic.title();
            }
          }
          case "department" -> {
            if (department != null) {
              problems.add(sheet.getSheetName() + ": a second 部门整体支出绩效自评表 (only one is read; 重复的部门自评表)");
              continue;
            }
            FormReader.Result r = FormReader.read(v, "/departmentEvaluation", fallback == null ? "2" : fallback);
            department = r.form();
            present.add("2");
            if (department != null) {
              present.add(department.label());
              validator.validate(department, "/departmentEvaluation").forEach(problems::fromValidator);
            }
            if (firstTitleYear == null) {
              firstTitleYear = r.title();
            }
          }
          default -> {
            int index = projectSheets++; // the pointer follows the sheets, even when a form before failed
            FormReader.Result r = FormReader.read(v, "/projectEvaluations/" + index,
                fallback == null ? "3-" + (index + 1) : fallback);
            if (r.form() != null) {
              present.add(r.form().label());
              validator.validate(r.form(), "/projectEvaluations/" + index).forEach(problems::fromValidator);
              forms.add(r.form());
            }
            if (firstTitleYear == null) {
              firstTitleYear = r.title();
            }
            if (firstUnit == null) {
              firstUnit = r.unit();
            }
          }
        }
      }
      if (summary != null) {
        missingFromSummary(new SheetView(summary, new Problems()), present);
      }
      if (!meta && basic == null && department == null && forms.isEmpty() && problems.isEmpty()) {
        problems.add("no form found: expected sheets with an attachment label (附件1, 附件2, 附件3-1 …) and a title such "
            + "as 项目支出绩效自评表 (未找到自评表)");
      }
      if (!meta && base != null) {
        formatVersion = base.formatVersion();
        year = base.year();
        this.department = base.department();
        profile = base.profile();
        projects = base.projects();
      }
      if (year == null) {
        Matcher m = firstTitleYear == null ? null : YEAR.matcher(firstTitleYear);
        if (m != null && m.find()) {
          year = Integer.parseInt(m.group(1));
        } else {
          problems.add("the budget year cannot be told: the titles do not start with the year (\"2023年度…\") (无法确定年度)");
        }
      }
      if (this.department == null) {
        this.department = firstUnit;
        if (firstUnit == null) {
          problems.add("the department cannot be told: fill in 主管部门 on the form (无法确定部门，请填写主管部门)");
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidPackageException(problems.list());
      }
      if (projects == null) {
        projects = registry(basic, department, forms);
      }
      Report departmentReport = base == null ? null : base.departmentReport();
      List<Report> reports = base == null ? List.of() : base.projectReports();
      EvaluationPackage pkg;
      try {
        pkg = new EvaluationPackage(formatVersion == null ? EvaluationPackage.FORMAT_VERSION : formatVersion,
            year == null ? 0 : year, this.department, profile, projects == null ? List.of() : projects, basic,
            department, forms, departmentReport, reports);
      } catch (FieldException e) {
        problems.add(MetaSheet.NAME + ": " + e.field() + ": " + e.getMessage());
        throw new InvalidPackageException(problems.list());
      }
      validator.validate(pkg).forEach(problems::fromValidator);
      if (!problems.isEmpty()) {
        throw new InvalidPackageException(problems.list());
      }
      return pkg;
    }

    /**
     * 汇总 lists every form of the package in its 附件 column, linked to the form's sheet: a form it lists
     * that no sheet holds (a form sheet deleted after the workbook was written) is a problem at its 汇总
     * row, never a package silently one form short. (Reports with findings are listed too, unlinked: the
     * workbook does not hold reports.)
     */
    private void missingFromSummary(SheetView v, java.util.Set<String> present) {
      int labelCol = -1;
      int headerRow = -1;
      for (int r = 0; r <= Math.min(5, v.lastRow()) && labelCol < 0; r++) {
        int c = v.find(r, t -> t.equals(Words.ATTACHMENT));
        if (c >= 0) {
          labelCol = c;
          headerRow = r;
        }
      }
      if (labelCol < 0) {
        return;
      }
      for (int r = headerRow + 1; r <= v.lastRow(); r++) {
        String text = v.label(r, labelCol);
        if (!text.startsWith(Words.ATTACHMENT) || text.length() <= Words.ATTACHMENT.length()) {
          continue;
        }
        String label = text.substring(Words.ATTACHMENT.length());
        // a form's line links to its sheet; a report's line (reports are not in the workbook) does not
        boolean form = v.sheet.getHyperlink(r, labelCol) != null;
        if (form && !present.contains(label)) {
          String name = SheetView.abbreviate(v.label(r, labelCol + 1));
          problems.add(v.ref(r, labelCol) + ": 汇总 lists " + text + (name.isEmpty() ? "" : " " + name) + ", but no sheet "
              + "of the workbook holds that form: its sheet was deleted, or renamed and emptied (汇总中的" + text
              + "在工作簿中缺失)");
        }
      }
    }

    /**
     * Without jixiao's sheet and without a base package, the project registry is built from the
     * ids the forms carry: named as in 附件1 (the canonical name), else as on the form.
     */
    private static List<Project> registry(@Nullable BasicDataTable basic, @Nullable SelfEvaluationForm department,
        List<SelfEvaluationForm> forms) {
      java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
      if (basic != null) {
        basic.allRows().filter(r -> r.projectId() != null).forEach(r -> names.putIfAbsent(r.projectId(), r.label()));
      }
      java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(department), forms.stream())
          .filter(f -> f.projectId() != null).forEach(f -> names.putIfAbsent(f.projectId(), f.name()));
      List<Project> list = new ArrayList<>();
      names.forEach((id, name) -> list.add(new Project(id, name)));
      return list;
    }

    private boolean isMeta(Sheet sheet) {
      Row r = sheet.getRow(0);
      Cell c = r == null ? null : r.getCell(0);
      return c != null && c.getCellType() == CellType.STRING && MetaSheet.MAGIC.equals(c.getStringCellValue())
          && wb.getSheetVisibility(wb.getSheetIndex(sheet)) != SheetVisibility.VISIBLE;
    }

    private void readMeta(Sheet sheet) {
      meta = true;
      List<Project> list = new ArrayList<>();
      for (Row r : sheet) {
        String key = string(r, 0);
        String value = string(r, 1);
        if (key == null) {
          continue;
        }
        switch (key) {
          case "formatVersion" -> formatVersion = value;
          case "year" -> {
            try {
              year = value == null ? null : Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
              problems.add(MetaSheet.NAME + "!B" + (r.getRowNum() + 1) + ": the year is not a number: '"
                  + SheetView.abbreviate(value) + "'");
            }
          }
          case "department" -> department = value;
          case "profile" -> profile = value == null || value.isEmpty() ? null : value;
          case "project" -> {
            try {
              list.add(new Project(value, string(r, 2)));
            } catch (FieldException e) {
              problems.add(MetaSheet.NAME + "!B" + (r.getRowNum() + 1) + ": " + e.getMessage());
            }
          }
          default -> { }
        }
      }
      projects = list;
    }

    private static @Nullable String string(Row r, int col) {
      Cell c = r.getCell(col);
      return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    /** "basic", "department", "project", or {@code null} when the sheet holds no form. */
    private static @Nullable String kind(Sheet sheet) {
      String name = Words.squash(sheet.getSheetName());
      if (name.equals("汇总") || name.equals("审核意见")) {
        // the summary lists the forms' names, which may contain 绩效自评表: never a form
        return null;
      }
      String titles = "";
      for (int r = 0; r <= Math.min(6, sheet.getLastRowNum()); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        for (Cell c : row) {
          if (c.getCellType() != CellType.STRING) {
            continue;
          }
          String s = c.getStringCellValue();
          Tags.Tag tag = Tags.parse(s);
          if (tag != null && Tags.FORM.equals(tag.kind())) {
            String k = tag.get("kind");
            return k == null || k.isEmpty() ? "project" : k;
          }
          titles += Words.squash(s) + "|";
        }
      }
      if (titles.contains(Words.BASIC_DATA_TITLE)) {
        return "basic";
      }
      if (titles.contains(Words.DEPARTMENT_FORM_TITLE)) {
        return "department";
      }
      if (titles.contains(Words.PROJECT_FORM_TITLE) || titles.contains("绩效自评表")) {
        return "project";
      }
      return null;
    }

    private static @Nullable String labelFromName(String sheetName) {
      String s = Words.squash(sheetName);
      return s.startsWith(Words.ATTACHMENT) && s.length() > 2 ? s.substring(2) : null;
    }
  }

}
