package io.github.linkpost.feed.internal;

import io.github.linkpost.Link;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.feed.Feed;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 document (RFC 4287), written with the JDK's StAX writer, which escapes all markup.
 * It checks what StAX does not: every text is first made what XML 1.0 can carry (see
 * {@link Texts}), and a line return in a plain-text title is written as a character reference,
 * which XML keeps (a raw one it reads as a line feed).
 */
public final class AtomWriter implements FormatWriter {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private final XMLStreamWriter xml;
  private final boolean linkedList;

  public AtomWriter(OutputStream out, boolean linkedList) {
    try {
      // The JDK's own writer, whatever else the class path offers (its behaviour is what is
      // tested), from a factory of this document's own: a factory is not made for many threads.
      this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's XML writer is not available", e);
    }
    this.linkedList = linkedList;
  }

  /** Checks the feed's own texts, before anything is written. */
  public static void check(Feed feed) {
    Texts.textAsHtml("Feed.title", feed.title());
    if (feed.author().isPresent()) {
      Texts.xmlOnly("Feed.author", feed.author().get());
    } else if (Texts.firstNotXml(feed.title()) >= 0 || feed.title().indexOf('\r') >= 0) {
      throw LinkPostException.invalid("Feed.author",
          "must be set when the title, which stands for it, holds a line return or a character"
              + " XML 1.0 cannot carry", feed.title());
    }
  }

  @Override
  public void start(Feed feed, OffsetDateTime updated) throws IOException {
    check(feed);
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(ATOM);
      xml.writeStartElement(ATOM, "feed");
      xml.writeDefaultNamespace(ATOM);
      if (feed.language().isPresent()) {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", feed.language().get());
      }
      newline();
      textConstruct("title", "Feed.title", feed.title());
      link("alternate", "text/html", feed.home(), null);
      if (feed.feedUrl().isPresent()) {
        link("self", "application/atom+xml", feed.feedUrl().get(), null);
      }
      element("id", feed.feedUrl().orElse(feed.home()).toString());
      element("updated", Dates.rfc3339(updated));
      // An Atom feed must have an author unless every entry has one: the feed's own, or its title.
      person(feed.author().orElse(feed.title()), feed.authorUrl().orElse(null));
      if (feed.icon().isPresent()) {
        element("icon", feed.icon().get().toString());
      }
      xml.writeStartElement(ATOM, "generator");
      xml.writeAttribute("uri", Generator.URL);
      xml.writeCharacters(Generator.NAME);
      xml.writeEndElement();
      newline();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  @Override
  public void entry(Entry e) throws IOException {
    // Every check before the first character of the entry is written.
    if (needsHtml(e.title())) {
      Texts.textAsHtml(e.path() + ": title", e.title());
    }
    e.author().ifPresent(a -> Texts.xmlOnly(e.path() + ": author", a));
    List<String> terms = new ArrayList<>(e.terms().size());
    for (String term : e.terms()) {
      terms.add(attribute(e.path() + ": tag or category", term));
    }
    String content = Texts.htmlForXml(e.path() + ": content", e.html());
    try {
      xml.writeStartElement(ATOM, "entry");
      newline();
      textConstruct("title", e.path() + ": title", e.title());
      Link page = e.page().orElse(null);
      if (page != null && linkedList) {
        link("alternate", null, page.url(), linkTitle(page.text()));
        link("related", "text/html", e.url(), null);
      } else {
        link("alternate", "text/html", e.url(), null);
        if (page != null) {
          link("related", null, page.url(), linkTitle(page.text()));
        }
      }
      if (e.discovery().isPresent() && e.discovery().get().via().isPresent()) {
        link("via", null, e.discovery().get().via().get(), null);
      }
      element("id", e.id());
      element("published", Dates.rfc3339(e.date()));
      element("updated", Dates.rfc3339(e.date()));
      if (e.author().isPresent()) {
        person(e.author().get(), null);
      }
      for (String term : terms) {
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", term);
        newline();
      }
      xml.writeStartElement(ATOM, "content");
      xml.writeAttribute("type", "html");
      xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "base", e.url().toString());
      xml.writeCharacters(content);
      xml.writeEndElement();
      newline();
      xml.writeEndElement();
      newline();
    } catch (XMLStreamException ex) {
      throw failure(ex);
    }
  }

  @Override
  public void end() throws IOException {
    try {
      xml.writeEndElement();
      newline();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * A text construct: {@code type="text"} when XML carries every character, else
   * {@code type="html"} with those characters as character references.
   */
  private void textConstruct(String name, String field, String text) throws XMLStreamException {
    xml.writeStartElement(ATOM, name);
    if (needsHtml(text)) {
      xml.writeAttribute("type", "html");
      xml.writeCharacters(Texts.textAsHtml(field, text));
    } else {
      xml.writeAttribute("type", "text");
      int from = 0;
      for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
        xml.writeCharacters(text.substring(from, cr));
        xml.writeEntityRef("#xD");
        from = cr + 1;
      }
      xml.writeCharacters(text.substring(from));
    }
    xml.writeEndElement();
    newline();
  }

  private static boolean needsHtml(String text) {
    return Texts.firstNotXml(text) >= 0;
  }

  /**
   * A value for an attribute, where XML reads a tab or a line break as a space and StAX has no
   * way to write a character reference: such a value is refused.
   */
  private static String attribute(String field, String value) {
    Texts.xmlOnly(field, value);
    if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw LinkPostException.invalid(field,
          "holds a tab or a line break, which an XML attribute reads as a space"
              + " (write the feed as JSON Feed)", value);
    }
    return value;
  }

  /** A link's title, an optional hint: left out when an attribute cannot carry it exactly. */
  private static String linkTitle(String text) {
    return Texts.firstNotXml(text) < 0 && text.indexOf('\t') < 0 ? text : null;
  }

  private void link(String rel, String type, URI href, String title) throws XMLStreamException {
    xml.writeEmptyElement(ATOM, "link");
    xml.writeAttribute("rel", rel);
    if (type != null) {
      xml.writeAttribute("type", type);
    }
    xml.writeAttribute("href", href.toString());
    if (title != null) {
      xml.writeAttribute("title", title);
    }
    newline();
  }

  private void person(String name, URI uri) throws XMLStreamException {
    xml.writeStartElement(ATOM, "author");
    xml.writeStartElement(ATOM, "name");
    xml.writeCharacters(name);
    xml.writeEndElement();
    if (uri != null) {
      element("uri", uri.toString());
    }
    xml.writeEndElement();
    newline();
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(ATOM, name);
    xml.writeCharacters(text);
    xml.writeEndElement();
    if (!name.equals("uri")) {
      newline();
    }
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n");
  }

  /** StAX wraps the stream's IOException; the caller wants the IOException. */
  private static IOException failure(XMLStreamException e) {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    return cause instanceof IOException io ? io : new IOException("cannot write the feed: " + e.getMessage(), e);
  }
}
