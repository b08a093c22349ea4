package io.github.linkpost.bookmarks.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.bookmarks.Bookmark;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bookmarks of Pinboard's JSON export, read token by token with jackson-core: an array of
 * objects with {@code href}, {@code description} (the title), {@code extended} (the notes),
 * {@code time}, {@code tags} (separated by spaces, or an array), {@code shared} and {@code
 * toread} ({@code "yes"}/{@code "no"}, or booleans). Pinboard's API shape, an object whose
 * {@code posts} key holds that array, is read too. Other keys are skipped.
 */
public final class PinboardJson implements Source {
  /** Longest string value read; a longer one is refused, not held in memory. */
  public static final int MAX_STRING = 10_000_000;

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).build())
      .build();

  private final ExportFile file;
  private final Consumer<? super LinkPostException> refused;
  private final JsonParser json;
  private Bookmark next;
  private boolean done;
  private boolean started;

  public PinboardJson(ExportFile file, Consumer<? super LinkPostException> refused) {
    this.file = file;
    this.refused = refused;
    try {
      this.json = JSON.createParser(file.reader());
    } catch (IOException e) {
      throw LinkPostException.cannot("read", file.path(), e);
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        advance();
      } catch (StreamConstraintsException e) {
        fail(e.getLocation(), "holds a value longer than " + MAX_STRING + " characters");
      } catch (JsonEOFException e) {
        fail(e.getLocation(), "the file is cut short: it ends inside the list of bookmarks");
      } catch (JsonProcessingException e) {
        fail(e.getLocation(), "is not valid JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        done = true;
        refused.accept(LinkPostException.cannot("read", file.path(), e));
      }
    }
    return next != null;
  }

  @Override
  public Bookmark next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Bookmark bookmark = next;
    next = null;
    return bookmark;
  }

  @Override
  public void close() {
    try {
      json.close();
    } catch (IOException ignored) {
      // nothing was written; a failure to close a file read to its end changes nothing
    }
  }

  private void fail(JsonLocation location, String reason) {
    done = true;
    JsonLocation where = location != null ? location : json.currentLocation();
    int line = where == null ? 0 : Math.max(0, where.getLineNr());
    refused.accept(new LinkPostException(reason).at(file.path(), line));
  }

  private void advance() throws IOException {
    if (!started) {
      started = true;
      if (!toArray()) {
        done = true;
        refused.accept(new LinkPostException("is JSON but not a Pinboard export (an array of "
            + "bookmarks, or an object with one under \"posts\")").at(file.path(), 1));
        return;
      }
    }
    JsonToken token = json.nextToken();
    if (token == JsonToken.END_ARRAY || token == null) {
      done = true;
      return;
    }
    int line = json.currentTokenLocation().getLineNr();
    if (token != JsonToken.START_OBJECT) {
      json.skipChildren();
      refused.accept(new LinkPostException("an entry that is not a bookmark (an object)")
          .at(file.path(), line));
      return;
    }
    Map<String, Object> fields = fields();
    try {
      next = bookmark(fields, line);
    } catch (LinkPostException problem) {
      refused.accept(problem.at(file.path(), line));
    }
  }

  /** Moves to the array of bookmarks: the top level's, or the one under "posts". */
  private boolean toArray() throws IOException {
    JsonToken top = json.nextToken();
    if (top == JsonToken.START_ARRAY) {
      return true;
    }
    if (top != JsonToken.START_OBJECT) {
      return false;
    }
    for (JsonToken t = json.nextToken(); t == JsonToken.FIELD_NAME; t = json.nextToken()) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      if (name.equals("posts") && value == JsonToken.START_ARRAY) {
        return true;
      }
      json.skipChildren();
    }
    return false;
  }

  /** An object's keys: strings, booleans and numbers as text; arrays of strings as lists. */
  private Map<String, Object> fields() throws IOException {
    Map<String, Object> fields = new HashMap<>();
    for (JsonToken t = json.nextToken(); t == JsonToken.FIELD_NAME; t = json.nextToken()) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      switch (value) {
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
            fields.put(name, json.getText());
        case START_ARRAY -> {
          StringBuilder words = new StringBuilder();
          boolean text = true;
          for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
            if (item == JsonToken.VALUE_STRING) {
              words.append(json.getText()).append('\u0000');
            } else {
              text = false;
              json.skipChildren();
            }
          }
          fields.put(name, text ? List.of(words.toString()) : new Object());
        }
        case VALUE_NULL -> { }
        default -> {
          json.skipChildren();
          fields.put(name, new Object());
        }
      }
    }
    return fields;
  }

  private static Bookmark bookmark(Map<String, Object> fields, int line) {
    String href = text(fields, "href").orElseThrow(
        () -> new LinkPostException("a bookmark without a URL (no \"href\")"));
    Bookmark.Builder b = Bookmark.builder()
        .url(href.strip())
        .title(text(fields, "description").flatMap(Texts::nonBlank))
        .notes(text(fields, "extended").flatMap(Texts::notes))
        .added(text(fields, "time").flatMap(t -> Times.parse("time", t)))
        .isPrivate(text(fields, "shared").map(s -> !Texts.yes(s)).orElse(false))
        .isToRead(text(fields, "toread").map(Texts::yes).orElse(false))
        .line(line);
    Object tags = fields.get("tags");
    if (tags instanceof String list) {
      b.addAllTags(Texts.tags(list, Texts.WHITE_SPACE));
    } else if (tags instanceof List<?> words) {
      b.addAllTags(Texts.tags((String) words.get(0), Texts.NUL));
    } else if (tags != null) {
      throw new LinkPostException("\"tags\" must be text or a list of text");
    }
    return b.build();
  }

  private static Optional<String> text(Map<String, Object> fields, String key) {
    Object value = fields.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s) {
      return Optional.of(s);
    }
    throw new LinkPostException("\"" + key + "\" must be text");
  }
}
