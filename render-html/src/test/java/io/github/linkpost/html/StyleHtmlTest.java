package io.github.linkpost.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML shows the style's words, and the same microformats whether a post was built or read. */
class StyleHtmlTest {
  private static final PostStyle CUSTOM = PostStyle.builder().discovered("Found").remarksArrow("=>")
      .quoteHeading("## Excerpt").readWholeThing("Source:").by("Author:").published("Date:")
      .elision("[snip]").timeFormat("yyyy-MM-dd HH:mm").zone(ZoneOffset.UTC).build();
  private static final Link PAGE = Link.of("Tide tables", "https://sea.example.com/tides");

  private static LinkPost post() {
    return LinkPost.builder().title("Tides")
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z"))
            .via("https://blog.example.org/how/").page(PAGE).remarks("worth it").build())
        .addQuote(Quote.builder().source(PAGE).author("Ann Sea").published(LocalDate.of(2024, 11, 10))
            .addExcerpt(Excerpt.of("High water.")).addExcerpt(Excerpt.of("Low water.")).build())
        .build();
  }

  @Test
  void partsBuiltFromValuesShowTheStylesWords() {
    Document html = Jsoup.parseBodyFragment(HtmlRenderer.builder().style(CUSTOM).build().render(post()));
    assertThat(html.select("p").first().text())
        .isEqualTo("Found: 2025-10-13 18:59 (UTC) Tide tables => worth it");
    assertThat(html.select("h2#excerpt").text()).isEqualTo("Excerpt");
    assertThat(html.select("li").eachText()).containsExactly("Source: Tide tables",
        "Author: Ann Sea", "Date: November 10, 2024");
    assertThat(html.select(".p-content blockquote").eachText())
        .containsExactly("High water.", "[snip]", "Low water.");
  }

  @Test
  void aReadPostHasTheClassesOfTheBuiltOne() {
    String markdown = JekyllMarkdownRenderer.builder().style(CUSTOM).build().render(post());
    LinkPost read = JekyllPostReader.builder().style(CUSTOM).build().parse(markdown);
    HtmlRenderer trusting = HtmlRenderer.builder().style(CUSTOM).allowHtml(true).build();
    for (LinkPost p : new LinkPost[] {post(), read}) {
      Document html = Jsoup.parseBodyFragment(trusting.render(p));
      assertThat(html.select(".h-entry .u-bookmark-of").attr("href")).isEqualTo(PAGE.url().toString());
      assertThat(html.select(".h-entry time").attr("datetime")).isEqualTo("2025-10-13T18:59:00Z");
      assertThat(html.select(".u-quotation-of.h-cite .u-url.p-name").attr("href"))
          .isEqualTo(PAGE.url().toString());
      assertThat(html.select(".h-cite .p-author").first().attr("value").isEmpty()
          ? html.select(".h-cite .p-author").text() : html.select(".h-cite .p-author").attr("value"))
          .isEqualTo("Ann Sea");
      assertThat(html.select(".h-cite .p-content blockquote")).hasSize(3);
    }
  }

  @Test
  void theFrontMatterStyleLinksTheTitleFirst() {
    PostStyle style = PostStyle.frontMatter().withZone(ZoneOffset.UTC);
    // The post's date is the discovery's: the front matter says it all, the body holds the
    // remarks alone.
    LinkPost post = LinkPost.builder().title("Tide tables")
        .date(java.time.OffsetDateTime.parse("2025-10-13T18:59:00Z"))
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z")).page(PAGE)
            .remarks("My words.").build()).build();
    Document html = Jsoup.parseBodyFragment(HtmlRenderer.builder().style(style).build().render(post));
    assertThat(html.select(".h-entry > p").eachText()).containsExactly("Tide tables", "My words.");
    assertThat(html.select(".h-entry > p > a.u-bookmark-of").attr("href"))
        .isEqualTo(PAGE.url().toString());
    assertThat(html.select(".u-bookmark-of")).hasSize(1);
  }

  @Test
  void theFrontMatterStyleShowsTheDiscoveryLineTheFrontMatterCannotSay() {
    PostStyle style = PostStyle.frontMatter().withZone(ZoneOffset.UTC);
    // No date: the body says when the page was found, as the file does.
    LinkPost post = LinkPost.builder().title("Tide tables")
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z")).page(PAGE)
            .remarks("My words.").build()).build();
    String markdown = JekyllMarkdownRenderer.builder().style(style).build().render(post);
    assertThat(markdown).contains("Discovered: Oct 13, 2025 18:59 (UTC) [Tide tables]");
    Document html = Jsoup.parseBodyFragment(HtmlRenderer.builder().style(style).build().render(post));
    assertThat(html.select(".h-entry > p").eachText()).containsExactly("Tide tables",
        "Discovered: Oct 13, 2025 18:59 (UTC) Tide tables <– My words.");
    assertThat(html.select(".u-bookmark-of")).hasSize(1);
    assertThat(html.select(".h-entry > p > a.u-bookmark-of").attr("href"))
        .isEqualTo(PAGE.url().toString());
  }
}
