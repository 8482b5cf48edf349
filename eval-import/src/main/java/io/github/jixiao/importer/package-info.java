/**
 * Intake (导入): {@code Intake} reads a package from JSON, DOCX or XLSX; {@code Layout} and {@code
 * Layouts} say how each province prints its forms; the import report says what was read where.
 */
@NullMarked
package io.github.jixiao.importer;

import org.jspecify.annotations.NullMarked;
