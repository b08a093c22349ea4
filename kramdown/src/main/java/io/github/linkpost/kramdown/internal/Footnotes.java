package io.github.linkpost.kramdown.internal;

/** What a document says about its footnotes while it is parsed. */
final class Footnotes {
  private Footnotes() {}

  /** A footnote definition: its content and the end-of-block element its attributes land on. */
  static final class Definition {
    final Element content;
    Element eob;
    boolean referenced;

    Definition(Element content, Element eob) {
      this.content = content;
      this.eob = eob;
    }
  }
}
