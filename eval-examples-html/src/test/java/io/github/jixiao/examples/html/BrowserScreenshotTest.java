package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page in a real browser: headless Chromium takes a screenshot (kept in
 * target/html-look/seed.png to look at). Skipped when {@code chromium} is not on the PATH
 * ({@code .ci/run} installs it).
 */
class BrowserScreenshotTest {

  static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator)).flatMap(d -> Stream.of("chromium", "chromium-browser")
        .map(n -> Path.of(d, n))).filter(Files::isExecutable).findFirst();
  }

  @Test
  void chromiumRendersTheSeedPageToANonTrivialScreenshot(@TempDir Path tmp) throws Exception {
    Optional<Path> browser = chromium();
    assumeTrue(browser.isPresent(), "chromium is not on the PATH: browser check skipped (apt-get install chromium)");
    Path look = Path.of("target", "html-look").toAbsolutePath();
    Files.createDirectories(look);
    Path page = look.resolve("seed.html");
    new HtmlRenderer().render(RenderRequest.of(HtmlRendererTest.SEED, HtmlRendererTest.EVALUATION, RenderMode.REPORTED), page);
    Path png = look.resolve("seed.png");
    Files.deleteIfExists(png);
    Path profile = Files.createDirectory(tmp.resolve("profile"));
    ProcessBuilder pb = new ProcessBuilder(List.of(browser.get().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
        "--screenshot=" + png, "--window-size=1280,4000", page.toUri().toString()));
    pb.redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile());
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s");
    }
    assertThat(png).as("screenshot; chromium said: %s", Files.readString(tmp.resolve("chromium.log"))).isRegularFile();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("distinct colours: text, borders, headers, marked cells").hasSizeGreaterThan(20);
  }
}
