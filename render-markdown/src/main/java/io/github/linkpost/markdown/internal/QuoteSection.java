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
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \t]+QUOTE:?[ \t]*$");
  private static final Pattern BULLET = Pattern.compile("^ {0,3}[*+-][ \t]+");
  private static final Pattern READ = Pattern.compile("^\\(?Read the whole thing!?:?[ \t]*");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern SEGMENT_BREAK = Pattern.compile(" ; ", Pattern.LITERAL);
  private static final DateTimeFormatter PUBLISHED =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter PUBLISHED_SHORT =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
  private static final Pattern TITLE_ATTRIBUTION =
      Pattern.compile("^(.+?):: ([A-Z][a-z]+ \\d{1,2}, \\d{4}):: .+$");

  /** A quote and the number of top-level blocks it spans. */
  record Read(Quote quote, int blocks) {}

  private QuoteSection() {}

  /**
   * The quote that starts at block {@code start}, if the blocks there spell one.
   *
   * @param blocks the body's top-level blocks
   * @param sources each block's source lines
   * @param page the discovered page, the source when no "Read the whole thing" line names one
   * @param title the post's title, for attribution in the blog's {@code Author:: date::} style
   * @param labels the renderer's labels
   */
  static Optional<Read> read(List<Node> blocks, List<String> sources, int start,
      Optional<Link> page, String title, Labels labels) {
    if (!(blocks.get(start) instanceof Heading)
        || !HEADING.matcher(firstLine(sources.get(start))).matches()) {
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
      Matcher read = READ.matcher(first);
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
          if (item.startsWith(labels.author())) {
            Optional<String> author =
                Inlines.plainText(item.substring(labels.author().length()));
            if (author.isEmpty()) {
              return Optional.empty();
            }
            quote.author(author.get());
          } else if (item.startsWith(labels.published())) {
            try {
              quote.published(LocalDate.parse(item.substring(labels.published().length()),
                  PUBLISHED));
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
    List<String> paragraphs = new ArrayList<>();
    int excerpts = 0;
    for (; i < blocks.size() && blocks.get(i) instanceof BlockQuote block; i++) {
      if (block.getFirstChild() == null) {
        return Optional.empty();
      }
      String paragraph = unquote(sources.get(i));
      if (paragraph == null) {
        return Optional.empty();
      }
      String stripped = paragraph.strip();
      if (stripped.equals(labels.elision()) || stripped.equals("…")) {
        if (paragraphs.isEmpty()) {
          return Optional.empty();
        }
        quote.addExcerpt(Excerpt.of(paragraphs));
        excerpts++;
        paragraphs.clear();
      } else {
        paragraphs.add(paragraph);
      }
    }
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    try {
      quote.addExcerpt(Excerpt.of(paragraphs));
      excerpts++;
      if (!attributed) {
        attribution(title, quote);
      }
      return excerpts > 0 ? Optional.of(new Read(quote.build(), i - start)) : Optional.empty();
    } catch (LinkPostException e) {
      return Optional.empty();
    }
  }

  /** The labels the renderer writes, as the reader expects them. */
  record Labels(String author, String published, String elision) {
    static Labels of(String author, String published, String elision) {
      return new Labels(unbullet(author), unbullet(published), elision);
    }
  }

  /** A blockquote's paragraph: each line without its first {@code >}; lazy lines as they are. */
  private static String unquote(String source) {
    if (MarkdownText.hasRawLiquid(source)) {
      return null;
    }
    String text = MarkdownText.unliquid(source);
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
    String paragraph = MarkdownText.unquoted(out.toString());
    return paragraph.lines().anyMatch(String::isBlank) ? null : paragraph;
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
