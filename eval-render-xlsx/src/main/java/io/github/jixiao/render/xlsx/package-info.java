/**
 * XLSX for the self-evaluation forms (Apache POI): {@link io.github.jixiao.render.xlsx.XlsxRenderer}
 * renders a package as a workbook that looks like the official forms (as reported, findings
 * marked; or as computed, with live formulas), {@link io.github.jixiao.render.xlsx.XlsxTemplate}
 * writes the blank 项目支出绩效自评表 for departments to fill in, {@link
 * io.github.jixiao.render.xlsx.XlsxImporter} reads such workbooks back (untrusted files
 * welcome: limits, no macros, formulas never evaluated), and {@link
 * io.github.jixiao.render.xlsx.XlsxSummary} streams the 汇总 of many packages in bounded memory.
 *
 * <p>Depends on the model only: scores and findings reach it as data in the {@link
 * io.github.jixiao.model.render.RenderRequest}.
 */
@NullMarked
package io.github.jixiao.render.xlsx;

import org.jspecify.annotations.NullMarked;
