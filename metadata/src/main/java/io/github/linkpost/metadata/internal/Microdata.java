package io.github.linkpost.metadata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * schema.org microdata: the page's article item ({@code itemscope} with an article or page
 * {@code itemtype}) and its own {@code itemprop}s; without such an item, the first
 * {@code datePublished} and {@code author} anywhere, as many templates write them loose.
 */
final class Microdata {
  private static final Set<String> TYPES = Set.of("article", "newsarticle", "blogposting",
      "techarticle", "scholarlyarticle", "report", "reportagenewsarticle", "opinionnewsarticle",
      "analysisnewsarticle", "liveblogposting", "socialmediaposting", "webpage", "itempage",
      "creativework", "review", "recipe");

  private final Document document;
  private final Element item;

  private Microdata(Document document, Element item) {
    this.document = document;
    this.item = item;
  }

  static Microdata of(Document document) {
    Element page = null;
    for (Element scope : document.select("[itemscope][itemtype]")) {
      for (String type : scope.attr("itemtype").split("\\s+")) {
        String name = type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals("webpage") || name.equals("itempage")) {
          page = page != null ? page : scope;
        } else if (TYPES.contains(name)) {
          return new Microdata(document, scope);
        }
      }
    }
    return new Microdata(document, page);
  }

  String headline() {
    String headline = value(own("headline"));
    return headline != null ? headline : value(own("name"));
  }

  String description() {
    return value(own("description"));
  }

  String published() {
    Element date = own("datePublished");
    if (date == null) {
      date = document.selectFirst("[itemprop~=(?i)datePublished]");
    }
    return date == null ? null : value(date);
  }

  List<String> authors() {
    List<Element> found = item != null ? ownAll(item, "author") : List.of();
    if (found.isEmpty()) {
      found = document.select("[itemprop~=(?i)^author$]");
    }
    List<String> names = new ArrayList<>();
    for (Element author : found) {
      String name = null;
      if (author.hasAttr("itemscope")) {
        List<Element> own = ownAll(author, "name");
        name = own.isEmpty() ? null : value(own.get(0));
        if (name == null) {
          List<Element> given = ownAll(author, "givenName");
          List<Element> family = ownAll(author, "familyName");
          if (!family.isEmpty()) {
            name = (given.isEmpty() ? "" : value(given.get(0)) + " ") + value(family.get(0));
          }
        }
      } else if (!author.nameIs("link") && !author.nameIs("a") || author.hasText()) {
        name = author.nameIs("meta") ? author.attr("content") : author.text();
      }
      if (name != null && !name.isBlank()) {
        names.add(name);
      }
    }
    return names;
  }

  private Element own(String property) {
    if (item == null) {
      return null;
    }
    List<Element> found = ownAll(item, property);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Elements under the scope with the property, whose nearest item is the scope. */
  private static List<Element> ownAll(Element scope, String property) {
    List<Element> found = new ArrayList<>();
    collect(scope, property, found);
    return found;
  }

  private static void collect(Element parent, String property, List<Element> found) {
    for (Element child : parent.children()) {
      for (String p : child.attr("itemprop").split("\\s+")) {
        if (p.equalsIgnoreCase(property)) {
          found.add(child);
          break;
        }
      }
      if (!child.hasAttr("itemscope")) {
        collect(child, property, found);
      }
    }
  }

  /** A property's value as the microdata rules give it, as text. */
  private static String value(Element e) {
    if (e == null) {
      return null;
    }
    String v;
    if (e.nameIs("meta")) {
      v = e.attr("content");
    } else if (e.nameIs("time") && e.hasAttr("datetime")) {
      v = e.attr("datetime");
    } else if ((e.nameIs("data") || e.nameIs("meter")) && e.hasAttr("value")) {
      v = e.attr("value");
    } else if (e.hasAttr("content")) {
      v = e.attr("content");
    } else {
      v = e.text();
    }
    return Text.orNull(v);
  }
}
