package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.OutputFiles;
import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import io.github.linkpost.markdown.PostFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts written in a custom style whose labels hold Markdown's signs, and in the front-matter
 * style, built by a real Jekyll: the labels show as typed, the link is the page's
 * {@code external-url}, and the files read back as the posts.
 */
class StyleJekyllTest {
  private static final PostStyle CUSTOM = PostStyle.builder().discovered("Found *it* [here]")
      .remarksArrow("<=|")
      .quoteHeading("## Excerpt").readWholeThing("Source_of_it:").by("By *whom*:")
      .published("On `day`:").elision("[...]").timeFormat("yyyy-MM-dd HH:mm")
      .zone(ZoneOffset.UTC).build();
  private static final Link PAGE = Link.of("Tide tables", "https://sea.example.com/tides");

  @Test
  void jekyllShowsTheStylesWordsAsTyped(@TempDir Path site) throws Exception {
    assumeTrue(onPath("jekyll"), "jekyll is not on the PATH (.ci/run installs Debian's); skipped");
    LinkPost custom = LinkPost.builder().title("Custom")
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z"))
            .via("https://blog.example.org/how/").page(PAGE).remarks("worth it").build())
        .addQuote(Quote.builder().source(PAGE).author("Ann Sea").published(LocalDate.of(2024, 11, 10))
            .addExcerpt(Excerpt.of("High water.")).addExcerpt(Excerpt.of("Low water.")).build())
        .build();
    LinkPost linked = LinkPost.builder().title("Tide tables")
        .date(OffsetDateTime.parse("2025-10-13T18:59:00Z"))
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z")).page(PAGE)
            .remarks("My *own* words.").build())
        .addQuote(Quote.builder().source(PAGE).addExcerpt(Excerpt.of("Quoted.")).build()).build();
    PostStyle frontMatter = PostStyle.frontMatter().withZone(ZoneOffset.UTC);
    Files.writeString(site.resolve("_config.yml"), "markdown: kramdown\ntimezone: UTC\n");
    Files.createDirectories(site.resolve("_layouts"));
    Files.writeString(site.resolve("_layouts/post.html"), "<!DOCTYPE html><html><body>"
        + "<a id=\"lp-link\" href=\"{{ page.external-url }}\">{{ page.title }}</a>"
        + "<div id=\"lp-content\">{{ content }}</div></body></html>\n");
    Path posts = site.resolve("_posts");
    String customText = JekyllMarkdownRenderer.builder().style(CUSTOM).build().render(custom);
    String linkedText = JekyllMarkdownRenderer.builder().style(frontMatter).build().render(linked);
    PostFiles.write(posts, "2025-10-13-custom.md", customText, OutputFiles.IfExists.FAIL);
    PostFiles.write(posts, "2025-10-13-linked.md", linkedText, OutputFiles.IfExists.FAIL);
    assertThat(JekyllPostReader.builder().style(CUSTOM).build().parse(customText)).isEqualTo(custom);
    assertThat(JekyllPostReader.builder().style(frontMatter).build().parse(linkedText)).isEqualTo(linked);

    Process jekyll = new ProcessBuilder("jekyll", "build", "--quiet", "-s", site.toString(),
        "-d", site.resolve("_site").toString()).redirectErrorStream(true).start();
    String log = new String(jekyll.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jekyll.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(jekyll.exitValue()).as(log).isZero();

    Document customPage = page(site, "custom");
    assertThat(customPage.select("#lp-content p").first().text())
        .isEqualTo("Found *it* [here]: 2025-10-13 18:59 (UTC) Tide tables <=| worth it");
    assertThat(customPage.select("#lp-content h2").text()).isEqualTo("Excerpt");
    assertThat(customPage.select("#lp-content li").eachText()).containsExactly(
        "Source_of_it: Tide tables", "By *whom*: Ann Sea", "On `day`: November 10, 2024");
    assertThat(customPage.select("#lp-content blockquote").eachText())
        .containsExactly("High water.", "[…]", "Low water.");
    assertThat(customPage.select("#lp-content table")).isEmpty();

    Document linkedPage = page(site, "linked");
    assertThat(linkedPage.select("#lp-link").attr("href")).isEqualTo(PAGE.url().toString());
    assertThat(linkedPage.select("#lp-link").text()).isEqualTo("Tide tables");
    assertThat(linkedPage.select("#lp-content blockquote").eachText()).containsExactly("Quoted.");
    assertThat(linkedPage.select("#lp-content > p").eachText()).containsExactly("My own words.");
  }

  private static Document page(Path site, String slug) throws Exception {
    List<Path> pages;
    try (var files = Files.walk(site.resolve("_site"))) {
      pages = files.filter(f -> f.getFileName().toString().equals(slug + ".html")).toList();
    }
    assertThat(pages).as(slug).hasSize(1);
    return Jsoup.parse(Files.readString(pages.get(0)));
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
