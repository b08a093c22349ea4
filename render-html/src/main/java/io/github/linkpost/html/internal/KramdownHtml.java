package io.github.linkpost.html.internal;

import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import io.github.linkpost.kramdown.KramdownOptions;
import io.github.linkpost.kramdown.internal.Document;
import io.github.linkpost.kramdown.internal.Settings;
import io.github.linkpost.markdown.internal.MarkdownText;
import io.github.linkpost.markdown.internal.PostBody;
import io.github.linkpost.markdown.internal.Words;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A post's body as Jekyll shows it: the Markdown the Jekyll Markdown renderer writes for the
 * post (each part read from a file and unchanged as it was read, the others written afresh),
 * through Liquid as far as {@link Liquid} knows it, converted by the kramdown engine as one
 * document, with the microformats marked up on the engine's tree. So the HTML is what Jekyll
 * shows of the file the writer writes, by construction. Immutable and thread-safe.
 */
public final class KramdownHtml implements PostHtml {
  private final PostStyle style;
  private final Words words;
  private final Settings settings;
  private final boolean escapeHtml;
  private final boolean microformats;

  /**
   * @param style the style the parts built from values are written in
   * @param options the engine's options, the safe settings included
   * @param microformats whether to mark up the microformats (else the HTML is Jekyll's alone)
   */
  public KramdownHtml(PostStyle style, KramdownOptions options, boolean microformats) {
    this.style = style;
    this.words = Words.of(style);
    this.settings = Settings.of(options);
    this.escapeHtml = options.escapeHtml();
    this.microformats = microformats;
  }

  @Override
  public void body(LinkPost post, Appendable out) throws IOException {
    PostBody body = PostBody.of(post, words);
    List<PostBody.Placed> parts = body.parts();
    int[] starts = new int[parts.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = parts.get(i).start();
    }
    String text = body.text();
    int content = contentStart(text);
    if (content > 0) {
      text = text.substring(content);
      for (int i = 0; i < starts.length; i++) {
        starts[i] = Math.max(0, starts[i] - content);
      }
    }
    if (!Boolean.FALSE.equals(post.extraFrontMatter().get("render_with_liquid"))) {
      text = Liquid.apply(text, starts);
    }
    Document document = parse(text);
    if (escapeHtml) {
      if (text.contains("</code><!--")) {
        PipedCodes.show(document.root());
      }
      if (text.indexOf('<') >= 0) {
        EscapedTags.show(document.root());
      }
    }
    if (microformats) {
      List<Microformats.Placed> placed = new ArrayList<>(parts.size());
      int line = 1;
      int at = 0;
      for (int i = 0; i < starts.length; i++) {
        line += lineBreaks(text, at, starts[i]);
        at = starts[i];
        placed.add(new Microformats.Placed(parts.get(i).part(), line));
      }
      Microformats.mark(document, placed, style,
          style.linkPlace() != PostStyle.LinkPlace.FRONT_MATTER);
    }
    out.append(document.toHtml());
  }

  /** The link as a paragraph of its own, written as the writer writes a link, with its class. */
  @Override
  public void bookmark(Link page, Appendable out) throws IOException {
    Document document = parse("[" + MarkdownText.plain(page.text()) + "]("
        + MarkdownText.url(page.url()) + ")\n");
    Microformats.mark(document, page.url().toString(), Microformats.BOOKMARK);
    out.append(document.toHtml());
  }

  /**
   * Plain text as kramdown shows it when written as the writer writes plain text (each line a
   * paragraph's, its signs escaped): typographic quotes, dashes and ellipses, HTML escaped.
   */
  @Override
  public String text(String plain) {
    StringBuilder out = new StringBuilder(plain.length() + 16);
    boolean first = true;
    for (String line : plain.split("\r\n|\r|\n", -1)) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      String markdown = MarkdownText.label(line.strip(), true);
      if (markdown.isEmpty()) {
        continue;
      }
      String html = parse(markdown + "\n").toHtml();
      if (html.startsWith("<p>") && html.endsWith("</p>\n")) {
        out.append(html, 3, html.length() - 5);
      } else {
        out.append(Html.escape(line.strip()));
      }
    }
    return out.toString();
  }

  /**
   * Where Jekyll's content starts in a body that follows front matter: Jekyll's pattern for
   * front matter ends with {@code ---\s*$\n?}, which takes the blank lines after the closing
   * line too (up to the last line break among the white space the body starts with).
   */
  static int contentStart(String body) {
    int end = 0;
    while (end < body.length() && isRubySpace(body.charAt(end))) {
      end++;
    }
    if (end == body.length()) {
      return end;
    }
    return body.lastIndexOf('\n', end - 1) + 1;
  }

  /** Ruby's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRubySpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private Document parse(String markdown) {
    return Document.parse(markdown, settings, new ArrayList<>());
  }

  /** The line breaks (LF, CR LF, a lone CR, as kramdown counts them) in {@code [from, to)}. */
  private static int lineBreaks(String text, int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }
}
