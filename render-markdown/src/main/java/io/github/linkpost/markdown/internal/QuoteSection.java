package io.github.linkpost.markdown.internal;

import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Quote;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a quote section: a {@code QUOTE} heading ({@code ### QUOTE: }, {@code ## QUOTE},
 * {@code ## QUOTE:}), an optional "Read the whole thing" line (as a bullet or not, one or two
 * spaces, with optional {@code By:} and {@code Published:} bullets), then {@code >} blocks,
 * one paragraph of the model each (a block without blank lines; it may hold a list), with
 * {@code >...} between excerpts.
 */
final class QuoteSection {
  private static final Pattern BULLET = Pattern.compile("^ {0,3}[*+-][ \t]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern SEGMENT_BREAK = Pattern.compile(" ; ", Pattern.LITERAL);
  private static final DateTimeFormatter PUBLISHED =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  /** A numeric character reference at the start of a line. */
  private static final Pattern LEADING_REFERENCE = Pattern.compile("^&#([0-9]{1,7});");
  private static final DateTimeFormatter PUBLISHED_SHORT =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
  private static final Pattern TITLE_ATTRIBUTION =
      Pattern.compile("^(.+?):: ([A-Z][a-z]+ \\d{1,2}, \\d{4}):: .+$");

  /** A quote and the number of top-level blocks it spans. */
  record Read(Quote quote, int blocks) {}

  private QuoteSection() {}

  /**
   * A quote in the style's words: the heading, the source line ({@code * Read the whole thing:
   * [TITLE](URL) }), optional {@code * By:} and {@code * Published:} lines, then the excerpts.
   */
  static String write(Quote q, Words words) {
    StringBuilder text = new StringBuilder(1024);
    text.append(words.style.quoteHeading()).append("\n\n");
    text.append("* ").append(words.readWholeThing).append("  [")
        .append(MarkdownText.plain(q.source().text()))
        .append("](").append(MarkdownText.url(q.source().url())).append(") \n");
    q.author().ifPresent(a -> text.append("* ").append(words.by).append(' ')
        .append(MarkdownText.plain(a)).append('\n'));
    q.published().ifPresent(p -> text.append("* ").append(words.published).append(' ')
        .append(words.publishedDate.format(p)).append('\n'));
    text.append('\n');
    writeExcerpts(q, words, text);
    return text.toString();
  }

  /** The excerpts alone, each paragraph a {@code >} block, the elision between excerpts. */
  static void writeExcerpts(Quote q, Words words, StringBuilder text) {
    boolean first = true;
    for (Excerpt excerpt : q.excerpts()) {
      if (!first) {
        text.append('>').append(words.elision).append("\n\n");
      }
      first = false;
      for (String paragraph : excerpt.paragraphs()) {
        String source = guardElision(MarkdownText.quoted(paragraph), words);
        int start = 0;
        while (true) {
          int end = MarkdownText.lineEnd(source, start);
          text.append('>').append(source, start, end).append('\n');
          if (end == source.length()) {
            break;
          }
          start = end + (source.startsWith("\r\n", end) ? 2 : 1);
        }
        text.append('\n');
      }
    }
  }

  /** Whether a {@code >} block's content, stripped, is an elision in the style. */
  private static boolean isElision(String content, Words words) {
    String stripped = content.strip();
    return stripped.equals(words.elision)
        || (words.referenceElision && (stripped.equals("...") || stripped.equals("\u2026")));
  }

  /**
   * A paragraph whose line would read as the elision is written with its first character as a
   * numeric character reference, which Markdown shows as the character; {@link #unguard} reads
   * it back.
   */
  private static String guardElision(String quoted, Words words) {
    if (quoted.indexOf('\n') >= 0 || quoted.indexOf('\r') >= 0 || !isElision(quoted, words)) {
      return quoted;
    }
    int lead = 0;
    while (Character.isWhitespace(quoted.charAt(lead))) {
      lead++;
    }
    int cp = quoted.codePointAt(lead);
    return quoted.substring(0, lead) + "&#" + cp + ";" + quoted.substring(lead + Character.charCount(cp));
  }

  /** The inverse of {@link #guardElision}, for a block's content. */
  private static String unguard(String content, Words words) {
    String stripped = content.stripLeading();
    Matcher reference = LEADING_REFERENCE.matcher(stripped);
    if (!reference.lookingAt()) {
      return content;
    }
    int cp;
    try {
      cp = Integer.parseInt(reference.group(1));
      if (!Character.isValidCodePoint(cp)) {
        return content;
      }
    } catch (NumberFormatException e) {
      return content;
    }
    String lead = content.substring(0, content.length() - stripped.length());
    String decoded = lead + new String(Character.toChars(cp)) + stripped.substring(reference.end());
    return isElision(decoded, words) ? decoded : content;
  }

  /**
   * The quote that starts at block {@code start}, if the blocks there spell one.
   *
   * @param blocks the body's top-level blocks
   * @param sources each block's source lines
   * @param page the discovered page, the source when no "Read the whole thing" line names one
   * @param title the post's title, for attribution in the blog's {@code Author:: date::} style
   * @param words the style's words
   */
  static Optional<Read> read(List<Node> blocks, List<String> sources, int start,
      Optional<Link> page, String title, Words words) {
    if (!(blocks.get(start) instanceof Heading)
        || !words.heading.matcher(MarkdownText.unliquid(firstLine(sources.get(start)))).matches()) {
      return Optional.empty();
    }
    int i = start + 1;
    Quote.Builder quote = Quote.builder();
    Optional<Link> source = page;
    boolean attributed = false;
    if (i < blocks.size() && (blocks.get(i) instanceof BulletList
        || blocks.get(i) instanceof Paragraph)) {
      if (MarkdownText.hasRawLiquid(sources.get(i))) {
        return Optional.empty();
      }
      String text = MarkdownText.unliquid(sources.get(i));
      String[] lines = LINE_BREAK.split(text);
      boolean bulleted = blocks.get(i) instanceof BulletList;
      String first = bulleted ? unbullet(lines[0]) : lines[0];
      Matcher read = words.readWholeThingRead.matcher(first);
      if (read.lookingAt()) {
        Optional<Link> link = link(first.substring(read.end()), first.startsWith("("));
        if (link.isEmpty()) {
          return Optional.empty();
        }
        source = link;
        for (int l = 1; l < lines.length; l++) {
          if (!bulleted) {
            return Optional.empty();
          }
          String item = unbullet(lines[l]);
          String byLabel = words.by + " ";
          String publishedLabel = words.published + " ";
          if (item.startsWith(byLabel)) {
            Optional<String> author =
                Inlines.plainText(item.substring(byLabel.length()));
            if (author.isEmpty()) {
              return Optional.empty();
            }
            quote.author(author.get());
          } else if (item.startsWith(publishedLabel)) {
            try {
              quote.published(LocalDate.parse(item.substring(publishedLabel.length()),
                  words.publishedDate));
            } catch (DateTimeParseException e) {
              return Optional.empty();
            }
          } else {
            return Optional.empty();
          }
          attributed = true;
        }
        i++;
      }
    }
    if (source.isEmpty()) {
      return Optional.empty();
    }
    quote.source(source.get());
    int end = excerpts(blocks, sources, i, words, quote);
    if (end < 0) {
      return Optional.empty();
    }
    try {
      if (!attributed) {
        attribution(title, quote);
      }
      return Optional.of(new Read(quote.build(), end - start));
    } catch (LinkPostException e) {
      return Optional.empty();
    }
  }

  /**
   * A quote of bare {@code >} blocks from the discovered page, as front-matter link posts have
   * them: the excerpts alone, no heading.
   */
  static Optional<Read> readBare(List<Node> blocks, List<String> sources, int start, Link page,
      Words words) {
    Quote.Builder quote = Quote.builder().source(page);
    int end = excerpts(blocks, sources, start, words, quote);
    if (end < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Read(quote.build(), end - start));
    } catch (LinkPostException e) {
      return Optional.empty();
    }
  }

  /**
   * Adds the excerpts of the {@code >} blocks from block {@code i} on.
   *
   * @return the block after them, or -1 when they are not excerpts
   */
  private static int excerpts(List<Node> blocks, List<String> sources, int i, Words words,
      Quote.Builder quote) {
    List<String> paragraphs = new ArrayList<>();
    int excerpts = 0;
    for (; i < blocks.size() && blocks.get(i) instanceof BlockQuote block; i++) {
      if (block.getFirstChild() == null || MarkdownText.hasRawLiquid(sources.get(i))) {
        return -1;
      }
      String content = content(MarkdownText.unliquid(sources.get(i)));
      if (isElision(content, words)) {
        if (paragraphs.isEmpty()) {
          return -1;
        }
        try {
          quote.addExcerpt(Excerpt.of(paragraphs));
        } catch (LinkPostException e) {
          return -1;
        }
        excerpts++;
        paragraphs.clear();
        continue;
      }
      String paragraph = MarkdownText.unquoted(unguard(content, words));
      if (paragraph.lines().anyMatch(String::isBlank)) {
        return -1;
      }
      paragraphs.add(paragraph);
    }
    if (paragraphs.isEmpty()) {
      return -1;
    }
    try {
      quote.addExcerpt(Excerpt.of(paragraphs));
    } catch (LinkPostException e) {
      return -1;
    }
    return excerpts >= 0 ? i : -1;
  }

  /** A blockquote's content: each line without its first {@code >}; lazy lines as they are. */
  private static String content(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : LINE_BREAK.split(text, -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int i = 0;
      while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      if (i < line.length() && line.charAt(i) == '>') {
        out.append(line, i + 1, line.length());
      } else {
        out.append(line);
      }
    }
    return out.toString();
  }

  private static Optional<Link> link(String text, boolean inParentheses) {
    Optional<Inlines.LinkAt> link = Inlines.linkAtStart(text);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    String after = text.substring(link.get().end()).strip();
    if (!(after.isEmpty() || (inParentheses && after.equals(")")))) {
      return Optional.empty();
    }
    Optional<URI> url = link.get().webUrl();
    try {
      return url.map(u -> Link.of(link.get().text(), u));
    } catch (LinkPostException e) {
      return Optional.empty();
    }
  }

  /** Author and date from a title such as {@code ME:: remark ; Author:: May 1, 2024:: Title}. */
  private static void attribution(String title, Quote.Builder quote) {
    if (title.isEmpty()) {
      return;
    }
    String found = null;
    for (String segment : SEGMENT_BREAK.split(title)) {
      Matcher m = TITLE_ATTRIBUTION.matcher(segment.strip());
      if (m.matches() && !m.group(1).equalsIgnoreCase("ME")) {
        if (found != null) {
          return; // two candidates: ambiguous
        }
        found = segment.strip();
      }
    }
    if (found == null) {
      return;
    }
    Matcher m = TITLE_ATTRIBUTION.matcher(found);
    m.matches();
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(2), PUBLISHED);
    } catch (DateTimeException e) {
      try {
        date = LocalDate.parse(m.group(2), PUBLISHED_SHORT);
      } catch (DateTimeException again) {
        return;
      }
    }
    String author = m.group(1).strip();
    if (author.contains("::") || author.isBlank()) {
      return;
    }
    quote.author(author).published(date);
  }

  private static String unbullet(String line) {
    Matcher bullet = BULLET.matcher(line);
    return bullet.lookingAt() ? line.substring(bullet.end()) : line.strip();
  }

  private static String firstLine(String source) {
    int end = source.indexOf('\n');
    String line = end < 0 ? source : source.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
