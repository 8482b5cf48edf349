package io.github.jixiao.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the seed (REPORTED, default font) to the file given: used by DeterminismTest in a second JVM. */
final class RenderMain {
  private RenderMain() {}

  public static void main(String[] args) throws Exception {
    Files.write(Path.of(args[0]), new PdfRenderer().renderToBytes(Seed.reported()));
  }
}
