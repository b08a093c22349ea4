package io.github.linkpost.html.internal;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.Spelling;
import io.github.linkpost.Verbatim;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A post's body as plain CommonMark shows it (the CommonMark preset): parts read from a file
 * and unchanged from their Markdown, as one document, other parts from their values in the
 * style's words; commonmark-java parses only the Markdown inside remarks, paragraphs and
 * verbatim parts. Immutable and thread-safe.
 */
public final class CommonmarkHtml implements PostHtml {
  private static final String MARKDOWN = "markdown";
  /** Parts only the front-matter style writes so: a remarks paragraph, bare quotes. */
  private static final String FRONT_MATTER_MARKDOWN = "markdown/front-matter";

  private final PostStyle style;
  private final boolean allowHtml;
  private final UrlPolicy urls;
  private final DateTimeFormatter shown;
  private final DateTimeFormatter published;
  private final MarkdownHtml markdown;

  public CommonmarkHtml(PostStyle style, boolean allowHtml, UrlPolicy urls) {
    this.style = style;
    this.allowHtml = allowHtml;
    this.urls = urls;
    this.shown = style.timeFormatter();
    this.published = style.publishedFormatter();
    this.markdown = new MarkdownHtml(allowHtml, urls);
  }

  @Override
  public String text(String plain) {
    return Html.escape(plain);
  }

  @Override
  public void bookmark(Link page, Appendable out) throws IOException {
    out.append("<p>");
    link(page.url(), page.text(), Microformats.BOOKMARK, out);
    out.append("</p>\n");
  }

  private boolean frontMatter() {
    return style.linkPlace() == PostStyle.LinkPlace.FRONT_MATTER;
  }

  @Override
  public void body(LinkPost post, Appendable out) throws IOException {
    StringBuilder spelled = new StringBuilder();
    List<Microformats.Placed> placed = new ArrayList<>();
    int lines = 0;
    for (BodyPart part : post.body()) {
      Optional<String> source = spelling(part);
      if (source.isPresent()) {
        placed.add(new Microformats.Placed(part, lines));
        spelled.append(source.get());
        lines += lineBreaks(source.get());
        continue;
      }
      flush(spelled, placed, out);
      lines = 0;
      if (part instanceof Discovery d) {
        discovery(d, out);
      } else if (part instanceof Quote q) {
        quote(q, out);
      } else {
        markdown.render(markdown.parse(((Verbatim) part).markdown()), out);
      }
    }
    flush(spelled, placed, out);
  }

  /**
   * Unchanged parts read from Markdown are rendered together, as one document, their
   * microformats marked up on it.
   */
  private void flush(StringBuilder spelled, List<Microformats.Placed> placed, Appendable out) {
    if (spelled.length() > 0) {
      Node document = markdown.parse(spelled.toString());
      CommonmarkMicroformats.annotate(document, placed, style, !frontMatter());
      markdown.render(document, out);
      spelled.setLength(0);
    }
    placed.clear();
  }

  /** The lines a text starts after its own first: its LF, CR LF and lone CR breaks. */
  static int lineBreaks(String text) {
    int breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }

  /**
   * The Markdown a part was read from, when it is still the part's and can be shown as it is.
   * When raw HTML is escaped, a discovery's or a quote's Markdown holding raw HTML is not used:
   * the library itself writes a code span holding a {@code |} as HTML (kramdown would make a
   * table of it otherwise), and the part's values, from which the HTML is then made, say what
   * that HTML means.
   */
  private Optional<String> spelling(BodyPart part) {
    return part.spelling().filter(s -> (s.format().equals(MARKDOWN)
            || (frontMatter() && s.format().equals(FRONT_MATTER_MARKDOWN))) && s.matches(part))
        .filter(s -> allowHtml || part instanceof Verbatim || s.text().indexOf('<') < 0)
        .map(Spelling::text);
  }

