package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.Verbatim;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writer and the reader of one style, custom or front-matter, read each other. */
class StyleTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static final PostStyle CUSTOM = PostStyle.builder()
      .discovered("Found [via]")
      .remarksArrow("=>")
      .quoteHeading("## Excerpt*s*")
      .readWholeThing("Source:")
      .by("Author:")
      .published("Date:")
      .elision("[snip]")
      .timeFormat("yyyy-MM-dd HH:mm")
      .zone(PARIS)
      .build();

  static LinkPost customPost() {
    return LinkPost.builder()
        .title("Tides | tables")
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z")).zone(PARIS)
            .via("https://blog.example.org/how/")
            .page(Link.of("Tide tables", "https://sea.example.com/tides"))
            .remarks("worth *reading*").build())
        .addQuote(Quote.builder().source(Link.of("Tide tables", "https://sea.example.com/tides"))
            .author("Ann Sea").published(LocalDate.of(2024, 11, 10))
            .addExcerpt(Excerpt.of("High water at **noon**."))
            .addExcerpt(Excerpt.of("[snip]", "snip")) // as typed, not the elision
            .build())
        .build();
  }

  static final String CUSTOM_TEXT = """
      ---
      layout: post
      title: "Tides | tables"
      ---
      [Found \\[via\\]](https://blog.example.org/how/): 2025-10-13 20:59 (Europe/Paris) [Tide tables](https://sea.example.com/tides) => worth *reading*

      ## Excerpt*s*

      * Source:  [Tide tables](https://sea.example.com/tides)\s
      * Author: Ann Sea
      * Date: November 10, 2024

      >High water at **noon**.

      >\\[snip\\]

      >[snip]

      >snip

      """;

  @Test
  void aCustomStyleIsWrittenInItsWordsAndReadBack() {
    JekyllMarkdownRenderer writer = JekyllMarkdownRenderer.builder().style(CUSTOM).build();
    JekyllPostReader reader = JekyllPostReader.builder().style(CUSTOM).build();
    String text = writer.render(customPost());
    assertThat(text).isEqualTo(CUSTOM_TEXT);
    LinkPost back = reader.parse(text);
    assertThat(back).isEqualTo(customPost());
    assertThat(writer.render(back)).isEqualTo(text);
    // The reference reader does not know these words: it keeps the text as it is.
    LinkPost other = JekyllPostReader.jekyll().parse(text);
    assertThat(other.isLinkPost()).isFalse();
    assertThat(JekyllMarkdownRenderer.jekyll().render(other)).isEqualTo(text);
  }

  @Test
  void aParagraphThatWouldReadAsTheElisionIsWrittenSoThatItDoesNot() {
    PostStyle style = PostStyle.builder().elision("snip").build();
    LinkPost post = LinkPost.builder().title("t")
        .addQuote(Quote.builder().source(Link.of("S", "https://s.example/"))
            .addExcerpt(Excerpt.of("snip", "a")).addExcerpt(Excerpt.of("b")).build()).build();
    String text = JekyllMarkdownRenderer.builder().style(style).build().render(post);
    assertThat(text).contains(">&#115;nip\n\n>a\n\n>snip\n\n>b\n");
    assertThat(JekyllPostReader.builder().style(style).build().parse(text)).isEqualTo(post);
    // And in the reference style, the Unicode ellipsis typed as an excerpt.
    LinkPost ellipsis = post.withBody(List.of(Quote.builder().source(Link.of("S", "https://s.example/"))
        .addExcerpt(Excerpt.of("\u2026")).build()));
    assertThat(JekyllPostReader.jekyll().parse(JekyllMarkdownRenderer.jekyll().render(ellipsis)))
        .isEqualTo(ellipsis);
  }

  // --- the front-matter style

  /** An Octopress linklog post, as its generator writes them. */
  static final String LINKLOG = """
      ---
      layout: post
      title: "The box that shrank the oceans"
      date: 2013-01-15 10:00
      comments: true
      external-url: https://ports.example.com/box/
      categories: [links]
      ---
      > Before 1956 a ship spent more time tied up in port than at sea.

      The container did more for trade than any treaty.
      """;

  @Test
  void aFrontMatterLinkPostIsReadWithItsQuoteAndRemarksAndWrittenBackAsItWas() {
    JekyllPostReader reader = JekyllPostReader.builder().style(PostStyle.frontMatter())
        .zone(PARIS).build();
    LinkPost post = reader.parse(LINKLOG);
    Link page = Link.of("The box that shrank the oceans", "https://ports.example.com/box/");
    Instant at = OffsetDateTime.parse("2013-01-15T10:00+01:00").toInstant();
    assertThat(post.discovery()).contains(Discovery.builder().at(at).zone(PARIS).page(page)
        .remarks("The container did more for trade than any treaty.").build());
    assertThat(post.quotes()).containsExactly(Quote.builder().source(page)
        .addExcerpt(Excerpt.of(" Before 1956 a ship spent more time tied up in port than at sea."))
        .build());
    assertThat(post.extraFrontMatter()).containsOnlyKeys("comments");
    assertThat(post.categories()).containsExactly("links");
    JekyllMarkdownRenderer writer =
        JekyllMarkdownRenderer.builder().style(reader.style()).build();
    assertThat(writer.render(post)).isEqualTo(LINKLOG);
    // Changed, it is written afresh in the same shape.
    LinkPost retagged = post.withTags(List.of("shipping"));
    String afresh = writer.render(retagged);
    assertThat(afresh).isEqualTo("""
        ---
        layout: post
        title: "The box that shrank the oceans"
        external-url: https://ports.example.com/box/
        date: 2013-01-15 10:00:00 +0100
        tags:
        - shipping
        categories:
        - links
        comments: true
        ---
        > Before 1956 a ship spent more time tied up in port than at sea.

        The container did more for trade than any treaty.
        """);
    assertThat(reader.parse(afresh)).isEqualTo(retagged);
    // The reference style has no key for the link: it writes the discovery line instead.
    String reference = JekyllMarkdownRenderer.jekyll().render(retagged);
    assertThat(reference).contains("[The box that shrank the oceans](https://ports.example.com/box/)")
        .doesNotContain("external-url");
  }

  @Test
  void aBodyOfItsOwnIsKeptAsItIsAndTheFileNameGivesTheDate() {
    String text = """
        ---
        title: Notes on tides
        link: https://sea.example.com/tides
        ---
        Some thoughts.

        And more thoughts, with a [link](https://other.example/).
        """;
    JekyllPostReader reader = JekyllPostReader.builder().style(PostStyle.frontMatter())
        .zone(ZoneOffset.UTC).build();
    LinkPost post = reader.parse(text, Path.of("_posts/2024-03-05-notes-on-tides.markdown"));
    assertThat(post.discovery().orElseThrow().at()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    assertThat(post.discovery().orElseThrow().page())
        .contains(Link.of("Notes on tides", "https://sea.example.com/tides"));
    assertThat(post.body()).hasSize(2).element(1).isEqualTo(Verbatim.of(
        "Some thoughts.\n\nAnd more thoughts, with a [link](https://other.example/).\n"));
    assertThat(post.extraFrontMatter()).isEmpty();
    assertThat(JekyllMarkdownRenderer.builder().style(reader.style()).build().render(post))
        .isEqualTo(text);
    // Without the file's name there is no date, so no discovery: the key stays a key.
    LinkPost textOnly = reader.parse(text);
    assertThat(textOnly.isLinkPost()).isFalse();
    assertThat(textOnly.extraFrontMatter()).containsEntry("link", "https://sea.example.com/tides");
    // The reference style does not look for the link in the front matter.
    assertThat(JekyllPostReader.jekyll().parse(text, Path.of("2024-03-05-n.md")).isLinkPost()).isFalse();
  }

  @Test
  void aPostBuiltInCodeIsWrittenInTheShortestFormThatReadsBack() {
    PostStyle style = PostStyle.frontMatter().withZone(ZoneOffset.UTC);
    JekyllMarkdownRenderer writer = JekyllMarkdownRenderer.builder().style(style).build();
    JekyllPostReader reader = JekyllPostReader.builder().style(style).build();
    Link page = Link.of("A page", "https://example.org/a");
    Discovery found = Discovery.builder().at(Instant.parse("2025-01-02T03:04:00Z")).page(page).build();
    LinkPost.Builder base = LinkPost.builder().title("A page")
        .date(OffsetDateTime.parse("2025-01-02T03:04:00Z"));
    List<LinkPost> posts = new ArrayList<>();
    posts.add(base.build().withBody(List.of(found)));
    posts.add(base.build().withBody(List.of(found.withRemarks("- not a list"))));
    posts.add(base.build().withBody(List.of(found, Verbatim.of("My own words.\n"))));
    posts.add(base.build().withBody(List.of(found.toBuilder().via("https://v.example/").build())));
    posts.add(LinkPost.builder().title("Other title").discovery(found).build());
    posts.add(base.build().withBody(List.of(Quote.builder().source(page)
        .addExcerpt(Excerpt.of("quoted")).build(), found.withRemarks("after"))));
    for (LinkPost post : posts) {
      String text = writer.render(post);
      assertThat(reader.parse(text)).as(text).isEqualTo(post);
      assertThat(text).as(text).contains("external-url: https://example.org/a\n");
    }
    assertThat(writer.render(posts.get(0))).endsWith("---\n");
    assertThat(writer.render(posts.get(5))).endsWith("---\n>quoted\n\nafter\n\n");
    assertThat(writer.render(posts.get(1))).contains("[A page](https://example.org/a) <-- - not a list");
    assertThat(writer.render(posts.get(3))).contains("[Discovered](https://v.example/)");
  }

  // --- what Jekyll reads

  @Test
  void aPostWithoutTitleHasNoneAndIsWrittenBackWithoutOne() {
    String text = "---\nlayout: post\n---\nJust text.\n";
    LinkPost post = JekyllPostReader.jekyll().parse(text);
    assertThat(post.title()).isEmpty();
    assertThat(JekyllMarkdownRenderer.jekyll().render(post)).isEqualTo(text);
    assertThat(JekyllMarkdownRenderer.jekyll().render(post.withTags(List.of("x"))))
        .isEqualTo("---\nlayout: post\ntags:\n- x\n---\nJust text.\n");
    assertThat(JekyllPostReader.jekyll().parse("---\ntitle:\n---\n").title()).isEmpty();
    assertThat(JekyllPostReader.jekyll().parse("---\ntitle: \"\"\n---\n").title()).contains("");
    assertThat(JekyllPostReader.jekyll().parse("---\n---\nx\n").layout()).isEqualTo("post");
  }

  @Test
  void aKeyGivenTwiceTakesTheLastAndSaysWhere() {
    String text = "---\ntitle: a\nlayout: x\ntitle: b\nimage: {path: p, path: q}\n---\nText.\n";
    List<LinkPostException> warnings = new ArrayList<>();
    JekyllPostReader reader = JekyllPostReader.builder().warnings(warnings::add).build();
    LinkPost post = reader.parse(text, Path.of("_posts/2025-01-01-twice.md"));
    assertThat(post.title()).contains("b");
    assertThat(post.extraFrontMatter()).containsEntry("image", java.util.Map.of("path", "q"));
    assertThat(JekyllMarkdownRenderer.jekyll().render(post)).isEqualTo(text);
    assertThat(warnings).extracting(Throwable::getMessage).containsExactly(
        "_posts/2025-01-01-twice.md:4: front matter has the key \"title\" twice; the last is taken,"
            + " as Jekyll does",
        "_posts/2025-01-01-twice.md:5: front matter has the key \"path\" twice; the last is taken,"
            + " as Jekyll does");
  }

  @Test
  void theReadersZoneIsTheStyles() {
    String text = "---\ntitle: t\n---\n[Discovered](https://v.org/): Oct 13, 2025 18:59 [P](https://p.org/)\n";
    JekyllPostReader paris = JekyllPostReader.builder().style(PostStyle.reference().withZone(PARIS)).build();
    assertThat(paris.parse(text).discovery().orElseThrow().at()).isEqualTo(Instant.parse("2025-10-13T16:59:00Z"));
    assertThat(JekyllPostReader.jekyll().style().zone()).isEqualTo(ZoneId.systemDefault().normalized());
    assertThat(Optional.of(paris.style().zone())).contains(PARIS);
    assertThat(URI.create("https://p.org/")).isNotNull();
  }
}
