package io.github.jixiao.model.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The renderers known to one caller: found with {@link ServiceLoader} in a class loader, or
 * given explicitly. An instance, not global state: each caller builds its own. Two providers
 * with one id are an error naming both; an unknown id is an error listing the known ones.
 */
public final class Renderers {
  private final Map<String, RendererProvider> providers;

  private Renderers(Map<String, RendererProvider> providers) {
    this.providers = Collections.unmodifiableMap(providers);
  }

  /**
   * The renderers registered in {@code loader} (META-INF/services, or {@code provides} in a module).
   *
   * @param loader the class loader to search, with its parents
   * @return the renderers found, possibly none
   * @throws IllegalStateException when a provider cannot be loaded, or two share an id (naming both)
   */
  public static Renderers discover(ClassLoader loader) {
    List<RendererProvider> found = new ArrayList<>();
    try {
      for (RendererProvider p : ServiceLoader.load(RendererProvider.class, loader)) {
        found.add(p);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a renderer provider cannot be loaded: " + e.getMessage(), e);
    }
    return of(found);
  }

  /**
   * Exactly these renderers.
   *
   * @param list the providers, in any order
   * @return the renderers, sorted by id
   * @throws IllegalStateException when two share an id, naming both
   */
  public static Renderers of(List<RendererProvider> list) {
    Map<String, RendererProvider> byId = new TreeMap<>();
    for (RendererProvider p : list) {
      RendererProvider other = byId.putIfAbsent(p.id(), p);
      if (other != null) {
        throw new IllegalStateException("two renderers have the id '" + p.id() + "': "
            + other.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    return new Renderers(new LinkedHashMap<>(byId));
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
   * A new renderer with this id.
   *
   * @param id the renderer's id ("pdf")
   * @return a new renderer from the provider with this id
   * @throws IllegalArgumentException when no provider has this id, listing the known ids
   */
  public Renderer get(String id) {
    RendererProvider p = providers.get(id);
    if (p == null) {
      throw new IllegalArgumentException("unknown renderer '" + id + "' (未知格式); known: "
          + (providers.isEmpty() ? "(none found)" : String.join(", ", providers.keySet())));
    }
    return p.create();
  }
}
