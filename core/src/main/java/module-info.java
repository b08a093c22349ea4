/**
 * The link-post model and the renderer lookup.
 *
 * <p>Values ({@link io.github.linkpost.LinkPost}, {@link io.github.linkpost.Discovery},
 * {@link io.github.linkpost.Quote}, ...) are immutable and built with validating builders.
 * Renderers are found by format name with {@link io.github.linkpost.PostRenderers}.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations: compile time only
module io.github.linkpost.core {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports io.github.linkpost;

  uses io.github.linkpost.PostRenderer;
}
