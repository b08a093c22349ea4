package io.github.linkpost.feed.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.Quote;
import io.github.linkpost.feed.Feed;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A JSON Feed 1.1 document, written with jackson-core's streaming generator, which escapes every
 * string. What makes a link post (the discovery and the quotes) goes in the item's
 * {@code _linkpost} object, an extension as the specification defines them.
 */
public final class JsonFeedWriter implements FormatWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private final JsonGenerator json;

  public JsonFeedWriter(OutputStream out) throws IOException {
    this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
  }

  @Override
  public void start(Feed feed, OffsetDateTime updated) throws IOException {
    json.writeStartObject();
    json.writeStringField("version", VERSION);
    json.writeStringField("title", feed.title());
    json.writeStringField("home_page_url", feed.home().toString());
    if (feed.feedUrl().isPresent()) {
      json.writeStringField("feed_url", feed.feedUrl().get().toString());
    }
    if (feed.icon().isPresent()) {
      json.writeStringField("icon", feed.icon().get().toString());
    }
    if (feed.author().isPresent()) {
      json.writeArrayFieldStart("authors");
      author(feed.author().get(), feed.authorUrl().orElse(null));
      json.writeEndArray();
    }
    if (feed.language().isPresent()) {
      json.writeStringField("language", feed.language().get());
    }
    json.writeArrayFieldStart("items");
  }

  @Override
  public void entry(Entry e) throws IOException {
    // Every check before the first character of the entry is written.
    String date = Dates.rfc3339(e.date());
    String discovered = e.discovery().isPresent() ? discovered(e.discovery().get()) : null;
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("url", e.url().toString());
    if (e.page().isPresent()) {
      json.writeStringField("external_url", e.page().get().url().toString());
    }
    json.writeStringField("title", e.title());
    json.writeStringField("content_html", e.html());
    json.writeStringField("date_published", date);
    json.writeStringField("date_modified", date);
    if (e.author().isPresent()) {
      json.writeArrayFieldStart("authors");
      author(e.author().get(), null);
      json.writeEndArray();
    }
    if (!e.terms().isEmpty()) {
      json.writeArrayFieldStart("tags");
      for (String term : e.terms()) {
        json.writeString(term);
      }
      json.writeEndArray();
    }
    if (e.discovery().isPresent() || !e.quotes().isEmpty()) {
      extension(e, discovered);
    }
    json.writeEndObject();
  }

  private static String discovered(Discovery d) {
    return Dates.rfc3339(d.at().atZone(d.zone()).toOffsetDateTime());
  }

  private void extension(Entry e, String discovered) throws IOException {
    json.writeObjectFieldStart("_linkpost");
    json.writeStringField("about", Generator.EXTENSION_DOCS);
    if (e.discovery().isPresent()) {
      Discovery d = e.discovery().get();
      json.writeStringField("discovered", discovered);
      json.writeStringField("zone", d.zone().equals(ZoneOffset.UTC) ? "UTC" : d.zone().getId());
      if (d.via().isPresent()) {
        json.writeStringField("via", d.via().get().toString());
      }
      if (e.page().isPresent()) {
        link("page", e.page().get());
      }
      if (d.remarks().isPresent()) {
        json.writeStringField("remarks", d.remarks().get());
      }
    }
    if (!e.quotes().isEmpty()) {
      json.writeArrayFieldStart("quotes");
      for (Quote q : e.quotes()) {
        json.writeStartObject();
        link("source", q.source());
        if (q.author().isPresent()) {
          json.writeStringField("author", q.author().get());
        }
        if (q.published().isPresent()) {
          json.writeStringField("published", q.published().get().toString());
        }
        json.writeArrayFieldStart("excerpts");
        for (Excerpt excerpt : q.excerpts()) {
          json.writeStartArray();
          for (String paragraph : excerpt.paragraphs()) {
            json.writeString(paragraph);
          }
          json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void link(String name, Link link) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("title", link.text());
    json.writeStringField("url", link.url().toString());
    json.writeEndObject();
  }

  private void author(String name, URI url) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    if (url != null) {
      json.writeStringField("url", url.toString());
    }
    json.writeEndObject();
  }

  @Override
  public void end() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
  }
}
