package io.github.jixiao.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.jixiao.model.render.RenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one render: a {@link Face} for body text, headings and titles. First {@link
 * #choose chosen} (which file for which role: the options, else the installed fonts of a {@link
 * FontSearch}), then {@link #load loaded}: embedded fonts come from the renderer's {@link
 * FontFiles} when it has them idle and go back there when the render is done ({@link #release}),
 * so a font object serves one render at a time; what a document adds to a font (the glyphs of
 * its subset) is kept by the document's writer.
 */
final class Fonts {

  /** What a font is used for. */
  enum Role {
    BODY(PdfOptions.FONT_BODY, PdfOptions.FONT_BODY_INDEX),
    HEADING(PdfOptions.FONT_HEADING, PdfOptions.FONT_HEADING_INDEX),
    TITLE(PdfOptions.FONT_TITLE, PdfOptions.FONT_TITLE_INDEX);

    final String key;
    final String indexKey;

    Role(String key, String indexKey) {
      this.key = key;
      this.indexKey = indexKey;
    }
  }

  /**
   * The fonts of one role: a CJK font and the Latin fonts used for ASCII (default set-up) or as
   * a fallback for Latin characters the CJK font lacks.
   *
   * @param cjk the main font
   * @param cjkBold whether {@link #cjk} is itself a heavy face (then bold is never simulated)
   * @param latin the Latin font for ASCII (Times-Roman)
   * @param latinBold its bold face
   * @param latinFirst whether ASCII characters always use the Latin font (the default set-up:
   *     the non-embedded CJK font's Latin metrics do not match what viewers substitute)
   * @param description for messages and the notes: "STSong-Light (not embedded)" or the file
   * @param file the font file, or {@code null} for the built-in font
   * @param index the face index in a collection, or -1
   */
  record Face(
      BaseFont cjk,
      boolean cjkBold,
      BaseFont latin,
      BaseFont latinBold,
      boolean latinFirst,
      String description,
      @Nullable Path file,
      int index) {

    boolean embedded() {
      return file != null;
    }
  }

  /** A warning when no font could be embedded, else {@code null}. */
  private final @Nullable String warning;
  /** The embedded fonts this render took from the renderer's cache, to give back. */
  private final List<Loan> loans;
  private final FontFiles cache;

  private static final Pattern SIMPLIFIED =
      Pattern.compile("(?i).*(cjk\\s*sc|[-_ ]sc\\b|\\bsc[-_ ]|hans|gb|cn$|cn[-_ ]).*");

  final Face body;
  final Face heading;
  final Face title;

  private Fonts(Face body, Face heading, Face title, @Nullable String warning, List<Loan> loans, FontFiles cache) {
    this.body = body;
    this.heading = heading;
    this.title = title;
    this.warning = warning;
    this.loans = loans;
    this.cache = cache;
  }

  private record Loan(FontFiles.Key key, BaseFont font) {}

  Face face(Role role) {
    return switch (role) {
      case BODY -> body;
      case HEADING -> heading;
      case TITLE -> title;
    };
  }

  /** Whether any font is embedded. */
  boolean embedded() {
    return body.embedded() || heading.embedded() || title.embedded();
  }

  /** Whether every font is embedded (PDF/A needs it). */
  boolean allEmbedded() {
    return body.embedded() && heading.embedded() && title.embedded();
  }

  /** The one-line warning when no installed font was found to embed, else {@code null}. */
  @Nullable String warning() {
    return warning;
  }

  /** Gives the embedded fonts back to the renderer's cache: call once, when the render is done. */
  void release() {
    for (Loan l : loans) {
      cache.give(l.key(), l.font());
    }
    loans.clear();
  }

  /**
   * The AWT font the charts measure their text with: the body font's face when it is embedded
   * (read once per renderer), else an installed font (see {@link SummaryRenderer}).
   */
  java.awt.@Nullable Font awtBody() {
    Path file = body.file();
    if (file == null) {
      return null;
    }
    try {
      return cache.awt(FontFiles.Key.of(file, body.index()), () -> {
        try {
          java.awt.Font[] all = java.awt.Font.createFonts(file.toFile());
          return all.length == 0 ? null : all[Math.max(0, Math.min(body.index(), all.length - 1))].deriveFont(10f);
        } catch (java.awt.FontFormatException | RuntimeException e) {
          return null; // only measurement is affected: the caller falls back to an installed font
        }
      });
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Which font file each role uses, decided from the options and the installed fonts before any
   * font is loaded: what {@link PdfRenderer#fonts} reports and what a render then loads.
   */
  static final class Choice {
    final Map<Role, FontFile> files;
    final @Nullable String warning;

    private Choice(Map<Role, FontFile> files, @Nullable String warning) {
      this.files = files;
      this.warning = warning;
    }

    /** Whether the body text uses the built-in STSong-Light. */
    boolean builtInBody() {
      return !files.containsKey(Role.BODY);
    }

    /** How text in this loaded face is set, for a person: the font, its file, whether embedded. */
    String describe(Face face) {
      if (face.file() == null) {
        return BUILT_IN;
      }
      for (FontFile f : files.values()) {
        if (f.path.equals(face.file()) && f.index == face.index()) {
          return f.describeFile();
        }
      }
      return face.description();
    }

    /** How a role's text is set, for a person: the font, its file and whether it is embedded. */
    String describe(Role role) {
      Role r = role;
      while (!files.containsKey(r) && r != Role.BODY) {
        r = r == Role.TITLE ? Role.HEADING : Role.BODY;
      }
      FontFile f = files.get(r);
      return f == null ? BUILT_IN : f.describeFile();
    }
  }

  /** zlib level of embedded font programs (1, fastest; OpenPDF's default is 6). */
  static final int FONT_COMPRESSION = 1;

  static final String BUILT_IN = "STSong-Light with Times for ASCII, not embedded (the viewer supplies them)";

  /**
   * Chooses the font files: an explicit {@code pdf.font.*} file for its role; else, unless
   * {@code pdf.font.embed=false}, the preferred installed serif CJK font for the body (and with
   * {@code pdf.font.discover=true} installed heading and title fonts); headings default to the
   * body font and titles to the heading font. No serif font found: the built-in STSong-Light
   * with a warning.
   */
  static Choice choose(Map<String, String> options, FontSearch search, FontFiles cache) throws RenderException {
    boolean embed = flag(options, PdfOptions.FONT_EMBED, true);
    boolean discover = flag(options, PdfOptions.FONT_DISCOVER, false);
    Map<Role, FontFile> files = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String spec = options.get(role.key);
      String index = options.get(role.indexKey);
      if (spec == null && index != null) {
        throw new RenderException(
            role.indexKey + " 需与 " + role.key + " 一起使用 / " + role.indexKey + " needs " + role.key);
      }
      if (spec != null && !embed) {
        throw new RenderException(PdfOptions.FONT_EMBED + "=false 与 " + role.key + " 矛盾 / "
            + PdfOptions.FONT_EMBED + "=false asks for no embedded font, but " + role.key + " names one to embed");
      }
      if (spec != null) {
        files.put(role, FontFile.parse(role, spec, index, cache));
      } else if (embed && (role == Role.BODY || discover)) {
        for (FontSearch.Found found : search.findAll(role)) {
          try {
            files.put(role, FontFile.parse(role, found.path().toString(), null, cache).found(found.pick()));
            break;
          } catch (RenderException e) {
            // an installed file that is not a usable font (a broken collection): the next one
          }
        }
      }
    }
    String warning = null;
    if (embed && !files.containsKey(Role.BODY)) {
      List<String> looked = new ArrayList<>();
      for (FontSearch.Pick p : FontSearch.SERIF) {
        if (!looked.contains(p.family())) {
          looked.add(p.family());
        }
      }
      List<String> roots = new ArrayList<>();
      for (Path r : search.roots()) {
        if (Files.isDirectory(r)) {
          roots.add(r.toString());
        }
      }
      warning = "未找到可嵌入的中文宋体字体，使用不嵌入的 STSong-Light / no CJK serif font to embed was found ("
          + String.join(", ", looked) + "; searched " + (roots.isEmpty() ? "no existing font directory"
              : String.join(", ", roots)) + "): the PDF uses STSong-Light, not embedded, so it looks as each"
          + " viewer substitutes it; install one (Debian/Ubuntu: fonts-noto-cjk) or give " + PdfOptions.FONT_BODY
          + " (--font-body)";
    }
    return new Choice(files, warning);
  }

  /**
   * Loads the chosen fonts, the built-in ones from {@code builtIns} (one render's set: see {@link
   * BuiltInFonts}), embedded ones from the renderer's {@code cache} when it has them idle.
   *
   * @param archival no fallback to the not-embedded Times for Latin characters the CJK font lacks
   *     (PDF/A embeds every font): such a character is reported as missing instead
   */
  static Fonts load(Choice choice, FontFiles cache, BuiltInFonts builtIns, boolean archival)
      throws RenderException {
    BaseFont times = builtIns.get(BaseFont.TIMES_ROMAN, BaseFont.WINANSI);
    BaseFont timesBold = builtIns.get(BaseFont.TIMES_BOLD, BaseFont.WINANSI);
    Map<String, Face> loaded = new java.util.HashMap<>();
    List<Loan> loans = new ArrayList<>();
    try {
      String warning = choice.warning;
      Face builtIn = new Face(builtIns.get("STSong-Light", "UniGB-UCS2-H"), false, times, timesBold, true,
          "STSong-Light / UniGB-UCS2-H (not embedded)", null, -1);
      FontFile bodyFile = choice.files.get(Role.BODY);
      Face body = builtIn;
      if (bodyFile != null) {
        try {
          body = embeddedFace(bodyFile, loaded, loans, cache, times, timesBold, archival);
        } catch (RenderException e) {
          if (bodyFile.found == null || archival) {
            throw e;
          }
          // an installed font OpenPDF cannot read: the built-in font, and say so
          warning = "已安装的字体无法使用，使用不嵌入的 STSong-Light / the installed font " + bodyFile.describeFile()
              + " cannot be used (" + e.getMessage() + "): the PDF uses STSong-Light, not embedded; give "
              + PdfOptions.FONT_BODY + " (--font-body)";
        }
      }
      FontFile headingFile = choice.files.get(Role.HEADING);
      Face heading = headingFile == null ? body : orElse(headingFile, body, loaded, loans, cache, times, timesBold,
          archival);
      FontFile titleFile = choice.files.get(Role.TITLE);
      Face title = titleFile == null ? heading : orElse(titleFile, heading, loaded, loans, cache, times, timesBold,
          archival);
      return new Fonts(body, heading, title, warning, loans, cache);
    } catch (RenderException | RuntimeException e) {
      for (Loan l : loans) {
        cache.give(l.key(), l.font());
      }
      throw e;
    }
  }

  /**
   * Loads the fonts the options name, the built-in ones for the roles they do not name (no
   * installed font is looked for): for tests of typesetting that must not depend on the machine.
   */
  static Fonts load(Map<String, String> options) throws RenderException {
    return load(options, FontSearch.in(List.of()));
  }

  /** The face of a file; for an installed (found) one that cannot be read, {@code fallback}. */
  private static Face orElse(FontFile file, Face fallback, Map<String, Face> loaded, List<Loan> loans,
      FontFiles cache, BaseFont times, BaseFont timesBold, boolean archival) throws RenderException {
    try {
      return embeddedFace(file, loaded, loans, cache, times, timesBold, archival);
    } catch (RenderException e) {
      if (file.found == null) {
        throw e;
      }
      return fallback;
    }
  }

  /** Chooses and loads the fonts with fresh caches (for tests). */
  static Fonts load(Map<String, String> options, FontSearch search) throws RenderException {
    FontFiles cache = new FontFiles();
    return load(choose(options, search, cache), cache, new BuiltInFonts(), false);
  }

  private static Face embeddedFace(FontFile file, Map<String, Face> loaded, List<Loan> loans, FontFiles cache,
      BaseFont times, BaseFont timesBold, boolean archival) throws RenderException {
    String name = file.openPdfName();
    Face done = loaded.get(name);
    if (done != null) {
      return done;
    }
    FontFiles.Key key = file.key;
    BaseFont font = cache.take(key);
    if (font == null) {
      font = file.load();
      // the prefix depends on the font only, so a font reused from the cache gives the same bytes
      font.setSecureRandom(new FixedPrefix(font.getPostscriptFontName()));
      // a CFF subset is dense: deflating it harder saves under 1 % of its size for twice the time
      font.setCompressionLevel(FONT_COMPRESSION);
    }
    loans.add(new Loan(key, font));
    String ps = font.getPostscriptFontName().toLowerCase(Locale.ROOT);
    boolean heavy = ps.contains("bold") || ps.contains("heavy") || ps.contains("black") || ps.contains("hei")
        || ps.contains("xbs") || ps.contains("zhongsong");
    Face face = archival
        ? new Face(font, heavy, font, font, false, file.describe(font), file.path, file.index)
        : new Face(font, heavy, times, timesBold, false, file.describe(font), file.path, file.index);
    loaded.put(name, face);
    return face;
  }

  static boolean flag(Map<String, String> options, String key, boolean otherwise) throws RenderException {
    String value = options.get(key);
    if (value == null) {
      return otherwise;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new RenderException(
          key + " 须为 true 或 false / must be true or false, got '" + value + "'");
    };
  }

  /** A font file named by an option or found installed: path, collection face. */
  static final class FontFile {
    final Role role;
    final Path path;
    final String pathText;
    final boolean collection;
    final int index;
    final FontFiles.Key key;
    /** The face's name (a collection's) or the file's name. */
    final String faceName;
    /** The installed font this is, when it was found by the search. */
    final FontSearch.@Nullable Pick found;

    private FontFile(Role role, Path path, String pathText, boolean collection, int index, FontFiles.Key key,
        String faceName, FontSearch.@Nullable Pick found) {
      this.role = role;
      this.path = path;
      this.pathText = pathText;
      this.collection = collection;
      this.index = index;
      this.key = key;
      this.faceName = faceName;
      this.found = found;
    }

    FontFile found(FontSearch.Pick pick) {
      return new FontFile(role, path, pathText, collection, index, key, faceName, pick);
    }

    static FontFile parse(Role role, String spec, @Nullable String indexText, FontFiles cache)
        throws RenderException {
      String text = spec.trim();
      Integer index = null;
      int comma = text.lastIndexOf(',');
      if (comma > 0 && text.substring(comma + 1).trim().matches("\\d{1,3}")) {
        index = Integer.valueOf(text.substring(comma + 1).trim());
        text = text.substring(0, comma).trim();
      }
      if (indexText != null) {
        if (!indexText.trim().matches("\\d{1,3}")) {
          throw new RenderException(
              role.indexKey + " 须为非负整数 / must be a whole number ≥ 0, got '" + indexText + "'");
        }
        int i = Integer.parseInt(indexText.trim());
        if (index != null && index != i) {
          throw new RenderException(
              role.key + " 与 " + role.indexKey + " 的字体序号不一致 / the face index is given twice: "
                  + index + " in " + role.key + ", " + i + " in " + role.indexKey);
        }
        index = i;
      }
      if (text.isEmpty()) {
        throw new RenderException(role.key + " 为空 / is empty: give the path of a .ttf, .otf or .ttc font");
      }
      String lower = text.toLowerCase(Locale.ROOT);
      boolean ttc = lower.endsWith(".ttc");
      if (!ttc && !lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
        throw new RenderException(
            role.key + ": 仅支持 .ttf、.otf、.ttc 字体 / only .ttf, .otf and .ttc fonts can be used: " + text);
      }
      Path path;
      try {
        path = Path.of(text);
      } catch (InvalidPathException e) {
        throw new RenderException(role.key + ": 路径无效 / not a valid path: " + text, e);
      }
      if (!Files.isRegularFile(path)) {
        throw new RenderException(role.key + ": 字体文件不存在 / font file not found: " + path.toAbsolutePath());
      }
      if (!Files.isReadable(path)) {
        throw new RenderException(role.key + ": 字体文件无法读取 / font file cannot be read: " + path.toAbsolutePath());
      }
      if (!ttc && index != null) {
        throw new RenderException(
            role.key + ": 只有 .ttc 字体集合才有字体序号 / a face index applies only to .ttc collections: " + spec);
      }
      String faceName = String.valueOf(path.getFileName());
      FontFiles.Key fileKey = key(role, path, -1);
      if (ttc) {
        String[] names = faces(role, text, fileKey, cache);
        if (index == null) {
          index = 0;
          for (int i = 0; i < names.length; i++) {
            if (SIMPLIFIED.matcher(names[i]).matches()) {
              index = i;
              break;
            }
          }
        }
        if (index >= names.length) {
          throw new RenderException(
              role.key + ": 字体集合只有 " + names.length + " 个字体 / the collection has " + names.length
                  + " faces (0.." + (names.length - 1) + "), index " + index + " does not exist: "
                  + String.join(", ", names));
        }
        faceName = names[index];
      }
      int face = index == null ? -1 : index;
      return new FontFile(role, path, text, ttc, face, key(role, path, face), faceName, null);
    }

    private static FontFiles.Key key(Role role, Path path, int index) throws RenderException {
      try {
        return FontFiles.Key.of(path, index);
      } catch (IOException e) {
        throw new RenderException(role.key + ": 字体文件无法读取 / font file cannot be read: " + path.toAbsolutePath()
            + " (" + e.getMessage() + ")", e);
      }
    }

    private static String[] faces(Role role, String file, FontFiles.Key key, FontFiles cache) throws RenderException {
      try {
        return cache.faceNames(key, () -> {
          try {
            return BaseFont.enumerateTTCNames(file);
          } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
          }
        });
      } catch (IOException | RuntimeException e) {
        throw new RenderException(role.key + ": 不是有效的 .ttc 字体集合 / not a valid .ttc collection: " + file
            + " (" + e.getMessage() + ")", e);
      }
    }

    String openPdfName() {
      return collection ? pathText + "," + index : pathText;
    }

    BaseFont load() throws RenderException {
      try {
        return BaseFont.createFont(openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
      } catch (IOException | RuntimeException e) {
        throw new RenderException(role.key + ": 字体无法使用 / the font cannot be used: " + openPdfName()
            + " (" + e.getMessage() + ")", e);
      }
    }

    String describe(BaseFont font) {
      return font.getPostscriptFontName() + " (" + path.getFileName() + (collection ? "," + index : "")
          + ", embedded subset)";
    }

    /** "NotoSerifCJKsc-Regular (/usr/share/fonts/…/NotoSerifCJK-Regular.ttc, face 2), embedded as a subset". */
    String describeFile() {
      return faceName + " (" + path.toAbsolutePath() + (collection ? ", face " + index : "") + ")"
          + (found != null ? ", found installed" : "") + ", embedded as a subset";
    }
  }

  /**
   * The "random" source OpenPDF asks for a font subset prefix ("ABCDEF+"): six letters derived
   * from the font's name, so the same font gives the same prefix in every render.
   */
  static final class FixedPrefix extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final double[] letters = new double[6];
    private int next;

    FixedPrefix(String seed) {
      byte[] hash;
      try {
        hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
      }
      for (int i = 0; i < letters.length; i++) {
        letters[i] = ((hash[i] & 0xff) % 26 + 0.5) / 26.0;
      }
    }

    @Override
    public synchronized double nextDouble() {
      double d = letters[next % letters.length];
      next++;
      return d;
    }
  }
}
