package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The extensions {@code {::comment}}, {@code {::nomarkdown}} and {@code {::options /}}, in
 * their block and span forms: a start tag (self-closing or followed by a body and a stop tag
 * {@code {:/name}}).
 */
final class Extensions {
  private Extensions() {}

  /** A matched start or stop tag. */
  static final class Tag {
    int end;
    String name;
    String attrs;
    boolean selfClosing;
    boolean stop;
    String stopName;
  }

  /**
   * The extension tag at {@code j}: {@code {::name attrs}}, {@code {::name /}} or a stop tag
   * {@code {:/name}}; for a block, only white space may follow on its line. Null if none.
   */
  static Tag match(Scanner src, int j, boolean block) {
    String s = src.s;
    if (Chars.startsWith(s, j, "{:/")) {
      int k = j + 3;
      int ne = FootnoteDefinitions.nameEnd(s, k);
      Tag t = new Tag();
      t.stop = true;
      if (ne >= 0) {
        t.stopName = s.substring(k, ne);
        k = ne;
      }
      if (Chars.at(s, k) != '}') {
        return null;
      }
      t.end = k + 1;
      if (block) {
        t.end = AttributeLists.endsLine(s, t.end);
        if (t.end < 0) {
          return null;
        }
      }
      return t;
    }
    if (!Chars.startsWith(s, j, "{::")) {
      return null;
    }
    int k = j + 3;
    int ne = k;
    while (Chars.isWord(Chars.at(s, ne))) {
      ne++;
    }
    if (ne == k) {
      return null;
    }
    Tag t = new Tag();
    t.name = s.substring(k, ne);
    if (ne < src.len && Chars.isSpace(s.charAt(ne))) {
      Tag withAttrs = close(src, ne + 1, block, t);
      if (withAttrs != null) {
        return withAttrs;
      }
    }
    return close(src, ne, block, t, ne);
  }