  private void discovery(Discovery d, Appendable out) throws IOException {
    if (frontMatter() && d.via().isEmpty()) {
      // The title links to the page; the remarks stand alone, as the Markdown has them.
      if (d.remarks().isPresent()) {
        Node doc = markdown.parse(d.remarks().get().replace("\n", "\n    "));
        markdown.render(doc, out);
      }
      return;
    }
    out.append("<p>");
    if (d.via().isPresent()) {
      link(d.via().get(), style.discovered(), null, out);
    } else {
      out.append(Html.escape(style.discovered()));
    }
    out.append(": <time datetime=\"").append(d.at().toString()).append("\">")
        .append(Html.escape(shown.format(d.at().atZone(d.zone())))).append("</time> (")
        .append(Html.escape(d.zone().equals(ZoneOffset.UTC) ? "UTC" : d.zone().getId()))
        .append(')');
    if (d.page().isPresent() && !frontMatter()) {
      out.append(' ');
      Link page = d.page().get();
      link(page.url(), page.text(), Microformats.BOOKMARK, out);
    }
    if (d.remarks().isPresent()) {
      // The remarks follow the style's arrow on the discovery line, as the Markdown has them.
      // A letter first keeps them one paragraph, read as within a line; it is taken off again.
      Node doc = markdown.parse("x " + d.remarks().get().replace("\n", "\n    "));
      out.append(' ').append(Html.escape(style.remarksArrow()));
      if (doc.getFirstChild() instanceof Paragraph paragraph
          && paragraph.getFirstChild() instanceof org.commonmark.node.Text first
          && first.getLiteral().startsWith("x ")) {
        first.setLiteral(first.getLiteral().substring(2));
        out.append(' ');
        for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
          markdown.render(inline, out);
        }
      }
    }
    out.append("</p>\n");
  }

  private void quote(Quote q, Appendable out) throws IOException {
    out.append("<div class=\"").append(Microformats.CITE).append("\">\n");
    markdown.render(markdown.parse(style.quoteHeading()), out);
    out.append("<ul>\n<li>").append(Html.escape(style.readWholeThing())).append(' ');
    link(q.source().url(), q.source().text(), Microformats.SOURCE, out);
    out.append("</li>\n");
    if (q.author().isPresent()) {
      out.append("<li>").append(Html.escape(style.by())).append(" <span class=\"")
          .append(Microformats.AUTHOR).append("\">").append(Html.escape(q.author().get()))
          .append("</span></li>\n");
    }
    if (q.published().isPresent()) {
      out.append("<li>").append(Html.escape(style.published())).append(" <time class=\"")
          .append(Microformats.PUBLISHED).append("\" datetime=\"")
          .append(q.published().get().toString()).append("\">")
          .append(Html.escape(published.format(q.published().get()))).append("</time></li>\n");
    }
    out.append("</ul>\n<div class=\"").append(Microformats.CONTENT).append("\">\n");
    boolean first = true;
    for (Excerpt excerpt : q.excerpts()) {
      if (!first) {
        out.append("<blockquote>\n<p>").append(Html.escape(style.elision()))
            .append("</p>\n</blockquote>\n");
      }
      first = false;
      if (excerpt.paragraphs().size() == 1) {
        out.append("<blockquote>\n");
        markdown.render(markdown.parse(excerpt.paragraphs().get(0)), out);
        out.append("</blockquote>\n");
        continue;
      }
      // One parse for the excerpt: each paragraph is a quote of its own in the Markdown, so the
      // text is parsed as quotes, and each top-level quote rendered in turn.
      StringBuilder source = new StringBuilder();
      for (String paragraph : excerpt.paragraphs()) {
        source.append('>').append(paragraph.replace("\n", "\n>")).append("\n\n");
      }
      for (Node block = markdown.parse(source.toString()).getFirstChild(); block != null; ) {
        Node next = block.getNext();
        markdown.render(block, out);
        block = next;
      }
    }
    out.append("</div>\n</div>\n");
  }

  private void link(URI url, String text, String classes, Appendable out) throws IOException {
    String href = urls.href(url.toString());
    out.append("<a");
    if (classes != null) {
      out.append(" class=\"").append(classes).append('"');
    }
    if (href != null) {
      out.append(" href=\"").append(Html.escape(href)).append('"');
    }
    out.append('>').append(Html.escape(text)).append("</a>");
  }
}
