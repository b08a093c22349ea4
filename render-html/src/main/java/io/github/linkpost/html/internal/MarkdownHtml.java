package io.github.linkpost.html.internal;

import io.github.linkpost.commonmark.HtmlBlocks;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to HTML with commonmark-java, made to show what Jekyll (kramdown) shows when asked:
 * typography, heading ids, tables and strikethrough. Raw HTML is escaped unless allowed; link and
 * image URLs other than http, https and mailto (and relative ones, when allowed) are dropped,
 * keeping the text. Immutable and thread-safe.
 */
public final class MarkdownHtml {
  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  private static final org.commonmark.renderer.NodeRenderer NO_RENDERER =
      new org.commonmark.renderer.NodeRenderer() {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
          return Set.of();
        }

        @Override
        public void render(Node node) {}
      };

  private static final Pattern BEFORE_FIRST_LETTER = Pattern.compile("^[^a-zA-Z]+");
  /** What the sanitizer gives for a refused URL, so that the attribute is dropped. */
  private static final String REFUSED = "\u0000refused";

  private final Parser parser;
  /** For text without backticks: block spans only, which is cheaper. */
  private final Parser blockParser;
  private final HtmlRenderer renderer;
  private final boolean typography;

  public MarkdownHtml(boolean jekyll, boolean allowHtml, boolean allowRelativeUrls) {
    this(jekyll, allowHtml, new UrlPolicy(allowRelativeUrls, null));
  }

  public MarkdownHtml(boolean jekyll, boolean allowHtml, UrlPolicy policy) {
    this.typography = jekyll;
    this.parser = HtmlBlocks.use(Parser.builder().extensions(jekyll ? EXTENSIONS : List.of()))
        .includeSourceSpans(jekyll ? IncludeSourceSpans.BLOCKS_AND_INLINES : IncludeSourceSpans.BLOCKS)
        .build();
    this.blockParser = HtmlBlocks.use(Parser.builder().extensions(jekyll ? EXTENSIONS : List.of()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS)
        .build();
    UrlSanitizer urls = new UrlSanitizer() {
      @Override
      public String sanitizeLinkUrl(String url) {
        String href = policy.href(url);
        return href != null ? href : REFUSED;
      }

      @Override
      public String sanitizeImageUrl(String url) {
        return sanitizeLinkUrl(url);
      }
    };
    this.renderer = HtmlRenderer.builder()
        .extensions(jekyll ? EXTENSIONS : List.of())
        .escapeHtml(!allowHtml)
        .sanitizeUrls(true)
        .urlSanitizer(urls)
        .attributeProviderFactory(context -> new Attributes(jekyll))
        .nodeRendererFactory(context -> jekyll ? new KramdownParagraphs(context) : NO_RENDERER)
        .nodeRendererFactory(Microformats.Nodes::new)
        .build();
  }

  /** Whether a URL may stand in a link: http, https, mailto, or relative when allowed. */
  public static boolean allowed(String url, boolean allowRelative) {
    String trimmed = url.strip();
    int colon = trimmed.indexOf(':');
    int end = firstOf(trimmed, "/?#");
    if (colon < 0 || (end >= 0 && end < colon)) {
      return allowRelative && !trimmed.startsWith("//") && !trimmed.startsWith("\\");
    }
    String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
    for (int i = 0; i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'))) {
        return false;
      }
    }
    return SCHEMES.contains(scheme);
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Parses Markdown; the tree is the caller's. */
  public Node parse(String markdown) {
    boolean code = markdown.indexOf('`') >= 0;
    Node document = (code ? parser : blockParser).parse(markdown);
    if (typography) {
      if (markdown.indexOf(')') >= 0) {
        kramdownLists(document);
      }
      if (document.getFirstChild() != document.getLastChild()) {
        kramdownFences(document);
      }
      if (code) {
        kramdownCodeSpans(document, markdown);
      }
      typography(document);
    }
    return document;
  }

  /**
   * kramdown knows ordered lists with {@code 1.} only: a {@code 1)} list is paragraphs there,
   * each starting with its number.
   */
  static void kramdownLists(Node document) {
    List<OrderedList> lists = new java.util.ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(OrderedList list) {
        if (Character.valueOf(')').equals(list.getMarkerDelimiter() == null
            ? null : list.getMarkerDelimiter().charAt(0))) {
          lists.add(list);
        }
        visitChildren(list);
      }
    });
    for (OrderedList list : lists) {
      int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
      for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
        Node first = item.getFirstChild();
        if (first instanceof Paragraph paragraph) {
          paragraph.prependChild(new Text(number + ") "));
        } else {
          Paragraph paragraph = new Paragraph();
          paragraph.appendChild(new Text(number + ")"));
          list.insertBefore(paragraph);
        }
        for (Node child = item.getFirstChild(); child != null; ) {
          Node next = child.getNext();
          list.insertBefore(child);
          child = next;
        }
      }
      list.unlink();
    }
  }

  /**
   * kramdown keeps in a list item every block that follows it with no blank line between (a
   * fenced code block, a heading, ...), where CommonMark ends the list.
   */
  static void kramdownFences(Node document) {
    List<ListBlock> lists = new java.util.ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(BulletList list) {
        lists.add(list);
        visitChildren(list);
      }

      @Override
      public void visit(OrderedList list) {
        lists.add(list);
        visitChildren(list);
      }
    });
    for (ListBlock list : lists) {
      adoptFollowing(list, list.getLastChild());
    }
    List<BlockQuote> quotes = new java.util.ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(BlockQuote quote) {
        quotes.add(quote);
        visitChildren(quote);
      }
    });
    for (BlockQuote quote : quotes) {
      adoptFollowing(quote, quote);
    }
  }

  /** Moves into {@code into} the blocks that follow {@code block} with no blank line between. */
  private static void adoptFollowing(Node block, Node into) {
    int end = lastLine(block);
    while (into != null && end >= 0 && block.getNext() != null
        && !(block.getNext() instanceof ListBlock && !(block instanceof BlockQuote))
        && firstLine(block.getNext()) == end + 1) {
      Node adopted = block.getNext();
      end = lastLine(adopted);
      into.appendChild(adopted);
    }
  }

  private static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -2 : spans.get(0).getLineIndex();
  }

  private static int lastLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -2 : spans.get(spans.size() - 1).getLineIndex();
  }

  /**
   * kramdown does not open a code span with a single backtick followed by white space: such a
   * span is text there, backticks included.
   */
  static void kramdownCodeSpans(Node document, String markdown) {
    List<Code> literal = new java.util.ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Code code) {
        List<SourceSpan> spans = code.getSourceSpans();
        if (spans.isEmpty()) {
          return;
        }
        int start = spans.get(0).getInputIndex();
        if (start + 2 <= markdown.length() && markdown.charAt(start) == '`'
            && markdown.charAt(start + 1) != '`' && Character.isWhitespace(markdown.charAt(start + 1))) {
          literal.add(code);
        }
      }
    });
    for (Code code : literal) {
      StringBuilder source = new StringBuilder();
      for (SourceSpan span : code.getSourceSpans()) {
        if (source.length() > 0) {
          source.append('\n');
        }
        source.append(markdown, span.getInputIndex(), span.getInputIndex() + span.getLength());
      }
      code.insertBefore(new Text(source.toString()));
      code.unlink();
    }
  }

  /** Renders a parsed node (and what it holds). */
  public void render(Node node, Appendable out) {
    renderer.render(node, out);
  }

  /**
   * Applies typography to every text, with the characters around it as the source has them.
   * One walk in document order: what follows a text is not changed yet when the text is, and a
   * text just before it is the one visited last, whose literal before typography is kept.
   */
  static void typography(Node document) {
    document.accept(new AbstractVisitor() {
      private String lastLiteral;

      @Override
      public void visit(Text text) {
        String literal = text.getLiteral();
        Node prev = text.getPrevious();
        char before = prev instanceof Text ? lastCharacter(lastLiteral) : before(prev);
        text.setLiteral(Typography.apply(literal, before, after(text, 0), after(text, 1)));
        lastLiteral = literal;
      }

      @Override
      public void visit(Image image) {
        // alt text is shown as written
      }
    });
  }

  private static char lastCharacter(String s) {
    return s.isEmpty() ? Typography.NONE : s.charAt(s.length() - 1);
  }

  /**
   * The character before a text, after a node other than text, as kramdown's quote rules see
   * it: a line break, or none at all after markup (kramdown starts afresh after a link,
   * emphasis or code) or at the start.
   */
  private static char before(Node prev) {
    return prev instanceof SoftLineBreak || prev instanceof HardLineBreak ? '\n' : Typography.NONE;
  }

  private static char after(Node node, int skip) {
    Node next = node.getNext();
    if (next == null) {
      Node parent = node.getParent();
      if (parent == null) {
        return Typography.NONE;
      }
      char c = closingOfParent(parent);
      return skip == 0 ? c : Typography.NONE;
    }
    if (next instanceof Text t) {
      String s = t.getLiteral();
      return skip < s.length() ? s.charAt(skip) : Typography.NONE;
    }
    if (skip == 0) {
      return opening(next);
    }
    if (next instanceof Code code) {
      return code.getLiteral().isEmpty() ? '`' : code.getLiteral().charAt(0);
    }
    if (next instanceof Link && next.getFirstChild() instanceof Text t) {
      String s = t.getLiteral();
      return s.isEmpty() ? Typography.NONE : s.charAt(0);
    }
    if (next instanceof Emphasis || next instanceof StrongEmphasis) {
      Node first = next.getFirstChild();
      if (next instanceof StrongEmphasis) {
        return delimiter(next);
      }
      if (first instanceof Text t) {
        String s = t.getLiteral();
        return s.isEmpty() ? Typography.NONE : s.charAt(0);
      }
      return first == null ? Typography.NONE : opening(first);
    }
    return Typography.NONE;
  }

  /** The first source character of an inline node. */
  private static char opening(Node node) {
    if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough) {
      return delimiter(node);
    }
    if (node instanceof Link) {
      return '[';
    }
    if (node instanceof Image) {
      return '!';
    }
    if (node instanceof Code) {
      return '`';
    }
    if (node instanceof HtmlInline) {
      return '<';
    }
    if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      return '\n';
    }
    return Typography.NONE;
  }

  private static char closingOfParent(Node parent) {
    if (parent instanceof Link) {
      return ']';
    }
    if (parent instanceof Emphasis || parent instanceof StrongEmphasis || parent instanceof Strikethrough) {
      return delimiter(parent);
    }
    return Typography.NONE;
  }

  private static char delimiter(Node node) {
    if (node instanceof Emphasis e) {
      return e.getOpeningDelimiter().charAt(0);
    }
    if (node instanceof StrongEmphasis s) {
      return s.getOpeningDelimiter().charAt(0);
    }
    return '~';
  }

  /** Heading ids as kramdown makes them; empty link and image URLs (refused ones) removed. */
  private static final class Attributes implements AttributeProvider {
    private final boolean ids;
    private final Map<String, Integer> used = new HashMap<>();

    Attributes(boolean ids) {
      this.ids = ids;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (REFUSED.equals(attributes.get("href"))) {
        attributes.remove("href");
      }
      if (REFUSED.equals(attributes.get("src"))) {
        attributes.remove("src");
      }
      String classes = Microformats.classesOf(node);
      if (classes != null) {
        attributes.put("class", classes);
      }
      if (ids && node instanceof Heading heading) {
        attributes.put("id", uniqueId(headingId(heading)));
      }
    }

    private String uniqueId(String id) {
      int seen = used.merge(id, 1, Integer::sum);
      return seen == 1 ? id : id + "-" + (seen - 1);
    }
  }

  /** kramdown's id: letters, digits, spaces and dashes of the text, lower-cased, spaces as dashes. */
  static String headingId(Heading heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        text.append(t.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }
    });
    String s = BEFORE_FIRST_LETTER.matcher(text).replaceFirst("");
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        id.append(Character.toLowerCase(c));
      } else if (c == ' ') {
        id.append('-');
      }
    }
    return id.length() == 0 ? "section" : id.toString();
  }
}
