package io.github.linkpost.markdown;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.Quote;
import io.github.linkpost.Spelling;
import io.github.linkpost.Verbatim;
import io.github.linkpost.commonmark.TextFragments;
import io.github.linkpost.markdown.internal.FrontMatter;
import io.github.linkpost.markdown.internal.MarkdownText;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link LinkPost} as the text of a Jekyll post file: YAML front matter, then the
 * body in the reference format.
 *
 * <pre>{@code
 * JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();
 * String text = renderer.render(post);
 * // ---
 * // layout: post
 * // title: "ME:: ..."
 * // ---
 * // [Discovered](https://example.org/how/): Oct 13, 2025 18:59 (UTC) [Notes](https://example.org/n/)
 * //
 * // ### QUOTE:
 * // ...
 * }</pre>
 *
 * <p>The body, part by part:
 * <ul>
 *   <li>the discovery line, {@code [Discovered](VIA): Oct 13, 2025 18:59 (UTC) [TEXT](URL) },
 *       then {@code <-- REMARKS} when there are remarks (their further lines indented four
 *       spaces, so that none starts a block of its own). The time is shown in the discovery's
 *       zone with English month names whatever the default locale; the label is {@code (UTC)}
 *       for UTC and the zone's id otherwise ({@code (America/Vancouver)}, {@code (+05:30)});
 *   <li>for each quote, the heading {@code ### QUOTE: }, the line
 *       {@code * Read the whole thing:  [TITLE](URL) }, optional {@code * By: AUTHOR} and
 *       {@code * Published: November 10, 2024} lines, then each paragraph as a {@code >} block,
 *       with {@code >...} between excerpts;
 *   <li>{@link Verbatim} Markdown as it is.
 * </ul>
 * Every block is followed by a blank line. Plain text (link texts, author) is escaped so that
 * kramdown and CommonMark show it as typed; URLs are written as they are; Markdown (remarks,
 * paragraphs) is kept as typed but for what only kramdown would read differently (a {@code |}
 * that would start a table, a code span holding one); <code>{{</code> and <code>{%</code> in
 * any field are written so that Liquid prints them instead of running them. A part read from a file whose content is
 * unchanged is written back exactly as it was spelled.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JekyllMarkdownRenderer implements PostRenderer {
  /** The format name this renderer is found by. */
  public static final String FORMAT = "markdown";

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter PUBLISHED =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final JekyllMarkdownRenderer JEKYLL = builder().build();

  private final String discoveredLabel;
  private final String remarksArrow;
  private final String quoteHeading;
  private final String readWholeThing;
  private final String authorLabel;
  private final String publishedLabel;
  private final String elision;
  private final boolean textFragments;
  private final FrontMatter frontMatter = new FrontMatter();

  private JekyllMarkdownRenderer(Builder b) {
    this.discoveredLabel = b.discoveredLabel;
    this.remarksArrow = b.remarksArrow;
    this.quoteHeading = b.quoteHeading;
    this.readWholeThing = b.readWholeThing;
    this.authorLabel = b.authorLabel;
    this.publishedLabel = b.publishedLabel;
    this.elision = b.elision;
    this.textFragments = b.textFragments;
  }

  /**
   * The reference format, as {@link #builder()} makes it with no changes.
   *
   * @return the shared instance
   */
  public static JekyllMarkdownRenderer jekyll() {
    return JEKYLL;
  }

  /**
   * Starts a renderer with the reference format's labels.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this renderer's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.discoveredLabel = discoveredLabel;
    b.remarksArrow = remarksArrow;
    b.quoteHeading = quoteHeading;
    b.readWholeThing = readWholeThing;
    b.authorLabel = authorLabel;
    b.publishedLabel = publishedLabel;
    b.elision = elision;
    b.textFragments = textFragments;
    return b;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void render(LinkPost post, Appendable out) throws IOException {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(out, "out");
    Optional<Spelling> spelling = post.spelling();
    if (spelling.isPresent() && isOurs(spelling.get(), FrontMatter.values(post))) {
      out.append(spelling.get().text());
    } else {
      out.append(frontMatter.write(post));
    }
    Tail tail = new Tail(out);
    for (BodyPart body : post.body()) {
      BodyPart part = textFragments && body instanceof Quote q ? TextFragments.linked(q) : body;
      String spelled = spelled(part);
      if (spelled != null) {
        tail.append(spelled);
      } else {
        tail.separate();
        tail.append(canonical(part));
      }
    }
  }

  /**
   * The front matter alone, {@code ---} lines included.
   *
   * @param post the post
   * @return the front matter
   */
  public String frontMatter(LinkPost post) {
    return frontMatter.write(post);
  }

  private static boolean isOurs(Spelling spelling, Object value) {
    return spelling.format().equals(FORMAT) && spelling.matches(value);
  }

  private static String spelled(BodyPart part) {
    return part.spelling().filter(s -> isOurs(s, part)).map(Spelling::text).orElse(null);
  }

  private String canonical(BodyPart part) {
    if (part instanceof Discovery d) {
      return MarkdownText.liquid(discovery(d));
    }
    if (part instanceof Quote q) {
      return MarkdownText.liquid(quote(q));
    }
    return ((Verbatim) part).markdown();
  }

  private String discovery(Discovery d) {
    StringBuilder line = new StringBuilder(256);
    if (d.via().isPresent()) {
      line.append('[').append(discoveredLabel).append("](")
          .append(MarkdownText.url(d.via().get())).append(')');
    } else {
      line.append(discoveredLabel);
    }
    line.append(": ").append(SHOWN.format(d.at().atZone(d.zone())))
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
      line.append(remarksArrow).append(' ').append(remarks);
    });
    return line.append("\n\n").toString();
  }

  private String quote(Quote q) {
    StringBuilder text = new StringBuilder(1024);
    text.append(quoteHeading).append("\n\n");
    text.append(readWholeThing).append('[').append(MarkdownText.plain(q.source().text()))
        .append("](").append(MarkdownText.url(q.source().url())).append(") \n");
    q.author().ifPresent(a -> text.append(authorLabel).append(MarkdownText.plain(a)).append('\n'));
    q.published().ifPresent(p -> text.append(publishedLabel).append(PUBLISHED.format(p)).append('\n'));
    text.append('\n');
    boolean first = true;
    for (Excerpt excerpt : q.excerpts()) {
      if (!first) {
        text.append('>').append(elision).append("\n\n");
      }
      first = false;
      for (String paragraph : excerpt.paragraphs()) {
        String source = MarkdownText.quoted(paragraph);
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
    return text.toString();
  }

  static String zoneLabel(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /** Keeps the last characters written, so parts can be separated by exactly one blank line. */
  private static final class Tail {
    private final Appendable out;
    private char last;
    private char beforeLast;
    private boolean empty = true;

    Tail(Appendable out) {
      this.out = out;
    }

    void append(String text) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      out.append(text);
      empty = false;
      last = text.charAt(text.length() - 1);
      beforeLast = text.length() > 1 ? text.charAt(text.length() - 2) : last == '\n' ? 0 : last;
    }

    void separate() throws IOException {
      if (empty || (last == '\n' && beforeLast == '\n')) {
        return;
      }
      append(last == '\n' ? "\n" : "\n\n");
    }
  }

  /**
   * Configures a {@link JekyllMarkdownRenderer}. Labels are written as they are (Markdown).
   */
  public static final class Builder {
    private String discoveredLabel = "Discovered";
    private String remarksArrow = "<--";
    private String quoteHeading = "### QUOTE: ";
    private String readWholeThing = "* Read the whole thing:  ";
    private String authorLabel = "* By: ";
    private String publishedLabel = "* Published: ";
    private String elision = "...";
    private boolean textFragments;

    private Builder() {}

    /**
     * The text of the "Discovered" link.
     *
     * @param label default {@code "Discovered"}
     * @return this builder
     */
    public Builder discoveredLabel(String label) {
      this.discoveredLabel = nonEmpty("discoveredLabel", label);
      return this;
    }

    /**
     * What stands between the discovery line and the remarks.
     *
     * @param arrow default {@code "<--"}
     * @return this builder
     */
    public Builder remarksArrow(String arrow) {
      this.remarksArrow = nonEmpty("remarksArrow", arrow);
      return this;
    }

    /**
     * The heading line of a quote.
     *
     * @param heading default {@code "### QUOTE: "} (with its trailing space)
     * @return this builder
     */
    public Builder quoteHeading(String heading) {
      this.quoteHeading = nonEmpty("quoteHeading", heading);
      return this;
    }

    /**
     * What precedes the link to a quote's source.
     *
     * @param label default {@code "* Read the whole thing:  "} (two spaces at the end)
     * @return this builder
     */
    public Builder readWholeThing(String label) {
      this.readWholeThing = nonEmpty("readWholeThing", label);
      return this;
    }

    /**
     * What precedes a quote's author.
     *
     * @param label default {@code "* By: "}
     * @return this builder
     */
    public Builder authorLabel(String label) {
      this.authorLabel = nonEmpty("authorLabel", label);
      return this;
    }

    /**
     * What precedes a quote's publication date.
     *
     * @param label default {@code "* Published: "}
     * @return this builder
     */
    public Builder publishedLabel(String label) {
      this.publishedLabel = nonEmpty("publishedLabel", label);
      return this;
    }

    /**
     * The elision between excerpts, after the {@code >}.
     *
     * @param elision default {@code "..."}
     * @return this builder
     */
    public Builder elision(String elision) {
      this.elision = nonEmpty("elision", elision);
      return this;
    }

    /**
     * Point each quote's source link at its first excerpt with a text fragment
     * ({@code #:~:text=}), so that a reader's browser scrolls to the quoted words. A link that
     * already holds one is kept; a quote read from a file is written afresh when its link
     * changes.
     *
     * @param on default false: links are written as they are
     * @return this builder
     */
    public Builder textFragments(boolean on) {
      this.textFragments = on;
      return this;
    }

    /**
     * The renderer.
     *
     * @return an immutable renderer
     */
    public JekyllMarkdownRenderer build() {
      return new JekyllMarkdownRenderer(this);
    }

    private static String nonEmpty(String name, String value) {
      Objects.requireNonNull(value, name);
      if (value.isEmpty() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(name + " must be one line and not empty, was \""
            + value + "\"");
      }
      return value;
    }
  }
}
