package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON pointer → line and column of the value there, taken from one streaming pass. A valid package
 * needs no locations: {@link #check} reads the input once keeping nothing, and the index of every value
 * is built only when a problem has to be placed ({@link #lazy}), so that reading a large package does
 * not hold a pointer string per value (for 8,000 forms, some 250 MB).
 */
final class LocationIndex {
  private final Map<String, long[]> locations = new HashMap<>();

  /**
   * Reads every token, keeping nothing: syntax errors and the parser's limits (a string too long) are
   * met here, where the parser knows their location. The parser is consumed.
   */
  static void check(JsonParser parser) throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.VALUE_STRING) {
        parser.getTextLength();
      }
    }
  }

  /** An index built from {@code open} the first time a location is asked for. */
  static java.util.function.Function<String, int[]> lazy(java.util.concurrent.Callable<JsonParser> open) {
    LocationIndex[] built = {null};
    return pointer -> {
      if (built[0] == null) {
        try (JsonParser parser = open.call()) {
          built[0] = of(parser);
        } catch (Exception e) {
          built[0] = new LocationIndex(); // read once already without error: locations unknown, not fatal
        }
      }
      return built[0].find(pointer);
    };
  }

  /** Records the location of every value the parser reads; the parser is consumed. */
  static LocationIndex of(JsonParser parser) throws IOException {
    LocationIndex index = new LocationIndex();
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
        continue;
      }
      if (token == JsonToken.VALUE_STRING) {
        // reads the whole string, so that a length limit is hit here, where its location is known
        parser.getTextLength();
      }
      JsonStreamContext context = parser.getParsingContext();
      if (token.isStructStart()) {
        context = context.getParent();
      }
      JsonLocation at = parser.currentTokenLocation();
      index.locations.putIfAbsent(context.pathAsPointer().toString(),
          new long[] {at.getLineNr(), at.getColumnNr()});
    }
    return index;
  }

  /** {line, column} of the value at this pointer, or of its nearest located ancestor. */
  int[] find(String pointer) {
    String p = pointer;
    while (true) {
      long[] at = locations.get(p);
      if (at != null) {
        return new int[] {(int) at[0], (int) at[1]};
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
