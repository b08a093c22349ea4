package io.github.linkpost.markdown.internal;

import io.github.linkpost.PostStyle;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@link PostStyle} made ready for writing and reading: each label as the writer spells it
 * (and so as the reader looks for it), the formatters, and the patterns of the reference
 * format's older spellings where the style keeps the reference's words. Made once per renderer
 * or reader; immutable, shared by threads.
 */
public final class Words {
  private static final PostStyle REFERENCE = PostStyle.reference();

  final PostStyle style;
  /** The "Discovered" label inside the link's brackets, and at the start of a line. */
  final String discovered;
  final String discoveredAtLineStart;
  /** The same with its Liquid made to print, as it stands in a post. */
  final String discoveredAtLineStartWritten;
  final String arrow;
  final String readWholeThing;
  final String by;
  final String published;
  /** The elision as written after a {@code >}. */
  final String elision;
  final DateTimeFormatter time;
  final DateTimeFormatter publishedDate;
  private final List<DateTimeFormatter> timesRead;
  /** The remarks arrows read: the reference's older ones too when the style keeps its arrow. */
  final Pattern arrows;
  final Pattern heading;
  final Pattern readWholeThingRead;
  /** A list item that starts with the "Discovered" link. */
  final Pattern discoveryItem;
  /** Whether the elision is the reference's, whose Unicode spelling {@code …} is read too. */
  final boolean referenceElision;

  private Words(PostStyle style) {
    this.style = style;
    this.discovered = MarkdownText.label(style.discovered(), false);
    this.discoveredAtLineStart = MarkdownText.label(style.discovered(), true);
    this.discoveredAtLineStartWritten = MarkdownText.liquid(discoveredAtLineStart);
    this.arrow = MarkdownText.label(style.remarksArrow(), false);
    this.readWholeThing = MarkdownText.label(style.readWholeThing(), true);
    this.by = MarkdownText.label(style.by(), true);
    this.published = MarkdownText.label(style.published(), true);
    this.elision = MarkdownText.label(style.elision(), true);
    this.time = style.timeFormatter();
    this.publishedDate = style.publishedFormatter();
    List<DateTimeFormatter> read = new ArrayList<>();
    for (String format : style.timeFormatsRead()) {
      read.add(lenient(format));
    }
    this.timesRead = List.copyOf(read);
    this.arrows = style.remarksArrow().equals(REFERENCE.remarksArrow())
        ? Pattern.compile("^(?:<-{2,}|-{2,}>|<—)")
        : Pattern.compile("^" + Pattern.quote(arrow));
    String headingText = style.quoteHeading().replaceFirst("^#+[ \t]+", "").strip();
    if (headingText.endsWith(":")) {
      headingText = headingText.substring(0, headingText.length() - 1);
    }
    this.heading = Pattern.compile("^ {0,3}#{1,6}[ \t]+" + Pattern.quote(headingText) + ":?[ \t]*$");
    String words = readWholeThing.endsWith(":")
        ? readWholeThing.substring(0, readWholeThing.length() - 1) : readWholeThing;
    this.readWholeThingRead = Pattern.compile("^\\(?" + Pattern.quote(words) + "!?:?[ \t]*");
    this.referenceElision = style.elision().equals(REFERENCE.elision());
    this.discoveryItem = Pattern.compile(" {0,3}[*+-][ \t]+\\[" + Pattern.quote(discovered) + "\\]\\(");
  }

  /** The words of a style. */
  public static Words of(PostStyle style) {
    return new Words(Objects.requireNonNull(style, "style"));
  }

  public PostStyle style() {
    return style;
  }

  /** A date-time as the discovery line shows it. */
  String time(LocalDateTime time) {
    return this.time.format(time);
  }

  /** A time read at the start of the text, as the longest match of the formats read. */
  record TimeRead(LocalDateTime time, boolean hasTime, int end) {}

  /**
   * Reads a time at the start of the text with each format read; the longest match wins. In a
   * format, a space stands for any white space or none; letters are read in any case.
   *
   * @return the time and where it ends in the text, or null
   */
  TimeRead readTime(String text) {
    // The text with each run of spaces and tabs as one space, and where each character came from.
    int limit = Math.min(text.length(), 80);
    StringBuilder folded = new StringBuilder(limit);
    int[] from = new int[limit + 1];
    int n = 0;
    int i = 0;
    for (; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      boolean space = c == ' ' || c == '\t';
      if (space && n > 0 && folded.charAt(n - 1) == ' ') {
        continue;
      }
      from[n++] = i;
      folded.append(space ? ' ' : c);
    }
    from[n] = i;
    TimeRead best = null;
    int bestEnd = -1;
    for (DateTimeFormatter format : timesRead) {
      ParsePosition position = new ParsePosition(0);
      TemporalAccessor parsed = format.parseUnresolved(folded, position);
      if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() <= bestEnd) {
        continue;
      }
      int end = position.getIndex();
      // A space the format ended on belongs to what follows.
      while (end > 0 && folded.charAt(end - 1) == ' ') {
        end--;
      }
      TimeRead read = resolve(parsed, end == n ? from[n] : from[end]);
      if (read != null) {
        best = read;
        bestEnd = position.getIndex();
      }
    }
    return best;
  }

  /** The date and time of the fields parsed, or null when they are not a date or not valid. */
  private static TimeRead resolve(TemporalAccessor parsed, int end) {
    try {
      long year;
      if (parsed.isSupported(ChronoField.YEAR)) {
        year = parsed.getLong(ChronoField.YEAR);
      } else if (parsed.isSupported(ChronoField.YEAR_OF_ERA)) {
        year = parsed.getLong(ChronoField.YEAR_OF_ERA); // of our era: the format shows no other
        if (year < 1) {
          return null;
        }
      } else {
        return null;
      }
      if (!parsed.isSupported(ChronoField.MONTH_OF_YEAR)
          || !parsed.isSupported(ChronoField.DAY_OF_MONTH)) {
        return null;
      }
      LocalDate day = LocalDate.of(Math.toIntExact(year),
          Math.toIntExact(parsed.getLong(ChronoField.MONTH_OF_YEAR)),
          Math.toIntExact(parsed.getLong(ChronoField.DAY_OF_MONTH)));
      Integer hour = null;
      if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
        hour = Math.toIntExact(parsed.getLong(ChronoField.HOUR_OF_DAY));
      } else if (parsed.isSupported(ChronoField.AMPM_OF_DAY)) {
        long ampm = parsed.getLong(ChronoField.AMPM_OF_DAY);
        if (parsed.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)) {
          hour = Math.toIntExact(parsed.getLong(ChronoField.CLOCK_HOUR_OF_AMPM) % 12 + 12 * ampm);
        } else if (parsed.isSupported(ChronoField.HOUR_OF_AMPM)) {
          hour = Math.toIntExact(parsed.getLong(ChronoField.HOUR_OF_AMPM) + 12 * ampm);
        }
      }
      if (hour == null) {
        return new TimeRead(day.atStartOfDay(), false, end);
      }
      long minute = parsed.isSupported(ChronoField.MINUTE_OF_HOUR)
          ? parsed.getLong(ChronoField.MINUTE_OF_HOUR) : 0;
      return new TimeRead(day.atTime(hour, Math.toIntExact(minute)), true, end);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** A format read: each space outside quotes optional, letters in any case. */
  private static DateTimeFormatter lenient(String pattern) {
    StringBuilder optional = new StringBuilder(pattern.length() + 8);
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      optional.append(c == ' ' && !quoted ? "[ ]" : String.valueOf(c));
    }
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(optional.toString())
        .toFormatter(Locale.ENGLISH);
  }
}
