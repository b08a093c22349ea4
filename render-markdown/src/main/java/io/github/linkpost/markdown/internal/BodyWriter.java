package io.github.linkpost.markdown.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.Quote;

/**
 * The body's parts as the renderer writes them, in a style's words; each part's reading is
 * beside its writing ({@link DiscoveryLine}, {@link QuoteSection}, {@link FrontMatterLink}).
 * Liquid in the text is made to print as it is.
 */
public final class BodyWriter {
  /**
   * The spelling format of the parts of a front-matter link post that only the front-matter
   * style writes so (a discovery said by the front matter, bare quotes, a remarks paragraph):
   * another style writes them afresh.
   */
  public static final String FRONT_MATTER_FORMAT = "markdown/front-matter";

  private BodyWriter() {}

  /** The discovery line, then a blank line. */
  public static String discoveryLine(Discovery d, Words words) {
    return MarkdownText.liquid(DiscoveryLine.write(d, words));
  }

  /** A front-matter link post's remarks: a paragraph of their own, then a blank line. */
  public static String remarks(String remarks) {
    return MarkdownText.liquid(FrontMatterLink.writeRemarks(remarks));
  }

  /** A quote section: heading, source line, attribution, excerpts. */
  public static String quote(Quote q, Words words) {
    return MarkdownText.liquid(QuoteSection.write(q, words));
  }

  /** A quote's excerpts alone, as bare {@code >} blocks. */
  public static String excerpts(Quote q, Words words) {
    StringBuilder text = new StringBuilder(1024);
    QuoteSection.writeExcerpts(q, words, text);
    return MarkdownText.liquid(text.toString());
  }
}
