/**
 * XLSX for the self-evaluation forms: {@link io.github.jixiao.render.xlsx.XlsxRenderer}
 * renders a package as a workbook that looks like the official forms (as reported, findings
 * marked; or as computed, with live formulas), {@link io.github.jixiao.render.xlsx.XlsxTemplate}
 * writes the blank 项目支出绩效自评表 for departments to fill in, and {@link
 * io.github.jixiao.render.xlsx.XlsxSummary} streams the 汇总 of many packages in bounded memory.
 * The workbooks' XML is written directly, without a spreadsheet library. Reading such workbooks
 * back is the importer's job ({@code XlsxImporter}, module eval-import-xlsx).
 *
 * <p>Depends on the model only: scores and findings reach it as data in the {@link
 * io.github.jixiao.model.render.RenderRequest}.
 */
@NullMarked
package io.github.jixiao.render.xlsx;

import org.jspecify.annotations.NullMarked;
