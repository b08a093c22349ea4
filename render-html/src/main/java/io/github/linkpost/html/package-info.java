/**
 * HTML: {@link io.github.linkpost.html.HtmlRenderer} renders a link post as an HTML fragment (what
 * Jekyll puts in {@code {{ content }}}) or a complete page.
 */
package io.github.linkpost.html;
