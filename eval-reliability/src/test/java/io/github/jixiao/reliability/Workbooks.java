package io.github.jixiao.reliability;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Small workbooks to attack, and zip surgery on them. */
final class Workbooks {
  private Workbooks() {}

  /** The seed with only its first project form (附件3-1) and no reports: a small package. */
  static EvaluationPackage oneForm() {
    EvaluationPackage seed = Examples.miluo2023();
    return new EvaluationPackage(seed.formatVersion(), seed.year(), seed.department(), seed.profile(), seed.projects(),
        null, null, List.of(seed.projectEvaluations().get(0)), null, List.of());
  }

  /** {@code pkg} rendered as reported, with its findings marked (comments and fills). */
  static byte[] render(EvaluationPackage pkg) {
    try {
      var evaluation = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XlsxRenderer().render(RenderRequest.of(pkg, evaluation, RenderMode.REPORTED), out);
      return out.toByteArray();
    } catch (IOException | io.github.jixiao.model.render.RenderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The zip's entries in order, name → content. */
  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> map = new LinkedHashMap<>();
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
      ZipArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        map.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }

  /** A zip of {@code entries} (names may repeat when given as a list of pairs: see {@link #zip(List)}). */
  static byte[] zip(Map<String, byte[]> entries) {
    return zip(entries.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
  }

  static byte[] zip(List<Map.Entry<String, byte[]>> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries) {
        ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
        z.putArchiveEntry(entry);
        z.write(e.getValue());
        z.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
