package io.github.linkpost.kramdown.tree;

import io.github.linkpost.kramdown.internal.Element;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a {@link KramdownTree}: its kramdown type, attributes and children, all of
 * which may be changed, and the source line it starts on.
 *
 * <pre>{@code
 * Node wrapper = Node.htmlElement("div", true);
 * wrapper.attributes().put("class", "h-cite");
 * wrapper.children().add(quote);   // after removing it from its parent
 * }</pre>
 */
public final class Node {
  private final Element element;

  Node(Element element) {
    this.element = element;
  }

  /**
   * A new HTML element made by the caller: written as HTML even when raw HTML is escaped.
   *
   * @param tag the tag name
   * @param block whether it stands as a block (its children blocks) or inside a line
   * @return the node
   */
  public static Node htmlElement(String tag, boolean block) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isEmpty()) {
      throw new IllegalArgumentException("tag must not be empty");
    }
    return new Node(Element.htmlElement(tag, block));
  }

  /**
   * kramdown's type: {@code root}, {@code p}, {@code header}, {@code blockquote},
   * {@code codeblock}, {@code ul}, {@code ol}, {@code li}, {@code dl}, {@code dt}, {@code dd},
   * {@code table}, {@code hr}, {@code html_element}, {@code text}, {@code a}, {@code img},
   * {@code em}, {@code strong}, {@code codespan}, and the others kramdown has.
   *
   * @return the type
   */
  public String type() {
    return element.typeName();
  }

  /**
   * The tag of an HTML element.
   *
   * @return the tag, or empty for another type
   */
  public Optional<String> tag() {
    return Optional.ofNullable(element.tagName());
  }

  /**
   * The line of the document this element starts on (1 for the first; 0 for one made with
   * {@link #htmlElement}).
   *
   * @return the line
   */
  public int line() {
    return element.sourceLine();
  }

  /**
   * The header level, 1 to 6 (before any offset), or 0 for another element.
   *
   * @return the level
   */
  public int level() {
    return element.headerLevel();
  }

  /**
   * The HTML attributes, in order; changes show in the HTML.
   *
   * @return the live attributes
   */
  public Map<String, String> attributes() {
    return element.attributes();
  }

  /**
   * The text of a text node, the code of a code span or block; empty otherwise.
   *
   * @return the text
   */
  public String text() {
    return element.textContent();
  }

  /**
   * The children; adding, removing and replacing show in the HTML.
   *
   * @return the live children
   */
  public List<Node> children() {
    List<Element> list = element.childElements();
    return new AbstractList<Node>() {
      @Override
      public Node get(int index) {
        return new Node(list.get(index));
      }

      @Override
      public int size() {
        return list.size();
      }

      @Override
      public Node set(int index, Node node) {
        return new Node(list.set(index, node.element));
      }

      @Override
      public void add(int index, Node node) {
        list.add(index, node.element);
      }

      @Override
      public Node remove(int index) {
        return new Node(list.remove(index));
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Node && ((Node) o).element == element;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(element);
  }

  @Override
  public String toString() {
    return element.toString();
  }
}
