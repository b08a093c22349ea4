package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTML as kramdown reads it: which elements are span or block level, the content model of
 * each, and the shapes of tags, comments and character references (matched by hand, so that
 * no input makes a search slow).
 */
final class HtmlSyntax {
  private HtmlSyntax() {}

  static final Set<String> SPAN_ELEMENTS = Set.of(
      "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn",
      "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp",
      "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "tt", "u",
      "var");

  static final Set<String> BLOCK_ELEMENTS = Set.of(
      "address", "article", "aside", "applet", "body", "blockquote", "caption", "col",
      "colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe", "legend",
      "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary",
      "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul");

  static final Set<String> WITHOUT_BODY = Set.of(
      "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link",
      "meta", "param", "source", "track", "wbr");

  /** Span elements and {@code script}: a line starting with one does not end a paragraph. */
  private static final String[] LAZY_END_EXEMPT;

  private static final Map<String, ContentModel> CONTENT_MODEL = new HashMap<>();

  static {
    for (String n : new String[] {"address", "applet", "article", "aside", "blockquote", "body",
        "dd", "details", "div", "dl", "fieldset", "figure", "figcaption", "footer", "form",
        "header", "hgroup", "iframe", "li", "main", "map", "menu", "nav", "noscript", "object",
        "section", "summary", "td"}) {
      CONTENT_MODEL.put(n, ContentModel.BLOCK);
    }
    for (String n : new String[] {"a", "abbr", "acronym", "b", "bdo", "big", "button", "cite",
        "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins",
        "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "select",
        "small", "span", "strong", "sub", "sup", "th", "tt"}) {
      CONTENT_MODEL.put(n, ContentModel.SPAN);
    }
    List<String> exempt = new ArrayList<>(SPAN_ELEMENTS);
    exempt.add("script");
    LAZY_END_EXEMPT = exempt.toArray(new String[0]);
  }

  private static final Set<String> KNOWN;

  static {
    java.util.Set<String> known = new java.util.HashSet<>();
    known.addAll(SPAN_ELEMENTS);
    known.addAll(BLOCK_ELEMENTS);
    known.addAll(WITHOUT_BODY);
    known.addAll(CONTENT_MODEL.keySet());
    known.addAll(Set.of("script", "style", "math", "option", "textarea", "pre", "code", "kbd",
        "samp", "var"));
    KNOWN = Set.copyOf(known);
  }

  /** Whether kramdown knows the element (and so lower-cases its name and attributes). */
  static boolean isKnown(String name) {
    return KNOWN.contains(name);
  }

  /** The content model kramdown gives the element's body; raw for unknown elements. */
  static ContentModel contentModel(String name) {
    ContentModel m = CONTENT_MODEL.get(name);
    return m != null ? m : ContentModel.RAW;
  }

  /** The end of an XML name (with an optional prefix) starting at {@code i}, or -1. */
  static int unameEnd(CharSequence s, int i) {
    int e = ncnameEnd(s, i);
    if (e < 0) {
      return -1;
    }
    if (Chars.at(s, e) == ':') {
      int e2 = ncnameEnd(s, e + 1);
      if (e2 >= 0) {
        return e2;
      }
    }
    return e;
  }

  private static int ncnameEnd(CharSequence s, int i) {
    int cp = Chars.cpAt(s, i);
    if (cp != '_' && (cp < 0 || !Chars.isAlpha(cp))) {
      return -1;
    }
    i += Character.charCount(cp);
    while (true) {
      cp = Chars.cpAt(s, i);
      if (cp == '-' || cp == '.' || cp == '_' || (cp >= 0 && Chars.isAlnum(cp))) {
        i += Character.charCount(cp);
      } else {
        return i;
      }
    }
  }

