package io.github.linkpost.html.internal;

/**
 * One-line paragraphs of simple Markdown to HTML without a parser: text, emphasis and strong
 * emphasis whose delimiters can be read one way only, code spans and inline links. Most quoted
 * paragraphs are such text, and for them the parser is most of the cost of a post.
 *
 * <p>The rules are narrow on purpose: a paragraph is taken only when its characters settle what
 * it means, and then its HTML is what {@link MarkdownHtml} makes of it (typography, escaping,
 * the URL policy), byte for byte, which a test checks on generated and real paragraphs. Anything
 * else (a second line, a backslash, an entity, raw HTML, nested or ambiguous delimiters, a
 * reference link, a block marker at the start) is declined and left to the parser.
 * Immutable and thread-safe.
 */
public final class SimpleMarkdown {
  private static final int TEXT = 0;
  private static final int EMPHASIS = 1;
  private static final int CODE = 2;
  private static final int LINK = 3;

  private final boolean typography;
  private final UrlPolicy policy;

  /**
   * @param typography apply Jekyll's typography to text, as {@link MarkdownHtml} does
   * @param allowRelativeUrls keep relative link URLs
   */
  public SimpleMarkdown(boolean typography, boolean allowRelativeUrls) {
    this(typography, new UrlPolicy(allowRelativeUrls, null));
  }

  /**
   * @param typography apply Jekyll's typography to text, as {@link MarkdownHtml} does
   * @param policy which link URLs are kept, and how
   */
  public SimpleMarkdown(boolean typography, UrlPolicy policy) {
    this.typography = typography;
    this.policy = policy;
  }

  /**
   * Appends the paragraph as {@code <p>...</p>} and a line break, when it is simple.
   *
   * @param paragraph one paragraph of Markdown
   * @param out where the HTML goes
   * @return false, with nothing appended, when the paragraph is not simple
   */
  public boolean paragraph(String paragraph, StringBuilder out) {
    // The parser strips the final spaces before it reads the inlines.
    int end = paragraph.length();
    while (end > 0 && paragraph.charAt(end - 1) == ' ') {
      end--;
    }
    String markdown = end == paragraph.length() ? paragraph : paragraph.substring(0, end);
    if (!simpleStart(markdown)) {
      return false;
    }
    // Segments of five ints: kind, the content's range, and a link's URL range (for emphasis,
    // the delimiter run's length).
    int[] segments = new int[5 * 8];
    int count = 0;
    int n = markdown.length();
    int lastGreater = markdown.lastIndexOf('>');
    int textStart = 0;
    int i = 0;
    while (i < n) {
      char c = markdown.charAt(i);
      int kind;
      int from;
      int to;
      int urlFrom = 0;
      int urlTo = 0;
      int next;
      switch (c) {
        case '*', '_' -> {
          // After a space (or at the start) and before a non-space, a delimiter run can only
          // open; after a non-space and before a space, the end or punctuation, it can close.
          // Pairs of such runs of one or two, with plain text between, are emphasis one way
          // only: nothing between them could take either run.
          int run = run(markdown, i, c);
          from = i + run;
          if (run > 2 || !(i == 0 || markdown.charAt(i - 1) == ' ') || from >= n
              || whitespace(markdown.charAt(from))) {
            return false;
          }
          to = plainUntil(markdown, from);
          if (to >= n || markdown.charAt(to) != c || run(markdown, to, c) != run
              || whitespace(markdown.charAt(to - 1))) {
            return false;
          }
          next = to + run;
          if (next < n && markdown.charAt(next) != ' ' && !asciiPunctuation(markdown.charAt(next))) {
            return false;
          }
          kind = EMPHASIS;
          urlFrom = run;
        }
        case '`' -> {
          from = i + 1;
          to = markdown.indexOf('`', from);
          if (to < 0 || to == from || markdown.charAt(from) == '`'
              || (to + 1 < n && markdown.charAt(to + 1) == '`')
              || Character.isWhitespace(markdown.charAt(from))
              || Character.isWhitespace(markdown.charAt(to - 1))) {
            return false;
          }
          next = to + 1;
          kind = CODE;
        }
        case '[' -> {
          from = i + 1;
          to = plainUntil(markdown, from);
          if (to == from || to + 1 >= n || markdown.charAt(to) != ']' || markdown.charAt(to + 1) != '(') {
            return false;
          }
          urlFrom = to + 2;
          urlTo = urlFrom;
          while (urlTo < n && urlCharacter(markdown.charAt(urlTo))) {
            urlTo++;
          }
          if (urlTo == urlFrom || urlTo >= n || markdown.charAt(urlTo) != ')') {
            return false;
          }
          next = urlTo + 1;
          kind = LINK;
        }
        case '<' -> {
          // Without a '>' after it, no tag or autolink can start here.
          if (lastGreater > i) {
            return false;
          }
          i++;
          continue;
        }
        case '!' -> {
          if (i + 1 < n && markdown.charAt(i + 1) == '[') {
            return false;
          }
          i++;
          continue;
        }
        default -> {
          if (special(c)) {
            return false;
          }
          i++;
          continue;
        }
      }
      if (count + 2 > segments.length / 5) {
        segments = java.util.Arrays.copyOf(segments, segments.length * 2);
      }
      if (textStart < i) {
        count = add(segments, count, TEXT, textStart, i, 0, 0);
      }
      count = add(segments, count, kind, from, to, urlFrom, urlTo);
      i = next;
      textStart = next;
    }
    if (textStart < n) {
      if (count + 1 > segments.length / 5) {
        segments = java.util.Arrays.copyOf(segments, segments.length + 5);
      }
      count = add(segments, count, TEXT, textStart, n, 0, 0);
    }
    out.append("<p>");
    for (int s = 0; s < count; s++) {
      write(markdown, segments, s, count, out);
    }
    out.append("</p>\n");
    return true;
  }

