package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The oracle is the real thing: it converts as {@code jekyll build} does for a post's
 * {@code {{ content }}} (checked against a site of posts of our own built by Jekyll, and
 * against a sample of the shared corpus's Jekyll HTML), runs no Liquid, and carries any text
 * across its protocol unchanged.
 */
class OracleTest {
  private static Oracle oracle;

  @BeforeAll
  static void start() {
    oracle = Oracle.start();
  }

  @AfterAll
  static void stop() {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void isTheKramdownTheEngineFollows() {
    assertThat(oracle.versions()).contains(Oracle.KRAMDOWN, Oracle.GFM_PARSER, Oracle.JEKYLL,
        "rouge ");
  }

  @Test
  void convertsWithJekyllsSettings() {
    assertThat(oracle.toHtml(List.of(
        "It's *here*...\n",
        "# Head line\n",
        "| a |\n|---|\n| b |\n",
        "~~gone~~\n",
        "a $$x$$\n",
        "`code`\n")))
        .extracting(Outcome::html)
        .containsExactly(
            "<p>It’s <em>here</em>…</p>\n",
            "<h1 id=\"head-line\">Head line</h1>\n",
            "<table>\n  <thead>\n    <tr>\n      <th>a</th>\n    </tr>\n  </thead>\n  <tbody>\n"
                + "    <tr>\n      <td>b</td>\n    </tr>\n  </tbody>\n</table>\n",
            "<p><del>gone</del></p>\n",
            "<p>a \\(x\\)</p>\n",
            "<p><code class=\"language-plaintext highlighter-rouge\">code</code></p>\n");
  }

  @Test
  void runsNoLiquid() {
    String liquid = "{{ page.title }} {% raw %}{{ x }}{% endraw %} {% if a %}b{% endif %}";
    assertThat(oracle.toHtml(liquid + "\n").html()).isEqualTo("<p>" + liquid + "</p>\n");
  }

  @Test
  void carriesEveryTextAcrossUnchanged() {
    // A text without front matter comes back from the front-matter operation as it went in.
    List<String> texts = new ArrayList<>(List.of("", "\u0000", "a\u0000b", "\r", "a\rb\r\n\rc",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u05E9\u05DC\u05D5\u05DD cafe\u0301",
        "\u2028\u2029\u0085\uFEFF\u202E", "\u00FF\u0100\uFFFD\uFFFF", "\\\"'`|*_[]<&>\t"));
    StringBuilder big = new StringBuilder();
    for (int c = 1; big.length() < 2_000_000; c = (c * 31 + 7) % 0x10FFFF) {
      if (c < 0xD800 || c > 0xDFFF) {
        big.appendCodePoint(c);
      }
    }
    texts.add(big.toString());
    List<Outcome> back = oracle.bodies(texts);
    assertThat(back).extracting(Outcome::html).containsExactlyElementsOf(texts);
    assertThat(oracle.bodies(List.of())).isEmpty();
  }

  @Test
  void convertsEmptyDocumentsAndBatches() {
    assertThat(oracle.toHtml(List.of("", "a\n", ""))).extracting(Outcome::html)
        .containsExactly("\n", "<p>a</p>\n", "\n");
    assertThat(oracle.toHtml(List.of())).isEmpty();
  }

  @Test
  void removingRougeSpansLeavesTheCodeAsKramdownEscapesIt() {
    String code = "def x(a) = a < b && \"c\" | 'd' # note\n  <b>&amp;</b>\t\n";
    for (String language : HostileText.LANGUAGES) {
      String block =
          RougeSpans.strip(oracle.toHtml("```" + language + "\n" + code + "```\n").html());
      assertThat(code(block)).as(language).isEqualTo(escaped(code));
      String span = RougeSpans.strip(
          oracle.toHtml("`" + code.strip() + "`{: .language-" + language + "}\n").html());
      assertThat(code(span)).as(language).isEqualTo(escaped(code.strip()));
    }
  }

  /** What the first code element holds. */
  private static String code(String html) {
    int open = html.indexOf('>', html.indexOf("<code")) + 1;
    return html.substring(open, html.indexOf("</code>", open));
  }

  private static String escaped(String code) {
    return code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void convertsAsJekyllBuildDoesForASiteOfOurOwn() throws Exception {
    assumeTrue(Oracle.onPath("jekyll"), "jekyll is not on the PATH (.ci/run installs Debian's);"
        + " skipped");
    Path site = Files.createTempDirectory("kramdown-oracle-site-");
    try {
      Files.createDirectories(site.resolve("_posts"));
      Files.createDirectories(site.resolve("_layouts"));
      Files.writeString(site.resolve("_layouts/bare.html"), "{{ content }}");
      Files.writeString(site.resolve("_config.yml"), "permalink: /:title/\nquiet: true\n"
          + "defaults:\n  - scope:\n      path: \"\"\n    values:\n      layout: bare\n");
      List<String> posts = OwnPosts.ALL;
      for (int i = 0; i < posts.size(); i++) {
        Files.writeString(site.resolve("_posts/2024-01-0" + (i % 9 + 1) + "-post" + i + ".md"),
            posts.get(i), StandardCharsets.UTF_8);
      }
      Process jekyll = new ProcessBuilder("jekyll", "build", "--quiet", "-s", site.toString(),
          "-d", site.resolve("_site").toString()).redirectErrorStream(true).start();
      String log = new String(jekyll.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(jekyll.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(jekyll.exitValue()).as(log).isZero();
      List<String> bodies = posts.stream().map(JekyllFrontMatter::body).toList();
      List<Outcome> html = oracle.toHtml(bodies);
      for (int i = 0; i < posts.size(); i++) {
        String built = Files.readString(site.resolve("_site/post" + i + "/index.html"));
        assertThat(html.get(i).html()).as("post %d:%n%s", i, Visible.of(posts.get(i)))
            .isEqualTo(built);
      }
    } finally {
      try (Stream<Path> files = Files.walk(site)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void convertsAsJekyllBuiltASampleOfTheCorpus() throws IOException {
    Path corpus = Corpus.dir();
    convertsAsJekyllBuilt(corpus, Corpus.posts(corpus));
  }

  /** The same on the project's own small blog, which every checkout has. */
  @Test
  void convertsAsJekyllBuiltOurOwnBlog() throws IOException {
    convertsAsJekyllBuilt(Corpus.own(), Corpus.ownPosts());
  }

  private void convertsAsJekyllBuilt(Path corpus, List<Path> posts) throws IOException {
    List<Path> sample = new ArrayList<>();
    for (int i = 0; i < posts.size(); i += Math.max(1, posts.size() / 40)) {
      sample.add(posts.get(i));
    }
    List<String> bodies = new ArrayList<>();
    for (Path post : sample) {
      bodies.add(JekyllFrontMatter.body(Files.readString(post)));
    }
    List<Outcome> html = oracle.toHtml(bodies);
    for (int i = 0; i < sample.size(); i++) {
      assertThat(html.get(i).html()).as(sample.get(i).getFileName().toString())
          .isEqualTo(Files.readString(Corpus.jekyllHtml(corpus, sample.get(i))));
    }
    assertThat(sample).hasSizeGreaterThanOrEqualTo(Math.min(posts.size(), 40));
  }
}
