package io.github.linkpost.html.internal;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The microformats of {@link Microformats} marked up on a document parsed by commonmark-java,
 * for the CommonMark preset: a class on the links that are the page and the source, a
 * {@code <time>} around the shown time, a {@code <div>} around each quote and its excerpts, and
 * {@code <data>} for what the Markdown does not show. Nothing a reader sees changes.
 */
public final class CommonmarkMicroformats {
  private CommonmarkMicroformats() {}

  /**
   * Marks up the parts of a document parsed from parts' Markdown (their texts in order).
   *
   * @param document the parsed document, with block source spans
   * @param parts the parts and where each starts
   * @param style the style, for the time formats
   * @param bookmarkInBody whether the discovered page's link in the body is the bookmark
   *     (not in the front-matter style, where the title link is)
   */
  public static void annotate(Node document, List<Microformats.Placed> parts, PostStyle style,
      boolean bookmarkInBody) {
    List<List<Node>> blocks = new ArrayList<>();
    parts.forEach(p -> blocks.add(new ArrayList<>()));
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      int line = firstLine(block);
      int owner = 0;
      for (int p = 0; p < parts.size(); p++) {
        if (parts.get(p).firstLine() <= line) {
          owner = p;
        }
      }
      if (line >= 0 && !parts.isEmpty()) {
        blocks.get(owner).add(block);
      }
    }
    for (int p = 0; p < parts.size(); p++) {
      BodyPart part = parts.get(p).part();
      if (part instanceof Discovery d && !blocks.get(p).isEmpty()) {
        discovery(d, blocks.get(p).get(0), style, bookmarkInBody);
      } else if (part instanceof Quote q && !blocks.get(p).isEmpty()) {
        quote(q, blocks.get(p));
      }
    }
  }

  private static void discovery(Discovery d, Node block, PostStyle style, boolean bookmark) {
    if (bookmark && d.page().isPresent()) {
      String url = d.page().get().url().toString();
      Link page = find(block, Link.class, l -> l.getDestination().equals(url));
      if (page != null) {
        wrap(page, new Classed(Microformats.BOOKMARK));
      } else {
        block.insertBefore(new Hidden(Microformats.data(Microformats.BOOKMARK, url)));
      }
    }
    for (String time : Microformats.timesShown(d, style)) {
      Text text = find(block, Text.class,
          t -> t.getLiteral().toLowerCase(Locale.ROOT).contains(time.toLowerCase(Locale.ROOT)));
      if (text != null) {
        String literal = text.getLiteral();
        int at = literal.toLowerCase(Locale.ROOT).indexOf(time.toLowerCase(Locale.ROOT));
        Time node = new Time(d.at().toString());
        node.appendChild(new Text(literal.substring(at, at + time.length())));
        if (at > 0) {
          text.insertBefore(new Text(literal.substring(0, at)));
        }
        text.insertBefore(node);
        if (at + time.length() < literal.length()) {
          text.insertBefore(new Text(literal.substring(at + time.length())));
        }
        text.unlink();
        return;
      }
    }
  }

  private static void quote(Quote q, List<Node> blocks) {
    Wrapper cite = new Wrapper(Microformats.CITE);
    blocks.get(0).insertBefore(cite);
    Wrapper content = new Wrapper(Microformats.CONTENT);
    String url = q.source().url().toString();
    boolean linked = false;
    for (Node block : blocks) {
      if (block instanceof BlockQuote) {
        if (content.getParent() == null) {
          cite.appendChild(content);
        }
        content.appendChild(block);
        continue;
      }
      cite.appendChild(block);
      if (!linked && content.getParent() == null) {
        Link source = find(block, Link.class, l -> l.getDestination().equals(url));
        if (source != null) {
          wrap(source, new Classed(Microformats.SOURCE));
          linked = true;
        }
      }
    }
    String hidden = Microformats.citeHidden(q, linked);
    if (!hidden.isEmpty()) {
      cite.prependChild(new Hidden(hidden));
    }
  }

  private static void wrap(Node node, Node wrapper) {
    node.insertBefore(wrapper);
    wrapper.appendChild(node);
  }

  private static <T extends Node> T find(Node root, Class<T> type, java.util.function.Predicate<T> test) {
    List<T> found = new ArrayList<>(1);
    root.accept(new AbstractVisitor() {
      @Override
      protected void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null && found.isEmpty(); ) {
          Node next = child.getNext();
          if (type.isInstance(child) && test.test(type.cast(child))) {
            found.add(type.cast(child));
            return;
          }
          child.accept(this);
          child = next;
        }
      }
    });
    return found.isEmpty() ? null : found.get(0);
  }

  private static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
  }

  /** The classes a link gets from the {@link Classed} around it, for the attribute provider. */
  static String classesOf(Node node) {
    return node instanceof Link && node.getParent() instanceof Classed c ? c.classes : null;
  }

  /** Inline: gives its classes to the link it holds. */
  static final class Classed extends CustomNode {
    final String classes;

    Classed(String classes) {
      this.classes = classes;
    }
  }

  /** Inline: a {@code <time datetime>} around what it holds. */
  static final class Time extends CustomNode {
    final String datetime;

    Time(String datetime) {
      this.datetime = datetime;
    }
  }

  /** Block: a {@code <div class>} around the blocks it holds. */
  static final class Wrapper extends CustomBlock {
    final String classes;

    Wrapper(String classes) {
      this.classes = classes;
    }
  }

  /** Block: HTML of this class's own, written as it is. */
  static final class Hidden extends CustomBlock {
    final String html;

    Hidden(String html) {
      this.html = html;
    }
  }

  /** Renders the nodes above. */
  static final class Nodes implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    Nodes(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Classed.class, Time.class, Wrapper.class, Hidden.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Wrapper w) {
        html.line();
        html.tag("div", Map.of("class", w.classes));
        html.line();
        children(node);
        html.line();
        html.tag("/div");
        html.line();
      } else if (node instanceof Time t) {
        html.tag("time", Map.of("datetime", t.datetime));
        children(node);
        html.tag("/time");
      } else if (node instanceof Hidden h) {
        html.line();
        html.raw(h.html);
      } else {
        children(node);
      }
    }

    private void children(Node parent) {
      for (Node child = parent.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
    }
  }
}
