package io.github.linkpost.html.internal;

import io.github.linkpost.kramdown.internal.Element;
import io.github.linkpost.kramdown.internal.ElementType;
import io.github.linkpost.kramdown.internal.Tree;
import io.github.linkpost.markdown.internal.MarkdownText;
import java.util.ArrayList;
import java.util.List;

/**
 * The code spans the Markdown writer writes as HTML, shown as code when raw HTML is escaped.
 *
 * <p>A code span holding a {@code |} is written as {@code <code>...</code>} and its source in
 * a comment (kramdown would make a table row of it otherwise); the reader reads the pair back
 * as that code span. It is the writer's, not raw HTML of the post's, so safe output keeps it as
 * Jekyll shows it: only a pair exactly as the writer writes it, whose text is letters, digits,
 * spaces and character references, and no other. Anything else stays raw HTML, escaped.
 */
final class PipedCodes {
  private PipedCodes() {}

  /** Replaces each such pair under {@code root} with its HTML, kept when raw HTML is escaped. */
  static void show(Element root) {
    List<Element> pending = new ArrayList<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      Element parent = pending.remove(pending.size() - 1);
      if (Tree.childCount(parent) == 0) {
        continue;
      }
      List<Element> children = Tree.children(parent);
      for (int i = 0; i < children.size(); i++) {
        Element child = children.get(i);
        if (i + 1 < children.size() && isCode(child)
            && Tree.type(children.get(i + 1)) == ElementType.XML_COMMENT) {
          String html = html(child, children.get(i + 1));
          if (html != null) {
            children.set(i, Tree.html(html, false, Tree.line(child)));
            children.remove(i + 1);
            continue;
          }
        }
        pending.add(child);
      }
    }
  }

  private static boolean isCode(Element e) {
    return Tree.type(e) == ElementType.HTML_ELEMENT && "code".equals(Tree.value(e))
        && Tree.attributes(e).isEmpty();
  }

  /** The pair's HTML, or null when it is not the writer's. */
  private static String html(Element code, Element comment) {
    StringBuilder source = new StringBuilder("<code>");
    for (int i = 0; i < Tree.childCount(code); i++) {
      Element c = Tree.child(code, i);
      if (Tree.type(c) == ElementType.TEXT) {
        source.append(Tree.text(c));
      } else if (Tree.type(c) == ElementType.ENTITY) {
        source.append(Tree.value(c));
      } else {
        return null;
      }
    }
    source.append("</code>").append(Tree.value(comment));
    return MarkdownText.isPipedCode(source.toString()) ? source.toString() : null;
  }
}
