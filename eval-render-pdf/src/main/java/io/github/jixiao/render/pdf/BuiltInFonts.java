package io.github.jixiao.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import io.github.jixiao.model.render.RenderException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One render's built-in fonts (Times, Times-Bold, STSong-Light), loaded on first use. Loading
 * them parses an AFM file or a CJK CMap every time — a sixth of the rendering time of the seed's
 * forms, in the profile — so a renderer keeps the sets its renders used in a {@link Pool} and
 * hands them to later renders. OpenPDF's own cache is not used because it hands the same mutable
 * font objects to every thread: a set serves one render at a time, and nothing changes its fonts
 * after loading (only embedded fonts get a subset prefix generator, and those are never kept).
 * Not thread-safe; the pool is.
 */
final class BuiltInFonts {
  private final Map<String, BaseFont> fonts = new HashMap<>();

  /** The font, loaded now if this set has not loaded it yet. */
  BaseFont get(String name, String encoding) throws RenderException {
    String key = name + "/" + encoding;
    BaseFont font = fonts.get(key);
    if (font == null) {
      font = load(name, encoding);
      fonts.put(key, font);
    }
    return font;
  }

  private static BaseFont load(String name, String encoding) throws RenderException {
    try {
      return BaseFont.createFont(name, encoding, BaseFont.NOT_EMBEDDED, false, null, null);
    } catch (DocumentException | IOException e) {
      throw new RenderException("内置字体不可用 / built-in font " + name + " is not available: " + e.getMessage(), e);
    }
  }

  /**
   * The sets a renderer's renders have finished with, for its next renders; it keeps at most
   * {@link #IDLE} of them (as many as renders usually run at once), so it never grows with the
   * number of threads that ever rendered, and it goes away with its renderer. Thread-safe.
   */
  static final class Pool {
    static final int IDLE = 8;
    private final BlockingQueue<BuiltInFonts> idle = new ArrayBlockingQueue<>(IDLE);

    /** A set no other render is using: an idle one, or a new one. */
    BuiltInFonts take() {
      BuiltInFonts set = idle.poll();
      return set != null ? set : new BuiltInFonts();
    }

    /** Gives a set back when its render is done; dropped when the pool is full. */
    void give(BuiltInFonts set) {
      idle.offer(set);
    }

    /** How many sets wait for a render (for tests). */
    int idle() {
      return idle.size();
    }
  }
}