  static int skipSpace(CharSequence s, int i) {
    int n = s.length();
    while (i < n && Chars.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordRunEnd(CharSequence s, int i) {
    while (true) {
      int cp = Chars.cpAt(s, i);
      if (cp >= 0 && Chars.isUnicodeWord(cp)) {
        i += Character.charCount(cp);
      } else {
        return i;
      }
    }
  }

  /** A start tag: {@code <name attributes>} or {@code <name attributes/>}. */
  static final class Tag {
    final String name;
    final List<String[]> attributes;
    final boolean selfClosed;
    final int end;

    Tag(String name, List<String[]> attributes, boolean selfClosed, int end) {
      this.name = name;
      this.attributes = attributes;
      this.selfClosed = selfClosed;
      this.end = end;
    }
  }

  /** The start tag at {@code i} (which holds {@code <}), or null. */
  static Tag startTag(Scanner src, int i) {
    String s = src.s;
    int nameEnd = unameEnd(s, i + 1);
    if (nameEnd < 0) {
      return null;
    }
    List<String[]> attrs = new ArrayList<>(2);
    int k = nameEnd;
    while (true) {
      int w = skipSpace(s, k);
      if (w > k) {
        int an = unameEnd(s, w);
        if (an >= 0) {
          String value = null;
          int next = an;
          int eq = skipSpace(s, an);
          if (Chars.at(s, eq) == '=') {
            int v = skipSpace(s, eq + 1);
            int q = Chars.at(s, v);
            if (q == '"' || q == '\'') {
              int close = src.search().indexOf(q == '"' ? "\"" : "'", v + 1);
              if (close >= 0) {
                value = s.substring(v + 1, close);
                next = close + 1;
              }
            } else {
              int we = wordRunEnd(s, v);
              if (we > v) {
                value = s.substring(v, we);
                next = we;
              }
            }
          }
          attrs.add(new String[] {s.substring(w, an), value});
          k = next;
          continue;
        }
      }
      int p = w;
      boolean selfClosed = false;
      if (Chars.at(s, p) == '/') {
        selfClosed = true;
        p++;
      }
      if (Chars.at(s, p) == '>') {
        return new Tag(s.substring(i + 1, nameEnd), attrs, selfClosed, p + 1);
      }
      return null;
    }
  }

  /** The end of the closing tag {@code </name >} at {@code i}, or -1; its name via {@code out}. */
  static int closeTag(CharSequence s, int i, String[] out) {
    if (Chars.at(s, i) != '<' || Chars.at(s, i + 1) != '/') {
      return -1;
    }
    int e = unameEnd(s, i + 2);
    if (e < 0) {
      return -1;
    }
    int g = skipSpace(s, e);
    if (Chars.at(s, g) != '>') {
      return -1;
    }
    if (out != null) {
      out[0] = s.subSequence(i + 2, e).toString();
    }
    return g + 1;
  }

  /** The end of the closing tag for {@code name} at {@code i}, or -1. */
  static int closeTagFor(CharSequence s, int i, String name, boolean ignoreCase) {
    if (Chars.at(s, i) != '<' || Chars.at(s, i + 1) != '/') {
      return -1;
    }
    boolean same = ignoreCase ? Chars.startsWithIgnoreCase(s, i + 2, name)
        : Chars.startsWith(s, i + 2, name);
    if (!same) {
      return -1;
    }
    int g = skipSpace(s, i + 2 + name.length());
    return Chars.at(s, g) == '>' ? g + 1 : -1;
  }

  /** The end of {@code <!-- ... -->} at {@code i}, or -1. */
  static int comment(Scanner src, int i) {
    if (!Chars.startsWith(src.s, i, "<!--")) {
      return -1;
    }
    int e = src.search().indexOf("-->", i + 4);
    return e < 0 ? -1 : e + 3;
  }

  /** The end of {@code <? ... ?>} at {@code i}, or -1. */
  static int instruction(Scanner src, int i) {
    if (!Chars.startsWith(src.s, i, "<?")) {
      return -1;
    }
    int e = src.search().indexOf("?>", i + 2);
    return e < 0 ? -1 : e + 2;
  }

  /**
   * Whether a span element's name (or {@code script}) starts at {@code i} as a whole ASCII
   * word: such a tag does not end a paragraph.
   */
  static boolean lazyEndExempt(CharSequence s, int i) {
    for (String n : LAZY_END_EXEMPT) {
      if (Chars.startsWith(s, i, n) && !Chars.isBoundaryWord(Chars.cpAt(s, i + n.length()))) {
        return true;
      }
    }
    return false;
  }

  /** {@code ^ {0,3}<name}, a start tag that ends a paragraph. */
  static boolean lazyEndStart(CharSequence s, int i) {
    int j = optSpace(s, i);
    return Chars.at(s, j) == '<' && !lazyEndExempt(s, j + 1) && unameEnd(s, j + 1) >= 0;
  }

  /** {@code ^ {0,3}</name\s*>}, an end tag that ends a paragraph. */
  static boolean lazyEndStop(CharSequence s, int i) {
    int j = optSpace(s, i);
    return Chars.at(s, j) == '<' && Chars.at(s, j + 1) == '/' && !lazyEndExempt(s, j + 2)
        && closeTag(s, j, null) >= 0;
  }

  /** Skips up to three spaces. */
  static int optSpace(CharSequence s, int i) {
    int n = Math.min(s.length(), i + 3);
    while (i < n && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
