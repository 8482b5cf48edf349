/**
 * PDF renderer (eval-render-pdf, OpenPDF and JFreeChart): {@link io.github.jixiao.render.pdf.PdfRenderer}
 * renders a package's forms and reports as a printable, searchable A4 PDF in Chinese; its options
 * are the keys in {@link io.github.jixiao.render.pdf.PdfOptions}. Everything else in this package
 * is internal.
 */
@NullMarked
package io.github.jixiao.render.pdf;

import org.jspecify.annotations.NullMarked;
