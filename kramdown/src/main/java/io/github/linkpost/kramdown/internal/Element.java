package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a parsed document: its type, value, HTML attributes (in order), the options the
 * parser noted on it, its children and the line it starts on. The parser and the converter
 * read and write these fields directly; they are one engine.
 */
public final class Element {
  ElementType type;
  /** The tag name of an HTML element; the code of a code block or span; math; comment. */
  String value;
  /** The text of a text-like element, appended to while parsing. */
  StringBuilder text;
  private Map<String, String> attr;
  private List<Element> children;
  int line;

  Ial ial;
  Category category;
  ContentModel contentModel;
  boolean isClosed;
  int level;
  String rawText;
  boolean transparent;
  String lang;
  List<Alignment> alignment;
  String firstListMarker;
  boolean firstAsPara;
  /** For a footnote marker: the definition's content; for a link definition: its ial holder. */
  Element target;
  String name;
  Entities.Entity entity;
  String original;
  String symbol;
  String eobKind;
  List<String> rawTypes;
  /** On a paragraph: it starts with a task list check box. */
  boolean taskCheckbox;
  /** Markup the engine made itself (check boxes, strikethrough, backlinks), never escaped. */
  boolean trusted;

  Element(ElementType type) {
    this.type = type;
    if (type.holdsText) {
      text = new StringBuilder();
    }
  }

  Element(ElementType type, int line) {
    this(type);
    this.line = line;
  }

  /** A text-like element with room for about {@code capacity} characters. */
  Element(ElementType type, int line, int capacity) {
    this.type = type;
    this.line = line;
    this.text = new StringBuilder(capacity);
  }

  static Element text(ElementType type, CharSequence value, int line) {
    Element e = new Element(type, line);
    e.text.append(value);
    return e;
  }

  /** The attributes, created on first use. */
  Map<String, String> attr() {
    if (attr == null) {
      attr = new LinkedHashMap<>();
    }
    return attr;
  }

  boolean hasAttr() {
    return attr != null && !attr.isEmpty();
  }

  String attr(String key) {
    return attr == null ? null : attr.get(key);
  }

  void setAttr(Map<String, String> attributes) {
    this.attr = attributes;
  }

  /** The children, created on first use. */
  List<Element> children() {
    if (children == null) {
      children = new ArrayList<>();
    }
    return children;
  }

  boolean hasChildren() {
    return children != null && !children.isEmpty();
  }

  int childCount() {
    return children == null ? 0 : children.size();
  }

  Element child(int i) {
    return children.get(i);
  }

  Element firstChild() {
    return hasChildren() ? children.get(0) : null;
  }

  Element lastChild() {
    return hasChildren() ? children.get(children.size() - 1) : null;
  }

  void setChildren(List<Element> list) {
    this.children = list;
  }

  Category category() {
    return type.fixedCategory != null ? type.fixedCategory : category;
  }

  boolean isBlock() {
    return category() == Category.BLOCK;
  }

  /** The text of a text-like element as a string. */
  String textValue() {
    return text == null ? value : text.toString();
  }

  /** A deep copy, as kramdown copies footnote bodies and header contents before reusing them. */
  Element copy() {
    Element c = new Element(type, line);
    c.value = value;
    if (text != null) {
      c.text = new StringBuilder(text);
    }
    if (attr != null) {
      c.attr = new LinkedHashMap<>(attr);
    }
    if (children != null) {
      c.children = new ArrayList<>(children.size());
      for (Element child : children) {
        c.children.add(child.copy());
      }
    }
    c.ial = ial;
    c.category = category;
    c.contentModel = contentModel;
    c.isClosed = isClosed;
    c.level = level;
    c.rawText = rawText;
    c.transparent = transparent;
    c.lang = lang;
    c.alignment = alignment;
    c.firstListMarker = firstListMarker;
    c.firstAsPara = firstAsPara;
    c.target = target;
    c.name = name;
    c.entity = entity;
    c.original = original;
    c.symbol = symbol;
    c.eobKind = eobKind;
    c.rawTypes = rawTypes;
    c.taskCheckbox = taskCheckbox;
    c.trusted = trusted;
    return c;
  }

  // ---- for the tree API of this module

  /** kramdown's name of the element's type: {@code p}, {@code header}, {@code html_element}. */
  public String typeName() {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The tag of an HTML element, or null. */
  public String tagName() {
    return type == ElementType.HTML_ELEMENT ? value : null;
  }

  /** The line of the document the element starts on (1 for the first). */
  public int sourceLine() {
    return line;
  }

  /** The HTML attributes, in order; changes show in the HTML. */
  public Map<String, String> attributes() {
    return attr();
  }

  /** The children; changes show in the HTML. */
  public List<Element> childElements() {
    return children();
  }

  /** The text of a text element, the code of code, the value of math; else empty. */
  public String textContent() {
    if (text != null) {
      return text.toString();
    }
    return value != null && type != ElementType.HTML_ELEMENT ? value : "";
  }

  /** The header level, or 0 for another element. */
  public int headerLevel() {
    return type == ElementType.HEADER ? level : 0;
  }

  /** A new HTML element of the engine's own (never escaped), block or span level. */
  public static Element htmlElement(String tag, boolean block) {
    Element e = new Element(ElementType.HTML_ELEMENT, 0);
    e.value = tag;
    e.category = block ? Category.BLOCK : Category.SPAN;
    e.contentModel = block ? ContentModel.BLOCK : ContentModel.SPAN;
    e.trusted = true;
    return e;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("<").append(type.name().toLowerCase(java.util.Locale.ROOT));
    if (value != null) {
      sb.append(" value=").append(value);
    }
    if (text != null) {
      sb.append(" text=").append(text);
    }
    if (hasAttr()) {
      sb.append(" attr=").append(attr);
    }
    if (hasChildren()) {
      sb.append(' ').append(children);
    }
    return sb.append('>').toString();
  }
}
