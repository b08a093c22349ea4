package io.github.linkpost;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds renderers by format name among those on the class path or module path.
 *
 * <pre>{@code
 * PostRenderer markdown = PostRenderers.find("markdown");
 * HtmlRenderer html = PostRenderers.find("html", HtmlRenderer.class); // renderPage(...) and all
 * List<String> formats = PostRenderers.formats(); // e.g. [html, markdown]
 * }</pre>
 *
 * <p>The renderer found is the renderer itself, not a stand-in: the {@code html} format's is
 * the {@code HtmlRenderer} of {@code HtmlRenderer.jekyll()}. A renderer module registers it
 * with a provider class that has a {@code public static provider()} method; the module path
 * calls that method, and so does this class on the class path (where {@link ServiceLoader}
 * would make an instance of the provider class instead).
 *
 * <p>The renderers are looked up once, the first time one of these methods is called, among
 * those visible to the class loader of this class, and kept (a renderer put on the path later
 * is not seen); the lookup is thread-safe, and the renderers are shared by every caller. When
 * two renderers give the same format name, the name is ambiguous: {@link #find(String)} refuses it, naming both, rather than take one by the
 * order of the path; {@link #all()} lists both and {@link #formats()} the name once.
 */
public final class PostRenderers {
  private PostRenderers() {}

  /** The lookup, once made; a lookup that failed is tried again at the next call. */
  private static volatile @Nullable Found found;

  /** The renderers found: all of them, in order, and by format name. */
  private record Found(List<PostRenderer> all, Map<String, List<PostRenderer>> byFormat) {}

  private static Found found() {
    Found lookup = found;
    if (lookup == null) {
      synchronized (PostRenderers.class) {
        lookup = found;
        if (lookup == null) {
          lookup = lookUp();
          found = lookup;
        }
      }
    }
    return lookup;
  }

  private static Found lookUp() {
    TreeMap<String, List<PostRenderer>> byFormat = new TreeMap<>();
    for (ServiceLoader.Provider<PostRenderer> provider
        : ServiceLoader.load(PostRenderer.class, PostRenderers.class.getClassLoader())
            .stream().toList()) {
      PostRenderer renderer = instance(provider);
      byFormat.computeIfAbsent(renderer.format(), f -> new ArrayList<>(1)).add(renderer);
    }
    byFormat.replaceAll((format, renderers) -> List.copyOf(renderers));
    List<PostRenderer> all = new ArrayList<>();
    byFormat.values().forEach(all::addAll);
    return new Found(List.copyOf(all), Collections.unmodifiableMap(byFormat));
  }

  /**
   * The renderer for a format.
   *
   * @param format the format's name, e.g. {@code "markdown"}
   * @return the renderer
   * @throws LinkPostException when no renderer has that name (the message lists those found),
   *     or more than one has
   */
  public static PostRenderer find(String format) {
    Checks.notNull("format", format);
    Map<String, List<PostRenderer>> byFormat = found().byFormat();
    List<PostRenderer> renderers = byFormat.get(format);
    if (renderers == null) {
      throw LinkPostException.invalid(
          "format", "must be one of the formats found " + byFormat.keySet(), format);
    }
    if (renderers.size() > 1) {
      List<String> where = renderers.stream().map(PostRenderers::origin).toList();
      throw LinkPostException.invalid("format", "is given by " + renderers.size()
          + " renderers, " + String.join(" and ", where) + "; keep one of them on the path",
          format);
    }
    return renderers.get(0);
  }

  /**
   * The renderer for a format, as the type it is known to be.
   *
   * <pre>{@code
   * HtmlRenderer html = PostRenderers.find("html", HtmlRenderer.class);
   * }</pre>
   *
   * @param format the format's name, e.g. {@code "html"}
   * @param type the renderer's class
   * @param <T> the renderer's type
   * @return the renderer
   * @throws LinkPostException as {@link #find(String)} does, and when the renderer of that
   *     format is not of that type
   */
  public static <T extends PostRenderer> T find(String format, Class<T> type) {
    Checks.notNull("type", type);
    PostRenderer renderer = find(format);
    if (!type.isInstance(renderer)) {
      throw LinkPostException.invalid("format", "is given by " + origin(renderer)
          + ", not a " + type.getName(), format);
    }
    return type.cast(renderer);
  }

  /**
   * Every renderer found, ordered by format name (two of one name in the order of the path).
   *
   * @return the renderers
   */
  public static List<PostRenderer> all() {
    return found().all();
  }

  /**
   * The names of the formats found, in order.
   *
   * @return the names
   */
  public static List<String> formats() {
    return List.copyOf(found().byFormat().keySet());
  }

  /**
   * The provider's renderer: what its {@code public static provider()} method returns, when
   * it has one, as on the module path; else a new instance of it.
   */
  private static PostRenderer instance(ServiceLoader.Provider<PostRenderer> provider) {
    Class<? extends PostRenderer> type = provider.type();
    if (!type.getModule().isNamed()) {
      Method factory = factory(type);
      if (factory != null) {
        try {
          return (PostRenderer) factory.invoke(null);
        } catch (IllegalAccessException | InvocationTargetException | ClassCastException e) {
          throw new ServiceConfigurationError(
              type.getName() + ": its provider() method failed", e);
        }
      }
    }
    return provider.get();
  }

  private static @Nullable Method factory(Class<?> type) {
    try {
      Method method = type.getMethod("provider");
      int modifiers = method.getModifiers();
      return Modifier.isStatic(modifiers) && PostRenderer.class.isAssignableFrom(method.getReturnType())
          ? method : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Which renderer it is, for a message a developer acts on: its class and where it is from. */
  private static String origin(PostRenderer renderer) {
    Class<?> type = renderer.getClass();
    Module module = type.getModule();
    if (module.isNamed()) {
      return type.getName() + " (module " + module.getName() + ")";
    }
    var source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null ? type.getName()
        : type.getName() + " (from " + source.getLocation() + ")";
  }
}
