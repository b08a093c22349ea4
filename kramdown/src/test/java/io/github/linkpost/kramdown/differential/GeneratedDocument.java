package io.github.linkpost.kramdown.differential;

import java.util.Set;

/**
 * A generated kramdown document and the constructs its grammar put in it.
 *
 * @param markdown the document
 * @param constructs the names of the constructs it was made with
 */
record GeneratedDocument(String markdown, Set<String> constructs) {
  @Override
  public String toString() {
    return Visible.of(markdown);
  }
}
