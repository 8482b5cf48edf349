package io.github.jixiao.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed package as PDF in all three modes and both font set-ups, for looking at the pages
 * ({@code pdftoppm -png -r 60 OUTDIR/x.pdf OUTDIR/x}). Not a test: run it with
 * {@code java -cp … io.github.jixiao.render.pdf.LookCheck OUTDIR}.
 */
final class LookCheck {
  private LookCheck() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/look");
    Files.createDirectories(dir);
    PdfRenderer r = new PdfRenderer();
    write(r, Seed.reported(), dir.resolve("seed-reported-default.pdf"));
    write(r, Seed.computed(), dir.resolve("seed-computed-default.pdf"));
    write(r, io.github.jixiao.model.render.RenderRequest.of(Seed.PKG, null,
        io.github.jixiao.model.render.RenderMode.SUBMISSION), dir.resolve("seed-submission-default.pdf"));
    if (Seed.notoInstalled()) {
      write(r, Seed.withNoto(Seed.reported()), dir.resolve("seed-reported-noto.pdf"));
      write(r, Seed.withNoto(Seed.computed()), dir.resolve("seed-computed-noto.pdf"));
    }
  }

  private static void write(PdfRenderer r, io.github.jixiao.model.render.RenderRequest req, Path file)
      throws Exception {
    long t = System.nanoTime();
    byte[] pdf = r.renderToBytes(req);
    Files.write(file, pdf);
    System.out.printf("%s: %d bytes, %.0f ms%n", file, pdf.length, (System.nanoTime() - t) / 1e6);
  }
}
