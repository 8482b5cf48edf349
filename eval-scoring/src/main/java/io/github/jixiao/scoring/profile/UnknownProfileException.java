package io.github.jixiao.scoring.profile;

import java.util.List;

/** A profile id that is not known; the message lists the known ids. */
public final class UnknownProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The known ids; not serialized with the exception. */
  private final transient List<String> known;

  UnknownProfileException(String id, List<String> known) {
    super("unknown scoring profile '" + id + "' (未知评分规则); known: " + String.join(", ", known));
    this.known = List.copyOf(known);
  }

  /**
   * The ids that are known.
   *
   * @return the registry's ids, built-in first ({@code null} after deserialization: the list is not
   *     serialized, the message keeps it)
   */
  public List<String> known() {
    return known;
  }
}
