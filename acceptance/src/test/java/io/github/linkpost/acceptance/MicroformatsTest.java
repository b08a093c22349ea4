package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML's microformats2, read by a real parser (npm's microformats-parser, installed in
 * {@code acceptance/mf2} by {@code npm ci}; {@code .ci/run} does it): every post is one
 * {@code h-entry} whose {@code bookmark-of} is the discovered page, quoting one {@code h-cite}
 * per quote with the source's URL; and a post read from Markdown carries the same
 * microformats as the equal post built in code. On the project's own posts, and on every link
 * post of the corpus when it is there.
 */
class MicroformatsTest {
  private static final Path MF2 = Path.of(System.getProperty("linkpost.mf2",
      Path.of("mf2").toAbsolutePath().toString()));
  private static final PostStyle CUSTOM = PostStyle.builder().discovered("Found").remarksArrow("=>")
      .quoteHeading("## Excerpt").readWholeThing("Source:").by("Author:").published("Date:")
      .elision("[snip]").timeFormat("yyyy-MM-dd HH:mm").zone(ZoneOffset.UTC).build();

  /** What the parser found in one file. */
  record Parsed(int entries, String bookmark, String name, String published, List<String> cites) {}

  @Test
  void aReadPostHasTheMicroformatsOfTheSamePostBuilt(@TempDir Path dir) throws Exception {
    assumeParser();
    Map<String, LinkPost> built = new LinkedHashMap<>();
    Map<String, HtmlRenderer> renderers = new LinkedHashMap<>();
    int n = 0;
    for (PostStyle style : List.of(PostStyle.reference().withZone(ZoneOffset.UTC),
        PostStyle.frontMatter().withZone(ZoneOffset.UTC), CUSTOM)) {
      JekyllMarkdownRenderer markdown = JekyllMarkdownRenderer.builder().style(style).build();
      JekyllPostReader reader = JekyllPostReader.builder().style(style).build();
      for (HtmlRenderer html : List.of(HtmlRenderer.builder().style(style).build(),
          HtmlRenderer.builder().style(style).allowHtml(true).build())) {
        for (LinkPost post : posts()) {
          LinkPost read = reader.parse(markdown.render(post));
          assertThat(read).isEqualTo(post);
          String name = String.format("%03d", n++);
          Files.writeString(dir.resolve(name + "-built.html"), html.render(post));
          Files.writeString(dir.resolve(name + "-read.html"), html.render(read));
          built.put(name, post);
          renderers.put(name, html);
        }
      }
    }
    Map<String, Parsed> parsed = parse(dir);
    for (Map.Entry<String, LinkPost> post : built.entrySet()) {
      Parsed fromValues = parsed.get(post.getKey() + "-built.html");
      Parsed fromMarkdown = parsed.get(post.getKey() + "-read.html");
      assertThat(fromMarkdown).as(post.getKey() + " " + post.getValue()).isEqualTo(fromValues);
      assertMarksUp(fromValues, post.getValue(), post.getKey());
    }
    System.out.printf("microformats: %d posts built and read, each the same to the parser%n",
        built.size());
  }

  @Test
  void everyCorpusLinkPostIsAnEntryBookmarkingItsPageAndCitingItsSources(@TempDir Path dir)
      throws Exception {
    assumeParser();
    String shared = System.getProperty("linkpost.shared");
    Path corpus = Path.of(shared != null ? shared : "../../shared", "corpus");
    assumeTrue(Files.isRegularFile(corpus.resolve("linkposts.txt")),
        "no corpus in " + corpus.toAbsolutePath() + "; skipped");
    marksUpEveryLinkPost(corpus, dir);
  }

  /** The same on the project's own small blog (fixtures/blog), which every checkout has. */
  @Test
  void everyLinkPostOfOurOwnBlogIsAnEntryBookmarkingItsPageAndCitingItsSources(@TempDir Path dir)
      throws Exception {
    assumeParser();
    assertThat(marksUpEveryLinkPost(Path.of("..", "fixtures", "blog"), dir)).isEqualTo(4);
  }

  /** Checks the markup of every link post listed; returns how many were read as link posts. */
  private static long marksUpEveryLinkPost(Path corpus, Path dir) throws Exception {
    JekyllPostReader reader = JekyllPostReader.builder().zone(ZoneId.of("America/Vancouver")).build();
    Map<String, LinkPost> posts = new LinkedHashMap<>();
    for (String name : Files.readAllLines(corpus.resolve("linkposts.txt"))) {
      if (name.isBlank()) {
        continue;
      }
      LinkPost post = reader.read(corpus.resolve("posts").resolve(name.strip()));
      String stem = name.strip().replaceFirst("\\.md$", "");
      Files.writeString(dir.resolve(stem + ".safe.html"), HtmlRenderer.jekyll().render(post));
      Files.writeString(dir.resolve(stem + ".trusted.html"),
          HtmlRenderer.builder().allowHtml(true).allowRelativeUrls(true).build().render(post));
      posts.put(stem, post);
    }
    Map<String, Parsed> parsed = parse(dir);
    int bookmarked = 0;
    int cites = 0;
    for (Map.Entry<String, LinkPost> post : posts.entrySet()) {
      for (String kind : List.of(".safe.html", ".trusted.html")) {
        Parsed p = parsed.get(post.getKey() + kind);
        assertMarksUp(p, post.getValue(), post.getKey() + kind);
        bookmarked += p.bookmark().isEmpty() ? 0 : 1;
        cites += p.cites().size();
      }
    }
    System.out.printf("microformats: %d corpus link posts (%d read as link posts), in 2 renderings:"
            + " %d files with one h-entry, %d bookmark-of the discovered page, %d h-cites"
            + " (one per quote, with its source URL)%n", posts.size(),
        posts.values().stream().filter(LinkPost::isLinkPost).count(), posts.size() * 2,
        bookmarked, cites);
    return posts.values().stream().filter(LinkPost::isLinkPost).count();
  }

