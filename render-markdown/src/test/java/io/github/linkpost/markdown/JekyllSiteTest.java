package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Site;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JekyllSiteTest {
  private static final Path FILE = Path.of("blog/_config.yml");

  static final String EVERY_KEY = """
      title: Links of the day
      url: "https://blog.example.org"
      baseurl: /links
      author:
        name: Ada Example
        email: ada@example.org
        uri: https://ada.example.org/
      timezone: Europe/Paris
      permalink: /:year/:month/:title/
      markdown_ext: "markdown,MD"
      markdown: kramdown
      kramdown:
        input: GFM
        hard_wrap: false
        toc_levels: 1..3
        syntax_highlighter_opts:
          disable: true
      plugins: [jekyll-feed]
      linkpost:
        style: front-matter
        link_key: link
        labels:
          discovered: Found
          remarks_arrow: "=>"
          quote_heading: "## Excerpt"
          read_whole_thing: "Source:"
          by: "Author:"
          published: "Date:"
          elision: "[snip]"
      """;

  @Test
  void readsEveryKey(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("_config.yml"), EVERY_KEY);
    Site site = JekyllSite.read(dir);
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertThat(site.title()).contains("Links of the day");
    assertThat(site.url()).contains(URI.create("https://blog.example.org"));
    assertThat(site.baseurl()).isEqualTo("/links");
    assertThat(site.author()).contains(Site.Author.of("Ada Example",
        java.util.Optional.of("ada@example.org"),
        java.util.Optional.of(URI.create("https://ada.example.org/"))));
    assertThat(site.timezone()).contains(paris);
    assertThat(site.zone()).isEqualTo(paris);
    assertThat(site.permalink()).isEqualTo("/:year/:month/:title/");
    assertThat(site.markdownExtensions()).containsExactly("markdown", "md");
    assertThat(site.kramdown()).containsExactly(Map.entry("input", "GFM"),
        Map.entry("hard_wrap", false), Map.entry("toc_levels", "1..3"),
        Map.entry("syntax_highlighter_opts", Map.of("disable", true)));
    assertThat(site.style()).isEqualTo(PostStyle.frontMatter().toBuilder()
        .linkKeys("link", "external-url", "external_url")
        .discovered("Found").remarksArrow("=>").quoteHeading("## Excerpt")
        .readWholeThing("Source:").by("Author:").published("Date:").elision("[snip]")
        .zone(paris).build());
  }

  @Test
  void anEmptyConfigurationIsJekyllsDefaults() {
    Site site = JekyllSite.parse("# nothing\n", FILE);
    assertThat(site).isEqualTo(Site.defaults());
    assertThat(JekyllSite.parse("url: \"\"\nbaseurl: \"\"\nauthor: Ada\n", FILE).author())
        .contains(Site.Author.of("Ada"));
    assertThat(JekyllSite.parse("linkpost:\n  labels:\n    elision: \"…\"\n", FILE).style())
        .isEqualTo(PostStyle.builder().elision("…").build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "zone|timezone: Mars/Olympus|1|timezone must be a time zone such as America/Vancouver, was \"Mars/Olympus\"",
      "zone a list|title: t\\ntimezone: [UTC]|2|timezone must be text, was \"a list\"",
      "url|url: ftp://example.org|1|url must be an absolute http or https URL, was \"ftp://example.org\"",
      "extensions|markdown_ext: \",,\"|1|markdown_ext must list extensions such as markdown,md, was \",,\"",
      "kramdown|kramdown: GFM|1|kramdown must be a map of options, was \"GFM\"",
      "author|author: [a, b]|1|author must be a name, or a map with name, email and uri, was \"a list\"",
      "style|linkpost:\\n  style: fancy|2|linkpost.style must be reference or front-matter, was \"fancy\"",
      "unknown key|linkpost:\\n  labls: {}|2|linkpost.labls is not a key of linkpost (style, link_key, labels), was \"labls\"",
      "unknown label|linkpost:\\n  labels:\\n    discoverd: Found|3|linkpost.labels.discoverd is not a label",
      "heading|linkpost:\\n  labels:\\n    quote_heading: QUOTE|3|linkpost.labels.quote_heading must be a Markdown heading line (1 to 6 #, a space, then its text), was \"QUOTE\"",
      "blank label|linkpost:\\n  labels:\\n    by: \" \"|3|linkpost.labels.by must not be blank, was \" \"",
      "link key|linkpost:\\n  link_key: title|2|linkpost.link_key must hold distinct keys, none of",
      "yaml|title: [unclosed|1|is not valid YAML",
      "tag|kramdown: !ruby/object:Gem::Installer {a: b}|1|tag !ruby/object:Gem::Installer is not allowed"})
  void refusesAWrongValueWithTheFileLineKeyAndValue(String name, String yaml, int line,
      String message) {
    assertThatThrownBy(() -> JekyllSite.parse(yaml.replace("\\n", "\n"), FILE))
        .as(name)
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith(FILE + ":" + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void aFolderWithoutConfigurationIsRefused(@TempDir Path dir) {
    assertThat(JekyllSite.config(dir)).isEmpty();
    assertThatThrownBy(() -> JekyllSite.read(dir)).hasMessage(dir + ": has no _config.yml");
  }

  @Test
  void theSitesStyleReadsItsPosts(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("_config.yml"), "timezone: Asia/Tokyo\nlinkpost:\n  style: front-matter\n");
    Site site = JekyllSite.read(dir);
    JekyllPostReader reader = JekyllPostReader.builder().style(site.style()).build();
    var post = reader.parse("---\ntitle: T\nexternal_url: https://e.example/\ndate: 2025-01-01 09:00\n---\n");
    assertThat(post.discovery().orElseThrow().at()).isEqualTo(java.time.Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(List.of(site.style().zone())).containsExactly(ZoneId.of("Asia/Tokyo"));
  }
}
