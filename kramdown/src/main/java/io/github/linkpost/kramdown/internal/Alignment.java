package io.github.linkpost.kramdown.internal;

/** The alignment of a table column. */
enum Alignment {
  DEFAULT,
  LEFT,
  RIGHT,
  CENTER;

  String css() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
