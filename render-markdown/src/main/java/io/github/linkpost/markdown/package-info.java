/**
 * Jekyll Markdown: {@link io.github.linkpost.markdown.JekyllMarkdownRenderer} turns a post into
 * the text of a post file, {@link io.github.linkpost.markdown.PostFiles} names post files and
 * writes them without overwriting by accident, {@link io.github.linkpost.markdown.Slugs} makes
 * the slug of a file name.
 */
package io.github.linkpost.markdown;
