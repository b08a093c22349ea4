/**
 * HTML: {@link io.github.linkpost.html.HtmlRenderer} renders a link post as an HTML fragment (what
 * Jekyll puts in {@code {{ content }}}) or a complete page.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.linkpost.html;

import org.jspecify.annotations.NullMarked;
