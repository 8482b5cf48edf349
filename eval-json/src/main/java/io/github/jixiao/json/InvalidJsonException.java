package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.jixiao.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value a host's {@code ObjectMapper} could not read as a jixiao type through {@link
 * JixiaoModule}: carries every problem found, each with its JSON pointer (relative to the value
 * read) and its line and column in the input. It is a {@code JsonMappingException}, so Jackson and
 * the frameworks on it treat it as unreadable input (Spring: {@code
 * HttpMessageNotReadableException} with this as its cause).
 */
public final class InvalidJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The problems; never empty. Not serialized with the exception. */
  private final transient List<Problem> problems;
  /** The simple name of the type that was being read; serialized with the message. */
  private final String type;

  InvalidJsonException(JsonParser parser, Class<?> type, List<Problem> problems) {
    super(parser, summary(type, problems));
    this.problems = List.copyOf(problems);
    this.type = type.getSimpleName();
  }

  /**
   * Every problem found, in document order where known.
   *
   * @return the problems, pointers relative to the value read, never empty (the list is not
   *     serialized: after deserialization it is {@code null}, only the message remains)
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The simple name of the type that was being read.
   *
   * @return the model type's simple name ("EvaluationPackage", "SelfEvaluationForm")
   */
  public String targetType() {
    return type;
  }

  private static String summary(Class<?> type, List<Problem> problems) {
    return "cannot read " + type.getSimpleName() + ": " + problems.size() + " problem(s):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
