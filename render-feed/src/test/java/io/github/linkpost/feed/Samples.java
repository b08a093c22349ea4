package io.github.linkpost.feed;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Posts and settings the feed tests share. */
final class Samples {
  static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
  static final Permalinks SITE = Permalinks.builder().style("pretty").zone(VANCOUVER)
      .url("https://blog.example.org").baseurl("/notes").build();
  static final Feed FEED = Feed.builder("Notes & links", URI.create("https://blog.example.org/notes/"))
      .feedUrl(URI.create("https://blog.example.org/notes/feed.xml"))
      .author("Ada Lovelace").language("en").build();

  private Samples() {}

  /** A link post with two quotes, remarks, a via link, tags and categories. */
  static LinkPost linkPost() {
    return LinkPost.builder()
        .title("ME:: tides & <b>\"boxes\"</b> ; Lena Ortiz:: The box")
        .addTags("shipping", "boxes")
        .addCategory("Links")
        .discovery(Discovery.builder()
            .at(Instant.parse("2025-10-13T18:59:00Z"))
            .zone(VANCOUVER)
            .via("https://blog.example.org/how-i-find-links/")
            .page(Link.of("The box's story", "https://ports.example.com/box/?a=1&b=2"))
            .remarks("so *good* -- really, see [the notes](../notes/)")
            .build())
        .addQuote(Quote.builder()
            .source(Link.of("Lena Ortiz:: The box", "https://ports.example.com/box/?a=1&b=2"))
            .author("Lena Ortiz").published(LocalDate.of(2025, 10, 2))
            .addExcerpt(Excerpt.of("It's a \"box\"... and -- more", "A second paragraph."))
            .addExcerpt(Excerpt.of("After <script>alert(1)</script> an elision"))
            .build())
        .addQuote(Quote.builder()
            .source(Link.of("Sam Hill:: Containers", "https://sam.example.net/containers"))
            .addExcerpt(Excerpt.of("Boxes changed **everything**."))
            .build())
        .build();
  }

  static final String LINK_POST_PATH = "_posts/2025-10-13-p1159-box.md";

  /** A post that is not a link post, with its own date and author. */
  static LinkPost plainPost() {
    return LinkPost.builder().title("Just a note")
        .date(OffsetDateTime.parse("2025-10-12T08:00:00-07:00"))
        .putExtraFrontMatter("author", "Grace Hopper")
        .addVerbatim("Some *words* and an ![image](img/a.png).\n")
        .build();
  }

  static final String PLAIN_POST_PATH = "_posts/2025-10-12-a-note.md";

  /**
   * The page the feed should link: the discovery's, else the first http(s) link of the remarks
   * as CommonMark reads them.
   */
  static java.util.Optional<String> linkedPage(LinkPost post) {
    if (post.discovery().isEmpty()) {
      return java.util.Optional.empty();
    }
    Discovery d = post.discovery().get();
    if (d.page().isPresent()) {
      return java.util.Optional.of(d.page().get().url().toString());
    }
    return d.remarks().map(r -> org.jsoup.Jsoup.parse(org.commonmark.renderer.html.HtmlRenderer.builder().escapeHtml(true)
            .build().render(org.commonmark.parser.Parser.builder().build().parse(r)))
        .select("a[href]").stream().map(a -> a.attr("href")).filter(h -> h.matches("(?i)https?:.*"))
        .findFirst().map(h -> Link.of("x", h).url().toString()).orElse(null));
  }

  static List<FeedPost> both() {
    return List.of(new FeedPost(PLAIN_POST_PATH, plainPost()), new FeedPost(LINK_POST_PATH, linkPost()));
  }
}
