package io.github.jixiao.render.docx;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The bundled seed package (汨罗市住房和城乡建设局 2023), its evaluation and its documents, made once. */
final class Seed {
  static final EvaluationPackage PKG = Examples.miluo2023();
  static final PackageEvaluation EVALUATION = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(PKG);

  private static byte[] reported;
  private static byte[] computed;
  private static byte[] submission;

  private Seed() {}

  static RenderRequest request(RenderMode mode) {
    return RenderRequest.of(PKG, EVALUATION, mode);
  }

  static byte[] render(RenderRequest request) {
    try {
      return new DocxRenderer().renderToBytes(request);
    } catch (RenderException e) {
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized byte[] reported() {
    if (reported == null) {
      reported = render(request(RenderMode.REPORTED));
    }
    return reported.clone();
  }

  static synchronized byte[] computed() {
    if (computed == null) {
      computed = render(request(RenderMode.COMPUTED));
    }
    return computed.clone();
  }

  static synchronized byte[] submission() {
    if (submission == null) {
      submission = render(request(RenderMode.SUBMISSION));
    }
    return submission.clone();
  }
}
