package io.github.linkpost.kramdown.internal;

import java.util.List;
import java.util.Map;

/**
 * A window on a parsed {@link Document}'s elements for a module that marks up what the engine
 * makes (the link-post HTML renderer adds microformats classes and wrappers): an element's
 * type, line, attributes and text can be read, attributes, text and children changed, and
 * elements of the caller's own made: text, and HTML that the converter writes as
 * it is, even when raw HTML is escaped. Everything else about elements stays the engine's.
 */
public final class Tree {
  private Tree() {}

  /** The element's type. */
  public static ElementType type(Element e) {
    return e.type;
  }

  /** The line of the source the element starts on, counted from 1. */
  public static int line(Element e) {
    return e.line;
  }

  /** Whether the element is a block (or a span). */
  public static boolean isBlock(Element e) {
    return e.isBlock();
  }

  /**
   * Whether the element is markup the engine or the caller made itself (a task list's check
   * box, strikethrough, {@link #html}), which the converter writes even when raw HTML is
   * escaped.
   */
  public static boolean isTrusted(Element e) {
    return e.trusted;
  }

  /**
   * Whether an HTML element's content was read as kramdown text (spans or blocks), not as
   * HTML; false for other elements.
   */
  public static boolean holdsMarkdown(Element e) {
    return e.type == ElementType.HTML_ELEMENT && e.contentModel != null
        && e.contentModel != ContentModel.RAW;
  }

  /** How many children the element has. */
  public static int childCount(Element e) {
    return e.childCount();
  }

  /** The element's child at {@code index}. */
  public static Element child(Element e, int index) {
    return e.child(index);
  }

  /** The children, which the caller may change: the list itself, made on first use. */
  public static List<Element> children(Element e) {
    return e.children();
  }

  /** The HTML attributes in the order they are written, which the caller may change. */
  public static Map<String, String> attributes(Element e) {
    return e.attr();
  }

  /** A text element's text, which the caller may change; null for other elements. */
  public static StringBuilder text(Element e) {
    return e.type == ElementType.TEXT ? e.text : null;
  }

  /**
   * An HTML element's tag name, a comment's whole source ({@code <!-- ... -->}), an entity's
   * source as written; null for other elements.
   */
  public static String value(Element e) {
    return switch (e.type) {
      case HTML_ELEMENT, XML_COMMENT -> e.value;
      case ENTITY -> e.original != null ? e.original : e.entity.chars();
      default -> null;
    };
  }

  /** A new text element. */
  public static Element text(CharSequence text, int line) {
    return Element.text(ElementType.TEXT, text, line);
  }

  /**
   * A new element written as the given HTML, as it is, whether raw HTML is escaped or not: a
   * block (a line of its own) or a span.
   */
  public static Element html(String html, boolean block, int line) {
    Element e = Element.text(ElementType.RAW, html, line);
    e.category = block ? Category.BLOCK : Category.SPAN;
    e.trusted = true;
    return e;
  }
}
