package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * The layout of jixiao's canonical JSON, for a Jackson generator: two-space indent, {@code \n}
 * line ends, {@code "key": value} (one space after the colon, none before), one value per line,
 * and empty arrays and objects as {@code []} and {@code {}}. {@link PackageJson} writes packages
 * with it; the command line prints its other JSON documents with it.
 */
public final class CanonicalPrinter extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  private CanonicalPrinter(DefaultPrettyPrinter base) {
    super(base);
  }

  /**
   * A printer for one generator.
   *
   * @return a printer to give a generator: {@code generator.setPrettyPrinter(CanonicalPrinter.create())}
   */
  public static CanonicalPrinter create() {
    return new CanonicalPrinter(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
  }

  /**
   * A fresh printer with this one's settings, as Jackson asks for one per generator.
   *
   * @return the new printer
   */
  @Override
  public CanonicalPrinter createInstance() {
    return new CanonicalPrinter(this);
  }

  /**
   * Ends an array; an empty one is written {@code []}.
   *
   * @param g the generator writing
   * @param nrOfValues how many values the array holds
   * @throws IOException when writing fails
   */
  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    if (nrOfValues == 0) {
      if (!_arrayIndenter.isInline()) {
        --_nesting; // what super.writeEndArray would do; without it the indentation keeps growing
      }
      g.writeRaw(']');
    } else {
      super.writeEndArray(g, nrOfValues);
    }
  }

  /**
   * Ends an object; an empty one is written {@code {}}.
   *
   * @param g the generator writing
   * @param nrOfEntries how many entries the object holds
   * @throws IOException when writing fails
   */
  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    if (nrOfEntries == 0) {
      if (!_objectIndenter.isInline()) {
        --_nesting;
      }
      g.writeRaw('}');
    } else {
      super.writeEndObject(g, nrOfEntries);
    }
  }
}
