package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.linkpost.LinkPost;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import org.assertj.core.api.SoftAssertions;

/**
 * The feeds through real consumers: Atom validated against RFC 4287's RELAX NG schema by jing
 * and read by feedparser (a feed reader's parser, Debian's python3-feedparser); JSON Feed
 * checked against a schema of the 1.1 specification and read by feedsmith (Debian's
 * feedparser 6.0 reads no JSON Feed). Each gets the sample posts and 200 hostile ones, and what
 * it reads must be what went in.
 */
class FeedConsumersTest {
  static final int HOSTILE = 200;

  /** The sample posts and hostile ones, each with a path of its own. */
  static List<FeedPost> posts() {
    List<FeedPost> posts = new ArrayList<>(Samples.both());
    RandomGenerator<LinkPost> generator = HostilePosts.posts().generator(100);
    Random random = new Random(20261203L);
    for (int i = 0; i < HOSTILE; i++) {
      posts.add(new FeedPost("_posts/2025-09-" + (1 + i % 28) + "-hostile-" + i + ".md",
          generator.next(random).value()));
    }
    return posts;
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static Path schema(Path dir, String resource) throws IOException {
    try (InputStream in = FeedConsumersTest.class.getResourceAsStream(resource)) {
      Path file = dir.resolve(Path.of(resource).getFileName().toString());
      Files.copy(in, file);
      return file;
    }
  }

  /** jing's verdict on an Atom file: its messages, empty when valid. */
  static String jing(Path rnc, Path feed) {
    Tools.Result result = Tools.run(List.of("jing", "-c", rnc.toString(), feed.toString()));
    // Debian's wrapper warns of optional jars it does not find; those lines are not about the feed.
    String messages = result.output().lines().filter(l -> !l.startsWith("[warning] /usr/bin/jing"))
        .reduce("", (a, b) -> a + b + "\n");
    return result.status() == 0 ? messages : "exit " + result.status() + "\n" + messages;
  }

  @Example
  void atomIsValidAndFeedparserReadsWhatWentIn() throws Exception {
    Tools.assumeJing();
    Tools.assumeFeedparser();
    Path dir = Files.createTempDirectory("linkpost-atom-");
    try {
      Path rnc = schema(dir, "/schemas/atom.rnc");
      Path script = schema(dir, "/consumers/feedparser_check.py");
      List<FeedPost> posts = posts();
      for (boolean linkedList : new boolean[] {false, true}) {
        FeedWriter writer = FeedWriter.builder(FeedFormat.ATOM, Samples.SITE)
            .linkedList(linkedList).limit(0).build();
        Path feed = write(dir, "feed-" + linkedList + ".xml", writer.write(Samples.FEED, posts));
        assertThat(jing(rnc, feed)).as("jing on " + feed).isEmpty();
        Tools.Result read = Tools.run(List.of(Tools.PYTHON, script.toString(), feed.toString()));
        assertThat(read.status()).as(read.output()).isZero();
        JsonNode parsed = Parsed.json(read.output());
        assertThat(parsed.get("bozo").asBoolean()).as(parsed.get("bozo_exception").asText()).isFalse();
        assertThat(parsed.get("version").asText()).isEqualTo("atom10");
        assertThat(parsed.get("feed").get("title").asText()).isEqualTo(Samples.FEED.title());
        checkEntries(writer, posts, parsed.get("entries"), linkedList);
      }
      // The validator can fail: a feed without its id is refused.
      Path broken = write(dir, "broken.xml", FeedWriter.builder(FeedFormat.ATOM, Samples.SITE).build()
          .write(Samples.FEED, Samples.both()).replaceFirst("<id>[^<]*</id>", ""));
      assertThat(jing(rnc, broken)).contains("missing required element \"id\"");
    } finally {
      Tools.deleteTree(dir);
    }
  }

  private static void checkEntries(FeedWriter writer, List<FeedPost> posts, JsonNode entries,
      boolean linkedList) {
    List<FeedEntry> expected = posts.stream().map(p -> writer.entry(p.path(), p.post()))
        .sorted(java.util.Comparator.comparing((FeedEntry e) -> e.date().toInstant())
            .thenComparing(FeedEntry::path).reversed())
        .toList();
    assertThat(entries).hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < expected.size(); i++) {
      FeedEntry want = expected.get(i);
      LinkPost post = posts.stream().filter(p -> p.path().equals(want.path())).findFirst().get().post();
      JsonNode got = entries.get(i);
      String as = want.path();
      soft.assertThat(got.get("id").asText()).as(as).isEqualTo(want.id());
      String title = got.get("title_type").asText().equals("text/html")
          ? org.jsoup.parser.Parser.unescapeEntities(got.get("title").asText(), false)
          : got.get("title").asText();
      soft.assertThat(escaped(asFeedparserReads(title))).as(as + " title")
          .isEqualTo(escaped(asFeedparserReads(post.title().orElseThrow())));
      String date = io.github.linkpost.feed.internal.Dates.rfc3339(want.date());
      soft.assertThat(got.get("published").asText()).as(as).isEqualTo(date);
      soft.assertThat(got.get("updated").asText()).as(as).isEqualTo(date);
      List<String> links = new ArrayList<>();
      got.get("links").forEach(l -> links.add(l.get(0).asText() + " " + l.get(1).asText()));
      String permalink = want.url().toString();
      String page = Samples.linkedPage(post).orElse(null);
      List<String> expectedLinks = new ArrayList<>();
      if (page != null && linkedList) {
        expectedLinks.add("alternate " + page);
        expectedLinks.add("related " + permalink);
      } else {
        expectedLinks.add("alternate " + permalink);
        if (page != null) {
          expectedLinks.add("related " + page);
        }
      }
      post.discovery().flatMap(d -> d.via()).ifPresent(v -> expectedLinks.add("via " + v));
      soft.assertThat(links).as(as + " links").containsExactlyElementsOf(expectedLinks);
      List<String> tags = new ArrayList<>();
      got.get("tags").forEach(t -> tags.add(t.asText()));
      soft.assertThat(tags).as(as + " tags").containsExactlyElementsOf(
          new java.util.LinkedHashSet<>(post.tags()).stream().toList().isEmpty() && post.categories().isEmpty()
              ? List.of() : terms(post));
    }
    soft.assertAll();
  }

