package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page in a real browser at desk (1280 px) and phone (390 px) width: headless Chromium
 * takes screenshots (kept in target/html-look/ to look at) and measures the laid-out page — the
 * page never wider than the screen, the indicator table scrolling in its own box on a phone with
 * the indicator name column staying in view. Skipped when Chromium is not installed ({@code
 * .ci/run} installs it); the DOM tests of the other classes run without it.
 */
class BrowserScreenshotTest {
  static final Path LOOK = Path.of("target", "html-look").toAbsolutePath();
  static final int[] WIDTHS = {1280, 390};

  @TempDir static Path tmp;
  static Path page;

  static Optional<Path> chromium() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(File.pathSeparator)) {
        candidates.add(Path.of(d, "chromium"));
        candidates.add(Path.of(d, "chromium-browser"));
      }
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  @BeforeAll
  static void renderTheSeedWithItsFindings() throws Exception {
    Files.createDirectories(LOOK);
    page = LOOK.resolve("seed.html");
    new HtmlRenderer().render(HtmlRendererTest.withFindings(RenderRequest.of(HtmlRendererTest.SEED,
        HtmlRendererTest.EVALUATION, RenderMode.REPORTED)), page);
  }

  /** Runs Chromium headless with these arguments; its standard output. */
  static String run(Path browser, String name, List<String> args) throws Exception {
    Path profile = Files.createDirectories(tmp.resolve("profile-" + name));
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(args);
    Path out = tmp.resolve(name + ".out");
    Path log = tmp.resolve(name + ".log");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s");
    }
    return Files.readString(out, StandardCharsets.UTF_8) + "\n" + Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void screenshotsAtDeskAndPhoneWidthShowThePage() throws Exception {
    Optional<Path> browser = chromium();
    assumeTrue(browser.isPresent(), "chromium is not installed: browser check skipped (apt-get install chromium)");
    for (int width : WIDTHS) {
      Path png = LOOK.resolve("seed-" + width + ".png");
      Files.deleteIfExists(png);
      String said = run(browser.get(), "shot-" + width, List.of("--screenshot=" + png, "--window-size=" + width + ",3000",
          page.toUri().toString()));
      assertThat(png).as("screenshot; chromium said: %s", said).isRegularFile();
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(width);
      Set<Integer> colours = new HashSet<>();
      int dark = 0;
      for (int y = 0; y < image.getHeight(); y += 5) {
        for (int x = 0; x < image.getWidth(); x += 5) {
          int rgb = image.getRGB(x, y);
          colours.add(rgb);
          int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
          dark += grey < 128 ? 1 : 0;
        }
      }
      assertThat(colours).as("distinct colours at %d px: text, borders, headers, links", width).hasSizeGreaterThan(20);
      assertThat(dark).as("ink at %d px: text was drawn", width).isGreaterThan(500);
    }
  }

  /** An iframe of the probe page showing this page at this width. */
  static String frame(String id, int width, String html) {
    return "<iframe id=\"" + id + "\" style=\"width:" + width + "px;height:3000px;border:0\" srcdoc=\""
        + HtmlRenderer.escape(html) + "\"></iframe>\n";
  }

  /**
   * The page laid out at 390 and 1280 px, each in an iframe of that width (headless Chromium keeps
   * its window at least 500 px wide), measured by a script of the test page, not of the page; and
   * the SUBMISSION page's colours as the browser computes them.
   */
  @Test
  void thePageFitsAPhoneAndItsIndicatorTableScrollsWithTheNameColumnInView() throws Exception {
    Optional<Path> browser = chromium();
    assumeTrue(browser.isPresent(), "chromium is not installed: browser check skipped (apt-get install chromium)");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    StringBuilder frames = new StringBuilder();
    for (int width : WIDTHS) {
      frames.append(frame("w" + width, width, html));
    }
    frames.append(frame("submission", 1280, Dom.html(RenderRequest.of(HtmlRendererTest.SEED, null, RenderMode.SUBMISSION))));
    String probe = """
        <!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="margin:0">
        %s<script>
        // elements drawn in a colour that is not black, white or a grey
        function coloured(d) {
          var n = 0;
          d.querySelectorAll('body *').forEach(function (e) {
            var s = d.defaultView.getComputedStyle(e);
            [s.color, s.backgroundColor, s.borderTopColor, s.borderRightColor, s.borderBottomColor, s.borderLeftColor]
              .forEach(function (c) {
                var v = c.match(/[\\d.]+/g).map(Number);
                if ((v.length < 4 || v[3] > 0) && !(v[0] === v[1] && v[1] === v[2])) { n++; }
              });
          });
          return n;
        }
        window.addEventListener('load', function () {
          var out = ['submission:coloured=' + coloured(document.getElementById('submission').contentDocument)];
          %s.forEach(function (w) {
            var d = document.getElementById('w' + w).contentDocument;
            var box = d.querySelector('#form-3-1 table.indicators').parentElement;
            var name = box.querySelector('td.name');
            var target = name.nextElementSibling;
            var left = function (e) { return Math.round(e.getBoundingClientRect().left - box.getBoundingClientRect().left); };
            var before = left(name), targetBefore = left(target);
            box.scrollLeft = 10000;
            out.push(w + ':viewport=' + d.documentElement.clientWidth + ';page=' + d.documentElement.scrollWidth
              + ';box=' + box.clientWidth + ';table=' + box.scrollWidth + ';scrolled=' + Math.round(box.scrollLeft)
              + ';nameBefore=' + before + ';nameAfter=' + left(name) + ';targetBefore=' + targetBefore
              + ';targetAfter=' + left(target) + ';coloured=' + coloured(d));
          });
          var pre = document.createElement('pre');
          pre.id = 'measured';
          pre.textContent = out.join('\\n');
          document.body.appendChild(pre);
        });
        </script></body></html>
        """.formatted(frames, java.util.Arrays.toString(WIDTHS));
    Path probePage = tmp.resolve("probe.html");
    Files.writeString(probePage, probe, StandardCharsets.UTF_8);
    String dom = run(browser.get(), "probe", List.of("--window-size=1400,1000", "--dump-dom", probePage.toUri().toString()));
    Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
    Matcher line = Pattern.compile("(\\w+):((?:\\w+=-?\\d+;?)+)").matcher(dom);
    while (line.find()) {
      Map<String, Integer> values = new LinkedHashMap<>();
      for (String kv : line.group(2).split(";")) {
        String[] p = kv.split("=");
        values.put(p[0], Integer.parseInt(p[1]));
      }
      m.put(line.group(1), values);
    }
    assertThat(m).as("measurements; chromium gave: %s", dom.length() > 2000 ? dom.substring(dom.length() - 2000) : dom)
        .containsKeys("1280", "390", "submission");
    Files.writeString(LOOK.resolve("measured.txt"), m.toString(), StandardCharsets.UTF_8);

    Map<String, Integer> phone = m.get("390");
    assertThat(phone.get("viewport")).isEqualTo(390);
    assertThat(phone.get("page")).as("the page is no wider than the phone: %s", phone).isLessThanOrEqualTo(390);
    assertThat(phone.get("box")).isLessThanOrEqualTo(390);
    assertThat(phone.get("table")).as("the indicator table scrolls in its box: %s", phone).isGreaterThan(phone.get("box"));
    assertThat(phone.get("scrolled")).isPositive();
    assertThat(phone.get("nameBefore")).as("the name column starts after 绩效指标, 一级, 二级").isPositive();
    assertThat(phone.get("nameAfter")).as("scrolled, the name column stays at the box's left edge: %s", phone).isZero();
    assertThat(phone.get("targetAfter")).as("the other columns move under it: %s", phone)
        .isLessThan(phone.get("targetBefore"));

    Map<String, Integer> desk = m.get("1280");
    assertThat(desk.get("page")).as("no horizontal scrolling at desk width: %s", desk).isLessThanOrEqualTo(1280);
    assertThat(desk.get("table")).as("the indicator table fits at desk width: %s", desk).isLessThanOrEqualTo(desk.get("box"));
    assertThat(desk.get("nameAfter")).isEqualTo(desk.get("nameBefore"));

    assertThat(desk.get("coloured")).as("the page with its findings marks cells in colour").isPositive();
    assertThat(m.get("submission").get("coloured")).as("SUBMISSION: black, white and greys only").isZero();
  }
}
