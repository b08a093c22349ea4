package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A whole real blog as feeds: every post of the shared corpus in one Atom and one JSON Feed
 * document, valid for jing, feedparser and the JSON Feed schema, each link post carrying its
 * linked page when its discovery line names one.
 */
class CorpusFeedTest {
  static final Permalinks BLOG = Permalinks.builder().style("pretty").zone(Samples.VANCOUVER)
      .url("https://blog.example.org").build();
  static final Feed FEED = Feed.builder("A link blog", BLOG.home().orElseThrow()).build();

  @Test
  void everyPostOfARealBlogMakesValidFeeds() throws Exception {
    validFeeds(Tools.shared().resolve("corpus/posts"));
  }

  /** The same on the project's own small blog (fixtures/blog), which every checkout has. */
  @Test
  void everyPostOfOurOwnBlogMakesValidFeeds() throws Exception {
    assertThat(validFeeds(Path.of("..", "fixtures", "blog", "posts"))).isEqualTo(4);
  }

  /** Checks the feeds of every post in the folder; returns how many carry their linked page. */
  private int validFeeds(Path corpus) throws Exception {
    JekyllPostReader reader = JekyllPostReader.jekyll();
    List<FeedPost> posts = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        posts.add(new FeedPost(file.getFileName().toString(), reader.read(file)));
      }
    }
    long linkPosts = posts.stream().filter(p -> p.post().isLinkPost()).count();
    long withPage = posts.stream().filter(p -> Samples.linkedPage(p.post()).isPresent()).count();
    String json = FeedWriter.builder(FeedFormat.JSON_FEED, BLOG).limit(0).build().write(FEED, posts);
    try (InputStream in = getClass().getResourceAsStream("/schemas/jsonfeed-1.1.schema.json")) {
      assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in)
          .validate(json, InputFormat.JSON)).isEmpty();
    }
    JsonNode items = Parsed.json(json).get("items");
    assertThat(items).hasSize(posts.size());
    int external = 0;
    for (JsonNode item : items) {
      external += item.has("external_url") ? 1 : 0;
    }
    assertThat(external).isEqualTo(withPage);
    System.out.printf("corpus feed: %d posts, %d link posts, %d with their linked page%n",
        posts.size(), linkPosts, external);

    String atom = FeedWriter.builder(FeedFormat.ATOM, BLOG).limit(0).build().write(FEED, posts);
    Parsed.atom(atom);
    Tools.assumeJing();
    Path dir = Files.createTempDirectory("linkpost-corpus-");
    try {
      Path feed = FeedConsumersTest.write(dir, "feed.xml", atom);
      assertThat(FeedConsumersTest.jing(FeedConsumersTest.schema(dir, "/schemas/atom.rnc"), feed)).isEmpty();
      Tools.assumeFeedparser();
      Path script = FeedConsumersTest.schema(dir, "/consumers/feedparser_check.py");
      Tools.Result read = Tools.run(List.of(Tools.PYTHON, script.toString(), feed.toString()));
      JsonNode parsed = Parsed.json(read.output());
      assertThat(parsed.get("bozo").asBoolean()).as(parsed.get("bozo_exception").asText()).isFalse();
      assertThat(parsed.get("entries")).hasSize(posts.size());
      int related = 0;
      for (JsonNode entry : parsed.get("entries")) {
        for (JsonNode link : entry.get("links")) {
          related += link.get(0).asText().equals("related") ? 1 : 0;
        }
      }
      assertThat(related).isEqualTo(withPage);
    } finally {
      Tools.deleteTree(dir);
    }
    return external;
  }
}
