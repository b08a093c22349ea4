package io.github.linkpost.markdown.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPostException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The discovery line, written and read in a style's words: {@code [LABEL](VIA): TIME (ZONE)
 * [TEXT](URL) ARROW remarks}. Read with or without a leading bullet or the colon; the time in
 * any of the style's formats read (the reference's: {@code Dec 9, 2022 16:57},
 * {@code Mar 25, 2024. 17:40}, {@code Mar 25, 2024.17:40}, {@code Mar 25, 2024.},
 * {@code 29july2020}, ...); a zone label or none (then the style's zone); the page link right
 * after the time, or other text (then all of it is the remarks); remarks after the arrow (in
 * the reference style also {@code <---}, {@code -->} or {@code <—}), running over further lines.
 */
final class DiscoveryLine {
  private static final Pattern BULLET = Pattern.compile("^ {0,3}[*+-][ \t]+");
  private static final Pattern ZONE_LABEL = Pattern.compile("^[ \t]*\\(([^()\\s]+)\\)");

  private DiscoveryLine() {}

  /**
   * The discovery line in the style's words: {@code [LABEL](VIA): TIME (ZONE) [TEXT](URL) },
   * then {@code ARROW REMARKS} when there are remarks, their further lines indented four spaces
   * so that none starts a block of its own. Followed by a blank line.
   */
  static String write(Discovery d, Words words) {
    StringBuilder line = new StringBuilder(256);
    if (d.via().isPresent()) {
      line.append('[').append(words.discovered).append("](")
          .append(MarkdownText.url(d.via().get())).append(')');
    } else {
      line.append(words.discoveredAtLineStart);
    }
    line.append(": ").append(words.time(d.at().atZone(d.zone()).toLocalDateTime()))
        .append(" (").append(zoneLabel(d.zone())).append(')');
    d.page().ifPresent(page -> line.append(" [").append(MarkdownText.plain(page.text()))
        .append("](").append(MarkdownText.url(page.url())).append(") "));
    d.remarks().ifPresent(r -> {
      if (line.charAt(line.length() - 1) != ' ') {
        line.append(' ');
      }
      // Continuation lines are indented four spaces: then no line can start a block of its own
      // (a list, a heading, a quote), and the paragraph means what the remarks mean.
      String remarks = MarkdownText.markdown(r).replace("\n", "\n    ");
      line.append(words.arrow).append(' ').append(remarks);
    });
    return line.append("\n\n").toString();
  }

  /** {@code UTC} for UTC, the zone's id otherwise. */
  static String zoneLabel(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /**
   * The discovery a block's source spells, if it is one.
   *
   * @param source the block's lines (a paragraph, or a one-item bullet list)
   * @param words the style's words, formats and zone
   */
  static Optional<Discovery> read(String source, Words words) {
    // Most blocks are not discoveries: how they start says so before the rest is looked at.
    // (Undoing the Liquid escapes below cannot change how a line starts: they start with "{".)
    int start = contentStart(source);
    if (!source.startsWith("[", start) && !source.startsWith(words.discoveredAtLineStart, start)
        && !source.startsWith(words.discoveredAtLineStartWritten, start)) {
      return Optional.empty();
    }
    if (MarkdownText.hasRawLiquid(source)) {
      return Optional.empty(); // Liquid of the post's own: Jekyll would run it
    }
    String text = MarkdownText.unliquid(source);
    String first = text.substring(contentStart(text), MarkdownText.lineEnd(text, 0));
    Discovery.Builder discovery = Discovery.builder();
    String rest;
    Optional<Inlines.LinkAt> via = Inlines.linkAtStart(first);
    if (via.isPresent()) {
      Optional<URI> url = via.get().webUrl();
      if (!via.get().text().equals(words.style.discovered()) || url.isEmpty()) {
        return Optional.empty();
      }
      discovery.via(url.get());
      rest = first.substring(via.get().end());
    } else if (first.startsWith(words.discoveredAtLineStart)) {
      rest = first.substring(words.discoveredAtLineStart.length());
    } else {
      return Optional.empty();
    }
    int at = rest.startsWith(":") ? 1 : 0;
    while (at < rest.length() && (rest.charAt(at) == ' ' || rest.charAt(at) == '\t')) {
      at++;
    }
    Words.TimeRead read = words.readTime(rest.substring(at));
    if (read == null) {
      return Optional.empty();
    }
    int end = at + read.end();
    Matcher label = ZONE_LABEL.matcher(rest).region(end, rest.length());
    label.useAnchoringBounds(true);
    try {
      ZoneId shown = words.style.zone();
      if (label.lookingAt()) {
        shown = zone(label.group(1));
        end = label.end();
      }
      discovery.at(read.time().atZone(shown).toInstant()).zone(shown);
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    List<String> lines = MarkdownText.lines(text);
    // Blank lines at the end of a list item end the remarks; they are no part of them.
    int count = lines.size();
    while (count > 1 && lines.get(count - 1).isBlank()) {
      count--;
    }
    String tail = rest.substring(end);
    StringBuilder remarks = new StringBuilder();
    String afterTime = tail.stripLeading();
    Optional<Inlines.LinkAt> page = Inlines.linkAtStart(afterTime);
    String afterPage = page.map(p -> afterTime.substring(p.end())).orElse(null);
    boolean pageAlone = afterPage != null
        && (afterPage.isBlank() ? count == 1 : arrowed(afterPage.stripLeading(), words));
    Optional<URI> pageUrl = page.flatMap(Inlines.LinkAt::webUrl);
    if (pageAlone && pageUrl.isPresent()) {
      try {
        discovery.page(Link.of(page.get().text(), pageUrl.get()));
      } catch (LinkPostException e) {
        return Optional.empty();
      }
      if (!afterPage.isBlank()) {
        remarks.append(afterArrow(afterPage.stripLeading(), words));
      }
    } else if (arrowed(afterTime, words)) {
      remarks.append(afterArrow(afterTime, words));
    } else {
      remarks.append(afterTime);
    }
    for (int i = 1; i < count; i++) {
      remarks.append('\n').append(dropIndent(lines.get(i)));
    }
    String joined = remarks.toString();
    if (joined.startsWith("\n")) {
      joined = joined.substring(1); // remarks that start on the line after the arrow
    }
    String markdown = MarkdownText.unmarkdown(joined);
    if (!markdown.isBlank()) {
      discovery.remarks(markdown);
    }
    try {
      return Optional.of(discovery.build());
    } catch (LinkPostException e) {
      return Optional.empty();
    }
  }

  /**
   * Where the text of a block's first line starts: after its list bullet, or else after its
   * leading white space (the end of the line when it is all white space).
   */
  private static int contentStart(String block) {
    Matcher bullet = BULLET.matcher(block);
    if (bullet.lookingAt()) {
      return bullet.end();
    }
    int i = 0;
    while (i < block.length() && block.charAt(i) != '\n' && block.charAt(i) != '\r'
        && Character.isWhitespace(block.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean arrowed(String text, Words words) {
    return words.arrows.matcher(text).lookingAt();
  }

  /** What follows an arrow and the one space after it. */
  private static String afterArrow(String text, Words words) {
    Matcher arrow = words.arrows.matcher(text);
    arrow.lookingAt();
    String after = text.substring(arrow.end());
    return after.startsWith(" ") ? after.substring(1) : after;
  }

  /** A continuation line without up to four spaces of indentation. */
  private static String dropIndent(String line) {
    int i = 0;
    while (i < 4 && i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return line.substring(i);
  }

  private static ZoneId zone(String label) {
    return label.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(label);
  }
}
