/**
 * Jekyll Markdown: {@link io.github.linkpost.markdown.JekyllMarkdownRenderer} turns a post into
 * the text of a post file and {@link io.github.linkpost.markdown.JekyllPostReader} reads one back,
 * both in a {@link io.github.linkpost.PostStyle}; {@link io.github.linkpost.markdown.JekyllSite}
 * reads a site's {@code _config.yml} into a {@link io.github.linkpost.Site};
 * {@link io.github.linkpost.markdown.PostFiles} names post files and writes them without
 * overwriting by accident, {@link io.github.linkpost.markdown.Slugs} makes the slug of a file
 * name.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.linkpost.markdown;

import org.jspecify.annotations.NullMarked;
