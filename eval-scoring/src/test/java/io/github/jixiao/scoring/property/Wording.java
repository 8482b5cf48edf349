package io.github.jixiao.scoring.property;

import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingMessage;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which template worded a finding, read back from its text: a finding is an instance of a
 * template when its Chinese and English messages are the template's with each placeholder
 * replaced by some text, the same text wherever the placeholder appears in either language.
 */
final class Wording {
  private static final String BETWEEN = "\n\u0000\n";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)\\}");
  private static final Map<FindingMessage, Pattern> PATTERNS = new EnumMap<>(FindingMessage.class);

  static {
    for (FindingMessage m : FindingMessage.values()) {
      PATTERNS.put(m, pattern(m.templateZh() + BETWEEN + m.templateEn()));
    }
  }

  private Wording() {}

  /** The templates of the finding's code whose wording it has. */
  static List<FindingMessage> of(Finding f) {
    return f.code().messages().stream().filter(m -> isInstance(f, m)).toList();
  }

  /** Whether the finding is worded by {@code m} (and has its code). */
  static boolean isInstance(Finding f, FindingMessage m) {
    return f.code() == m.code() && PATTERNS.get(m).matcher(f.messageZh() + BETWEEN + f.messageEn()).matches();
  }

  /** The template as a pattern: literal text quoted, a placeholder's first appearance a named group, the others back-references. */
  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    Set<String> seen = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    int from = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(from, m.start())));
      String name = m.group(1);
      regex.append(seen.add(name) ? "(?<" + name + ">.*)" : "\\k<" + name + ">");
      from = m.end();
    }
    regex.append(Pattern.quote(template.substring(from)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
