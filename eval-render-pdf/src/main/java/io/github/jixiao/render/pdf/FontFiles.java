package io.github.jixiao.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The font files one renderer has read, kept for its next renders: loading a CJK font is the
 * largest part of embedding it (OpenPDF maps and reads the whole 20–30 MB collection, its cmap
 * and metrics — a third of a render of the seed with Noto Serif CJK, by JFR), and the face
 * names of a collection and the AWT font the charts measure with are as costly to read.
 *
 * <p>A loaded {@link BaseFont} serves one render at a time (as {@link BuiltInFonts}): a render
 * {@link #take takes} an idle one or loads a new one and {@link #give gives} it back when done.
 * What a document changes is kept by its writer (the glyphs used, for the subset), not by the
 * font, and the subset prefix comes from the font's name ({@link Fonts.FixedPrefix}), so a reused
 * font gives the same bytes as a fresh one. Entries are keyed by path, face, size and
 * modification time: a font file replaced on disk is read again. At most {@link #FILES} files
 * and {@link #IDLE} idle fonts per file are kept; the cache goes away with its renderer.
 * Thread-safe.
 */
final class FontFiles {
  static final int FILES = 6;
  static final int IDLE = 4;

  /** A font file (and face) as it is on disk now. */
  record Key(String path, int index, long size, long modified) {
    static Key of(Path path, int index) throws IOException {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return new Key(path.toAbsolutePath().toString(), index, a.size(), a.lastModifiedTime().toMillis());
    }
  }

  private final Map<Key, BlockingQueue<BaseFont>> idle = new ConcurrentHashMap<>();
  private final Map<Key, String[]> faceNames = new ConcurrentHashMap<>();
  private final Map<Key, Font> awt = new ConcurrentHashMap<>();

  /** An idle loaded font of this file and face, or {@code null}. */
  @Nullable BaseFont take(Key key) {
    BlockingQueue<BaseFont> q = idle.get(key);
    return q == null ? null : q.poll();
  }

  /** Gives a font back when its render is done (dropped when enough are kept). */
  void give(Key key, BaseFont font) {
    BlockingQueue<BaseFont> q = idle.get(key);
    if (q == null) {
      if (idle.size() >= FILES) {
        return;
      }
      q = idle.computeIfAbsent(key, k -> new ArrayBlockingQueue<>(IDLE));
    }
    q.offer(font);
  }

  /** The face names of a collection, read once. */
  String[] faceNames(Key key, Loader<String[]> load) throws IOException {
    String[] names = faceNames.get(key);
    if (names == null) {
      names = load.load();
      if (faceNames.size() < FILES * 4) {
        faceNames.put(key, names);
      }
    }
    return names.clone();
  }

  /** The AWT font of a face (immutable, shared), read once. */
  @Nullable Font awt(Key key, Loader<@Nullable Font> load) throws IOException {
    Font f = awt.get(key);
    if (f == null) {
      f = load.load();
      if (f != null && awt.size() < FILES) {
        awt.put(key, f);
      }
    }
    return f;
  }

  /** How many fonts wait for a render (for tests). */
  int idleFonts() {
    return idle.values().stream().mapToInt(BlockingQueue::size).sum();
  }

  /** Reads something from a font file. */
  interface Loader<T> {
    T load() throws IOException;
  }
}
