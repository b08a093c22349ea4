package io.github.linkpost.kramdown.internal;

/** The kinds of element in a parsed document, with kramdown's block or span category. */
public enum ElementType {
  ROOT(null),
  BLANK(Category.BLOCK),
  P(Category.BLOCK),
  HEADER(Category.BLOCK),
  BLOCKQUOTE(Category.BLOCK),
  CODEBLOCK(Category.BLOCK),
  UL(Category.BLOCK),
  OL(Category.BLOCK),
  LI(Category.BLOCK),
  DL(Category.BLOCK),
  DT(Category.BLOCK),
  DD(Category.BLOCK),
  TABLE(Category.BLOCK),
  THEAD(null),
  TBODY(null),
  TFOOT(null),
  TR(null),
  TD(Category.BLOCK),
  HR(Category.BLOCK),
  TEXT(Category.SPAN),
  A(Category.SPAN),
  BR(Category.SPAN),
  IMG(Category.SPAN),
  CODESPAN(Category.SPAN),
  FOOTNOTE(Category.SPAN),
  EM(Category.SPAN),
  STRONG(Category.SPAN),
  ENTITY(Category.SPAN),
  TYPOGRAPHIC_SYM(Category.SPAN),
  SMART_QUOTE(Category.SPAN),
  ABBREVIATION(Category.SPAN),
  HTML_ELEMENT(null),
  XML_COMMENT(null),
  XML_PI(null),
  COMMENT(null),
  RAW(null),
  MATH(null),
  EOB(null),
  RAW_TEXT(null),
  FOOTNOTE_DEF(null),
  TEMP(null);

  /** Block or span, for the types whose category is fixed; others carry it per element. */
  final Category fixedCategory;
  /** Whether elements of this type hold text in {@link Element#text}. */
  final boolean holdsText;

  ElementType(Category fixedCategory) {
    this.fixedCategory = fixedCategory;
    this.holdsText = name().equals("TEXT") || name().equals("RAW_TEXT") || name().equals("BLANK")
        || name().equals("RAW");
  }
}