  private void write(String md, int[] segments, int s, int count, StringBuilder out) {
    int at = s * 5;
    int from = segments[at + 1];
    int to = segments[at + 2];
    switch (segments[at]) {
      case TEXT -> {
        // Text stands first or after markup, where the typography starts afresh; what follows
        // it is the opening of the next segment, as the parser's tree would show it.
        char after = Typography.NONE;
        char afterNext = Typography.NONE;
        if (s + 1 < count) {
          int nextAt = at + 5;
          int nextFrom = segments[nextAt + 1];
          switch (segments[nextAt]) {
            case EMPHASIS -> {
              after = md.charAt(nextFrom - 1);
              afterNext = segments[nextAt + 3] == 2 ? after : md.charAt(nextFrom);
            }
            case CODE -> {
              after = '`';
              afterNext = md.charAt(nextFrom);
            }
            default -> {
              after = '[';
              afterNext = md.charAt(nextFrom);
            }
          }
        }
        text(md, from, to, after, afterNext, out);
      }
      case EMPHASIS -> {
        char delimiter = md.charAt(from - 1);
        boolean strong = segments[at + 3] == 2;
        out.append(strong ? "<strong>" : "<em>");
        text(md, from, to, delimiter, Typography.NONE, out);
        out.append(strong ? "</strong>" : "</em>");
      }
      case CODE -> {
        out.append("<code>");
        escape(md, from, to, out);
        out.append("</code>");
      }
      default -> {
        String url = policy.href(md.substring(segments[at + 3], segments[at + 4]));
        out.append("<a rel=\"nofollow\"");
        if (url != null) {
          out.append(" href=\"");
          escape(url, 0, url.length(), out);
          out.append('"');
        }
        out.append('>');
        text(md, from, to, ']', Typography.NONE, out);
        out.append("</a>");
      }
    }
  }

  private void text(String md, int from, int to, char after, char afterNext, StringBuilder out) {
    if (typography) {
      Typography.write(md, from, to, Typography.NONE, after, afterNext, true, out);
    } else {
      escape(md, from, to, out);
    }
  }

  private static int add(int[] segments, int count, int kind, int from, int to, int urlFrom, int urlTo) {
    int at = count * 5;
    segments[at] = kind;
    segments[at + 1] = from;
    segments[at + 2] = to;
    segments[at + 3] = urlFrom;
    segments[at + 4] = urlTo;
    return count + 1;
  }

  /**
   * Whether the paragraph's first character cannot start a block other than a paragraph (a
   * heading, a quote, a list, a rule, a fence, raw HTML, a table, a reference definition),
   * and the paragraph is one line with no white space before it.
   */
  private static boolean simpleStart(String md) {
    int n = md.length();
    if (n == 0 || md.charAt(0) == ' ') {
      return false;
    }
    char first = md.charAt(0);
    if ("#>-+=|<:{~\\".indexOf(first) >= 0) {
      return false;
    }
    if (first >= '0' && first <= '9') {
      int i = 0;
      while (i < n && md.charAt(i) >= '0' && md.charAt(i) <= '9') {
        i++;
      }
      return i == n || (md.charAt(i) != '.' && md.charAt(i) != ')');
    }
    return true;
  }

  /** The end of a run of text with no character that means anything to Markdown inline. */
  private static int plainUntil(String md, int from) {
    int i = from;
    while (i < md.length()) {
      char c = md.charAt(i);
      if (special(c) || "*_`[<".indexOf(c) >= 0
          || (c == '!' && i + 1 < md.length() && md.charAt(i + 1) == '[')) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Characters declined anywhere: escapes, entities, brackets, strikethrough, controls. */
  private static boolean special(char c) {
    return c < ' ' || c == '\\' || c == '&' || c == ']' || c == '~' || c == '\u007f'
        || c == '\u2028' || c == '\u2029';
  }

  private static boolean asciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  /** White space as CommonMark's emphasis rules see it: Unicode spaces, tabs and line breaks. */
  private static boolean whitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static int run(String md, int at, char c) {
    int i = at;
    while (i < md.length() && md.charAt(i) == c) {
      i++;
    }
    return i - at;
  }

  /**
   * Characters a link destination takes as they are: anything but white space, controls,
   * parentheses (which must balance), angle brackets, backslash escapes and entities.
   */
  private static boolean urlCharacter(char c) {
    return c > ' ' && c != '\u007f' && "()<>\\&".indexOf(c) < 0 && !whitespace(c)
        && !Character.isISOControl(c);
  }

  /** Escapes text as the parser's renderer does: {@code & < > "}. */
  private static void escape(String s, int from, int to, StringBuilder out) {
    int plain = from;
    for (int i = from; i < to; i++) {
      String entity = switch (s.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> null;
      };
      if (entity != null) {
        out.append(s, plain, i).append(entity);
        plain = i + 1;
      }
    }
    out.append(s, plain, to);
  }
}
