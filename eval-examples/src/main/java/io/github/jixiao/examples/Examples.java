package io.github.jixiao.examples;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.json.PackageJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The bundled example packages, by name. {@code miluo-2023} is the 2023 self-evaluation package
 * of 汨罗市住房和城乡建设局, transcribed faithfully from the published documents, errors included
 * (see {@code eval-examples/TRANSCRIPTION.md}).
 */
public final class Examples {
  /** The name of the 汨罗市住房和城乡建设局 2023 package. */
  public static final String MILUO_2023 = "miluo-2023";

  private static final List<String> NAMES = List.of(MILUO_2023);

  private Examples() {}

  /**
   * The names of every bundled example.
   *
   * @return the names {@code jixiao example} accepts ({@value #MILUO_2023})
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The example's JSON exactly as shipped, if an example of that name exists.
   *
   * @param name an example's name, one of {@link #names()}
   * @return the UTF-8 JSON bytes, or empty for an unknown name
   * @throws IllegalStateException when the example's resource is missing from the jar (a broken build)
   */
  public static Optional<byte[]> json(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = Examples.class.getResourceAsStream(name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("example resource missing from the jar: " + name + ".json");
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The example package, read and validated.
   *
   * @param name an example's name, one of {@link #names()}
   * @return the package, read anew on each call
   * @throws IllegalArgumentException when no example has this name, listing the known ones
   */
  public static EvaluationPackage load(String name) {
    byte[] json = json(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown example '" + name + "'; known: " + String.join(", ", NAMES)));
    try {
      return PackageJson.create().read(json);
    } catch (InvalidPackageException e) {
      throw new IllegalStateException("bundled example " + name + " is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * The 2023 package of 汨罗市住房和城乡建设局: 附件1, 附件2, fourteen project forms and the reports.
   *
   * @return {@code load(MILUO_2023)}
   */
  public static EvaluationPackage miluo2023() {
    return load(MILUO_2023);
  }
}
