package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Feeds read back by the JDK's XML parser, Jackson and jsoup, and the safety of their HTML. */
final class Parsed {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Parsed() {}

  /** A well-formed Atom document, or an assertion error saying why not. */
  static Document atom(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** A URL a feed names itself (an id, a link): absolute http(s), a valid URI. */
  static void assertWebUri(String url) {
    URI uri = URI.create(url);
    assertThat(uri.getScheme()).as(url).isIn("http", "https");
    assertThat(uri.getRawAuthority()).as(url).isNotNull();
  }

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
    List<org.w3c.dom.Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        found.add((org.w3c.dom.Element) nodes.item(i));
      }
    }
    return found;
  }

  /** What an Atom text construct says: its text, or the text of its HTML. */
  static String text(org.w3c.dom.Element construct) {
    String type = construct.getAttribute("type");
    String content = construct.getTextContent();
    return type.equals("html") ? org.jsoup.parser.Parser.unescapeEntities(content, false) : content;
  }

  /**
   * HTML with no script, frame, object, form, style or event handler, and no link or image
   * but to an absolute http(s) or mailto URL (as the Markdown wrote it: a browser encodes what a
   * URI cannot hold).
   */
  static void assertSafe(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script, iframe, frame, object, embed, form, style, base, meta, link"))
        .as(html).isEmpty();
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as(html).doesNotStartWith("on");
        if (name.equals("href") || name.equals("src")) {
          String url = attribute.getValue();
          assertThat(url).as(html).matches("(?is)(https?://|mailto:).*");
        }
      }
    }
  }
}
