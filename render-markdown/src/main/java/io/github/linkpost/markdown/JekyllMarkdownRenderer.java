package io.github.linkpost.markdown;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.Verbatim;
import io.github.linkpost.PostStyle;
import io.github.linkpost.commonmark.TextFragments;
import io.github.linkpost.markdown.internal.FrontMatter;
import io.github.linkpost.markdown.internal.MarkdownText;
import io.github.linkpost.markdown.internal.PostBody;
import io.github.linkpost.markdown.internal.Words;
import java.io.IOException;

/**
 * Renders a {@link LinkPost} as the text of a Jekyll post file: YAML front matter, then the
 * body in a {@link PostStyle}'s words and formats ({@link #jekyll()}: the reference format;
 * {@code JekyllMarkdownRenderer.builder().style(style).build()} for another). In the
 * front-matter style the discovered page's link goes into the front matter, and the body says
 * of the discovery only what the front matter cannot.
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
 * <p>The body, part by part (in the reference style's words):
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

  private static final JekyllMarkdownRenderer JEKYLL = builder().build();

  private final Words words;
  private final boolean textFragments;

  private JekyllMarkdownRenderer(Builder b) {
    this.words = Words.of(b.style);
    this.textFragments = b.textFragments;
  }

  /**
   * The reference format, {@link PostStyle#reference()}, as {@link #builder()} makes it.
   *
   * @return the shared instance
   */
  public static JekyllMarkdownRenderer jekyll() {
    return JEKYLL;
  }

  /**
   * Starts a renderer in the reference style.
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
    return builder().style(words.style()).textFragments(textFragments);
  }

  /**
   * The style this renderer writes.
   *
   * @return the style
   */
  public PostStyle style() {
    return words.style();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void render(LinkPost given, Appendable out) throws IOException {
    LinkPostException.notNull("post", given);
    LinkPostException.notNull("out", out);
    LinkPost post = textFragments ? TextFragments.linked(given) : given;
    out.append(PostBody.frontMatter(post, words)).append(PostBody.of(post, words).text());
  }

  /**
   * The front matter alone, {@code ---} lines included.
   *
   * @param post the post
   * @return the front matter
   */
  public String frontMatter(LinkPost post) {
    return FrontMatter.write(LinkPostException.notNull("post", post), words.style());
  }

  /**
   * Markdown that shows plain text exactly as typed, in kramdown (Jekyll's Markdown, typography
   * included) and in CommonMark: for a field that holds Markdown but should show text the user
   * did not write as Markdown, such as remarks made from a bookmark's notes.
   *
   * <pre>{@code
   * Discovery.builder().at(found).page(page)
   *     .remarks(JekyllMarkdownRenderer.escape("It's *not* <b>bold</b> -- see [1]"))
   *     .build();
   * // the post shows: It's *not* <b>bold</b> -- see [1]
   * }</pre>
   *
   * <p>Signs that Markdown reads are backslash-escaped (or written as character references where
   * kramdown has no escape for them), and so are {@code '}, {@code "}, {@code --}, {@code ...}
   * and {@code >>}, which kramdown would show as curly quotes, a dash, an ellipsis and a
   * guillemet. The result is one paragraph, as remarks are: each line loses the white space
   * around it and blank lines are left out, so that lines show as a page shows them, one after
   * the other. Liquid is left to the renderer, which neutralises it in every field.
   *
   * @param text plain text, any characters
   * @return Markdown source for one paragraph (empty when the text is blank)
   */
  public static String escape(String text) {
    return MarkdownText.literal(LinkPostException.notNull("text", text));
  }

  /** Configures a {@link JekyllMarkdownRenderer}. */
  public static final class Builder {
    private PostStyle style = PostStyle.reference();
    private boolean textFragments;

    private Builder() {}

    /**
     * The style written: its labels, formats and where the link lives.
     *
     * @param style default {@link PostStyle#reference()}
     * @return this builder
     */
    public Builder style(PostStyle style) {
      this.style = LinkPostException.notNull("style", style);
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
  }
}
