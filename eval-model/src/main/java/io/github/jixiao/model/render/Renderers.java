package io.github.jixiao.model.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The renderers known to one caller: found with {@link ServiceLoader} in a class loader, or
 * given explicitly. An instance, not global state: each caller builds its own. Two providers
 * with one id are an error naming both; an unknown id is an error listing the known ones.
 *
 * <p>Ids and file extensions name files, so they are checked before anything is rendered: an id
 * is {@value #ID_RULE} (lowercase letters, digits and "-", starting with a letter, at most 32
 * characters), a file extension is {@value #EXTENSION_RULE} with at most 32 characters (the same
 * characters and inner dots, as in "tar.gz"). A provider or renderer that breaks a rule, names
 * no id, or throws instead of answering is an {@link InvalidRendererException} naming its class
 * and the jar or folder it came from — never a path outside the output folder.
 */
public final class Renderers {
  /** What a renderer id looks like: lowercase letters, digits and "-", starting with a letter, 1 to 32 characters. */
  public static final String ID_RULE = "[a-z][a-z0-9-]{0,31}";
  /** What a file extension looks like (at most 32 characters): lowercase letters and digits, "-" or "." between them. */
  public static final String EXTENSION_RULE = "[a-z0-9]+(?:[.-][a-z0-9]+)*";

  private static final Pattern ID = Pattern.compile(ID_RULE);
  private static final Pattern EXTENSION = Pattern.compile(EXTENSION_RULE);

  private final Map<String, RendererProvider> providers;

  private Renderers(Map<String, RendererProvider> providers) {
    this.providers = Collections.unmodifiableMap(providers);
  }

