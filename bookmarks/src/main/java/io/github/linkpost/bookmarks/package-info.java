/**
 * Bookmarks: {@link io.github.linkpost.bookmarks.Bookmark} is one bookmark as an export holds
 * it; {@link io.github.linkpost.bookmarks.BookmarkFiles} reads export files as streams of them;
 * {@link io.github.linkpost.bookmarks.BookmarkLine} reads the one-line form
 * {@code Oct 13, 2025 18:59 [title](url) <-- remarks}; {@link
 * io.github.linkpost.bookmarks.BookmarkImport} writes them into a {@code _posts} folder as link
 * posts, one per page, never twice.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    // The public builder is written by hand (documented, no generated names in the API) and
    // delegates to the generated one.
    typeInnerBuilder = "GeneratedBuilderBase",
    builder = "newBuilder")
package io.github.linkpost.bookmarks;

import org.immutables.value.Value;
