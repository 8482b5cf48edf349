package io.github.jixiao.importer.xlsx;

import java.io.IOException;

/**
 * A file {@link XlsxImporter} refuses to open: not an XLSX workbook, damaged, too large, a zip
 * bomb, or a workbook with macros. The message says which, for the person who sent the file.
 */
public final class WorkbookRejectedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message for the user.
   *
   * @param message why the file is refused, for the person who sent it ("the file has … bytes, more
   *     than … (文件过大)")
   */
  public WorkbookRejectedException(String message) {
    super(message);
  }

  /**
   * An exception with a message for the user and its cause.
   *
   * @param message why the file is refused, for the person who sent it
   * @param cause what POI or the zip reader threw
   */
  public WorkbookRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
