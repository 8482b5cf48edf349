/**
 * XLSX import for the self-evaluation forms (Apache POI): {@link
 * io.github.jixiao.importer.xlsx.XlsxImporter} reads a workbook in jixiao's layout — one the XLSX
 * renderer wrote, or the blank template filled in by a person — back into an {@link
 * io.github.jixiao.model.EvaluationPackage}, every problem named by its sheet and cell. Files are
 * untrusted: size limits, zip bombs and macros are refused ({@link
 * io.github.jixiao.importer.xlsx.WorkbookRejectedException}), formulas are never evaluated.
 *
 * <p>Separate from the writer (module {@code io.github.jixiao.render.xlsx}), so that a program
 * that only renders does not carry POI; the two share the writer's layout package.
 */
@NullMarked
package io.github.jixiao.importer.xlsx;

import org.jspecify.annotations.NullMarked;
