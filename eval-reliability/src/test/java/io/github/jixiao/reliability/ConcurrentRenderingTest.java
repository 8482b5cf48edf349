package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.examples.html.HtmlRenderer;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, concurrency: one shared instance of each renderer and one shared {@link Evaluator},
 * used by 8 threads at once on different packages (the seed and 23 generated ones, as reported
 * and as computed), three rounds with the packages dealt out differently, give byte-identical
 * PDF, XLSX, HTML and score JSON to a single-threaded run.
 */
class ConcurrentRenderingTest {
  private static final int THREADS = 8;
  private final Evaluator evaluator = Evaluator.of(Profiles.builtIn().get("hunan-2023"));
  private final List<Renderer> renderers = List.of(new PdfRenderer(), new XlsxRenderer(), new HtmlRenderer(),
      new DocxRenderer());

  @Test
  void eightThreadsRenderingDifferentPackagesGiveTheSameBytesAsOneThread() throws Exception {
    List<EvaluationPackage> packages = new ArrayList<>();
    packages.add(Examples.miluo2023());
    for (long seed = 0; packages.size() < 24; seed++) {
      packages.add(WideGenerator.forSeed(77_000 + seed));
    }
    Map<String, String> single = new TreeMap<>();
    for (int i = 0; i < packages.size(); i++) {
      single.putAll(outputs(i, packages.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < 3; round++) {
        Map<String, String> parallel = new ConcurrentHashMap<>();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        int shift = round;
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          futures.add(pool.submit(() -> {
            start.await();
            for (int i = (thread + shift * 3) % THREADS; i < packages.size(); i += THREADS) {
              parallel.putAll(outputs(i, packages.get(i)));
            }
            return null;
          }));
        }
        for (Future<?> f : futures) {
          f.get(5, TimeUnit.MINUTES);
        }
        assertThat(new TreeMap<>(parallel)).as("round " + round).isEqualTo(single);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("ConcurrentRenderingTest: %d packages × (score JSON + %d renderers × 2 modes), 8 threads, 3 rounds: "
        + "%d outputs identical to the single-threaded run%n", packages.size(), renderers.size(), single.size());
  }

  /** SHA-256 of every output of package {@code i}, keyed by package, renderer and mode. */
  private Map<String, String> outputs(int i, EvaluationPackage pkg) throws Exception {
    Map<String, String> out = new TreeMap<>();
    PackageEvaluation evaluation = evaluator.evaluate(pkg);
    out.put(i + "/score.json", sha(EvaluationJson.write(evaluation).getBytes(StandardCharsets.UTF_8)));
    for (RenderMode mode : RenderMode.values()) {
      RenderRequest request = RenderRequest.of(pkg, evaluation, mode);
      for (Renderer r : renderers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String key = i + "/" + mode + "." + r.id();
        try {
          r.render(request, bytes);
          out.put(key, sha(bytes.toByteArray()));
        } catch (RenderException e) {
          out.put(key, "refused: " + e.getMessage());
        }
      }
    }
    return out;
  }

  static String sha(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
