package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ReferenceFormatTest {
  private final JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();

  /** A post of our own in the reference shape: two excerpts, an indented paragraph, a remark-free line. */
  @Test
  void rendersOwnFixtureInTheReferenceFormat() {
    LinkPost post = LinkPost.builder()
        .title("ME:: tide tables are older than you think ; Mara Quill:: March 3, 2021:: "
            + "A short history of tide prediction ; 'The first machines were brass and patience.'")
        .discovery(Discovery.builder()
            .at(Instant.parse("2024-06-02T07:05:00Z"))
            .via("https://example.org/2020/how-i-save-links/")
            .page(Link.of("ME:: tide tables are older than you think ; Mara Quill:: "
                + "A short history of tide prediction", "https://tides.example.net/history/"))
            .build())
        .addQuote(Quote.builder()
            .source(Link.of(" Mara Quill:: A short history of tide prediction",
                "https://tides.example.net/history/"))
            .addExcerpt(Excerpt.of("Sailors have always wanted to know when the water comes back."))
            .addExcerpt(Excerpt.of(
                "The first machines were brass and patience. They used **pulleys** to add waves.",
                " Later, electronic computers took over the sums."))
            .build())
        .build();

    assertThat(renderer.render(post)).isEqualTo("""
        ---
        layout: post
        title: "ME:: tide tables are older than you think ; Mara Quill:: March 3, 2021:: A short \
        history of tide prediction ; 'The first machines were brass and patience.'"
        ---
        [Discovered](https://example.org/2020/how-i-save-links/): Jun 2, 2024 07:05 (UTC) \
        [ME:: tide tables are older than you think ; Mara Quill:: A short history of tide \
        prediction](https://tides.example.net/history/)\s

        ### QUOTE:\s

        * Read the whole thing:  [ Mara Quill:: A short history of tide prediction]\
        (https://tides.example.net/history/)\s

        >Sailors have always wanted to know when the water comes back.

        >...

        >The first machines were brass and patience. They used **pulleys** to add waves.

        > Later, electronic computers took over the sums.

        """);
  }

  /** The reference post, built through the public API from its own values, comes out byte for byte. */
  @Test
  void rendersTheReferencePostByteForByte() throws Exception {
    Path seed = Shared.seed();
    String expected = Files.readString(seed, StandardCharsets.UTF_8);
    LinkPost post = buildFromValuesOf(expected);
    assertThat(renderer.render(post)).isEqualTo(expected);
  }

  /**
   * A post file of our own in the reference format (title with parentheses and a question mark,
   * a query string, curly quotes, bold, excerpts of several paragraphs, paragraphs indented by a
   * space), built through the public API from its own values, comes out byte for byte, and
   * reads back as the same post: the reference post's check, without the shared folder.
   */
  @Test
  void rendersAReferenceFileOfOurOwnByteForByte() throws Exception {
    String expected = Files.readString(Shared.fixtures().resolve(
        "reference/2024-06-02-p0005-tide-tables.md"), StandardCharsets.UTF_8);
    LinkPost post = buildFromValuesOf(expected);
    assertThat(renderer.render(post)).isEqualTo(expected);
    LinkPost read = JekyllPostReader.jekyll().parse(expected);
    assertThat(renderer.render(read)).isEqualTo(expected);
    assertThat(read.discovery().orElseThrow().at()).isEqualTo(Instant.parse("2024-06-02T07:05:00Z"));
    Quote quote = read.quotes().get(0);
    assertThat(quote.author()).contains("Mara Quill");
    assertThat(quote.published()).contains(java.time.LocalDate.of(2021, 3, 3));
    assertThat(quote.excerpts()).extracting(e -> e.paragraphs().size()).containsExactly(1, 4);
  }

  /**
   * Takes the values out of the reference post with plain string handling (no library code),
   * and builds the post from them with the public API.
   */
  static LinkPost buildFromValuesOf(String text) {
    String[] parts = text.split("\n---\n", 2);
    Map<String, Object> front = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(parts[0].substring(4));
    List<String> blocks = List.of(parts[1].split("\n\n"));
    Matcher discovered = Pattern.compile(
        "\\[Discovered]\\((.*?)\\): (\\w{3} \\d+, \\d{4} \\d\\d:\\d\\d) \\(UTC\\) \\[(.*)]\\((.*)\\) ")
        .matcher(blocks.get(0));
    assertThat(discovered.matches()).as("discovery line").isTrue();
    Matcher source = Pattern.compile("\\* Read the whole thing:  \\[(.*)]\\((.*)\\) ")
        .matcher(blocks.get(2));
    assertThat(source.matches()).as("source line").isTrue();
    assertThat(blocks.get(1)).isEqualTo("### QUOTE: ");

    Quote.Builder quote = Quote.builder().source(Link.of(source.group(1), source.group(2)));
    List<String> paragraphs = new ArrayList<>();
    for (String block : blocks.subList(3, blocks.size())) {
      String paragraph = block.strip().isEmpty() ? null : block.replaceFirst("^>", "");
      if (paragraph == null) {
        continue;
      }
      if (paragraph.equals("...")) {
        quote.addExcerpt(Excerpt.of(paragraphs));
        paragraphs.clear();
      } else {
        paragraphs.add(paragraph.replace("\n>", "\n").stripTrailing());
      }
    }
    quote.addExcerpt(Excerpt.of(paragraphs));
    Instant at = java.time.LocalDateTime.parse(discovered.group(2),
            java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", java.util.Locale.ENGLISH))
        .toInstant(java.time.ZoneOffset.UTC);
    return LinkPost.builder()
        .layout((String) front.get("layout"))
        .title((String) front.get("title"))
        .discovery(Discovery.builder()
            .at(at)
            .via(discovered.group(1))
            .page(Link.of(discovered.group(3), discovered.group(4)))
            .build())
        .addQuote(quote.build())
        .build();
  }
}
