package io.github.jixiao.examples;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.json.PackageJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  /**
   * The prefix of the constructed specimens (samples/INDEX.tsv): forms of the indicator frameworks no
   * real form of the corpus shows, built to the framework's documents and marked as constructed.
   */
  public static final String SAMPLE_PREFIX = "sample-";

  /** The name of the constructed specimen of the 决策/过程/产出/效益 framework (execution as an indicator row). */
  public static final String SAMPLE_EVALUATION_2020 = "sample-evaluation-2020";

  /** The name of the constructed specimen of a form scored per 二级指标 under a "年度绩效目标（80分）" band. */
  public static final String SAMPLE_GROUP_SCORED = "sample-group-scored";

  /**
   * The bundled examples in listing order: the seed, the corpus of real forms (corpus/INDEX.tsv), then
   * the constructed specimens (samples/INDEX.tsv).
   */
  private static final List<Example> LIST = list(MILUO_2023, "湖南 2023 汨罗市住房和城乡建设局：附件1、附件2、14 张项目表及报告（含原表错误）");
  private static final List<String> NAMES = LIST.stream().map(Example::name).toList();

  private Examples() {}

  /**
   * One bundled example.
   *
   * @param name its name ({@code jixiao example NAME})
   * @param description one line: region, year, department, what it shows
   */
  public record Example(String name, String description) {}

  /**
   * Every bundled example with its description: the seed package, then the corpus of real forms
   * from other provinces (each transcribed as printed; sources in {@code eval-examples/corpus/}), then
   * the constructed specimens of the indicator frameworks ({@value #SAMPLE_PREFIX}…, said so in their
   * descriptions).
   *
   * @return the examples in listing order
   */
  public static List<Example> list() {
    return LIST;
  }

  private static List<Example> list(String first, String firstDescription) {
    List<Example> out = new ArrayList<>();
    out.add(new Example(first, firstDescription));
    for (String index : List.of("corpus/INDEX.tsv", "samples/INDEX.tsv")) {
      try (InputStream in = Examples.class.getResourceAsStream(index)) {
        if (in != null) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (!line.isBlank() && !line.startsWith("#") && tab > 0) {
              out.add(new Example(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The names of every bundled example.
   *
   * @return the names {@code jixiao example} accepts ({@value #MILUO_2023} first)
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
    String resource = name.equals(MILUO_2023) ? name + ".json"
        : name.startsWith(SAMPLE_PREFIX) ? "samples/" + name + ".json" : "corpus/" + name + ".json";
    try (InputStream in = Examples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("example resource missing from the jar: " + resource);
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