  private static void assertMarksUp(Parsed p, LinkPost post, String what) {
    assertThat(p).as(what).isNotNull();
    assertThat(p.entries()).as(what + ": h-entries").isEqualTo(1);
    assertThat(p.bookmark()).as(what + ": bookmark-of").isEqualTo(
        post.discovery().flatMap(Discovery::page).map(l -> l.url().toString()).orElse(""));
    assertThat(p.name()).as(what + ": name").isEqualTo(post.title().orElse(""));
    assertThat(p.published()).as(what + ": published")
        .isEqualTo(post.date().map(OffsetDateTime::toString).orElse(""));
    assertThat(p.cites()).as(what + ": h-cites").hasSize(post.quotes().size());
    for (int i = 0; i < post.quotes().size(); i++) {
      Quote q = post.quotes().get(i);
      String[] cite = p.cites().get(i).split(" ~ ", -1);
      assertThat(cite[0]).as(what + ": cite url").isEqualTo(q.source().url().toString());
      assertThat(cite[1]).as(what + ": cite name").isNotBlank();
      assertThat(cite[2]).as(what + ": cite author").isEqualTo(q.author().orElse(""));
      assertThat(cite[3]).as(what + ": cite published")
          .isEqualTo(q.published().map(LocalDate::toString).orElse(""));
      assertThat(cite[4]).as(what + ": cite content").isEqualTo("1");
    }
  }

  /** Posts of the shapes that matter: remarks or none, via or none, attribution, two quotes. */
  private static List<LinkPost> posts() {
    Link page = Link.of("The box that shrank the oceans", "https://ports.example.com/box/");
    Instant at = Instant.parse("2025-04-18T16:42:00Z");
    Quote plain = Quote.builder().source(page)
        .addExcerpt(Excerpt.of("Before 1956 a ship spent more time **tied up** than at sea."))
        .addExcerpt(Excerpt.of("It's \"the box\" -- nothing more.", "A second paragraph.")).build();
    Quote attributed = Quote.builder().source(Link.of("Lena Ortiz:: Boxes", "https://other.example/b"))
        .author("Lena Ortiz").published(LocalDate.of(2024, 11, 10))
        .addExcerpt(Excerpt.of("Ports moved out of town.")).build();
    List<LinkPost> posts = new ArrayList<>();
    Discovery.Builder found = Discovery.builder().at(at).page(page);
    posts.add(LinkPost.builder().title("The box that shrank the oceans").discovery(found.build()).build());
    posts.add(LinkPost.builder().title("ME:: boxes ; Lena Ortiz:: Boxes")
        .discovery(found.via("https://blog.example.org/how/").remarks("worth *a* read").build())
        .addQuote(plain).addQuote(attributed).permalink("/2025/box/").build());
    posts.add(LinkPost.builder().title("The box that shrank the oceans")
        .date(OffsetDateTime.parse("2025-04-18T16:42:00Z"))
        .discovery(Discovery.builder().at(at).zone(ZoneOffset.UTC).page(page).build())
        .addQuote(plain).build());
    posts.add(LinkPost.builder().title("No page").discovery(Discovery.builder().at(at)
        .via("https://blog.example.org/how/").build()).addVerbatim("Words of my own.\n").build());
    return posts;
  }

  private static void assumeParser() {
    assumeTrue(onPath("node"), "node is not on the PATH; skipped");
    assumeTrue(Files.isDirectory(MF2.resolve("node_modules/microformats-parser")),
        "microformats-parser is not installed in " + MF2 + " (npm ci --prefix acceptance/mf2;"
            + " .ci/run does it); skipped");
  }

  private static Map<String, Parsed> parse(Path dir) throws Exception {
    Process node = new ProcessBuilder("node", MF2.resolve("parse.mjs").toString(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(node.exitValue()).isZero();
    Map<String, Parsed> parsed = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      List<String> cites = new ArrayList<>();
      for (int i = 6; i < cells.length; i++) {
        cites.add(cells[i]);
      }
      assertThat(cites).hasSize(Integer.parseInt(cells[5]));
      parsed.put(cells[0], new Parsed(Integer.parseInt(cells[1]), cells[2], cells[3], cells[4], cites));
    }
    return parsed;
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

}
