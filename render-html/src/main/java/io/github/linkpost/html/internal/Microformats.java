package io.github.linkpost.html.internal;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.kramdown.internal.Document;
import io.github.linkpost.kramdown.internal.Element;
import io.github.linkpost.kramdown.internal.ElementType;
import io.github.linkpost.kramdown.internal.Tree;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The microformats2 of a post, in one place: the {@code h-entry}'s properties, the discovered
 * page as its {@code u-bookmark-of}, each quote an {@code h-cite} ({@code u-url},
 * {@code p-name}, {@code p-author}, {@code dt-published}, {@code p-content}) that is its
 * {@code u-quotation-of}. They are marked up on the document the engine parsed from the post's
 * Markdown, the same whether a part was read from a file or built from values: a class on the
 * links that are the page and the source, a {@code <time>} around the shown time, a
 * {@code <div>} around each quote and around its excerpts, and {@code <data>} for what the
 * Markdown does not show. Nothing a reader sees changes: the HTML is the engine's, with
 * attributes and lines of markup added.
 */
public final class Microformats {
  public static final String ENTRY = "h-entry";
  public static final String NAME = "p-name";
  public static final String PUBLISHED = "dt-published";
  public static final String URL = "u-url";
  public static final String BOOKMARK = "u-bookmark-of";
  public static final String CITE = "u-quotation-of h-cite";
  public static final String SOURCE = "u-url p-name";
  public static final String AUTHOR = "p-author";
  public static final String CONTENT = "p-content";

  private Microformats() {}

  /** A hidden property: {@code <data class="..." value="..."></data>}. */
  public static String data(String classes, String value) {
    return "<data class=\"" + classes + "\" value=\"" + Html.escape(value) + "\"></data>\n";
  }

  /** A part, and the line of the document where its text starts (as the tree counts lines). */
  public record Placed(BodyPart part, int firstLine) {}

  /** The discovery's time as the style shows it: in its written format first, then those read. */
  static List<String> timesShown(Discovery d, PostStyle style) {
    LocalDateTime shown = d.at().atZone(d.zone()).toLocalDateTime();
    List<String> formats = new ArrayList<>(style.timeFormatsRead());
    formats.add(0, style.timeFormat());
    List<String> times = new ArrayList<>(formats.size());
    for (String format : formats) {
      times.add(formatter(format).format(shown));
    }
    return times;
  }

  /**
   * The formatter of a pattern, made once: a blog has a few patterns, and making one (parsing
   * its pattern) cost more than the rest of marking up a discovery.
   */
  private static DateTimeFormatter formatter(String pattern) {
    DateTimeFormatter formatter = FORMATTERS.get(pattern);
    if (formatter == null) {
      formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
      if (FORMATTERS.size() < 256) {
        FORMATTERS.put(pattern, formatter);
      }
    }
    return formatter;
  }

  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  /**
   * A quote's hidden properties: its source (when no link shown is it), author and date.
   *
   * @param linked whether a link shown in the quote is the source
   */
  static String citeHidden(Quote q, boolean linked) {
    return citeHidden(q, linked, false, false);
  }

  /**
   * A quote's hidden properties: its source, author and date, those not shown.
   *
   * @param linked whether a link shown in the quote is the source
   * @param authorShown whether the author shown is marked up
   * @param publishedShown whether the date shown is marked up
   */
  static String citeHidden(Quote q, boolean linked, boolean authorShown,
      boolean publishedShown) {
    StringBuilder hidden = new StringBuilder();
    if (!linked) {
      hidden.append(data(URL, q.source().url().toString())).append(data(NAME, q.source().text()));
    }
    if (!authorShown) {
      q.author().ifPresent(a -> hidden.append(data(AUTHOR, a)));
    }
    if (!publishedShown) {
      q.published().ifPresent(d -> hidden.append(data(PUBLISHED, d.toString())));
    }
    return hidden.toString();
  }