  private static Tag close(Scanner src, int from, boolean block, Tag t) {
    String s = src.s;
    List<Integer> escaped = new ArrayList<>();
    int a = from;
    while (a < src.len) {
      char c = s.charAt(a);
      if (c == '/' && Chars.at(s, a + 1) == '}') {
        Tag r = finish(src, t, from, a, true, a + 2, block);
        if (r != null) {
          return r;
        }
      }
      if (c == '}') {
        Tag r = finish(src, t, from, a, false, a + 1, block);
        if (r != null) {
          return r;
        }
        break;
      }
      if (c == '\\' && Chars.at(s, a + 1) == '}') {
        escaped.add(a + 1);
        a += 2;
      } else {
        a++;
      }
    }
    for (int i = escaped.size() - 1; i >= 0; i--) {
      int b = escaped.get(i);
      Tag r = finish(src, t, from, b, false, b + 1, block);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** The tag without attributes: {@code {::name}} or {@code {::name/}}. */
  private static Tag close(Scanner src, int ne, boolean block, Tag t, int unused) {
    String s = src.s;
    if (Chars.at(s, ne) == '/' && Chars.at(s, ne + 1) == '}') {
      return finish(src, t, -1, -1, true, ne + 2, block);
    }
    if (Chars.at(s, ne) == '}') {
      return finish(src, t, -1, -1, false, ne + 1, block);
    }
    return null;
  }

  private static Tag finish(Scanner src, Tag t, int attrsFrom, int attrsTo, boolean selfClosing,
      int end, boolean block) {
    if (block) {
      end = AttributeLists.endsLine(src.s, end);
      if (end < 0) {
        return null;
      }
    }
    Tag r = new Tag();
    r.name = t.name;
    r.attrs = attrsFrom < 0 ? null : src.s.substring(attrsFrom, attrsTo);
    r.selfClosing = selfClosing;
    r.end = end;
    return r;
  }

  /**
   * Reads an extension whose tag was matched at the current position; false (after a warning,
   * and for a span after adding its first character as text) when it is no valid extension.
   */
  static boolean parse(Parser p, Tag tag, boolean block) {
    Scanner src = p.src;
    int saved = src.pos;
    int line = src.lineNumber();
    src.pos = tag.end;
    if (tag.stop) {
      String name = tag.stopName != null ? "for '" + tag.stopName + "' " : "";
      return error(p, saved, block, "Invalid extension stop tag " + name + "found on line " + line
          + " - ignoring it");
    }
    Ial opts = new Ial();
    p.parseAttributeList(tag.attrs == null ? "" : tag.attrs, opts);
    String body = null;
    if (!tag.selfClosing) {
      int[] stop = block ? blockStop(src, tag.name) : spanStop(src, tag.name);
      if (stop == null) {
        return error(p, saved, block, "No stop tag for extension '" + tag.name
            + "' found on line " + line + " - ignoring it");
      }
      body = src.s.substring(src.pos, stop[0]);
      if (block && body.endsWith("\n")) {
        body = body.substring(0, body.length() - 1);
      }
      src.pos = stop[1];
    }
    if (!handle(p, tag.name, opts, body, block, line)) {
      return error(p, saved, block, "Invalid extension with name '" + tag.name
          + "' specified on line " + line + " - ignoring it");
    }
    return true;
  }

  private static boolean error(Parser p, int saved, boolean block, String message) {
    p.warning(message);
    p.src.pos = saved;
    if (!block) {
      p.addChar();
    }
    return false;
  }

  /** {@code ^ {0,3}\{:/(name)?\} *?\n} from the current position: {start, end} or null. */
  private static int[] blockStop(Scanner src, String name) {
    String s = src.s;
    int pos = src.pos;
    for (int occ = s.indexOf("{:/", pos); occ >= 0; occ = s.indexOf("{:/", occ + 1)) {
      int lineStart = Math.max(pos, s.lastIndexOf('\n', occ - 1) + 1);
      if (occ - lineStart > 3 || HtmlSyntax.optSpace(s, lineStart) != occ) {
        continue;
      }
      int k = occ + 3;
      if (Chars.startsWith(s, k, name) && Chars.at(s, k + name.length()) == '}') {
        k += name.length();
      }
      if (Chars.at(s, k) != '}') {
        continue;
      }
      int e = k + 1;
      while (Chars.at(s, e) == ' ') {
        e++;
      }
      if (Chars.at(s, e) == '\n') {
        return new int[] {lineStart, e + 1};
      }
    }
    return null;
  }

  /** {@code \{:/(name)?\}} from the current position: {start, end} or null. */
  private static int[] spanStop(Scanner src, String name) {
    String s = src.s;
    for (int i = s.indexOf("{:/", src.pos); i >= 0; i = s.indexOf("{:/", i + 1)) {
      int k = i + 3;
      if (Chars.startsWith(s, k, name) && Chars.at(s, k + name.length()) == '}') {
        return new int[] {i, k + name.length() + 1};
      }
      if (Chars.at(s, k) == '}') {
        return new int[] {i, k + 1};
      }
    }
    return null;
  }

  private static boolean handle(Parser p, String name, Ial opts, String body, boolean block,
      int line) {
    switch (name) {
      case "comment":
        if (body != null) {
          Element c = new Element(ElementType.COMMENT, line);
          c.value = body;
          c.category = block ? Category.BLOCK : Category.SPAN;
          p.tree.children().add(c);
        }
        return true;
      case "nomarkdown":
        if (body != null) {
          Element raw = new Element(ElementType.RAW, line);
          raw.text.append(body);
          raw.category = block ? Category.BLOCK : Category.SPAN;
          String type = opts.attrs.get("type");
          raw.rawTypes = splitWords(type == null ? "" : type);
          p.tree.children().add(raw);
        }
        return true;
      case "options":
        if (opts.refs != null) {
          p.warning("Unknown kramdown option 'refs'");
        }
        for (Map.Entry<String, String> e : opts.attrs.entrySet()) {
          InlineOptions.apply(p, e.getKey(), e.getValue());
        }
        if (block) {
          Element eob = p.newBlockEl(ElementType.EOB, line);
          eob.eobKind = "extension";
          p.tree.children().add(eob);
        }
        return true;
      default:
        return false;
    }
  }

  /** Ruby's {@code to_s.split(/\s+/)}. */
  static List<String> splitWords(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    boolean leading = true;
    while (i < n) {
      int j = i;
      while (j < n && !Chars.isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i || !leading) {
        out.add(s.substring(i, j));
      }
      leading = false;
      while (j < n && Chars.isSpace(s.charAt(j))) {
        j++;
      }
      i = j;
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
