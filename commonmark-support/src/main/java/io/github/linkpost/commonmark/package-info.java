/**
 * commonmark-java as the linkpost renderers use it: {@link io.github.linkpost.commonmark.HtmlBlocks}
 * recognises HTML blocks without a pattern that recurses once per attribute. Exported to the
 * renderer modules only.
 */
package io.github.linkpost.commonmark;
