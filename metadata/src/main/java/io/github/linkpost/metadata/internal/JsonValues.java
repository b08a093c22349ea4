package io.github.linkpost.metadata.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as pages write it in their scripts, read leniently into maps, lists and strings: comments,
 * single quotes, trailing commas, raw line breaks in strings and several values one after the
 * other are all taken. A value cut short or broken is kept as far as it was read.
 */
final class JsonValues {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
      .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(200).maxStringLength(5_000_000).build())
      .build();

  private JsonValues() {}

  /** Every value the text holds, in order; strings for scalars, null for JSON's null. */
  static List<Object> read(String text) {
    List<Object> values = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      Deque<Object> open = new ArrayDeque<>();
      Deque<String> keys = new ArrayDeque<>();
      try {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          Object value;
          switch (token) {
            case START_OBJECT -> value = new LinkedHashMap<String, Object>();
            case START_ARRAY -> value = new ArrayList<>();
            case END_OBJECT, END_ARRAY -> {
              Object closed = open.pop();
              if (open.isEmpty()) {
                values.add(closed);
              }
              continue;
            }
            case FIELD_NAME -> {
              keys.push(parser.currentName());
              continue;
            }
            case VALUE_NULL -> value = null;
            default -> value = parser.getText();
          }
          if (open.isEmpty()) {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
              open.push(value);
            } else if (value != null) {
              values.add(value);
            }
            continue;
          }
          add(open.peek(), keys, value);
          if (value instanceof Map<?, ?> || value instanceof List<?>) {
            open.push(value);
          }
        }
      } catch (IOException | RuntimeException e) {
        // Keep what was read: the outermost value still open holds every complete field.
        if (!open.isEmpty()) {
          values.add(open.peekLast());
        }
      }
    } catch (IOException e) {
      return values;
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static void add(Object container, Deque<String> keys, Object value) {
    if (container instanceof Map<?, ?> map) {
      String key = keys.isEmpty() ? "" : keys.pop();
      ((Map<String, Object>) map).putIfAbsent(key, value);
    } else {
      ((List<Object>) container).add(value);
    }
  }
}
