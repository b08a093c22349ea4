package io.github.linkpost.kramdown.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The HTML entities kramdown knows by name, and character references by number. */
final class Entities {
  /** A character with, when it has one, its entity name. */
  static final class Entity {
    final int codePoint;
    final String name;
    private final String chars;

    Entity(int codePoint, String name) {
      this.codePoint = codePoint;
      this.name = name;
      this.chars = codePoint < 0 || codePoint > Character.MAX_CODE_POINT ? null
          : new String(Character.toChars(codePoint));
    }

    /** The character, or null when the number is no Unicode code point. */
    String chars() {
      return chars;
    }
  }

  private static final Map<String, Entity> BY_NAME = new HashMap<>();
  private static final Map<Integer, Entity> BY_CODE = new HashMap<>();

  static {
    Map<Integer, Integer> remapped = new HashMap<>();
    try (InputStream in = Entities.class.getResourceAsStream("entities.txt");
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int sp = line.indexOf(' ');
        int code = Integer.parseInt(line.substring(0, sp));
        String data = line.substring(sp + 1);
        if (Character.isDigit(data.charAt(0))) {
          remapped.put(code, Integer.parseInt(data));
        } else {
          Entity e = new Entity(code, data);
          BY_NAME.put(data, e);
          BY_CODE.put(code, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<Integer, Integer> e : remapped.entrySet()) {
      BY_CODE.put(e.getKey(), byCode(e.getValue()));
    }
  }

  private Entities() {}

  static final Entity NBSP = byName("nbsp");
  static final Entity AMP = byName("amp");
  static final Entity LT = byName("lt");
  static final Entity GT = byName("gt");

  /** The entity of that name, or null. */
  static Entity byName(String name) {
    return BY_NAME.get(name);
  }

  /** The entity of that number (a known one, or a nameless one). */
  static Entity byCode(int code) {
    Entity e = BY_CODE.get(code);
    return e != null ? e : new Entity(code, null);
  }
}
