package io.github.linkpost.kramdown.internal;

/** Whether an element stands as a block or inside a line. */
public enum Category {
  BLOCK,
  SPAN
}
