package io.github.jixiao.render.pdf;

import com.lowagie.text.DocumentException;
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
 * The fonts of one render: a {@link Face} for body text, headings and titles. Built fresh for
 * every render (fonts carry per-document state such as the subset prefix), so renders never
 * share mutable font objects.
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

  /** A font file the discovery may use for a role. */
  record Candidate(Role role, String path) {}

  /** Installed fonts looked for with {@code pdf.font.discover=true}, best first per role. */
  static final List<Candidate> INSTALLED = installedCandidates();

  private static final Pattern SIMPLIFIED =
      Pattern.compile("(?i).*(cjk\\s*sc|[-_ ]sc\\b|\\bsc[-_ ]|hans|gb|cn$|cn[-_ ]).*");

  final Face body;
  final Face heading;
  final Face title;

  private Fonts(Face body, Face heading, Face title) {
    this.body = body;
    this.heading = heading;
    this.title = title;
  }

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

  /** Loads the fonts the options ask for, the built-in ones afresh; discovery uses {@link #INSTALLED}. */
  static Fonts load(Map<String, String> options) throws RenderException {
    return load(options, INSTALLED, new BuiltInFonts());
  }

  /**
   * Loads the fonts the options ask for, taking the built-in ones from {@code builtIns} (one
   * render's set: see {@link BuiltInFonts}); discovery uses {@link #INSTALLED}.
   */
  static Fonts load(Map<String, String> options, BuiltInFonts builtIns) throws RenderException {
    return load(options, INSTALLED, builtIns);
  }

  /** Loads the fonts the options ask for, discovering among {@code candidates}. */
  static Fonts load(Map<String, String> options, List<Candidate> candidates) throws RenderException {
    return load(options, candidates, new BuiltInFonts());
  }

  private static Fonts load(Map<String, String> options, List<Candidate> candidates, BuiltInFonts builtIns)
      throws RenderException {
    BaseFont times = builtIns.get(BaseFont.TIMES_ROMAN, BaseFont.WINANSI);
    BaseFont timesBold = builtIns.get(BaseFont.TIMES_BOLD, BaseFont.WINANSI);
    boolean discover = flag(options, PdfOptions.FONT_DISCOVER, false);

    Map<Role, FontFile> files = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String spec = options.get(role.key);
      String index = options.get(role.indexKey);
      if (spec == null && index != null) {
        throw new RenderException(
            role.indexKey + " 需与 " + role.key + " 一起使用 / " + role.indexKey + " needs " + role.key);
      }
      if (spec != null) {
        files.put(role, FontFile.parse(role, spec, index));
      } else if (discover) {
        FontFile found = discover(role, candidates);
        if (found != null) {
          files.put(role, found);
        }
      }
    }

    Map<String, BaseFont> loaded = new java.util.HashMap<>();
    Face defaultFace = null;
    FontFile bodyFile = files.get(Role.BODY);
    Face body;
    if (bodyFile == null) {
      defaultFace =
          new Face(
              builtIns.get("STSong-Light", "UniGB-UCS2-H"),
              false,
              times,
              timesBold,
              true,
              "STSong-Light / UniGB-UCS2-H (not embedded)",
              null,
              -1);
      body = defaultFace;
    } else {
      body = embeddedFace(bodyFile, "body", loaded, times, timesBold);
    }
    FontFile headingFile = files.get(Role.HEADING);
    Face heading = headingFile == null ? body : embeddedFace(headingFile, "heading", loaded, times, timesBold);
    FontFile titleFile = files.get(Role.TITLE);
    Face title = titleFile == null ? heading : embeddedFace(titleFile, "title", loaded, times, timesBold);
    return new Fonts(body, heading, title);
  }

  private static Face embeddedFace(
      FontFile file, String role, Map<String, BaseFont> loaded, BaseFont times, BaseFont timesBold)
      throws RenderException {
    String name = file.openPdfName();
    BaseFont font = loaded.get(name);
    if (font == null) {
      font = file.load();
      font.setSecureRandom(new FixedPrefix(role + ":" + font.getPostscriptFontName()));
      loaded.put(name, font);
    }
    String ps = font.getPostscriptFontName().toLowerCase(Locale.ROOT);
    boolean heavy = ps.contains("bold") || ps.contains("heavy") || ps.contains("black") || ps.contains("hei")
        || ps.contains("xbs") || ps.contains("zhongsong");
    return new Face(font, heavy, times, timesBold, false, file.describe(font), file.path, file.index);
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

  private static @Nullable FontFile discover(Role role, List<Candidate> candidates) throws RenderException {
    for (Candidate c : candidates) {
      if (c.role() != role) {
        continue;
      }
      Path p;
      try {
        p = Path.of(c.path());
      } catch (InvalidPathException e) {
        continue;
      }
      if (Files.isRegularFile(p) && Files.isReadable(p)) {
        return FontFile.parse(role, c.path(), null);
      }
    }
    return null;
  }

  private static List<Candidate> installedCandidates() {
    List<Candidate> list = new ArrayList<>();
    String windir = System.getenv("WINDIR");
    String win = (windir == null || windir.isBlank() ? "C:\\Windows" : windir) + "\\Fonts\\";
    String[] linuxNoto = {
      "/usr/share/fonts/opentype/noto/", "/usr/share/fonts/noto-cjk/", "/usr/share/fonts/google-noto-cjk/",
      "/usr/share/fonts/opentype/noto-cjk/", "/usr/share/fonts/noto/"
    };
    String[] wqy = {
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"
    };
    // body: 仿宋 / 宋体 / serif CJK
    list.add(new Candidate(Role.BODY, win + "simfang.ttf"));
    list.add(new Candidate(Role.BODY, win + "simsun.ttc"));
    for (String dir : linuxNoto) {
      list.add(new Candidate(Role.BODY, dir + "NotoSerifCJK-Regular.ttc"));
    }
    list.add(new Candidate(Role.BODY, "/usr/share/fonts/truetype/arphic/uming.ttc"));
    list.add(new Candidate(Role.BODY, "/System/Library/Fonts/Supplemental/Songti.ttc"));
    for (String dir : linuxNoto) {
      list.add(new Candidate(Role.BODY, dir + "NotoSansCJK-Regular.ttc"));
    }
    for (String f : wqy) {
      list.add(new Candidate(Role.BODY, f));
    }
    // headings: 黑体 / sans CJK bold
    list.add(new Candidate(Role.HEADING, win + "simhei.ttf"));
    for (String dir : linuxNoto) {
      list.add(new Candidate(Role.HEADING, dir + "NotoSansCJK-Bold.ttc"));
    }
    for (String dir : linuxNoto) {
      list.add(new Candidate(Role.HEADING, dir + "NotoSansCJK-Regular.ttc"));
    }
    list.add(new Candidate(Role.HEADING, "/System/Library/Fonts/STHeiti Medium.ttc"));
    for (String f : wqy) {
      list.add(new Candidate(Role.HEADING, f));
    }
    // titles: 方正小标宋 / 华文中宋 / serif CJK bold, else the heading font
    list.add(new Candidate(Role.TITLE, win + "FZXBSJW.TTF"));
    list.add(new Candidate(Role.TITLE, win + "STZHONGS.TTF"));
    for (String dir : linuxNoto) {
      list.add(new Candidate(Role.TITLE, dir + "NotoSerifCJK-Bold.ttc"));
    }
    list.add(new Candidate(Role.TITLE, win + "simhei.ttf"));
    for (String dir : linuxNoto) {
      list.add(new Candidate(Role.TITLE, dir + "NotoSansCJK-Bold.ttc"));
    }
    return List.copyOf(list);
  }

  /** A font file named by an option: path, collection index. */
  private static final class FontFile {
    final Role role;
    final Path path;
    final String pathText;
    final boolean collection;
    final int index;

    private FontFile(Role role, Path path, String pathText, boolean collection, int index) {
      this.role = role;
      this.path = path;
      this.pathText = pathText;
      this.collection = collection;
      this.index = index;
    }

    static FontFile parse(Role role, String spec, @Nullable String indexText) throws RenderException {
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
      if (ttc) {
        String[] names = faces(role, text);
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
      }
      return new FontFile(role, path, text, ttc, index == null ? -1 : index);
    }

    private static String[] faces(Role role, String file) throws RenderException {
      try {
        return BaseFont.enumerateTTCNames(file);
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
