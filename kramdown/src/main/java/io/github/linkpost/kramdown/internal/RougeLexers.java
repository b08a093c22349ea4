package io.github.linkpost.kramdown.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The language names Rouge (as Jekyll uses it) has a lexer for: a code block in one of them is
 * wrapped as highlighted code; in another it is plain {@code <pre><code>}.
 */
final class RougeLexers {
  private static final Set<String> NAMES = new HashSet<>();

  static {
    try (InputStream in = RougeLexers.class.getResourceAsStream("rouge-lexers.txt");
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          NAMES.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RougeLexers() {}

  /**
   * Whether Rouge finds a lexer for a language as kramdown asks it: the name before any
   * {@code ?options}, case-sensitive; {@code guess} always finds one.
   */
  static boolean finds(String lang) {
    if (lang.indexOf('?') < 0 && !lang.equals("guess")) {
      return NAMES.contains(lang);
    }
    int q = lang.indexOf('?');
    String name = q < 0 ? lang : lang.substring(0, q);
    return name.equals("guess") || NAMES.contains(name);
  }
}
