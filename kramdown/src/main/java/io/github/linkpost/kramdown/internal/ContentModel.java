package io.github.linkpost.kramdown.internal;

/** How the body of an HTML element is read: as HTML, as span-level or as block-level text. */
enum ContentModel {
  RAW,
  SPAN,
  BLOCK
}
