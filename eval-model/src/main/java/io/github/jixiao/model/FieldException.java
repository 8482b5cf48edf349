package io.github.jixiao.model;

/**
 * A value the model cannot represent, naming the record component it was given for, so that a
 * reader can point at that field.
 */
public final class FieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** An exception about {@code field} (a record component name). */
  public FieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The record component the value was given for. */
  public String field() {
    return field;
  }
}