  /**
   * Marks up the parts of a document parsed from their Markdown (their texts in order). Each
   * block at the top of the document belongs to the last part starting on or before its line.
   *
   * @param document the parsed document
   * @param parts the parts and the lines they start on
   * @param style the style, for the time formats
   * @param bookmarkInBody whether the discovered page's link in the body is the bookmark
   *     (not in the front-matter style, where the title link is)
   */
  public static void mark(Document document, List<Placed> parts, PostStyle style,
      boolean bookmarkInBody) {
    if (parts.isEmpty()) {
      return;
    }
    List<Element> blocks = Tree.children(document.root());
    // The first and last block of each part (indices into blocks), blank lines left out.
    int[] first = new int[parts.size()];
    int[] last = new int[parts.size()];
    java.util.Arrays.fill(first, -1);
    int owner = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Element block = blocks.get(i);
      if (Tree.type(block) == ElementType.BLANK) {
        continue;
      }
      int line = Tree.line(block);
      while (owner + 1 < parts.size() && parts.get(owner + 1).firstLine() <= line) {
        owner++;
      }
      if (first[owner] < 0) {
        first[owner] = i;
      }
      last[owner] = i;
    }
    // From the last part to the first, so that what is inserted leaves the indices before it.
    for (int p = parts.size() - 1; p >= 0; p--) {
      if (first[p] < 0) {
        continue;
      }
      BodyPart part = parts.get(p).part();
      if (part instanceof Discovery d) {
        discovery(d, blocks, first[p], style, bookmarkInBody);
      } else if (part instanceof Quote q) {
        quote(q, blocks, first[p], last[p], style);
      }
    }
  }

  /** Gives the first link to {@code url} in the document the classes. */
  public static void mark(Document document, String url, String classes) {
    Element link = find(document.root(), e -> Tree.type(e) == ElementType.A && linksTo(e, url));
    if (link != null) {
      addClass(link, classes);
    }
  }

  private static void discovery(Discovery d, List<Element> blocks, int at, PostStyle style,
      boolean bookmark) {
    Element block = blocks.get(at);
    for (String time : timesShown(d, style)) {
      if (time(block, time, d.at().toString())) {
        break;
      }
    }
    if (bookmark && d.page().isPresent()) {
      String url = d.page().get().url().toString();
      Element page = find(block, e -> Tree.type(e) == ElementType.A && linksTo(e, url));
      if (page != null) {
        addClass(page, BOOKMARK);
      } else {
        blocks.add(at, hidden(data(BOOKMARK, url), block));
      }
    }
  }

  /** Puts a {@code <time>} around the first text showing the time; whether there was one. */
  private static boolean time(Element block, String time, String datetime) {
    return wrap(block, time, true, "<time datetime=\"" + Html.escape(datetime) + "\">", "</time>");
  }

  /**
   * Puts markup around the first occurrence of {@code shown} in a text under {@code block},
   * outside links; whether there was one.
   */
  private static boolean wrap(Element block, String shown, boolean anyCase, String open,
      String close) {
    String wanted = anyCase ? shown.toLowerCase(Locale.ROOT) : shown;
    Element[] parent = new Element[1];
    Element text = find(block, parent, true, e -> Tree.type(e) == ElementType.TEXT
        && (anyCase ? Tree.text(e).toString().toLowerCase(Locale.ROOT) : Tree.text(e).toString())
            .contains(wanted));
    if (text == null) {
      return false;
    }
    String literal = Tree.text(text).toString();
    int from = (anyCase ? literal.toLowerCase(Locale.ROOT) : literal).indexOf(wanted);
    int to = from + shown.length();
    List<Element> siblings = Tree.children(parent[0]);
    int index = siblings.indexOf(text);
    int line = Tree.line(text);
    List<Element> replacement = new ArrayList<>(5);
    if (from > 0) {
      replacement.add(Tree.text(literal.substring(0, from), line));
    }
    replacement.add(Tree.html(open, false, line));
    replacement.add(Tree.text(literal.substring(from, to), line));
    replacement.add(Tree.html(close, false, line));
    if (to < literal.length()) {
      replacement.add(Tree.text(literal.substring(to), line));
    }
    siblings.remove(index);
    siblings.addAll(index, replacement);
    return true;
  }

  private static void quote(Quote q, List<Element> blocks, int first, int last,
      PostStyle style) {
    String url = q.source().url().toString();
    int content = -1;
    int contentEnd = -1;
    boolean linked = false;
    for (int i = first; i <= last; i++) {
      Element block = blocks.get(i);
      if (Tree.type(block) == ElementType.BLOCKQUOTE) {
        if (content < 0) {
          content = i;
        }
        contentEnd = i;
      } else if (!linked && content < 0) {
        Element source = find(block, e -> Tree.type(e) == ElementType.A && linksTo(e, url));
        if (source != null) {
          addClass(source, SOURCE);
          linked = true;
        }
      }
    }
    // The author and the date where the quote shows them, before its excerpts.
    int end = content >= 0 ? content - 1 : last;
    boolean author = q.author().isEmpty() || shown(blocks, first, end, q.author().get(),
        "<span class=\"" + AUTHOR + "\">", "</span>");
    boolean published = q.published().isEmpty() || shown(blocks, first, end,
        formatter(style.publishedFormat()).format(q.published().get()), "<time class=\"" + PUBLISHED
            + "\" datetime=\"" + q.published().get() + "\">", "</time>");
    Element anchor = blocks.get(first);
    blocks.add(last + 1, hidden("</div>", anchor));
    if (content >= 0) {
      blocks.add(contentEnd + 1, hidden("</div>", anchor));
      blocks.add(content, hidden("<div class=\"" + CONTENT + "\">", anchor));
    }
    String hidden = citeHidden(q, linked, author, published);
    blocks.add(first, hidden("<div class=\"" + CITE + "\">\n" + hidden, anchor));
  }

  private static boolean shown(List<Element> blocks, int from, int to, String text, String open,
      String close) {
    for (int i = from; i <= to; i++) {
      if (wrap(blocks.get(i), text, false, open, close)) {
        return true;
      }
    }
    return false;
  }

  /** A block of markup of this class's own, on the line of the block it goes with. */
  private static Element hidden(String html, Element near) {
    String line = html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    return Tree.html(line, true, Tree.line(near));
  }

  /** Whether a link's URL is the given one, character references aside. */
  private static boolean linksTo(Element a, String url) {
    String href = Tree.attributes(a).get("href");
    return href != null && (href.equals(url) || Html.unescape(href).equals(url));
  }

  /** Adds classes to an element, first among its attributes. */
  private static void addClass(Element e, String classes) {
    Map<String, String> attributes = Tree.attributes(e);
    String existing = attributes.get("class");
    Map<String, String> copy = new LinkedHashMap<>(attributes);
    attributes.clear();
    attributes.put("class", existing == null ? classes : classes + " " + existing);
    copy.remove("class");
    attributes.putAll(copy);
  }

  private static Element find(Element root, Predicate<Element> test) {
    return find(root, new Element[1], false, test);
  }

  /**
   * The first element under {@code root} in document order that passes, and its parent; not
   * looking into links when asked.
   */
  private static Element find(Element root, Element[] parent, boolean skipLinks,
      Predicate<Element> test) {
    // Depth first without recursion, so that no nesting overflows the stack.
    List<Element> stack = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    stack.add(root);
    next.add(0);
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      Element e = stack.get(top);
      int i = next.get(top);
      if (i >= Tree.childCount(e)) {
        stack.remove(top);
        next.remove(top);
        continue;
      }
      next.set(top, i + 1);
      Element child = Tree.child(e, i);
      if (test.test(child)) {
        parent[0] = e;
        return child;
      }
      if (skipLinks && Tree.type(child) == ElementType.A) {
        continue;
      }
      stack.add(child);
      next.add(0);
    }
    return null;
  }
}
