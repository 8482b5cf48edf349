package io.github.jixiao.tck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit passes a well-behaved renderer and catches the usual ways a renderer goes wrong. */
class RendererContractSelfTest {

  /** A plain-text renderer that does everything right. */
  static class TextRenderer implements Renderer {
    @Override
    public String id() {
      return "txt";
    }

    void check(RenderRequest request) throws RenderException {
      for (String key : request.options().keySet()) {
        if (key.startsWith("txt.")) {
          throw new RenderException("unknown option " + key);
        }
      }
      if (request.mode() == RenderMode.COMPUTED && request.evaluation() == null) {
        throw new RenderException("COMPUTED needs the evaluation");
      }
    }

    String text(RenderRequest request) {
      return Stream.concat(
          Stream.concat(Stream.ofNullable(request.pkg().departmentEvaluation()), request.pkg().projectEvaluations().stream())
              .map((SelfEvaluationForm f) -> "附件" + f.label() + " " + f.name()),
          Stream.concat(Stream.ofNullable(request.pkg().departmentReport()), request.pkg().projectReports().stream())
              .map(r -> String.valueOf(r.title())))
          .collect(Collectors.joining("\n", "附件" + (request.pkg().basicData() == null ? "" : request.pkg().basicData().label()) + "\n", "\n"));
    }

    @Override
    public void render(RenderRequest request, OutputStream out) throws RenderException, IOException {
      check(request);
      out.write(text(request).getBytes(StandardCharsets.UTF_8));
    }
  }

  static class Contract implements RendererContract {
    final Renderer renderer;

    Contract(Renderer renderer) {
      this.renderer = renderer;
    }

    @Override
    public Renderer renderer() {
      return renderer;
    }

    @Override
    public String text(byte[] output) {
      return new String(output, StandardCharsets.UTF_8);
    }
  }

  @Test
  void wellBehavedRendererPassesEveryContractTest(@TempDir Path dir) throws Exception {
    Contract c = new Contract(new TextRenderer());
    c.everyFormAndReportIsPresent();
    c.reportedModeRendersWithAndWithoutEvaluation();
    c.computedModeRendersWithEvaluationAndShowsTheForms();
    c.computedModeWithoutEvaluationRendersOrIsRefusedCleanly();
    c.sameRequestGivesSameBytes();
    c.bytesDoNotDependOnDefaultTimeZoneOrLocale();
    c.unknownOptionIsRefusedBeforeWriting();
    c.renderToFileWritesTheSameBytesAndNoTemporaryFile(Files.createDirectory(dir.resolve("a")));
    c.refusedRenderToFileCreatesNoFile(Files.createDirectory(dir.resolve("b")));
    c.refusedRenderLeavesAnExistingFileAsItWas(Files.createDirectory(dir.resolve("c")));
    assertThatCode(c::idIsLowercaseAndStable).doesNotThrowAnyException();
  }

  @Test
  void missingFormIsCaught() {
    Contract c = new Contract(new TextRenderer() {
      @Override
      String text(RenderRequest request) {
        return super.text(request).replace(request.pkg().projectEvaluations().get(2).name(), "");
      }
    });
    assertThatThrownBy(c::everyFormAndReportIsPresent).isInstanceOf(AssertionError.class);
  }

  @Test
  void bytesThatChangeFromRunToRunAreCaught() {
    AtomicLong runs = new AtomicLong();
    Contract c = new Contract(new TextRenderer() {
      @Override
      String text(RenderRequest request) {
        return super.text(request) + runs.incrementAndGet();
      }
    });
    assertThatThrownBy(c::sameRequestGivesSameBytes).isInstanceOf(AssertionError.class);
  }

  @Test
  void bytesThatFollowTheDefaultTimeZoneAreCaught() {
    Contract c = new Contract(new TextRenderer() {
      @Override
      String text(RenderRequest request) {
        return super.text(request) + java.util.TimeZone.getDefault().getID();
      }
    });
    assertThatThrownBy(c::bytesDoNotDependOnDefaultTimeZoneOrLocale).isInstanceOf(AssertionError.class);
  }

  @Test
  void ignoredUnknownOptionIsCaught() {
    Contract c = new Contract(new TextRenderer() {
      @Override
      void check(RenderRequest request) {}
    });
    assertThatThrownBy(c::unknownOptionIsRefusedBeforeWriting).isInstanceOf(AssertionError.class);
  }

  @Test
  void uncheckedExceptionForComputedWithoutEvaluationIsCaught() {
    Contract c = new Contract(new TextRenderer() {
      @Override
      void check(RenderRequest request) throws RenderException {
        if (request.mode() == RenderMode.COMPUTED && request.evaluation() == null) {
          throw new NullPointerException("evaluation");
        }
        super.check(request);
      }
    });
    assertThatThrownBy(c::computedModeWithoutEvaluationRendersOrIsRefusedCleanly).isInstanceOf(AssertionError.class);
  }

  @Test
  void bytesWrittenBeforeRefusingAreCaught() {
    Contract c = new Contract(new TextRenderer() {
      @Override
      public void render(RenderRequest request, OutputStream out) throws RenderException, IOException {
        out.write("partial".getBytes(StandardCharsets.UTF_8));
        super.render(request, out);
      }
    });
    assertThatThrownBy(c::unknownOptionIsRefusedBeforeWriting).isInstanceOf(AssertionError.class);
  }

  @Test
  void nonAtomicFileWritingIsCaught(@TempDir Path dir) {
    Contract c = new Contract(new TextRenderer() {
      @Override
      public void render(RenderRequest request, Path file) throws RenderException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
          render(request, out);
        }
      }
    });
    assertThatThrownBy(() -> c.refusedRenderToFileCreatesNoFile(dir)).isInstanceOf(AssertionError.class);
  }
}
