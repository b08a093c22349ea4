package io.github.linkpost.kramdown.internal;

/**
 * Links and images: {@code [text](url "title")}, {@code [text][id]}, {@code [id]} and the same
 * with {@code !} for images. The text ends at the bracket that balances the first; a link
 * never nests in a link or image.
 */
final class Links extends SpanParser {
  static final Links INSTANCE = new Links();

  @Override
  int bit() {
    return LINK;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    String s = src.s;
    int i = src.pos;
    int c = Chars.at(s, i);
    if (c == '!') {
      if (Chars.at(s, i + 1) != '[') {
        return false;
      }
      i++;
    } else if (c != '[') {
      return false;
    }
    return i + 1 < src.len && s.charAt(i + 1) != '^';
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int start = src.pos;
    boolean image = s.charAt(start) == '!';
    String result = image ? "![" : "[";
    src.pos += result.length();
    int curPos = src.pos;
    ElementType type = image ? ElementType.IMG : ElementType.A;
    if (!image && (p.inside(ElementType.A) || p.inside(ElementType.IMG))) {
      p.addText(result);
      return;
    }
    if (p.tooDeep() || p.failedBefore(curPos, type) || src.search().indexOf("]", curPos) < 0) {
      p.addText(result);
      return;
    }
    int line = src.lineAt(start);
    Element el = new Element(type, line);
    int[] count = {1};
    Parser.Stop stop = new Parser.Stop() {
      @Override
      public String firstChars() {
        return "][!";
      }

      @Override
      public boolean matches(String str, int k) {
        int d = str.charAt(k);
        return d == ']' || d == '[' || (d == '!' && Chars.at(str, k + 1) == '[');
      }

      @Override
      public boolean accept(Parser q) {
        count[0] += q.src.cur() == ']' ? -1 : 1;
        int images = 0;
        if (el.hasChildren()) {
          for (Element child : el.children()) {
            if (child.type == ElementType.IMG) {
              images++;
            }
          }
        }
        return count[0] - images == 0;
      }
    };
    if (!p.parseSpans(el, stop, null, p.textType)) {
      p.markFailed(curPos, type);
      src.pos = curPos;
      p.addText(result);
      return;
    }
    String altText = EscapedChars.unescape(s.substring(curPos, src.pos));
    src.pos += s.charAt(src.pos) == '!' ? 2 : 1;

    int[] ref = referenceId(s, src.pos);
    if (ref != null || Chars.at(s, src.pos) != '(') {
      String id = null;
      if (ref != null) {
        if (ref[1] > ref[0] + 1) {
          id = s.substring(ref[0] + 1, ref[1]);
        }
        src.pos = ref[1] + 1;
      }
      String linkId = Parser.normalizeLinkId(id != null ? id : altText);
      Parser.LinkDef def = p.linkDefs.get(linkId);
      if (def != null) {
        add(p, el, def.url, def.title, altText, def.holder != null ? def.holder.ial : null);
      } else {
        if (id == null) {
          p.warning("No link definition for link ID '" + linkId + "' found on line " + line);
        }
        src.pos = curPos;
        p.addText(result);
      }
      return;
    }

    String url = null;
    int i = src.pos;
    boolean angled = false;
    if (Chars.at(s, i + 1) == '<') {
      int gt = s.indexOf('>', i + 2);
      int nl = s.indexOf('\n', i + 2);
      if (gt >= 0 && (nl < 0 || gt < nl)) {
        angled = true;
        url = s.substring(i + 2, gt);
        src.pos = gt + 1;
        if (src.cur() == ')') {
          src.pos++;
          add(p, el, url, null, altText, null);
          return;
        }
      }
    }
    if (!angled) {
      int k = i;
      int brackets = 0;
      int urlEnd = i;
      int limit = Math.min(src.len, p.lookAheadLimit(i));
      while (true) {
        int t = k;
        int c = -1;
        while (t < limit) {
          char d = s.charAt(t);
          if (d == '(' || d == ')'
              || (Chars.isSpace(d) && t + 1 < src.len
                  && (s.charAt(t + 1) == '"' || s.charAt(t + 1) == '\''))) {
            c = d;
            break;
          }
          t++;
        }
        p.spend(t - k + 1);
        if (c < 0) {
          break;
        }
        urlEnd = t + 1;
        k = t + 1;
        if (c == ')') {
          brackets--;
          if (brackets == 0) {
            break;
          }
        } else if (c == '(') {
          brackets++;
        } else {
          break;
        }
      }
      src.pos = k;
      url = Chars.strip(urlEnd - i >= 2 ? s.substring(i + 1, urlEnd - 1) : "");
      if (brackets == 0) {
        add(p, el, url, null, altText, null);
        return;
      }
    }
    int[] title = title(p, s, src.pos);
    if (title != null) {
      src.pos = title[2];
      add(p, el, url, s.substring(title[0], title[1]), altText, null);
    } else {
      src.pos = curPos;
      p.addText(result);
    }
  }

  /** {@code \s*?\[([^\]]+)?\]} at {@code i}: the indices of its brackets, or null. */
  private static int[] referenceId(String s, int i) {
    int k = i;
    while (k < s.length() && Chars.isSpace(s.charAt(k))) {
      k++;
    }
    if (Chars.at(s, k) != '[') {
      return null;
    }
    int close = s.indexOf(']', k + 1);
    return close < 0 ? null : new int[] {k, close};
  }

  /** {@code \s*?(["'])(.+?)\1\s*?\)} at {@code i}: {titleStart, titleEnd, end} or null. */
  private static int[] title(Parser p, String s, int i) {
    int k = i;
    while (k < s.length() && Chars.isSpace(s.charAt(k))) {
      k++;
    }
    int q = Chars.at(s, k);
    if (q != '"' && q != '\'') {
      return null;
    }
    long limit = p.lookAheadLimit(k);
    for (int t = s.indexOf(q, k + 2); t >= 0 && t < limit; t = s.indexOf(q, t + 1)) {
      p.spend(1);
      int r = t + 1;
      while (r < s.length() && Chars.isSpace(s.charAt(r))) {
        r++;
      }
      if (Chars.at(s, r) == ')') {
        return new int[] {k + 1, t, r + 1};
      }
    }
    return null;
  }

  private static void add(Parser p, Element el, String href, String title, String alt, Ial ial) {
    el.ial = ial;
    if (ial != null) {
      p.updateAttrWithIal(el.attr(), ial);
    }
    if (el.type == ElementType.A) {
      el.attr().put("href", href);
    } else {
      el.attr().put("src", href);
      el.attr().put("alt", alt);
      el.setChildren(null);
    }
    if (title != null) {
      el.attr().put("title", title);
    }
    p.tree.children().add(el);
  }
}
