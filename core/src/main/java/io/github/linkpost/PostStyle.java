package io.github.linkpost;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Every word and format of one blog's link posts: the labels, the discovery line's date-time
 * formats, where the discovered page's link lives, and the zone of times shown without a zone
 * label. The Markdown writer, the reader, the HTML renderer and the command-line tool all take
 * the same value, so that what one writes the others read.
 *
 * <pre>{@code
 * PostStyle mine = PostStyle.builder()        // starts from the reference format
 *     .discovered("Found")
 *     .elision("[snip]")
 *     .zone(ZoneId.of("Europe/Paris"))
 *     .build();
 * PostStyle linklog = PostStyle.frontMatter(); // the link in external-url:, as Octopress has it
 * }</pre>
 *
 * <p>Labels other than the quote heading are plain text, one line, without white space around
 * them; writers escape them where Markdown would read them otherwise. The quote heading is a
 * Markdown heading line ({@code ### QUOTE: }). Date-time formats are
 * {@link DateTimeFormatter} patterns, shown with English month names; in a format read, a space
 * stands for any run of white space, or none, and letters are read in any case.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class PostStyle {
  /** Where the discovered page's link lives. */
  public enum LinkPlace {
    /** On the discovery line in the body: {@code [Discovered](VIA): TIME [TEXT](URL)}. */
    DISCOVERY_LINE,
    /**
     * In a front-matter key ({@code external-url: URL}), the title being the page's text; a
     * discovery line is written only for what the front matter cannot say.
     */
    FRONT_MATTER
  }

  /** The name of {@link #reference()}, as a site's {@code linkpost: style:} gives it. */
  public static final String REFERENCE = "reference";
  /** The name of {@link #frontMatter()}, as a site's {@code linkpost: style:} gives it. */
  public static final String FRONT_MATTER = "front-matter";

  private static final Pattern HEADING = Pattern.compile("#{1,6}[ \\t]+\\S.*");
  private static final List<String> REFERENCE_TIMES_READ = List.of(
      "MMM d, yyyy HH:mm", "MMM d, yyyy H:mm", "MMM d, yyyy. H:mm", "MMM d, yyyy.",
      "MMM d, yyyy", "MMMM d, yyyy H:mm", "MMMM d, yyyy. H:mm", "MMMM d, yyyy.", "MMMM d, yyyy",
      "d MMMM yyyy", "d MMM yyyy");
  private static final List<LocalDateTime> SAMPLES = List.of(
      LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(2001, 12, 23, 13, 47),
      LocalDateTime.of(2096, 7, 9, 23, 59));

  PostStyle() {}

  /**
   * The reference format, byte for byte: {@code [Discovered](VIA): Oct 13, 2025 18:59 (UTC)
   * [TEXT](URL) <-- remarks}, {@code ### QUOTE: }, {@code * Read the whole thing:  [T](U) },
   * {@code * By: }, {@code * Published: November 10, 2024}, {@code >...} between excerpts; the
   * link on the discovery line; older shapes of the line read too ({@code Mar 25, 2024. 17:40},
   * {@code 29july2020}, ...); times without a label in the system zone.
   *
   * @return the style
   */
  public static PostStyle reference() {
    return builder().build();
  }

  /**
   * The front-matter convention of link blogs (Octopress's linklog, many themes): the link in
   * {@code external-url:} (also read from {@code link:} and {@code external_url:}), the title
   * as its text, the body the post's own; otherwise as {@link #reference()}.
   *
   * @return the style
   */
  public static PostStyle frontMatter() {
    return builder().linkPlace(LinkPlace.FRONT_MATTER).build();
  }

  /**
   * A preset by name.
   *
   * @param name {@value #REFERENCE} or {@value #FRONT_MATTER}
   * @return the preset
   * @throws LinkPostException for another name
   */
  public static PostStyle preset(String name) {
    return switch (Checks.notNull("style", name)) {
      case REFERENCE -> reference();
      case FRONT_MATTER -> frontMatter();
      default -> throw LinkPostException.invalid(
          "style", "must be " + REFERENCE + " or " + FRONT_MATTER, name);
    };
  }

  /**
   * Starts a style from the {@link #reference()} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this style's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The text of the "Discovered" link.
   *
   * @return default {@code "Discovered"}
   */
  @Value.Default
  public String discovered() {
    return "Discovered";
  }

  /**
   * What stands between the discovery line's link and the remarks.
   *
   * @return default {@code "<--"}
   */
  @Value.Default
  public String remarksArrow() {
    return "<--";
  }

  /**
   * A quote's heading: a Markdown heading line.
   *
   * @return default {@code "### QUOTE: "} (with its trailing space)
   */
  @Value.Default
  public String quoteHeading() {
    return "### QUOTE: ";
  }

  /**
   * What precedes the link to a quote's source.
   *
   * @return default {@code "Read the whole thing:"}
   */
  @Value.Default
  public String readWholeThing() {
    return "Read the whole thing:";
  }

  /**
   * What precedes a quote's author.
   *
   * @return default {@code "By:"}
   */
  @Value.Default
  public String by() {
    return "By:";
  }

  /**
   * What precedes a quote's publication date.
   *
   * @return default {@code "Published:"}
   */
  @Value.Default
  public String published() {
    return "Published:";
  }

  /**
   * The elision between two excerpts.
   *
   * @return default {@code "..."}
   */
  @Value.Default
  public String elision() {
    return "...";
  }

  /**
   * The format the discovery time is written in (a zone label follows it).
   *
   * @return default {@code "MMM d, yyyy HH:mm"} ({@code Oct 13, 2025 18:59})
   */
  @Value.Default
  public String timeFormat() {
    return "MMM d, yyyy HH:mm";
  }

  /**
   * The formats a discovery time is read in, the longest match winning; the written format is
   * always among them (first, when it was not given). A format without a time of day reads the
   * start of the day.
   *
   * @return default: the reference blog's shapes, {@code MMM d, yyyy HH:mm},
   *     {@code MMM d, yyyy. H:mm}, {@code MMM d, yyyy.}, {@code MMMM d, yyyy},
   *     {@code d MMMM yyyy} ({@code 29july2020}), ...
   */
  @Value.Default
  public List<String> timeFormatsRead() {
    return REFERENCE_TIMES_READ;
  }

  /**
   * The format of a quote's publication date.
   *
   * @return default {@code "MMMM d, yyyy"} ({@code November 10, 2024})
   */
  @Value.Default
  public String publishedFormat() {
    return "MMMM d, yyyy";
  }

  /**
   * Where the discovered page's link lives.
   *
   * @return default {@link LinkPlace#DISCOVERY_LINE}
   */
  @Value.Default
  public LinkPlace linkPlace() {
    return LinkPlace.DISCOVERY_LINE;
  }

  /**
   * The front-matter keys that hold the link in the {@link LinkPlace#FRONT_MATTER} place: the
   * first is written, all are read, in order.
   *
   * @return default {@code [external-url, link, external_url]}
   */
  @Value.Default
  public List<String> linkKeys() {
    return List.of("external-url", "link", "external_url");
  }

  /**
   * The zone of times shown without a zone label (a discovery line's time without one, a
   * front-matter date without an offset, a file name's date).
   *
   * @return default: the system zone when the style is built, as Jekyll takes it without a
   *     {@code timezone}
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.systemDefault();
  }

  /**
   * The key written for the link: the first of {@link #linkKeys()}.
   *
   * @return the key
   */
  public String linkKey() {
    return linkKeys().get(0);
  }

  /**
   * A formatter for {@link #timeFormat()}, with English month names.
   *
   * @return the formatter
   */
  public DateTimeFormatter timeFormatter() {
    return DateTimeFormatter.ofPattern(timeFormat(), Locale.ENGLISH);
  }

  /**
   * A formatter for {@link #publishedFormat()}, with English month names.
   *
   * @return the formatter
   */
  public DateTimeFormatter publishedFormatter() {
    return DateTimeFormatter.ofPattern(publishedFormat(), Locale.ENGLISH);
  }

  /**
   * A copy with another {@code discovered}.
   *
   * @param label plain text, one line
   * @return the copy
   */
  public final PostStyle withDiscovered(String label) {
    return ((ImmutablePostStyle) this).copyWithDiscovered(Checks.notNull("PostStyle.discovered", label));
  }

  /**
   * A copy with another {@code remarksArrow}.
   *
   * @param arrow plain text, one line
   * @return the copy
   */
  public final PostStyle withRemarksArrow(String arrow) {
    return ((ImmutablePostStyle) this).copyWithRemarksArrow(Checks.notNull("PostStyle.remarksArrow", arrow));
  }

  /**
   * A copy with another {@code quoteHeading}.
   *
   * @param heading a Markdown heading line
   * @return the copy
   */
  public final PostStyle withQuoteHeading(String heading) {
    return ((ImmutablePostStyle) this).copyWithQuoteHeading(Checks.notNull("PostStyle.quoteHeading", heading));
  }

  /**
   * A copy with another {@code readWholeThing}.
   *
   * @param label plain text, one line
   * @return the copy
   */
  public final PostStyle withReadWholeThing(String label) {
    return ((ImmutablePostStyle) this).copyWithReadWholeThing(Checks.notNull("PostStyle.readWholeThing", label));
  }

  /**
   * A copy with another {@code by}.
   *
   * @param label plain text, one line
   * @return the copy
   */
  public final PostStyle withBy(String label) {
    return ((ImmutablePostStyle) this).copyWithBy(Checks.notNull("PostStyle.by", label));
  }

  /**
   * A copy with another {@code published}.
   *
   * @param label plain text, one line
   * @return the copy
   */
  public final PostStyle withPublished(String label) {
    return ((ImmutablePostStyle) this).copyWithPublished(Checks.notNull("PostStyle.published", label));
  }

  /**
   * A copy with another {@code elision}.
   *
   * @param elision plain text, one line
   * @return the copy
   */
  public final PostStyle withElision(String elision) {
    return ((ImmutablePostStyle) this).copyWithElision(Checks.notNull("PostStyle.elision", elision));
  }

  /**
   * A copy with another {@code timeFormat}.
   *
   * @param pattern a {@link DateTimeFormatter} pattern showing year, month, day, hour and minute
   * @return the copy
   */
  public final PostStyle withTimeFormat(String pattern) {
    return ((ImmutablePostStyle) this).copyWithTimeFormat(Checks.notNull("PostStyle.timeFormat", pattern));
  }

  /**
   * A copy with another {@code timeFormatsRead}.
   *
   * @param patterns {@link DateTimeFormatter} patterns
   * @return the copy
   */
  public final PostStyle withTimeFormatsRead(Iterable<String> patterns) {
    return ((ImmutablePostStyle) this).copyWithTimeFormatsRead(Checks.elements("PostStyle.timeFormatsRead", patterns));
  }

  /**
   * A copy with another {@code publishedFormat}.
   *
   * @param pattern a {@link DateTimeFormatter} pattern
   * @return the copy
   */
  public final PostStyle withPublishedFormat(String pattern) {
    return ((ImmutablePostStyle) this).copyWithPublishedFormat(Checks.notNull("PostStyle.publishedFormat", pattern));
  }

  /**
   * A copy with another {@code linkPlace}.
   *
   * @param place where the link lives
   * @return the copy
   */
  public final PostStyle withLinkPlace(LinkPlace place) {
    return ((ImmutablePostStyle) this).copyWithLinkPlace(Checks.notNull("PostStyle.linkPlace", place));
  }

  /**
   * A copy with another {@code linkKeys}.
   *
   * @param keys the keys, the first written
   * @return the copy
   */
  public final PostStyle withLinkKeys(Iterable<String> keys) {
    return ((ImmutablePostStyle) this).copyWithLinkKeys(Checks.elements("PostStyle.linkKeys", keys));
  }

  /**
   * A copy with another {@code zone}.
   *
   * @param zone the zone of times shown without a label
   * @return the copy
   */
  public final PostStyle withZone(ZoneId zone) {
    return ((ImmutablePostStyle) this).copyWithZone(Checks.notNull("PostStyle.zone", zone));
  }

  @Value.Check
  PostStyle normalize() {
    if (!timeFormatsRead().contains(timeFormat())) {
      List<String> read = new ArrayList<>(timeFormatsRead().size() + 1);
      read.add(timeFormat());
      read.addAll(timeFormatsRead());
      return ImmutablePostStyle.newBuilder().from(this).timeFormatsRead(read).build();
    }
    ZoneId normal = zone().normalized();
    if (!normal.equals(zone())) {
      return withZone(normal);
    }
    word("PostStyle.discovered", discovered());
    word("PostStyle.remarksArrow", remarksArrow());
    word("PostStyle.readWholeThing", readWholeThing());
    word("PostStyle.by", by());
    word("PostStyle.published", published());
    word("PostStyle.elision", elision());
    if (by().startsWith(published()) || published().startsWith(by())) {
      throw LinkPostException.invalid("PostStyle.published",
          "must differ from PostStyle.by, neither starting the other (it is \"" + by() + "\")",
          published());
    }
    Checks.oneLine("PostStyle.quoteHeading", quoteHeading());
    if (!HEADING.matcher(quoteHeading()).matches()) {
      throw LinkPostException.invalid("PostStyle.quoteHeading",
          "must be a Markdown heading line (1 to 6 #, a space, then its text)", quoteHeading());
    }
    checkTimeFormat("PostStyle.timeFormat", timeFormat(), true);
    for (String format : timeFormatsRead()) {
      checkTimeFormat("PostStyle.timeFormatsRead", format, false);
    }
    checkDateFormat("PostStyle.publishedFormat", publishedFormat());
    if (linkKeys().isEmpty()) {
      throw LinkPostException.invalid("PostStyle.linkKeys", "must hold a key", linkKeys());
    }
    Set<String> keys = new HashSet<>();
    for (String key : linkKeys()) {
      Checks.oneLine("PostStyle.linkKeys", key);
      if (LinkPost.NAMED_KEYS.contains(key) || !keys.add(key)) {
        throw LinkPostException.invalid("PostStyle.linkKeys",
            "must hold distinct keys, none of " + LinkPost.NAMED_KEYS, key);
      }
    }
    return this;
  }

  private static void word(String field, String value) {
    Checks.oneLine(field, value);
    if (!value.equals(value.strip())) {
      throw LinkPostException.invalid(field, "must not start or end with white space", value);
    }
  }

  /** The pattern must show, and read back, each sample to the minute (or, read, the day). */
  private static void checkTimeFormat(String field, String pattern, boolean written) {
    DateTimeFormatter format = pattern(field, pattern);
    for (LocalDateTime sample : SAMPLES) {
      String shown;
      try {
        shown = format.format(sample);
      } catch (DateTimeException e) {
        throw LinkPostException.invalid(field,
            "must show a date and time only (the zone follows the time in its own label)", pattern);
      }
      try {
        TemporalAccessor back = format.parse(shown);
        boolean same = written
            ? LocalDateTime.from(back).equals(sample)
            : java.time.LocalDate.from(back).equals(sample.toLocalDate());
        if (!same) {
          throw new DateTimeException("not the same");
        }
      } catch (DateTimeException e) {
        throw LinkPostException.invalid(field, written
            ? "must show the year, month, day, hour and minute so that they read back ("
                + sample + " is shown \"" + shown + "\")"
            : "must read back at least the date it shows (" + sample.toLocalDate()
                + " is shown \"" + shown + "\")", pattern);
      }
    }
  }

  private static void checkDateFormat(String field, String pattern) {
    DateTimeFormatter format = pattern(field, pattern);
    for (LocalDateTime sample : SAMPLES) {
      try {
        if (!java.time.LocalDate.from(format.parse(format.format(sample.toLocalDate())))
            .equals(sample.toLocalDate())) {
          throw new DateTimeException("not the same");
        }
      } catch (DateTimeException e) {
        throw LinkPostException.invalid(field,
            "must show the year, month and day so that they read back", pattern);
      }
    }
  }

  private static DateTimeFormatter pattern(String field, String pattern) {
    try {
      return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      throw LinkPostException.invalid(field, "must be a date-time pattern (" + e.getMessage() + ")",
          pattern);
    }
  }

  /**
   * Builds a {@link PostStyle}, starting from the {@link #reference()} values; every value is
   * optional. {@link #build()} checks each and names the one that breaks a rule.
   */
  public static final class Builder {
    private final ImmutablePostStyle.Builder values = ImmutablePostStyle.newBuilder();

    Builder() {}

    /**
     * Copies every value of a style.
     *
     * @param style the style to copy
     * @return this builder
     */
    public Builder from(PostStyle style) {
      values.from(Checks.notNull("the style to copy", style));
      return this;
    }

    /**
     * The text of the "Discovered" link.
     *
     * @param label plain text, one line; default {@code "Discovered"}
     * @return this builder
     */
    public Builder discovered(String label) {
      values.discovered(Checks.notNull("PostStyle.discovered", label));
      return this;
    }

    /**
     * What stands between the discovery line's link and the remarks.
     *
     * @param arrow plain text, one line; default {@code "<--"}
     * @return this builder
     */
    public Builder remarksArrow(String arrow) {
      values.remarksArrow(Checks.notNull("PostStyle.remarksArrow", arrow));
      return this;
    }

    /**
     * A quote's heading line.
     *
     * @param heading a Markdown heading line; default {@code "### QUOTE: "}
     * @return this builder
     */
    public Builder quoteHeading(String heading) {
      values.quoteHeading(Checks.notNull("PostStyle.quoteHeading", heading));
      return this;
    }

    /**
     * What precedes the link to a quote's source.
     *
     * @param label plain text, one line; default {@code "Read the whole thing:"}
     * @return this builder
     */
    public Builder readWholeThing(String label) {
      values.readWholeThing(Checks.notNull("PostStyle.readWholeThing", label));
      return this;
    }

    /**
     * What precedes a quote's author.
     *
     * @param label plain text, one line; default {@code "By:"}
     * @return this builder
     */
    public Builder by(String label) {
      values.by(Checks.notNull("PostStyle.by", label));
      return this;
    }

    /**
     * What precedes a quote's publication date.
     *
     * @param label plain text, one line; default {@code "Published:"}
     * @return this builder
     */
    public Builder published(String label) {
      values.published(Checks.notNull("PostStyle.published", label));
      return this;
    }

    /**
     * The elision between two excerpts.
     *
     * @param elision plain text, one line; default {@code "..."}
     * @return this builder
     */
    public Builder elision(String elision) {
      values.elision(Checks.notNull("PostStyle.elision", elision));
      return this;
    }

    /**
     * The format the discovery time is written in.
     *
     * @param pattern a {@link DateTimeFormatter} pattern showing year, month, day, hour and
     *     minute, no zone; default {@code "MMM d, yyyy HH:mm"}
     * @return this builder
     */
    public Builder timeFormat(String pattern) {
      values.timeFormat(Checks.notNull("PostStyle.timeFormat", pattern));
      return this;
    }

    /**
     * The formats a discovery time is read in (the written one is added when missing).
     *
     * @param patterns {@link DateTimeFormatter} patterns; default the reference blog's shapes
     * @return this builder
     */
    public Builder timeFormatsRead(Iterable<String> patterns) {
      values.timeFormatsRead(Checks.elements("PostStyle.timeFormatsRead", patterns));
      return this;
    }

    /**
     * The format of a quote's publication date.
     *
     * @param pattern a {@link DateTimeFormatter} pattern; default {@code "MMMM d, yyyy"}
     * @return this builder
     */
    public Builder publishedFormat(String pattern) {
      values.publishedFormat(Checks.notNull("PostStyle.publishedFormat", pattern));
      return this;
    }

    /**
     * Where the discovered page's link lives.
     *
     * @param place default {@link LinkPlace#DISCOVERY_LINE}
     * @return this builder
     */
    public Builder linkPlace(LinkPlace place) {
      values.linkPlace(Checks.notNull("PostStyle.linkPlace", place));
      return this;
    }

    /**
     * The front-matter keys that hold the link: the first written, all read.
     *
     * @param keys default {@code external-url, link, external_url}
     * @return this builder
     */
    public Builder linkKeys(String... keys) {
      values.linkKeys(Checks.elements("PostStyle.linkKeys", keys));
      return this;
    }

    /**
     * The front-matter keys that hold the link: the first written, all read.
     *
     * @param keys default {@code [external-url, link, external_url]}
     * @return this builder
     */
    public Builder linkKeys(Iterable<String> keys) {
      values.linkKeys(Checks.elements("PostStyle.linkKeys", keys));
      return this;
    }

    /**
     * The zone of times shown without a zone label.
     *
     * @param zone default the system zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      values.zone(Checks.notNull("PostStyle.zone", zone));
      return this;
    }

    /**
     * Builds the style.
     *
     * @return the style
     * @throws LinkPostException when a value breaks a rule
     */
    public PostStyle build() {
      return values.build();
    }
  }

}
