package io.github.linkpost.kramdown.internal;

import java.util.List;
import java.util.Map;

/** A parsed document: its element tree and what the converter needs besides. */
public final class Document {
  private final Element root;
  private final Settings options;
  private final Map<String, String> abbrevDefs;
  private final Map<String, Element> abbrevAttr;

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
    return new Document(p.root, options, p.abbrevDefs, p.abbrevAttr);
  }

  public Element root() {
    return root;
  }

  /** The HTML of the document as it is now. */
  public String toHtml() {
    return new HtmlConverter(options, root, abbrevDefs, abbrevAttr).convertRoot();
  }
}
