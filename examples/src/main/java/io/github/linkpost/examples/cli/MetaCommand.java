package io.github.linkpost.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.linkpost.metadata.PageMetadata;
import io.github.linkpost.metadata.PageMetadata.Field;
import io.github.linkpost.metadata.WebPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code linkpost meta}: what a page says about itself, as one JSON object. */
final class MetaCommand {
  static final Command COMMAND = new Command("meta",
      "Prints a page's title, author, date, site, description and URL as JSON.",
      """
      Prints what a page says about itself as one JSON object:
        {"title": ..., "author": ..., "published": ..., "site_name": ...,
         "description": ..., "canonical_url": ...}
      Absent values are null; "published" is a date (2024-11-10), or a date and time
      with its offset (2024-11-10T09:30:00-05:00) when the page gives one. A URL is
      fetched (http or https, at most 5 redirects, 30 s, 10 MiB); anything else is a
      saved page.""",
      "URL|FILE", "The page: an http(s) URL to fetch, or a saved HTML file.",
      List.of(
          CommandOption.value("--base-url", "URL",
              "The URL a saved page was found at: its relative links are read against it."),
          CommandOption.flag("--sources",
              "Add \"sources\": where on the page each value was found.")),
      MetaCommand::run);

  /** The JSON keys, in the order they are printed. */
  static final Map<String, Field> KEYS = keys();

  private static final JsonFactory JSON = new JsonFactory();

  private MetaCommand() {}

  static int run(Args args, PrintWriter out, PrintWriter err) throws IOException, UsageException {
    if (args.operands().size() > 1) {
      throw new UsageException("unexpected argument: " + args.operands().get(1));
    }
    String target = args.operands().get(0);
    URI base = args.value("--base-url", Pages::webUrl, Pages.URL_EXPECTED);
    WebPage page;
    if (Pages.isWebUrl(target)) {
      if (base != null) {
        throw new UsageException("--base-url is for a saved page, not a URL");
      }
      URI url;
      try {
        url = Pages.webUrl(target);
      } catch (Exception e) {
        throw new UsageException("not a URL: '" + target + "'");
      }
      page = Pages.fetch(url);
    } else {
      Path file;
      try {
        file = Path.of(target);
      } catch (InvalidPathException e) {
        throw new UsageException("not a URL or a path: '" + target + "'");
      }
      if (!java.nio.file.Files.exists(file)) {
        throw new UsageException("cannot read " + file + ": no such file");
      }
      if (java.nio.file.Files.isDirectory(file)) {
        throw new UsageException("cannot read " + file + ": is a folder (give a saved page)");
      }
      page = Pages.file(null, file, base);
    }
    out.println(json(PageMetadata.read(page), args.flag("--sources")));
    return 0;
  }

  /** The metadata as one JSON object, keys in their order, absent values null. */
  static String json(PageMetadata meta, boolean sources) throws IOException {
    StringWriter text = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator json = JSON.createGenerator(text).setPrettyPrinter(pretty)) {
      json.writeStartObject();
      for (Map.Entry<String, Field> key : KEYS.entrySet()) {
        Optional<String> value = value(meta, key.getValue());
        if (value.isPresent()) {
          json.writeStringField(key.getKey(), value.get());
        } else {
          json.writeNullField(key.getKey());
        }
      }
      if (sources) {
        json.writeObjectFieldStart("sources");
        for (Map.Entry<String, Field> key : KEYS.entrySet()) {
          Optional<String> source = meta.source(key.getValue()).map(s -> s.label());
          if (source.isPresent()) {
            json.writeStringField(key.getKey(), source.get());
          } else {
            json.writeNullField(key.getKey());
          }
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    return text.toString();
  }

  private static Optional<String> value(PageMetadata meta, Field field) {
    return switch (field) {
      case TITLE -> meta.title();
      case AUTHOR -> meta.author();
      case PUBLISHED -> meta.publishedAt().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)
          .or(() -> meta.published().map(d -> d.toString()));
      case SITE_NAME -> meta.siteName();
      case DESCRIPTION -> meta.description();
      case CANONICAL_URL -> meta.canonicalUrl().map(URI::toString);
    };
  }

  private static Map<String, Field> keys() {
    Map<String, Field> keys = new LinkedHashMap<>();
    keys.put("title", Field.TITLE);
    keys.put("author", Field.AUTHOR);
    keys.put("published", Field.PUBLISHED);
    keys.put("site_name", Field.SITE_NAME);
    keys.put("description", Field.DESCRIPTION);
    keys.put("canonical_url", Field.CANONICAL_URL);
    return java.util.Collections.unmodifiableMap(keys);
  }
}
