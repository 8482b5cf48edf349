package io.github.jixiao.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the package format, as shipped in the eval-json jar at
 * {@value #RESOURCE}. Read it through {@link #json()}: on the module path the resource sits in
 * an encapsulated package, so {@code getResourceAsStream} from another module cannot see it.
 */
public final class PackageSchema {
  /** Where the schema lies in the jar. */
  public static final String RESOURCE = "/io/github/jixiao/json/package.schema.json";

  private PackageSchema() {}

  /**
   * The schema document, read from the jar on each call.
   *
   * @return the JSON Schema as text
   * @throws IllegalStateException when the resource is missing from the jar (a broken build)
   * @throws java.io.UncheckedIOException when the resource cannot be read
   */
  public static String json() {
    try (InputStream in = PackageSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the model jar has no " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
