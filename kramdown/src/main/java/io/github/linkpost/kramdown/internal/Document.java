package io.github.linkpost.kramdown.internal;

import java.util.List;
import java.util.Map;

/** A parsed document: its element tree and what the converter needs besides. */
public final class Document {
  private final Element root;
  private final Settings options;
  private final Map<String, String> abbrevDefs;
  private final Map<String, Element> abbrevAttr;
  private int sizeHint;

  private Document(Element root, Settings options, Map<String, String> abbrevDefs,
      Map<String, Element> abbrevAttr) {
    this.root = root;
    this.options = options;
    this.abbrevDefs = abbrevDefs;
    this.abbrevAttr = abbrevAttr;
  }

  /** Parses Markdown with (a copy of) the given settings; warnings are added to the list. */
  public static Document parse(String markdown, Settings settings, List<String> warnings) {
    Settings options = settings.copy();
    Parser p = new Parser(options, warnings);
    p.parseDocument(Parser.adaptSource(markdown));
    Document d = new Document(p.root, options, p.abbrevDefs, p.abbrevAttr);
    d.sizeHint = markdown.length() + (markdown.length() >> 1) + 64;
    return d;
  }

  public Element root() {
    return root;
  }

  /** The HTML of the document as it is now. */
  public String toHtml() {
    HtmlConverter c = new HtmlConverter(options, root, abbrevDefs, abbrevAttr);
    c.sizeHint = sizeHint;
    return c.convertRoot();
  }

  /**
   * The HTML of each element of the root, in order, then that of the footnotes (empty when
   * there are none): together, {@link #toHtml()}.
   */
  public List<String> toHtmlByBlock() {
    return new HtmlConverter(options, root, abbrevDefs, abbrevAttr).convertBlocks();
  }
}
