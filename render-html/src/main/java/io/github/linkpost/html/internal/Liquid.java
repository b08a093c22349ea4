package io.github.linkpost.html.internal;

/**
 * The Liquid that Jekyll runs over a post's body before its Markdown, as far as it can be known
 * without the site: {@code {% raw %}...{% endraw %}} gives its content as it is, and an output
 * of a string literal alone ({@code {{ "{{" }}}, {@code {{ '{%' }}}), which is how the Markdown
 * writer makes every <code>{{</code> and <code>{%</code> print, gives the string; whitespace
 * control ({@code {{-}, {@code -%}}) strips as Liquid strips around those. Other Liquid
 * (variables, filters, other tags, an unclosed tag) is left as it is written, so it shows as
 * text: running it needs the site, and a tag Liquid does not know stops Jekyll's build.
 *
 * <p>The text is cut into tags, outputs and text as Liquid's tokenizer cuts it: a tag runs from
 * <code>{%</code> to the first <code>%}</code>, an output from <code>{{</code> to the first
 * <code>}</code> (and the next one, when it follows). One pass, linear in the text.
 */
public final class Liquid {
  private static final String WHITESPACE = " \t\n\u000B\f\r";

  private final String in;
  private final int[] offsets;
  private final StringBuilder out;
  /** Where the last text written starts in {@code out}, or -1 when a tag was written last. */
  private int lastText = -1;
  /** Whether the next text loses its leading white space ({@code -%}} before it). */
  private boolean trimNext;
  private int nextOffset;

  private Liquid(String in, int[] offsets) {
    this.in = in;
    this.offsets = offsets;
    this.out = new StringBuilder(in.length());
  }

  /** Whether the text holds anything that Liquid would read. */
  public static boolean holdsLiquid(String text) {
    int i = text.indexOf('{');
    while (i >= 0 && i + 1 < text.length()) {
      char next = text.charAt(i + 1);
      if (next == '{' || next == '%') {
        return true;
      }
      i = text.indexOf('{', i + 1);
    }
    return false;
  }

  /**
   * The text after Liquid, as described above.
   *
   * @param text the body
   * @param offsets positions in the text, in ascending order, each replaced by where what stood
   *     there starts in the result
   * @return the result
   */
  public static String apply(String text, int[] offsets) {
    if (!holdsLiquid(text)) {
      return text;
    }
    return new Liquid(text, offsets).run();
  }

  private String run() {
    int i = 0;
    int n = in.length();
    while (i < n) {
      int start = nextStart(i);
      if (start < 0) {
        text(i, n);
        break;
      }
      if (start > i) {
        text(i, start);
      }
      i = token(start);
    }
    map(Integer.MAX_VALUE);
    return out.toString();
  }

  /** Where the next <code>{{</code> or <code>{%</code> starts, from {@code from}; -1 for none. */
  private int nextStart(int from) {
    for (int i = in.indexOf('{', from); i >= 0 && i + 1 < in.length(); i = in.indexOf('{', i + 1)) {
      char next = in.charAt(i + 1);
      if (next == '{' || next == '%') {
        return i;
      }
    }
    return -1;
  }

  /** Reads the tag or output at {@code start}; where the text after it starts. */
  private int token(int start) {
    boolean tag = in.charAt(start + 1) == '%';
    int end;
    if (tag) {
      int close = in.indexOf("%}", start + 2);
      end = close < 0 ? start + 2 : close + 2;
    } else {
      int close = in.indexOf('}', start + 2);
      end = close < 0 ? start + 2 : close + 1 < in.length() && in.charAt(close + 1) == '}'
          ? close + 2 : close + 1;
    }
    if (tag && end > start + 2 && "raw".equals(tagName(start, end)) && isBlank(tagMarkup(start, end))) {
      int after = raw(start, end);
      if (after >= 0) {
        return after;
      }
    } else if (!tag && end >= start + 4 && in.startsWith("}}", end - 2)) {
      String literal = stringLiteral(start, end);
      if (literal != null) {
        leftControl(start);
        map(end);
        out.append(literal);
        lastText = -1;
        trimNext = in.charAt(end - 3) == '-';
        return end;
      }
    }
    // Anything else stays as it is written.
    asWritten(start, end);
    return end;
  }

