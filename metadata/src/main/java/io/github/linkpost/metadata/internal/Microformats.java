package io.github.linkpost.metadata.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The page's microformats2 {@code h-entry} (or a classic {@code hentry}, as older blog themes
 * mark their posts): its own {@code p-name}, {@code p-author}, {@code dt-published},
 * {@code p-summary} and {@code u-url}, nested microformats' properties left out.
 */
final class Microformats {
  private final Element entry;
  private final boolean classic;

  private Microformats(Element entry, boolean classic) {
    this.entry = entry;
    this.classic = classic;
  }

  static Microformats of(Document document) {
    Element entry = outermost(document.getElementsByClass("h-entry"));
    if (entry != null) {
      return new Microformats(entry, false);
    }
    return new Microformats(outermost(document.getElementsByClass("hentry")), true);
  }

  private static Element outermost(Elements found) {
    for (Element e : found) {
      boolean nested = false;
      for (Element parent : e.parents()) {
        if (parent.hasClass("h-entry") || parent.hasClass("hentry")) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        return e;
      }
    }
    return null;
  }

  boolean isEmpty() {
    return entry == null;
  }

  String name() {
    Element name = property(classic ? "entry-title" : "p-name");
    return name == null ? null : Text.orNull(plainValue(name));
  }

  String summary() {
    Element summary = property(classic ? "entry-summary" : "p-summary");
    return summary == null ? null : Text.orNull(plainValue(summary));
  }

  String url() {
    Element url = property(classic ? "bookmark" : "u-url");
    if (url == null && classic) {
      url = entry == null ? null : entry.selectFirst("a[rel~=bookmark]");
    }
    return url == null ? null : url.hasAttr("href") ? url.absUrl("href") : url.text();
  }

  String published() {
    Element published = property(classic ? "published" : "dt-published");
    if (published == null && classic) {
      published = property("entry-date");
    }
    return published == null ? null : dateValue(published);
  }

  /** The authors' names: an {@code h-card}'s own name, else the property's text. */
  List<String> authors() {
    List<String> names = new ArrayList<>();
    if (entry == null) {
      return names;
    }
    for (Element author : properties(entry, classic ? "author" : "p-author")) {
      String name = null;
      if (author.hasClass("h-card") || author.hasClass("vcard")) {
        Element own = firstProperty(author, author.hasClass("h-card") ? "p-name" : "fn");
        name = own != null ? plainValue(own) : null;
      }
      if (name == null) {
        name = plainValue(author);
      }
      if (name != null && !name.isBlank()) {
        names.add(name);
      }
    }
    return names;
  }

  private Element property(String name) {
    return entry == null ? null : firstProperty(entry, name);
  }

  private static Element firstProperty(Element root, String name) {
    List<Element> found = properties(root, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Elements of the class under the root whose nearest microformat is the root. */
  private static List<Element> properties(Element root, String name) {
    List<Element> found = new ArrayList<>();
    collect(root, name, found);
    return found;
  }

  private static void collect(Element parent, String name, List<Element> found) {
    for (Element child : parent.children()) {
      if (child.hasClass(name)) {
        found.add(child);
      }
      if (!isRoot(child)) {
        collect(child, name, found);
      }
    }
  }

  private static boolean isRoot(Element e) {
    for (String c : e.classNames()) {
      if (c.startsWith("h-") || c.equals("vcard") || c.equals("hentry")) {
        return true;
      }
    }
    return false;
  }

  private static String plainValue(Element e) {
    if ((e.nameIs("abbr") || e.nameIs("link")) && e.hasAttr("title")) {
      return e.attr("title");
    }
    if ((e.nameIs("img") || e.nameIs("area")) && e.hasAttr("alt")) {
      return e.attr("alt");
    }
    if ((e.nameIs("data") || e.nameIs("input")) && e.hasAttr("value")) {
      return e.attr("value");
    }
    return e.text();
  }

  static String dateValue(Element e) {
    Elements parts = e.getElementsByClass("value");
    if (!parts.isEmpty()) {
      StringBuilder joined = new StringBuilder();
      for (Element part : parts) {
        joined.append(part.hasAttr("datetime") ? part.attr("datetime")
            : part.hasAttr("title") ? part.attr("title") : part.text()).append(' ');
      }
      return joined.toString();
    }
    if (e.hasAttr("datetime")) {
      return e.attr("datetime");
    }
    if (e.nameIs("abbr") && e.hasAttr("title")) {
      return e.attr("title");
    }
    if ((e.nameIs("data") || e.nameIs("input")) && e.hasAttr("value")) {
      return e.attr("value");
    }
    Element time = e.selectFirst("time[datetime]");
    return time != null ? time.attr("datetime") : e.text();
  }
}
