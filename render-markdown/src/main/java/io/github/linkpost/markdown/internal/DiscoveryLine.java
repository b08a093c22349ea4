package io.github.linkpost.markdown.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPostException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the discovery paragraph in each shape the blog has used:
 * {@code [Discovered](VIA): Oct 13, 2025 18:59 (UTC) [TEXT](URL) <-- remarks}, with or without
 * a leading bullet or the colon; times {@code Dec 9, 2022 16:57}, {@code Mar 25, 2024. 17:40},
 * {@code Mar 25, 2024.17:40}, {@code Mar 25, 2024.}, {@code Mar 25, 2024}, {@code 29july2020};
 * a zone label or none (then the reader's zone); the page link right after the time, or other
 * text (then all of it is the remarks); remarks after {@code <--}, {@code <---}, {@code -->} or
 * {@code <—}, running over further lines.
 */
final class DiscoveryLine {
  private static final Pattern BULLET = Pattern.compile("^ {0,3}[*+-][ \t]+");
  private static final Pattern DATE = Pattern.compile(
      "^(:)?[ \t]*(?:([A-Z][a-z]{2,8})\\.? (\\d{1,2}), (\\d{4})|(\\d{1,2})([A-Za-z]{3,9}) ?(\\d{4}))"
          + "(\\.)?[ \t]*(?:(\\d{1,2}):(\\d{2}))?[ \t]*(?:\\(([^()\\s]+)\\))?");
  private static final Pattern ARROW = Pattern.compile("^(?:<-{2,}|-{2,}>|<—)");
  private static final List<String> MONTHS = List.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private DiscoveryLine() {}

  /**
   * The discovery a block's source spells, if it is one.
   *
   * @param source the block's lines (a paragraph, or a one-item bullet list)
   * @param label the "Discovered" link's text
   * @param zone the zone of times without a label
   */
  static Optional<Discovery> read(String source, String label, ZoneId zone) {
    // Most blocks are not discoveries: how they start says so before the rest is looked at.
    // (Undoing the Liquid escapes below cannot change how a line starts: they start with "{".)
    int start = contentStart(source);
    if (!source.startsWith("[", start) && !source.startsWith(label, start)) {
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
      if (!via.get().text().equals(label) || url.isEmpty()) {
        return Optional.empty();
      }
      discovery.via(url.get());
      rest = first.substring(via.get().end());
    } else if (first.startsWith(label)) {
      rest = first.substring(label.length());
    } else {
      return Optional.empty();
    }
    Matcher date = DATE.matcher(rest);
    if (!date.lookingAt()) {
      return Optional.empty();
    }
    try {
      LocalDate day = date.group(2) != null
          ? LocalDate.of(Integer.parseInt(date.group(4)), month(date.group(2)),
              Integer.parseInt(date.group(3)))
          : LocalDate.of(Integer.parseInt(date.group(7)), month(date.group(6)),
              Integer.parseInt(date.group(5)));
      LocalDateTime time = date.group(9) == null ? day.atStartOfDay()
          : day.atTime(Integer.parseInt(date.group(9)), Integer.parseInt(date.group(10)));
      ZoneId shown = date.group(11) == null ? zone : zone(date.group(11));
      discovery.at(time.atZone(shown).toInstant()).zone(shown);
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    List<String> lines = MarkdownText.lines(text);
    // Blank lines at the end of a list item end the remarks; they are no part of them.
    int count = lines.size();
    while (count > 1 && lines.get(count - 1).isBlank()) {
      count--;
    }
    String tail = rest.substring(date.end());
    StringBuilder remarks = new StringBuilder();
    String afterTime = tail.stripLeading();
    Optional<Inlines.LinkAt> page = Inlines.linkAtStart(afterTime);
    String afterPage = page.map(p -> afterTime.substring(p.end())).orElse(null);
    boolean pageAlone = afterPage != null
        && (afterPage.isBlank() ? count == 1 : arrowed(afterPage.stripLeading()));
    Optional<URI> pageUrl = page.flatMap(Inlines.LinkAt::webUrl);
    if (pageAlone && pageUrl.isPresent()) {
      try {
        discovery.page(Link.of(page.get().text(), pageUrl.get()));
      } catch (LinkPostException e) {
        return Optional.empty();
      }
      if (!afterPage.isBlank()) {
        remarks.append(afterArrow(afterPage.stripLeading()));
      }
    } else if (arrowed(afterTime)) {
      remarks.append(afterArrow(afterTime));
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

  private static boolean arrowed(String text) {
    return ARROW.matcher(text).lookingAt();
  }

  /** What follows an arrow and the one space after it. */
  private static String afterArrow(String text) {
    Matcher arrow = ARROW.matcher(text);
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

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    int index = key.length() >= 3 ? MONTHS.indexOf(key.substring(0, 3)) : -1;
    if (index < 0) {
      throw new IllegalArgumentException(name);
    }
    return index + 1;
  }

  private static ZoneId zone(String label) {
    return label.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(label);
  }
}
