package io.github.linkpost.html.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Paragraphs in list items as kramdown writes them: looseness is an item's own, not the
 * list's. An item's first paragraph is in {@code <p>} when a blank line follows it (before the
 * item's next block or the next item); otherwise it stands bare, as in a tight list.
 */
final class KramdownParagraphs implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  KramdownParagraphs(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Paragraph.class);
  }

  @Override
  public void render(Node node) {
    boolean bare = node.getParent() instanceof ListItem item && item.getFirstChild() == node
        && !loose(item);
    if (!bare) {
      html.line();
      html.tag("p", context.extendAttributes(node, "p", Map.of()));
    }
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
    if (!bare) {
      html.tag("/p");
      html.line();
    }
  }

  /**
   * Whether a blank line follows the item's first paragraph, before its next block or the next
   * item. The last item is loose when the one before it is.
   */
  private static boolean loose(ListItem item) {
    Node paragraph = item.getFirstChild();
    Node next = paragraph.getNext() != null ? paragraph.getNext() : item.getNext();
    if (next != null) {
      return firstLine(next) > lastLine(paragraph) + 1;
    }
    return item.getPrevious() instanceof ListItem previous
        && previous.getFirstChild() instanceof Paragraph && loose(previous);
  }

  private static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
  }

  private static int lastLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex();
  }
}
