package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.json.CanonicalPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one style of every JSON document the command line prints, the style of the package JSON
 * and of {@code score --format json}: {@code "key": value} (one space after the colon, none
 * before), two-space indent, one value per line, {@code \n} line ends, a final newline; empty
 * containers as the package JSON writes them, {@code []} and {@code {}}.
 */
final class CliJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private CliJson() {}

  /** A generator writing into {@code out} in this style; the caller closes it. */
  static JsonGenerator generator(StringWriter out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(CanonicalPrinter.create());
    return g;
  }

  /**
   * {@code json} in this style, ending with a newline: the same keys in the same order, numbers
   * and strings exactly as written ({@code 0.80} stays {@code 0.80}).
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  static String restyle(String json) {
    StringWriter out = new StringWriter();
    try (JsonParser p = FACTORY.createParser(json); JsonGenerator g = generator(out)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException("no JSON value");
      }
      copy(p, g);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** Copies the value at the parser's current token, numbers as their text. */
  private static void copy(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        g.writeNumber(p.getText());
      } else {
        g.copyCurrentEvent(p);
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && p.nextToken() != null);
  }
}
