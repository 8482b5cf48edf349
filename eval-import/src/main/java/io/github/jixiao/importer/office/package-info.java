/**
 * Word documents and Excel workbooks as printed tables: {@link
 * io.github.jixiao.importer.office.OfficeDocument} (blocks of {@link
 * io.github.jixiao.importer.office.Paragraph} and {@link io.github.jixiao.importer.office.Grid})
 * read from and written to DOCX and XLSX with Apache POI. Knows nothing about forms.
 */
@NullMarked
package io.github.jixiao.importer.office;

import org.jspecify.annotations.NullMarked;
