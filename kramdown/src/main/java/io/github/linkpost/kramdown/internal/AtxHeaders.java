package io.github.linkpost.kramdown.internal;

/**
 * A header written {@code ## text ##}: GFM's form, with at least one space after the hashes.
 * With the paragraph_end quirk (Jekyll's setting) it may follow a paragraph directly.
 */
final class AtxHeaders extends BlockParser {
  static final AtxHeaders GFM_QUIRK = new AtxHeaders(true);
  static final AtxHeaders GFM = new AtxHeaders(false);

  private final boolean quirk;

  private AtxHeaders(boolean quirk) {
    this.quirk = quirk;
  }

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    if (!Lines.atxStart(s, src.pos)) {
      return NO;
    }
    if (!quirk && !p.afterBlockBoundary()) {
      return NO;
    }
    int level = 0;
    int i = src.pos;
    while (s.charAt(i) == '#') {
      i++;
      level++;
    }
    while (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
      i++;
    }
    int le = Chars.lineEnd(s, i);
    if (le >= src.len) {
      return NO;
    }
    String[] c = Headers.contents(s.substring(i, le));
    String text = c[0];
    if (quirk) {
      int h = text.length();
      while (h > 0 && text.charAt(h - 1) == '#') {
        h--;
      }
      if (h < text.length() && h > 0 && (text.charAt(h - 1) == ' ' || text.charAt(h - 1) == '\t')) {
        text = Chars.rstrip(text.substring(0, h - 1));
      }
    } else {
      int h = text.length();
      while (h > 0 && text.charAt(h - 1) == '#') {
        h--;
      }
      if (h < text.length() && (h == 0 || text.charAt(h - 1) != '\\')) {
        text = Chars.rstrip(text.substring(0, h));
      } else if (h < text.length() && text.charAt(h - 1) == '\\') {
        int k = h + 1;
        if (k < text.length()) {
          text = Chars.rstrip(text.substring(0, k));
        }
      }
    }
    if (text.isEmpty()) {
      return NO;
    }
    Headers.add(p, level, text, c[1], le + 1);
    return DONE;
  }
}
