package io.github.jixiao.cli;

import io.github.jixiao.importer.Layouts;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.model.render.Renderers;
import io.github.jixiao.scoring.profile.Profiles;
import java.util.Iterator;

/**
 * Candidates offered for option values: in help ({@code ${COMPLETION-CANDIDATES}}) and in the
 * shell completion script of {@code jixiao generate-completion}, which lists them as they are
 * when the script is generated.
 */
final class Completions {
  private Completions() {}

  /** The ids of the built-in scoring profiles. */
  static final class ProfileIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Profiles.builtIn().ids().iterator();
    }
  }

  /** The ids of the shipped layouts. */
  static final class LayoutIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Layouts.builtIn().all().stream().map(Layout::id).iterator();
    }
  }

  /** The ids of the renderers built into the command line (plug-ins are not known in advance). */
  static final class RendererIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Renderers.discover(Completions.class.getClassLoader()).ids().iterator();
    }
  }
}
