package io.github.jixiao.scoring.profile;

import java.util.List;

/** A profile id that is not known; the message lists the known ids. */
public final class UnknownProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> known;

  UnknownProfileException(String id, List<String> known) {
    super("unknown scoring profile '" + id + "' (未知评分规则); known: " + String.join(", ", known));
    this.known = List.copyOf(known);
  }

  /** The ids that are known. */
  public List<String> known() {
    return known;
  }
}
