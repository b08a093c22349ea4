package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.linkpost.Excerpt;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Hostile posts through both formats: each gives a well-formed document whose title reads back
 * exactly as typed, whose URLs are valid, and whose HTML has no script, event handler or unsafe
 * URL; the JSON Feed extension holds the quotes exactly.
 */
class HostileFeedTest {
  static final String PATH = "_posts/2025-01-01-hostile.md";
  static final FeedWriter ATOM = FeedWriter.builder(FeedFormat.ATOM, Samples.SITE).build();
  static final FeedWriter LINKED = ATOM.toBuilder().linkedList(true).build();
  static final FeedWriter JSON = FeedWriter.builder(FeedFormat.JSON_FEED, Samples.SITE).build();

  @Provide
  Arbitrary<LinkPost> posts() {
    return HostilePosts.posts();
  }

  @Property(tries = 300)
  void atomIsWellFormedAndMeansWhatWentIn(@ForAll("posts") LinkPost post) throws Exception {
    for (FeedWriter writer : List.of(ATOM, LINKED)) {
      String xml = writer.write(Samples.FEED, List.of(new FeedPost(PATH, post)));
      Document doc = Parsed.atom(xml);
      Element entry = Parsed.children(doc.getDocumentElement(), "entry").get(0);
      assertThat(Parsed.text(Parsed.children(entry, "title").get(0))).as(xml).isEqualTo(post.title().orElseThrow());
      List<String> rels = new ArrayList<>();
      for (Element link : Parsed.children(entry, "link")) {
        Parsed.assertWebUri(link.getAttribute("href"));
        rels.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
        if (link.hasAttribute("title") && post.discovery().get().page().isPresent()) {
          assertThat(link.getAttribute("title")).isEqualTo(post.discovery().get().page().get().text());
        }
      }
      String permalink = Samples.SITE.absoluteUrl(PATH, post).toString();
      String page = Samples.linkedPage(post).orElse(null);
      boolean swapped = writer == LINKED && page != null;
      assertThat(rels).as(xml).contains((swapped ? "related " : "alternate ") + permalink);
      if (page != null) {
        assertThat(rels).contains((swapped ? "alternate " : "related ") + page);
      }
      String html = Parsed.children(entry, "content").get(0).getTextContent();
      Parsed.assertSafe(html);
      if (page != null) {
        assertThat(org.jsoup.Jsoup.parse(html).select("a[href]").eachAttr("href"))
            .as("the linked page is in the content").contains(page);
      }
    }
  }

  @Property(tries = 300)
  void jsonFeedIsValidJsonAndHoldsTheQuotesExactly(@ForAll("posts") LinkPost post) throws Exception {
    String text = JSON.write(Samples.FEED, List.of(new FeedPost(PATH, post)));
    JsonNode item = Parsed.json(text).get("items").get(0);
    assertThat(item.get("title").asText()).isEqualTo(post.title().orElseThrow());
    Parsed.assertWebUri(item.get("url").asText());
    Parsed.assertSafe(item.get("content_html").asText());
    assertThat(item.path("external_url").asText(null)).isEqualTo(Samples.linkedPage(post).orElse(null));
    JsonNode ext = item.get("_linkpost");
    assertThat(ext.get("discovered").asText())
        .isEqualTo(post.discovery().get().at().atZone(Samples.VANCOUVER).toOffsetDateTime()
            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    post.discovery().get().remarks().ifPresent(r -> assertThat(ext.get("remarks").asText()).isEqualTo(r));
    List<Quote> quotes = post.quotes();
    assertThat(ext.has("quotes")).isEqualTo(!quotes.isEmpty());
    for (int q = 0; q < quotes.size(); q++) {
      JsonNode quote = ext.get("quotes").get(q);
      assertThat(quote.get("source").get("url").asText()).isEqualTo(quotes.get(q).source().url().toString());
      assertThat(quote.get("source").get("title").asText()).isEqualTo(quotes.get(q).source().text());
      assertThat(quote.has("author") ? quote.get("author").asText() : null)
          .isEqualTo(quotes.get(q).author().orElse(null));
      List<List<String>> excerpts = new ArrayList<>();
      quote.get("excerpts").forEach(e -> {
        List<String> paragraphs = new ArrayList<>();
        e.forEach(p -> paragraphs.add(p.asText()));
        excerpts.add(paragraphs);
      });
      assertThat(excerpts).isEqualTo(quotes.get(q).excerpts().stream().map(Excerpt::paragraphs).toList());
    }
  }
}