  /**
   * A raw tag from {@code start} (its own tag ending at {@code end}): its body, to the first tag
   * ending in {@code endraw}, as it is. Where the text after it starts, or -1 when it is never
   * closed (Liquid then refuses the template).
   */
  private int raw(int start, int end) {
    int i = end;
    while (true) {
      int open = nextStart(i);
      if (open < 0) {
        return -1;
      }
      if (in.charAt(open + 1) == '%') {
        int close = in.indexOf("%}", open + 2);
        if (close < 0) {
          return -1;
        }
        // The token's last tag start: Liquid's pattern takes all before it as body.
        int last = in.lastIndexOf("{%", close);
        if ("endraw".equals(tagName(last, close + 2))) {
          leftControl(start);
          map(close + 2);
          out.append(in, end, last);
          lastText = -1;
          trimNext = in.charAt(close - 1) == '-';
          return close + 2;
        }
        i = close + 2;
      } else {
        i = open + 2;
      }
    }
  }

  /** The name of the tag in {@code [start, end)}: the word after <code>{%</code>, or null. */
  private String tagName(int start, int end) {
    int i = start + 2;
    if (i < end && in.charAt(i) == '-') {
      i++;
    }
    while (i < end && WHITESPACE.indexOf(in.charAt(i)) >= 0) {
      i++;
    }
    int word = i;
    while (i < end && (Character.isLetterOrDigit(in.charAt(i)) || in.charAt(i) == '_')) {
      i++;
    }
    return i > word ? in.substring(word, i) : null;
  }

  /** What follows the tag's name, its closing marks and whitespace control left out. */
  private String tagMarkup(int start, int end) {
    String name = tagName(start, end);
    int from = in.indexOf(name, start + 2) + name.length();
    int to = end - 2;
    if (to > from && in.charAt(to - 1) == '-') {
      to--;
    }
    return in.substring(from, Math.max(from, to));
  }

  /** The string of an output that is one quoted string alone, or null. */
  private String stringLiteral(int start, int end) {
    int from = start + 2;
    int to = end - 2;
    if (from < to && in.charAt(from) == '-') {
      from++;
    }
    if (to > from && in.charAt(to - 1) == '-') {
      to--;
    }
    while (from < to && WHITESPACE.indexOf(in.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && WHITESPACE.indexOf(in.charAt(to - 1)) >= 0) {
      to--;
    }
    if (to - from < 2) {
      return null;
    }
    char quote = in.charAt(from);
    if ((quote != '"' && quote != '\'') || in.charAt(to - 1) != quote
        || in.indexOf(quote, from + 1) != to - 1) {
      return null;
    }
    return in.substring(from + 1, to - 1);
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (WHITESPACE.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A tag's {@code {%-} or {@code {{-}: the text written just before loses its trailing white space. */
  private void leftControl(int start) {
    if (in.charAt(start + 2) != '-' || lastText < 0) {
      return;
    }
    int end = out.length();
    while (end > lastText && (WHITESPACE.indexOf(out.charAt(end - 1)) >= 0 || out.charAt(end - 1) == 0)) {
      end--;
    }
    out.setLength(end);
    for (int k = 0; k < nextOffset; k++) {
      offsets[k] = Math.min(offsets[k], end);
    }
  }

  private void text(int from, int to) {
    int i = from;
    if (trimNext) {
      while (i < to && WHITESPACE.indexOf(in.charAt(i)) >= 0) {
        i++;
      }
      trimNext = false;
    }
    copy(i, to);
  }

  /** Liquid left as written: text to Markdown, as kramdown then reads it. */
  private void asWritten(int from, int to) {
    trimNext = false;
    copy(from, to);
  }

  /**
   * Copies {@code [from, to)} of the input; the offsets before {@code to} not yet mapped go with
   * it (those before {@code from}, in white space trimmed, to where it starts).
   */
  private void copy(int from, int to) {
    int base = out.length();
    while (nextOffset < offsets.length && offsets[nextOffset] < to) {
      offsets[nextOffset] = base + Math.max(0, offsets[nextOffset] - from);
      nextOffset++;
    }
    lastText = base;
    out.append(in, from, to);
  }

  /** Maps the offsets before {@code end} (within a tag or output) to the output's end. */
  private void map(int end) {
    while (nextOffset < offsets.length && offsets[nextOffset] < end) {
      offsets[nextOffset++] = out.length();
    }
  }
}
