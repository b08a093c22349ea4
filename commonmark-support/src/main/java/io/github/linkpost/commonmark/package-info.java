/**
 * commonmark-java as the linkpost renderers use it: {@link io.github.linkpost.commonmark.HtmlBlocks}
 * recognises HTML blocks without a pattern that recurses once per attribute;
 * {@link io.github.linkpost.commonmark.TextFragments} points a quote's source at its excerpt.
 * Exported to the renderer modules only.
 */
package io.github.linkpost.commonmark;
