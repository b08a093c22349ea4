/**
 * Markdown to HTML as kramdown 2.4 (GFM input) makes it under Jekyll 4.3's settings: start
 * with {@link io.github.linkpost.kramdown.Kramdown#jekyll()}.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.linkpost.kramdown;

import org.jspecify.annotations.NullMarked;
