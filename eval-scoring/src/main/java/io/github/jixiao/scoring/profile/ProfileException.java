package io.github.jixiao.scoring.profile;

/** A profile file that cannot be read; the message names the place and what is expected. */
public final class ProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  ProfileException(String message, Throwable cause) {
    super(message, cause);
  }

  ProfileException(String message) {
    super(message);
  }
}