  /**
   * A renderer provider or renderer that cannot be used: a null or malformed id or file extension,
   * two with one id, a class that cannot be loaded (damaged, or compiled for a newer Java), or a
   * method that throws. The message names the class and where it came from (its jar).
   */
  public static final class InvalidRendererException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for the user.
     *
     * @param message what is wrong, naming the provider's class and its jar
     * @param cause what the provider threw, or {@code null}
     */
    public InvalidRendererException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The renderers registered in {@code loader} (META-INF/services, or {@code provides} in a module).
   *
   * @param loader the class loader to search, with its parents
   * @return the renderers found, possibly none
   * @throws InvalidRendererException (an {@link IllegalStateException}) when a provider cannot be
   *     loaded or created, has no valid id, or two share an id (naming both)
   */
  public static Renderers discover(ClassLoader loader) {
    List<RendererProvider> found = new ArrayList<>();
    Iterator<RendererProvider> it = ServiceLoader.load(RendererProvider.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        throw new InvalidRendererException("a renderer provider cannot be loaded (渲染插件无法加载): " + loadFailure(e, loader), e);
      }
    }
    return of(found);
  }

  /**
   * Exactly these renderers.
   *
   * @param list the providers, in any order
   * @return the renderers, sorted by id
   * @throws InvalidRendererException (an {@link IllegalStateException}) when a provider has no
   *     valid id or throws, or two share an id, naming both
   */
  public static Renderers of(List<RendererProvider> list) {
    Map<String, RendererProvider> byId = new TreeMap<>();
    for (RendererProvider p : list) {
      String id = id(p);
      try {
        p.description();
      } catch (RuntimeException | LinkageError e) {
        throw new InvalidRendererException(describe(p) + ": description() failed: " + message(e), e);
      }
      RendererProvider other = byId.putIfAbsent(id, p);
      if (other != null) {
        throw new InvalidRendererException("two renderers have the id '" + id + "': " + describe(other) + " and "
            + describe(p) + " (渲染器标识重复); remove one of them (an old copy left in a plug-in folder?)", null);
      }
    }
    return new Renderers(new LinkedHashMap<>(byId));
  }

  /** The provider's id, checked against {@link #ID_RULE}. */
  private static String id(RendererProvider p) {
    String id;
    try {
      id = p.id();
    } catch (RuntimeException | LinkageError e) {
      throw new InvalidRendererException(describe(p) + ": id() failed: " + message(e), e);
    }
    if (id == null) {
      throw new InvalidRendererException(describe(p) + " has no id (id() returned null)", null);
    }
    if (!ID.matcher(id).matches()) {
      throw new InvalidRendererException(describe(p) + " has the id '" + printable(id) + "', which is not a renderer id: "
          + "lowercase letters, digits and '-', starting with a letter, at most 32 characters (" + ID_RULE + ")", null);
    }
    return id;
  }

  /**
   * Whether {@code id} is a renderer id ({@link #ID_RULE}).
   *
   * @param id a text
   * @return whether it is lowercase letters, digits and "-", starting with a letter, 1 to 32 characters
   */
  public static boolean isId(@Nullable String id) {
    return id != null && ID.matcher(id).matches();
  }

  /**
   * Whether {@code extension} is a file extension a renderer may give ({@link #EXTENSION_RULE},
   * at most 32 characters): no separator, no "..", no space or comma, so a file named with it stays
   * in its folder.
   *
   * @param extension a text
   * @return whether it follows the rule
   */
  public static boolean isExtension(@Nullable String extension) {
    return extension != null && extension.length() <= 32 && EXTENSION.matcher(extension).matches();
  }

  /**
   * The ids, sorted.
   *
   * @return the ids {@link #get(String)} accepts, in alphabetical order
   */
  public List<String> ids() {
    return List.copyOf(providers.keySet());
  }

  /**
   * The providers, sorted by id.
   *
   * @return the providers, for listing their ids and descriptions
   */
  public List<RendererProvider> providers() {
    return List.copyOf(providers.values());
  }

  /**
   * A new renderer with this id, checked: it has the provider's id and a valid file extension.
   *
   * @param id the renderer's id ("pdf")
   * @return a new renderer from the provider with this id
   * @throws IllegalArgumentException when no provider has this id, listing the known ids
   * @throws InvalidRendererException (an {@link IllegalStateException}) when the provider makes
   *     no renderer, throws, or makes one with another id or an invalid file extension
   */
  public Renderer get(String id) {
    RendererProvider p = providers.get(id);
    if (p == null) {
      throw new IllegalArgumentException("unknown renderer '" + id + "' (未知格式); known: "
          + (providers.isEmpty() ? "(none found)" : String.join(", ", providers.keySet())));
    }
    Renderer r;
    String rid;
    String extension;
    try {
      r = p.create();
      if (r == null) {
        throw new InvalidRendererException(describe(p) + " made no renderer (create() returned null)", null);
      }
      rid = r.id();
      extension = r.fileExtension();
    } catch (InvalidRendererException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new InvalidRendererException(describe(p) + ": making the renderer '" + id + "' failed: "
          + (e instanceof UnsupportedClassVersionError ? loadFailure(e, p.getClass().getClassLoader()) : message(e)), e);
    }
    if (!id.equals(rid)) {
      throw new InvalidRendererException(describe(p) + " has the id '" + id + "' but its renderer "
          + r.getClass().getName() + " says '" + printable(String.valueOf(rid)) + "'", null);
    }
    if (!isExtension(extension)) {
      throw new InvalidRendererException("the renderer '" + id + "' (" + r.getClass().getName() + where(r.getClass())
          + ") gives the file extension '" + printable(String.valueOf(extension)) + "', which could name a file outside "
          + "the output folder: an extension is lowercase letters and digits with '-' or '.' between them, at most 32 "
          + "characters", null);
    }
    return r;
  }

  /**
   * Where a class came from, for messages: " from /path/plugin.jar", or "" when unknown.
   *
   * @param c a class
   * @return its code source (jar or folder) as " from …", or ""
   */
  public static String where(Class<?> c) {
    try {
      java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return "";
      }
      return " from " + location(source.getLocation());
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** "the renderer provider CLASS (from JAR)". */
  private static String describe(RendererProvider p) {
    return "the renderer provider " + p.getClass().getName() + where(p.getClass()).replaceFirst("^ from (.*)$", " (from $1)");
  }

  /** A file URL as a path, a jar: URL as its jar's path, anything else as it is. */
  private static String location(java.net.URL url) {
    String s = url.toString();
    if (s.startsWith("jar:")) {
      int bang = s.indexOf("!/");
      s = bang > 0 ? s.substring(4, bang) : s.substring(4);
    }
    try {
      java.net.URI uri = new java.net.URI(s);
      if ("file".equals(uri.getScheme())) {
        return java.nio.file.Path.of(uri).toString();
      }
    } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      // as it is
    }
    return s;
  }

  /** What went wrong loading providers, in words: the class, its jar, and for a newer Java which one. */
  private static String loadFailure(Throwable e, ClassLoader loader) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof UnsupportedClassVersionError v) {
      String cls = String.valueOf(v.getMessage()).replaceFirst(" has been compiled.*$", "").replace('/', '.');
      java.util.regex.Matcher m = Pattern.compile("class file version (\\d+)").matcher(String.valueOf(v.getMessage()));
      String java = m.find() ? "Java " + (Integer.parseInt(m.group(1)) - 44) : "a newer Java";
      return cls + classWhere(cls, loader) + " is compiled for " + java + ", and this is Java "
          + Runtime.version().feature() + ": run jixiao with " + java + " or later, or build the plug-in for Java "
          + Runtime.version().feature() + " (--release " + Runtime.version().feature() + ")";
    }
    String m = message(e);
    java.util.regex.Matcher c = Pattern.compile("Provider (\\S+)").matcher(m);
    if (c.find()) {
      m += classWhere(c.group(1), loader);
    }
    return root == e ? m : m + ": " + message(root);
  }

  /** " (from JAR)" for a class name as {@code loader} would find it, or "". */
  private static String classWhere(String className, ClassLoader loader) {
    try {
      java.net.URL url = loader.getResource(className.replace('.', '/') + ".class");
      return url == null ? "" : " (from " + location(url) + ")";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.replace('\n', ' '));
  }

  /** A text with control characters shown as \\uXXXX, at most 80 characters. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().limit(80).forEach(c -> {
      if (c < 0x20 || c == 0x7F) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return s.codePointCount(0, s.length()) > 80 ? b + "…" : b.toString();
  }
}
