package io.github.jixiao.render.xlsx.testing;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The seed package (汨罗市住房和城乡建设局 2023), its evaluation, and its workbooks, made once. */
public final class Seed {
  public static final EvaluationPackage PKG = Examples.miluo2023();
  public static final PackageEvaluation EVALUATION = evaluate(PKG);
  public static final byte[] REPORTED = render(PKG, EVALUATION, RenderMode.REPORTED);
  public static final byte[] COMPUTED = render(PKG, EVALUATION, RenderMode.COMPUTED);
  /** The copy to file: the forms as printed, nothing added (no summary, findings, meta sheet or tool name). */
  public static final byte[] SUBMISSION = render(PKG, EVALUATION, RenderMode.SUBMISSION);

  private Seed() {}

  public static PackageEvaluation evaluate(EvaluationPackage pkg) {
    return Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
  }

  public static byte[] render(EvaluationPackage pkg, PackageEvaluation evaluation, RenderMode mode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XlsxRenderer().render(RenderRequest.of(pkg, evaluation, mode), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  public static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
