package io.github.linkpost.markdown.internal;

import java.util.List;

/**
 * Where raw HTML reads character references: in text and in attribute values, but not in tag
 * and attribute names, comments, or the text of elements HTML reads raw (a script, a style
 * sheet). A sign written as a reference there means what the sign meant.
 *
 * <p>A browser reads the HTML blocks of a paragraph as one document: a comment or a script left
 * open in one block goes on in the next, so an instance carries that from block to block.
 */
final class HtmlText {
  private static final List<String> RAW_TEXT =
      List.of("script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext");

  /** What closes the comment or raw text left open by the blocks so far; null when none is. */
  private String open;

  /** For each position of {@code html[from, to)}, whether a reference written there is read. */
  boolean[] referenced(String html, int from, int to) {
    boolean[] read = new boolean[to - from];
    int i = from;
    if (open != null) {
      i = close(html, from, to);
    }
    while (i < to) {
      char c = html.charAt(i);
      if (c != '<') {
        read[i - from] = true;
        i++;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        open = "-->";
        i = close(html, i + 4, to);
        continue;
      }
      int name = html.startsWith("</", i) ? i + 2 : i + 1;
      if (name >= to || !isAsciiLetter(html.charAt(name))) {
        read[i - from] = true;
        i++;
        continue;
      }
      int end = tag(html, name, to, read, from);
      String raw = name == i + 1 ? rawTextElement(html, name, to) : null;
      i = end;
      if (raw != null) {
        open = "</" + raw;
        i = close(html, i, to);
      }
    }
    return read;
  }

  /**
   * Finds what closes the open comment or raw text from {@code from}: after a comment's
   * {@code -->}, at a raw element's end tag; {@code to} when it stays open.
   */
  private int close(String html, int from, int to) {
    for (int i = from; i < to; i++) {
      if (html.regionMatches(true, i, open, 0, open.length())) {
        int end = open.equals("-->") ? i + 3 : i;
        open = null;
        return end;
      }
    }
    return to;
  }

  /**
   * Walks a tag from its name to after its {@code >} (or to {@code to}), marking the positions
   * of attribute values as read.
   */
  private static int tag(String html, int at, int to, boolean[] read, int from) {
    int i = at;
    boolean afterEquals = false;
    while (i < to) {
      char c = html.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (afterEquals && (c == '"' || c == '\'')) {
        int close = html.indexOf(c, i + 1);
        int end = close < 0 || close >= to ? to : close;
        for (int k = i + 1; k < end; k++) {
          read[k - from] = true;
        }
        i = end + 1;
        afterEquals = false;
        continue;
      }
      if (afterEquals && !isSpace(c)) {
        while (i < to && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
          read[i - from] = true;
          i++;
        }
        afterEquals = false;
        continue;
      }
      if (c == '=') {
        afterEquals = true;
      }
      i++;
    }
    return to;
  }

  private static String rawTextElement(String html, int name, int to) {
    for (String element : RAW_TEXT) {
      int after = name + element.length();
      if (html.regionMatches(true, name, element, 0, element.length())
          && (after >= to || isSpace(html.charAt(after)) || html.charAt(after) == '>'
              || html.charAt(after) == '/')) {
        return element;
      }
    }
    return null;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