  /**
   * feedparser's own repairs of a text: it strips white space (as Python sees it, NEL and
   * no-break space included) from both ends, then reads C1 control characters as Windows-1252
   * (U+0085 as an ellipsis).
   */
  static String asFeedparserReads(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && pythonSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && pythonSpace(text.charAt(to - 1))) {
      to--;
    }
    StringBuilder out = new StringBuilder(to - from);
    for (char c : text.substring(from, to).toCharArray()) {
      int at = c - 0x80;
      out.append(at >= 0 && at < 32 && CP1252.charAt(at) != '?' ? CP1252.charAt(at) : c);
    }
    return out.toString();
  }

  private static final String CP1252 = "\u20AC?\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030"
      + "\u0160\u2039\u0152?\u017D??\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122"
      + "\u0161\u203A\u0153?\u017E\u0178";

  private static boolean pythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** JavaScript's {@code String.prototype.trim}: its white space and line terminators. */
  static String jsTrim(String text) {
    String space = "\t\n\u000B\f\r \u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF";
    java.util.function.IntPredicate trimmed = c -> space.indexOf(c) >= 0 || (c >= 0x2000 && c <= 0x200A);
    int from = 0;
    int to = text.length();
    while (from < to && trimmed.test(text.charAt(from))) {
      from++;
    }
    while (to > from && trimmed.test(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  /** A text with what a terminal would not show as escapes, for messages. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp > 0x7e
        ? String.format("\\u%04X", cp) : Character.toString(cp)));
    return out.toString();
  }

  private static List<String> terms(LinkPost post) {
    java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>(post.tags());
    terms.addAll(post.categories());
    return List.copyOf(terms);
  }

  @Example
  void jsonFeedMatchesTheSpecificationAndFeedsmithReadsWhatWentIn() throws Exception {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/jsonfeed-1.1.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<FeedPost> posts = posts();
    FeedWriter writer = FeedWriter.builder(FeedFormat.JSON_FEED, Samples.SITE).limit(0).build();
    String json = writer.write(Samples.FEED, posts);
    assertThat(schema.validate(json, InputFormat.JSON)).as("schema errors").isEmpty();
    // The schema can fail: an item without its id, a date that is not RFC 3339, an unknown key.
    String broken = json.replaceFirst("\"id\" : \"[^\"]*\",", "")
        .replaceFirst("\"date_modified\" : \"[^\"]*\"", "\"date_modified\" : \"yesterday\"")
        .replaceFirst("\"title\"", "\"titel\"");
    assertThat(schema.validate(broken, InputFormat.JSON).stream().map(e -> e.toString()))
        .anyMatch(e -> e.contains("'id'")).anyMatch(e -> e.contains("date_modified"))
        .anyMatch(e -> e.contains("titel"));

    Path modules = Tools.assumeFeedsmith();
    Path dir = Files.createTempDirectory("linkpost-json-");
    try {
      Path feed = write(dir, "feed.json", json);
      Path script = schema(dir, "/consumers/feedsmith_check.mjs");
      Tools.Result read = Tools.run(List.of("node", script.toString(), modules.toString(), feed.toString()));
      assertThat(read.status()).as(read.output()).isZero();
      JsonNode parsed = Parsed.json(read.output());
      assertThat(parsed.get("format").asText()).isEqualTo("json");
      assertThat(parsed.get("title").asText()).isEqualTo(Samples.FEED.title());
      JsonNode items = parsed.get("items");
      JsonNode written = Parsed.json(json).get("items");
      assertThat(items).hasSize(posts.size());
      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < items.size(); i++) {
        JsonNode got = items.get(i);
        JsonNode want = written.get(i);
        for (String key : List.of("id", "url", "external_url", "date_published", "date_modified")) {
          soft.assertThat(got.path(key).asText(null)).as(i + " " + key).isEqualTo(want.path(key).asText(null));
        }
        // feedsmith trims the white space around a title (and leaves out one left empty); nothing
        // else may differ.
        String title = jsTrim(want.get("title").asText());
        soft.assertThat(got.path("title").asText(null)).as(i + " title")
            .isEqualTo(title.isEmpty() ? null : title);
        List<String> wantTags = new ArrayList<>();
        want.path("tags").forEach(t -> wantTags.add(jsTrim(t.asText())));
        wantTags.removeIf(String::isEmpty);
        List<String> gotTags = new ArrayList<>();
        got.get("tags").forEach(t -> gotTags.add(t.asText()));
        soft.assertThat(gotTags).as(i + " tags").isEqualTo(wantTags);
        soft.assertThat(got.get("has_content").asBoolean()).isTrue();
      }
      soft.assertAll();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Tools.deleteTree(dir);
    }
  }
}
