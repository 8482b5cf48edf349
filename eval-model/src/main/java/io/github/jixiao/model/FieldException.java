package io.github.jixiao.model;

/**
 * A value the model cannot represent, naming the record component it was given for, so that a
 * reader can point at that field.
 */
public final class FieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The record component the value was given for; serialized with the message. */
  private final String field;

  /**
   * An exception about one field.
   *
   * @param field the record component the value was given for ("label", "projectId")
   * @param message what is wrong, in Chinese and English
   */
  public FieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * The record component the value was given for.
   *
   * @return the component's name, as in the JSON ("label", "projectId")
   */
  public String field() {
    return field;
  }
}
