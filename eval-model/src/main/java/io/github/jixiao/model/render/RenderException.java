package io.github.jixiao.model.render;

/** A package or option a renderer cannot render; the message says what and where. */
public class RenderException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception with a message for the user. */
  public RenderException(String message) {
    super(message);
  }

  /** An exception with a message for the user and its cause. */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
