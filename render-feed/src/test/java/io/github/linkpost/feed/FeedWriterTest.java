package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedWriterTest {
  static final FeedWriter ATOM = FeedWriter.builder(FeedFormat.ATOM, Samples.SITE).build();
  static final FeedWriter JSON = FeedWriter.builder(FeedFormat.JSON_FEED, Samples.SITE).build();

  static String golden(String name) throws IOException {
    try (InputStream in = FeedWriterTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A link post with two quotes and a plain post, whole, in each format. */
  @Test
  void writesEachFormatWhole() throws IOException {
    assertThat(ATOM.write(Samples.FEED, Samples.both())).isEqualTo(golden("two-posts.xml"));
    assertThat(JSON.write(Samples.FEED, Samples.both())).isEqualTo(golden("two-posts.json"));
  }

  @Test
  void theLinkedListStyleSwapsTheLinks() {
    String xml = ATOM.toBuilder().linkedList(true).build()
        .write(Samples.FEED, List.of(new FeedPost(Samples.LINK_POST_PATH, Samples.linkPost())));
    String entry = xml.substring(xml.indexOf("<entry>"));
    assertThat(entry).contains("<link rel=\"alternate\" href=\"https://ports.example.com/box/?a=1&amp;b=2\""
            + " title=\"The box's story\"/>\n"
            + "<link rel=\"related\" type=\"text/html\" href=\"https://blog.example.org/notes/links/2025/10/13/p1159-box/\"/>\n")
        .doesNotContain("rel=\"alternate\" type=\"text/html\"");
  }

  @Test
  void idsCanBeTagUris() {
    FeedWriter tags = ATOM.toBuilder().tagIds(true).build();
    FeedEntry entry = tags.entry(Samples.LINK_POST_PATH, Samples.linkPost());
    assertThat(entry.id()).isEqualTo("tag:blog.example.org,2025-10-13:/notes/_posts/2025-10-13-p1159-box.md");
    assertThat(tags.entry("blog/_posts/2025-10-13-a b.md", Samples.linkPost()).id())
        .isEqualTo("tag:blog.example.org,2025-10-13:/notes/blog/_posts/2025-10-13-a%20b.md");
    assertThat(ATOM.entry(Samples.LINK_POST_PATH, Samples.linkPost()).id())
        .isEqualTo(entry.url().toString());
  }

  @Test
  void newestFirstAndAtMostTheLimit() {
    List<FeedPost> posts = new java.util.ArrayList<>();
    for (String day : List.of("2025-01-03", "2025-01-01", "2025-01-04", "2025-01-02", "2025-01-04")) {
      String slug = "post-" + posts.size();
      posts.add(new FeedPost("_posts/" + day + "-" + slug + ".md", LinkPost.builder().title(slug).build()));
    }
    String json = JSON.toBuilder().limit(3).build().write(Samples.FEED, posts);
    // For one date, the later path first, as Jekyll's site.posts has them.
    assertThat(titles(json)).containsExactly("post-4", "post-2", "post-0");
    assertThat(titles(JSON.toBuilder().limit(0).build().write(Samples.FEED, posts)))
        .containsExactly("post-4", "post-2", "post-0", "post-3", "post-1");
    assertThatThrownBy(() -> JSON.toBuilder().limit(-1)).isInstanceOf(LinkPostException.class)
        .hasMessage("FeedWriter.limit must be 0 (all) or more, was -1");
  }

  static List<String> titles(String json) {
    List<String> titles = new java.util.ArrayList<>();
    try {
      Parsed.json(json).get("items").forEach(i -> titles.add(i.get("title").asText()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return titles;
  }

  /**
   * A title XML cannot carry goes to Atom as HTML with character references; a line return as a
   * reference XML keeps; JSON carries both as they are.
   */
  @Test
  void charactersXmlCannotCarry() {
    LinkPost bell = LinkPost.builder().title("ring \u0007 & <b> \uFFFE ]]>").build();
    LinkPost cr = LinkPost.builder().title("one\r\ntwo ]]>").build();
    String xml = ATOM.write(Samples.FEED, List.of(new FeedPost("_posts/2025-01-01-a.md", bell),
        new FeedPost("_posts/2025-01-02-b.md", cr)));
    assertThat(xml).contains("<title type=\"html\">ring &amp;#x7; &amp;amp; &amp;lt;b&amp;gt; &amp;#xFFFE; ]]&amp;gt;</title>")
        .contains("<title type=\"text\">one&#xD;\ntwo ]]&gt;</title>")
        .contains("value=\"ring &amp;#x7; &amp;amp;");
    assertThat(JSON.write(Samples.FEED, List.of(new FeedPost("_posts/2025-01-01-a.md", bell))))
        .contains("\"title\" : \"ring \\u0007 & <b> \uFFFE ]]>\"");
  }

  @Test
  void aNulInTheHtmlIsWhatAnHtmlParserMakesOfIt() {
    LinkPost post = LinkPost.builder().title("t").discovery(Discovery.builder()
        .at(Instant.parse("2025-10-13T18:59:00Z")).remarks("nothing &#0; here").build()).build();
    String xml = ATOM.write(Samples.FEED, List.of(new FeedPost("_posts/2025-01-01-a.md", post)));
    assertThat(xml).contains("nothing &amp;#xFFFD; here").doesNotContain("\u0000");
    assertThat(JSON.write(Samples.FEED, List.of(new FeedPost("_posts/2025-01-01-a.md", post))))
        .contains("nothing \\u0000 here");
  }

  @Test
  void whatAtomCannotCarryIsRefusedNamingThePostAndTheField() throws IOException {
    LinkPost nul = LinkPost.builder().title("a\u0000b").build();
    LinkPost tab = LinkPost.builder().title("t").addTag("a\tb").build();
    LinkPost fine = LinkPost.builder().title("fine").build();
    assertThatThrownBy(() -> ATOM.write(Samples.FEED, List.of(new FeedPost("_posts/2025-01-01-nul.md", nul))))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("_posts/2025-01-01-nul.md: title holds U+0000, which neither XML nor HTML can"
            + " carry (write the feed as JSON Feed), was \"a\\u0000b\"");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FeedWriter.Session session = ATOM.open(Samples.FEED, out)) {
      session.add(ATOM.entry("_posts/2025-01-02-fine.md", fine));
      for (LinkPost refused : List.of(nul, tab)) {
        FeedEntry entry = ATOM.entry("_posts/2025-01-01-x.md", refused);
        assertThatThrownBy(() -> session.add(entry)).isInstanceOf(LinkPostException.class)
            .hasMessageStartingWith("_posts/2025-01-01-x.md: ");
      }
      assertThat(session.count()).isEqualTo(1);
    }
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml).contains("<title type=\"text\">fine</title>").doesNotContain("<title type=\"text\">t</title>");
    assertThat(xml.split("<entry>", -1)).hasSize(2);
    assertThat(JSON.write(Samples.FEED, List.of(new FeedPost("_posts/2025-01-01-a.md", nul),
        new FeedPost("_posts/2025-01-02-b.md", tab))))
        .contains("\"title\" : \"a\\u0000b\"").contains("\"tags\" : [ \"a\\tb\" ]");
  }

  @Test
  void anEmptyFeedIsAWholeDocument() throws IOException {
    Feed feed = Samples.FEED.toBuilder().updated(OffsetDateTime.parse("2025-10-13T12:00:00.5Z")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ATOM.open(feed, out).close();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("<updated>2025-10-13T12:00:00Z</updated>")
        .endsWith("</generator>\n</feed>\n");
    out.reset();
    JSON.open(feed, out).close();
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\"items\" : [ ]\n}\n");
  }

  @Test
  void theFeedAuthorIsTheTitleWhenNoneIsSet() {
    Feed feed = Feed.builder("Notes", URI.create("https://blog.example.org/notes/")).build();
    assertThat(ATOM.write(feed, List.of())).contains("<author><name>Notes</name></author>");
    assertThat(JSON.write(feed, List.of())).doesNotContain("authors");
    Feed bell = Feed.builder("N\u0007", URI.create("https://blog.example.org/")).build();
    assertThatThrownBy(() -> ATOM.write(bell, List.of())).isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("Feed.author must be set when the title");
    assertThat(ATOM.write(bell.toBuilder().author("Ada").build(), List.of()))
        .contains("<title type=\"html\">N&amp;#x7;</title>");
  }

  @Test
  void theDescriptionIsChecked() {
    URI home = URI.create("https://x.org/");
    assertThatThrownBy(() -> Feed.builder(" ", home)).hasMessage("Feed.title must not be blank, was \" \"");
    assertThatThrownBy(() -> Feed.builder("t", URI.create("ftp://x.org/")))
        .hasMessage("Feed.home must be an absolute http or https URL, was \"ftp://x.org/\"");
    assertThatThrownBy(() -> Feed.builder("t", home).language("english language"))
        .hasMessage("Feed.language must be a language tag such as en or pt-BR, was \"english language\"");
    assertThatThrownBy(() -> Feed.builder("t", home).author("a\nb"))
        .hasMessage("Feed.author must be one line of text, was \"a\\nb\"");
    assertThatThrownBy(() -> FeedWriter.builder(FeedFormat.ATOM, Permalinks.jekyll()))
        .hasMessage("a feed needs the site's URL: set Permalinks.Builder.url");
  }

  @Test
  void theLinkedPageOfADiscoveryLineWithWordsAroundItsLink() {
    LinkPost post = LinkPost.builder().title("t").discovery(Discovery.builder()
        .at(Instant.parse("2025-10-13T18:59:00Z"))
        .remarks("Ton: [Your blog](https://zylstra.example/blog/) and [more](https://x.org/)").build())
        .build();
    assertThat(JSON.write(Samples.FEED, List.of(new FeedPost("_posts/2025-10-13-t.md", post))))
        .contains("\"external_url\" : \"https://zylstra.example/blog/\"")
        .contains("\"page\" : {\n        \"title\" : \"Your blog\",");
    LinkPost none = post.withBody(List.of(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z"))
        .remarks("no [link](mailto:a@x.org) here").build()));
    assertThat(JSON.write(Samples.FEED, List.of(new FeedPost("_posts/2025-10-13-t.md", none))))
        .doesNotContain("external_url");
  }
}
