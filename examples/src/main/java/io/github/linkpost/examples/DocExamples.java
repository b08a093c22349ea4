package io.github.linkpost.examples;

import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import io.github.linkpost.bookmarks.Bookmark;
import io.github.linkpost.bookmarks.BookmarkFiles;
import io.github.linkpost.bookmarks.BookmarkImport;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import io.github.linkpost.metadata.PageFetcher;
import io.github.linkpost.metadata.PageMetadata;
import io.github.linkpost.metadata.WebPage;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The code of the pages in {@code docs/}, compiled here so that it stays right; each method
 * holds one page's example between its markers.
 *
 * <pre>{@code
 * LinkPost back = DocExamples.style(post);
 * }</pre>
 */
public final class DocExamples {
  private DocExamples() {}

  /**
   * A style of one's own, written, read back and shown as HTML.
   *
   * @param post any post
   * @return the post read back from what the style's writer wrote, and its HTML
   */
  public static List<Object> style(LinkPost post) {
    // docs:start docs/format.md
    PostStyle mine = PostStyle.builder()          // starts from the reference format
        .discovered("Found").remarksArrow("=>").quoteHeading("## Excerpt")
        .readWholeThing("Source:").by("Author:").published("Date:").elision("[snip]")
        .timeFormat("yyyy-MM-dd HH:mm")           // DateTimeFormatter pattern; a zone label follows
        .zone(ZoneId.of("Europe/Paris"))          // times shown without a label
        .build();
    String text = JekyllMarkdownRenderer.builder().style(mine).build().render(post);
    LinkPost back = JekyllPostReader.builder().style(mine).build().parse(text); // equals post
    String html = HtmlRenderer.builder().style(mine).build().render(post);       // its labels
    // docs:end
    return List.of(back, html);
  }

  /**
   * A post's HTML fragment and page, and a renderer for one's own blog.
   *
   * @param post any post
   * @return the fragment, the page and what the trusting renderer makes of the post
   */
  public static List<String> html(LinkPost post) {
    // docs:start docs/html.md
    String fragment = HtmlRenderer.jekyll().render(post);   // what Jekyll puts in {{ content }}
    String page = HtmlRenderer.jekyll().renderPage(post);    // a complete HTML5 document
    HtmlRenderer trusting = HtmlRenderer.builder().allowHtml(true).allowRelativeUrls(true).build();
    // docs:end
    return List.of(fragment, page, trusting.render(post));
  }

  /**
   * What a page says about itself; fetches the page, so the tests only compile it.
   *
   * @return what the page says
   */
  public static PageMetadata metadata() {
    // docs:start docs/metadata.md
    WebPage page = PageFetcher.standard().fetch(URI.create("https://example.org/2024/11/10/notes/"));
    PageMetadata meta = PageMetadata.read(page);        // or PageMetadata.read(html, url)
    meta.title();      // Optional["Notes on local models"], without " | Site"
    meta.author();     // Optional["Jane Doe and John Roe"]; meta.authors() gives the list
    meta.published();  // Optional[2024-11-10]; publishedAt() has the time and offset when given
    meta.siteName(); meta.description(); meta.canonicalUrl();
    meta.source(PageMetadata.Field.TITLE);              // Optional[JSON_LD]: where it was found
    // docs:end
    return meta;
  }

  /**
   * Reads {@code bookmarks.html} and imports it and {@code pinboard.json} into {@code _posts},
   * all in the current folder.
   *
   * @return what the import did
   */
  public static BookmarkImport.Result bookmarks() {
    // docs:start docs/bookmarks.md
    try (Stream<Bookmark> marks = BookmarkFiles.read(Path.of("bookmarks.html"),
        problem -> System.err.println(problem.getMessage()))) {   // FILE:LINE: what is wrong
      marks.filter(Bookmark::isWebPage).forEach(m -> System.out.println(m.url() + " " + m.folders()));
    }

    BookmarkImport.Result result = BookmarkImport.builder(Path.of("_posts")).addTag("bookmarks")
        .build().run(List.of(Path.of("bookmarks.html"), Path.of("pinboard.json")));
    // docs:end
    return result;
  }
}
