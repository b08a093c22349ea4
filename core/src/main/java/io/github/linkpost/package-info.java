/**
 * The link-post model and the renderer lookup.
 *
 * <p>A {@link io.github.linkpost.LinkPost} is front matter (title, layout, optional date, tags,
 * categories, permalink and further keys) and a body made of parts: a
 * {@link io.github.linkpost.Discovery} (when and how the page was found), {@link
 * io.github.linkpost.Quote}s (excerpts from a source) and {@link io.github.linkpost.Verbatim}
 * Markdown kept as it is. Every value is immutable, thread-safe and built with a builder that
 * refuses bad input with a {@link io.github.linkpost.LinkPostException} naming the field and
 * the value. Absent values are {@link java.util.Optional}; lists default to empty; no method
 * accepts or returns {@code null}.
 *
 * <p>A {@link io.github.linkpost.PostStyle} holds every word and format of one blog's link
 * posts, shared by the writer, the reader and the HTML renderer; a {@link
 * io.github.linkpost.Site} holds what a Jekyll site's {@code _config.yml} says that matters to
 * them (its zone, Markdown extensions, address, title, author and style).
 *
 * <p>Renderers implement {@link io.github.linkpost.PostRenderer} and are found by format name
 * with {@link io.github.linkpost.PostRenderers}; {@link io.github.linkpost.OutputFiles} writes
 * what they make into files safely.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable}: a method
 * given null refuses it with a {@link io.github.linkpost.LinkPostException} naming the field.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"category:categories", "excerpt:excerpts", "paragraph:paragraphs"},
    defaults = @Value.Immutable(copy = true),
    // The public with-methods are written by hand, so that they refuse null in the library's
    // words; the generated ones they call are named apart.
    with = "copyWith*",
    // The public builders are written by hand (documented, no generated names in the API) and
    // delegate to the generated ones: Immutables must not treat them as builders to extend.
    typeInnerBuilder = "GeneratedBuilderBase",
    builder = "newBuilder")
package io.github.linkpost;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
