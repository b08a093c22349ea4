package io.github.linkpost.markdown.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import io.github.linkpost.commonmark.HtmlBlocks;
import org.commonmark.parser.Parser;

/** Reads a link at the start of a line of Markdown with commonmark-java. */
final class Inlines {
  private static final Parser PARSER =
      HtmlBlocks.use(Parser.builder()).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /** A link read from source: its plain text, its URL, and where its source ends. */
  record LinkAt(String text, String destination, int end) {
    Optional<URI> webUrl() {
      return Inlines.webUrl(destination);
    }
  }

  private Inlines() {}

  /**
   * The link that starts the given one-line text, when the text starts with one whose text is
   * plain (no emphasis, code or HTML inside).
   */
  static Optional<LinkAt> linkAtStart(String line) {
    if (line.isEmpty() || line.charAt(0) != '[' || line.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    LinkAt simple = simpleLink(line);
    return simple != null ? Optional.of(simple) : parsedLinkAtStart(line);
  }

  /** {@link #linkAtStart}, read by commonmark-java whatever the link. */
  static Optional<LinkAt> parsedLinkAtStart(String line) {
    // Only the link is parsed, not the rest of the line: a long line of hostile text after it
    // (remarks) would cost more than linear time in the inline parser.
    Node doc = PARSER.parse(line.substring(0, candidateEnd(line)));
    if (!(doc.getFirstChild() instanceof Paragraph paragraph)
        || !(paragraph.getFirstChild() instanceof Link link)) {
      return Optional.empty();
    }
    List<SourceSpan> spans = link.getSourceSpans();
    if (spans.isEmpty() || spans.get(0).getColumnIndex() != 0) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text t)) {
        return Optional.empty();
      }
      text.append(t.getLiteral());
    }
    SourceSpan last = spans.get(spans.size() - 1);
    int end = last.getColumnIndex() + last.getLength();
    if (link.getTitle() != null) {
      return Optional.empty();
    }
    return Optional.of(new LinkAt(text.toString(), link.getDestination(), end));
  }

  /**
   * The link at the start of the line when it is of the plainest kind, {@code [TEXT](URL)}
   * with nothing in the text that CommonMark reads as markup (escapes, entities, brackets,
   * emphasis, code, HTML, leading or trailing white space) and nothing in the URL but visible
   * ASCII other than escapes, entities, parentheses and angle brackets: then the text and URL
   * are what commonmark-java reads. Null for any other line, which the parser reads.
   */
  static LinkAt simpleLink(String line) {
    int close = 1;
    for (; close < line.length(); close++) {
      char c = line.charAt(close);
      if (c == ']') {
        break;
      }
      if (c < 0x20 || c == 0x7F || c == '\\' || c == '[' || c == '&' || c == '*' || c == '_'
          || c == '`' || c == '<' || c == '>' || c == '!' || c == '~') {
        return null;
      }
    }
    if (close == 1 || close + 2 >= line.length() || line.charAt(close + 1) != '('
        || line.charAt(1) == ' ' || line.charAt(close - 1) == ' ') {
      return null;
    }
    int end = close + 2;
    for (; end < line.length(); end++) {
      char c = line.charAt(end);
      if (c == ')') {
        break;
      }
      if (c <= 0x20 || c >= 0x7F || c == '\\' || c == '&' || c == '(' || c == '<' || c == '>') {
        return null;
      }
    }
    if (end == close + 2 || end == line.length()) {
      return null;
    }
    return new LinkAt(line.substring(1, close), line.substring(close + 2, end), end + 1);
  }

  /**
   * Where a link starting the line can end at the latest: after the {@code )} that closes the
   * {@code (} following the bracket that closes the first {@code [}; the whole line when the
   * brackets do not close.
   */
  private static int candidateEnd(String line) {
    int depth = 0;
    int i = 0;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        break;
      }
    }
    if (i + 1 >= line.length() || line.charAt(i + 1) != '(') {
      return line.length();
    }
    depth = 0;
    for (int j = i + 1; j < line.length(); j++) {
      char c = line.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return j + 1;
      }
    }
    return line.length();
  }

  /** The plain text a one-line Markdown text shows, when it holds nothing but text. */
  static Optional<String> plainText(String line) {
    if (line.isBlank() || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      return Optional.empty();
    }
    // A letter first, so that nothing at the start reads as block syntax (a list marker, a
    // heading): the text is read as it stands within a line.
    Node doc = PARSER.parse("x" + line);
    if (!(doc.getFirstChild() instanceof Paragraph paragraph) || paragraph.getNext() != null) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text t)) {
        return Optional.empty();
      }
      text.append(t.getLiteral());
    }
    return Optional.of(text.substring(1));
  }

  /** An absolute http(s) URL with a host, as the model takes it. */
  static Optional<URI> webUrl(String destination) {
    try {
      URI url = new URI(destination);
      String scheme = url.getScheme();
      if (scheme == null || url.isOpaque() || url.getRawAuthority() == null) {
        return Optional.empty();
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? Optional.of(url) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
