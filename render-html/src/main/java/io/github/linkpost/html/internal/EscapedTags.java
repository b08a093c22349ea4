package io.github.linkpost.html.internal;

import io.github.linkpost.kramdown.internal.Element;
import io.github.linkpost.kramdown.internal.ElementType;
import io.github.linkpost.kramdown.internal.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Raw HTML shown as text when it is escaped, for an element whose content kramdown reads as
 * Markdown ({@code <b>**x** & y</b>}, {@code <div markdown="1">}): its tags are shown as text
 * and its content as the Markdown it is, so that {@code &} shows as {@code &} and a link as a
 * link, as around the tags. The engine itself would show the element's whole HTML as text,
 * its converted content included. Elements whose content is raw HTML are left to the engine,
 * which shows them as text whole.
 */
final class EscapedTags {
  private EscapedTags() {}

  /** Replaces each such element under {@code root} by its tags as text around its content. */
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
        if (Tree.holdsMarkdown(child) && !Tree.isTrusted(child) && Tree.childCount(child) > 0) {
          List<Element> replacement = replacement(child);
          children.remove(i);
          children.addAll(i, replacement);
          // The next turn reads the shown start tag, then the content, which may hold more.
          continue;
        }
        pending.add(child);
      }
    }
  }

  private static List<Element> replacement(Element e) {
    List<Element> content = Tree.children(e);
    int line = Tree.line(e);
    String open = Html.escape(startTag(e));
    String close = Html.escape("</" + Tree.value(e) + ">");
    List<Element> out = new ArrayList<>(content.size() + 2);
    if (!Tree.isBlock(e)) {
      out.add(Tree.html(open, false, line));
      out.addAll(content);
      out.add(Tree.html(close, false, line));
    } else if (holdsBlocks(content)) {
      out.add(Tree.html("<p>" + open + "</p>", true, line));
      out.addAll(content);
      out.add(Tree.html("<p>" + close + "</p>", true, line));
    } else {
      out.add(Tree.html("<p>" + open, false, line));
      out.addAll(content);
      out.add(Tree.html(close + "</p>\n", false, line));
    }
    return out;
  }

  private static boolean holdsBlocks(List<Element> content) {
    for (Element c : content) {
      if (Tree.type(c) != ElementType.BLANK) {
        return Tree.isBlock(c);
      }
    }
    return true;
  }

  /** The start tag as kramdown writes it. */
  private static String startTag(Element e) {
    StringBuilder tag = new StringBuilder("<").append(Tree.value(e));
    for (Map.Entry<String, String> a : Tree.attributes(e).entrySet()) {
      if (a.getValue() == null) {
        continue;
      }
      tag.append(' ').append(a.getKey()).append("=\"")
          .append(a.getValue().replace("\"", "&quot;")).append('"');
    }
    return tag.append('>').toString();
  }
}
