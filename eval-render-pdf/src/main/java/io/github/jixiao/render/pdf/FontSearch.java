package io.github.jixiao.render.pdf;

import io.github.jixiao.render.pdf.Fonts.Role;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where installed CJK fonts are looked for, and which one is preferred: a fixed list of font
 * directories (the roots) and, per role, a fixed list of font file names, best first. The font
 * used for a role is the first name of its list found anywhere under the roots; a name found
 * under several roots is taken from the first root, and within a root from the first path in
 * sorted order. The result depends only on the files present, never on the order a directory
 * lists them, so a machine always gets the same font.
 *
 * <p>The roots are searched once per instance, when a font is first asked for (a renderer keeps
 * one instance: it sees fonts installed before its first render). Tests give their own roots
 * ({@link #in(List)}); nothing here is JVM-wide.
 *
 * <p>Default roots, in this order: {@code /usr/share/fonts}, {@code /usr/local/share/fonts},
 * {@code $XDG_DATA_HOME/fonts} (or {@code ~/.local/share/fonts}), {@code ~/.fonts} (fontconfig's
 * directories on Linux); {@code %WINDIR%\Fonts} and {@code %LOCALAPPDATA%\Microsoft\Windows\Fonts}
 * on Windows; {@code /System/Library/Fonts}, {@code /Library/Fonts}, {@code ~/Library/Fonts} on
 * macOS. Roots that do not exist are skipped; each is searched six directories deep.
 */
final class FontSearch {

  /** How deep below a root font files are looked for. */
  static final int DEPTH = 6;

  /**
   * A font file name (compared without case) and what it is, for messages and documentation.
   * In a collection ({@code .ttc}) the Simplified Chinese face is used (see {@link Fonts}).
   */
  record Pick(String file, String family) {}

  /**
   * The serif (宋体-style) CJK fonts used for body text by default, best first: Noto Serif CJK SC,
   * Source Han Serif SC (the same design), SimSun (宋体), FangSong (仿宋), AR PL UMing / SungtiL
   * (Debian's fonts-arphic-*), macOS Songti, 华文宋体.
   */
  static final List<Pick> SERIF = List.of(
      new Pick("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
      new Pick("NotoSerifCJKsc-Regular.otf", "Noto Serif CJK SC"),
      new Pick("NotoSerifSC-Regular.otf", "Noto Serif SC"),
      new Pick("SourceHanSerif-Regular.ttc", "Source Han Serif SC"),
      new Pick("SourceHanSerifSC-Regular.otf", "Source Han Serif SC"),
      new Pick("SourceHanSerifCN-Regular.otf", "Source Han Serif CN"),
      new Pick("simsun.ttc", "SimSun 宋体"),
      new Pick("simsun.ttf", "SimSun 宋体"),
      new Pick("simfang.ttf", "FangSong 仿宋"),
      new Pick("uming.ttc", "AR PL UMing"),
      new Pick("gbsn00lp.ttf", "AR PL SungtiL GB"),
      new Pick("Songti.ttc", "Songti SC"),
      new Pick("STSONG.TTF", "STSong 华文宋体"));

  /** Heading fonts (黑体 / sans bold), only with {@code pdf.font.discover=true}. */
  static final List<Pick> HEADING = List.of(
      new Pick("simhei.ttf", "SimHei 黑体"),
      new Pick("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC Bold"),
      new Pick("NotoSansCJKsc-Bold.otf", "Noto Sans CJK SC Bold"),
      new Pick("SourceHanSans-Bold.ttc", "Source Han Sans SC Bold"),
      new Pick("SourceHanSansSC-Bold.otf", "Source Han Sans SC Bold"),
      new Pick("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"),
      new Pick("STHeiti Medium.ttc", "STHeiti"),
      new Pick("wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
      new Pick("wqy-microhei.ttc", "WenQuanYi Micro Hei"));

  /** Title fonts (小标宋 / 中宋 / serif bold), only with {@code pdf.font.discover=true}. */
  static final List<Pick> TITLE = List.of(
      new Pick("FZXBSJW.TTF", "FZXiaoBiaoSong 方正小标宋"),
      new Pick("STZHONGS.TTF", "STZhongsong 华文中宋"),
      new Pick("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC Bold"),
      new Pick("NotoSerifCJKsc-Bold.otf", "Noto Serif CJK SC Bold"),
      new Pick("SourceHanSerif-Bold.ttc", "Source Han Serif SC Bold"),
      new Pick("SourceHanSerifSC-Bold.otf", "Source Han Serif SC Bold"),
      new Pick("simhei.ttf", "SimHei 黑体"),
      new Pick("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC Bold"));

  private final List<Path> roots;
  private @Nullable Map<String, Path> found;

  private FontSearch(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** The usual font directories of this machine (see the class comment), in that order. */
  static FontSearch installed() {
    return new FontSearch(defaultRoots(System.getenv(), System.getProperty("user.home")));
  }

  /** A search of exactly these directories, in this order (for tests: an empty list finds nothing). */
  static FontSearch in(List<Path> roots) {
    return new FontSearch(roots);
  }

  /** The directories searched, in order. */
  List<Path> roots() {
    return roots;
  }

  static List<Path> defaultRoots(Map<String, String> env, @Nullable String home) {
    Set<String> dirs = new LinkedHashSet<>();
    dirs.add("/usr/share/fonts");
    dirs.add("/usr/local/share/fonts");
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      dirs.add(xdg + "/fonts");
    } else if (home != null) {
      dirs.add(home + "/.local/share/fonts");
    }
    if (home != null) {
      dirs.add(home + "/.fonts");
    }
    String windir = env.get("WINDIR");
    dirs.add((windir == null || windir.isBlank() ? "C:\\Windows" : windir) + "\\Fonts");
    String local = env.get("LOCALAPPDATA");
    if (local != null && !local.isBlank()) {
      dirs.add(local + "\\Microsoft\\Windows\\Fonts");
    }
    dirs.add("/System/Library/Fonts");
    dirs.add("/Library/Fonts");
    if (home != null) {
      dirs.add(home + "/Library/Fonts");
    }
    List<Path> paths = new ArrayList<>();
    for (String d : dirs) {
      try {
        paths.add(Path.of(d));
      } catch (InvalidPathException e) {
        // a Windows path on Linux is fine; one that is not a path on this system is skipped
      }
    }
    return paths;
  }

  /** The preference list of a role. */
  static List<Pick> picks(Role role) {
    return switch (role) {
      case BODY -> SERIF;
      case HEADING -> HEADING;
      case TITLE -> TITLE;
    };
  }

  /** A font file found for a role: the file and the entry of the list it matched. */
  record Found(Path path, Pick pick) {}

  /** The preferred installed font for the role, or {@code null} when none of its list is installed. */
  @Nullable Found find(Role role) {
    List<Found> all = findAll(role);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every installed font of the role's list, best first (the next is used when one cannot be read). */
  List<Found> findAll(Role role) {
    Map<String, Path> files = files();
    List<Found> out = new ArrayList<>();
    for (Pick p : picks(role)) {
      Path path = files.get(p.file().toLowerCase(Locale.ROOT));
      if (path != null && Files.isReadable(path)) {
        out.add(new Found(path, p));
      }
    }
    return out;
  }

  /** Every listed file name (lower case) with the path it was first found at. */
  private synchronized Map<String, Path> files() {
    if (found == null) {
      found = walk();
    }
    return found;
  }

  private Map<String, Path> walk() {
    Set<String> wanted = new java.util.HashSet<>();
    for (Role r : Role.values()) {
      for (Pick p : picks(r)) {
        wanted.add(p.file().toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Path> result = new HashMap<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> hits = new ArrayList<>();
      try {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), DEPTH, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path name = file.getFileName();
            if (name != null && attrs.isRegularFile() && wanted.contains(name.toString().toLowerCase(Locale.ROOT))) {
              hits.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // unreadable directory, link loop: skipped
          }
        });
      } catch (IOException | RuntimeException e) {
        continue; // a root that cannot be read is skipped
      }
      hits.sort(null);
      for (Path hit : hits) {
        result.putIfAbsent(hit.getFileName().toString().toLowerCase(Locale.ROOT), hit);
      }
    }
    return Map.copyOf(result);
  }
}
