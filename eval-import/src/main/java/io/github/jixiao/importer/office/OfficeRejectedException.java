package io.github.jixiao.importer.office;

import java.io.Serial;

/**
 * The file cannot be read as an office document at all: not DOCX/XLSX, damaged, too large, a zip
 * bomb, macros, XML with a DTD. The message says which, in words for the person who sent it.
 */
public final class OfficeRejectedException extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, for the person who sent the file
   */
  public OfficeRejectedException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong
   * @param cause the parser's exception
   */
  public OfficeRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
