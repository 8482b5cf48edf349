package io.github.jixiao.model.render;

/** A package or option a renderer cannot render; the message says what and where. */
public class RenderException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message for the user.
   *
   * @param message what cannot be rendered and where, in words the user can act on
   */
  public RenderException(String message) {
    super(message);
  }

  /**
   * An exception with a message for the user and its cause.
   *
   * @param message what cannot be rendered and where, in words the user can act on
   * @param cause the underlying failure (a font that cannot be read, …)
   */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
