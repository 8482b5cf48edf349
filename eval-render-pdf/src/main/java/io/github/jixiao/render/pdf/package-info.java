/**
 * PDF renderer (eval-render-pdf, OpenPDF): renders the package's forms and reports. Placeholder until the PDF issue.
 */
@NullMarked
package io.github.jixiao.render.pdf;

import org.jspecify.annotations.NullMarked;
