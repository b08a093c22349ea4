package io.github.linkpost.metadata.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by name: {@code name} and {@code property} (each of its
 * space-separated words, as RDFa allows) lower-cased, every content in page order.
 */
final class MetaTags {
  private final Map<String, List<String>> values = new HashMap<>();

  MetaTags(Document document) {
    for (Element meta : document.getElementsByTag("meta")) {
      if (meta.hasAttr("itemprop") && !meta.hasAttr("name") && !meta.hasAttr("property")) {
        continue; // microdata, read with its item
      }
      String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
      if (content.isBlank()) {
        continue;
      }
      for (String attribute : new String[] {"name", "property"}) {
        for (String key : meta.attr(attribute).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!key.isEmpty()) {
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
          }
        }
      }
    }
  }

  /** The first content of the first of the names the page has, or null. */
  String first(String... names) {
    for (String name : names) {
      List<String> found = values.get(name);
      if (found != null) {
        for (String value : found) {
          String text = Text.orNull(value);
          if (text != null) {
            return text;
          }
        }
      }
    }
    return null;
  }

  /** Every content of the name, in page order. */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }
}
