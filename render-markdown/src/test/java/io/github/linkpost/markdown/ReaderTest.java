package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.Verbatim;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderTest {
  private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
  /** The reference blog's zone, which its times without a label are in. */
  private final JekyllPostReader reader =
      JekyllPostReader.builder().zone(ZoneId.of("America/Vancouver")).build();
  private final JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();

  private static final String OWN = """
      ---
      layout: post
      title: "ME:: tides ; Mara Quill:: March 3, 2021:: A short history of tide prediction ; 'Brass.'"
      ---
      [Discovered](https://example.org/how/): Jun 2, 2024 07:05 (UTC) [Tide prediction](https://tides.example.net/history/)\s

      ### QUOTE:\s

      * Read the whole thing:  [ Mara Quill:: A short history](https://tides.example.net/history/)\s

      >Sailors have always wanted to know when the water comes back.

      >...

      >The first machines were brass and **patience**.

      > Later, computers took over the sums.

      """;

  /**
   * In 1850 America/Vancouver was 8:12:28 behind UTC: the time is kept to the minute shown
   * there, so it reads back the same however often it is written.
   */
  @Test
  void aTimeInAZoneOffsetBySecondsReadsBackTheSame() {
    ZoneId vancouver = ZoneId.of("America/Vancouver");
    LinkPost post = LinkPost.builder().title("Old")
        .discovery(Discovery.builder().at(Instant.parse("1850-07-28T08:12:40Z")).zone(vancouver)
            .build())
        .build();
    String text = JekyllMarkdownRenderer.jekyll().render(post);
    assertThat(text).contains("Jul 28, 1850 00:00 (America/Vancouver)");
    LinkPost read = JekyllPostReader.builder().zone(vancouver).build().parse(text);
    assertThat(read).isEqualTo(post);
    assertThat(JekyllMarkdownRenderer.jekyll().render(read.withBody(List.of(
        Discovery.builder().at(read.discovery().orElseThrow().at()).zone(vancouver).build()))))
        .as("written afresh").isEqualTo(text);
  }

  /**
   * On Oct 30, 1988 Vancouver's clocks went back from 02:00 to 01:00, so 01:30 happened twice,
   * at 08:30 and at 09:30 UTC. A line showing 01:30 and the zone reads as the first; the second
   * reads back an hour early (docs/format.md, The Jekyll Markdown format).
   */
  @Test
  void aTimeInTheRepeatedHourReadsBackAsTheFirst() {
    ZoneId vancouver = ZoneId.of("America/Vancouver");
    for (String at : new String[] {"1988-10-30T08:30:00Z", "1988-10-30T09:30:00Z"}) {
      LinkPost post = LinkPost.builder().title("Twice")
          .discovery(Discovery.builder().at(Instant.parse(at)).zone(vancouver).build())
          .build();
      String text = JekyllMarkdownRenderer.jekyll().render(post);
      assertThat(text).contains("Discovered: Oct 30, 1988 01:30 (America/Vancouver)");
      assertThat(reader.parse(text).discovery().orElseThrow().at())
          .isEqualTo(Instant.parse("1988-10-30T08:30:00Z"));
    }
  }

  /** A tag with 100,000 attributes once overflowed the stack in the block parser. */
  @Test
  void readsATagLineOfAnyLengthAndWritesItBack() {
    String text = "---\ntitle: t\n---\nText.\n\n<a " + "b ".repeat(100_000) + ">\n\n<a "
        + "b=\"c\" ".repeat(100_000) + "\n\nAfter.\n";
    assertThat(JekyllMarkdownRenderer.jekyll().render(JekyllPostReader.jekyll().parse(text)))
        .isEqualTo(text);
  }

  @Test
  void readsTheReferenceShapeIntoValuesAndWritesItBackByteForByte() {
    LinkPost post = reader.parse(OWN);
    assertThat(renderer.render(post)).isEqualTo(OWN);
    Discovery d = post.discovery().orElseThrow();
    assertThat(d.at()).isEqualTo(Instant.parse("2024-06-02T07:05:00Z"));
    assertThat(d.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(d.via()).contains(URI.create("https://example.org/how/"));
    assertThat(d.page().orElseThrow().text()).isEqualTo("Tide prediction");
    assertThat(d.remarks()).isEmpty();
    Quote q = post.quotes().get(0);
    assertThat(q.source().text()).isEqualTo(" Mara Quill:: A short history");
    assertThat(q.author()).contains("Mara Quill");
    assertThat(q.published()).contains(LocalDate.of(2021, 3, 3));
    assertThat(q.excerpts()).hasSize(2);
    assertThat(q.excerpts().get(1).paragraphs()).containsExactly(
        "The first machines were brass and **patience**.", " Later, computers took over the sums.");
    assertThat(post.body()).hasSize(2);
  }

  @Test
  void readsTheReferencePost() throws Exception {
    Path seed = Shared.seed();
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    LinkPost post = reader.read(seed);
    assertThat(renderer.render(post)).isEqualTo(text);
    assertThat(post.discovery().orElseThrow().at()).isEqualTo(Instant.parse("2025-10-13T18:59:00Z"));
    Quote quote = post.quotes().get(0);
    assertThat(quote.author()).contains("Chris Wellons");
    assertThat(quote.published()).contains(LocalDate.of(2024, 11, 10));
    assertThat(quote.excerpts()).extracting(e -> e.paragraphs().size()).containsExactly(1, 6);
    // The same content built in code renders the same bytes.
    assertThat(renderer.render(ReferenceFormatTest.buildFromValuesOf(text))).isEqualTo(text);
  }

  @Test
  void aChangedPartIsWrittenAfreshWhileTheRestKeepsItsSpelling() {
    String old = """
        ---
        layout: post
        title: 'Old   post'
        ---
        * [Discovered](https://example.org/how/): Mar 25, 2024. 17:40 [Page](https://example.org/p) <--- nice

        ## Previously
        * an older post
        """;
    LinkPost post = reader.parse(old);
    Discovery d = post.discovery().orElseThrow();
    LinkPost changed = post.withBody(List.of(d.withRemarks("nicer"), post.body().get(1)));
    assertThat(renderer.render(changed)).isEqualTo("""
        ---
        layout: post
        title: 'Old   post'
        ---
        [Discovered](https://example.org/how/): Mar 25, 2024 17:40 (America/Vancouver) \
        [Page](https://example.org/p) <-- nicer

        ## Previously
        * an older post
        """);
    assertThat(renderer.render(changed.withTitle("New"))).startsWith(
        "---\nlayout: post\ntitle: \"New\"\n---\n[Discovered]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [T](https://p.org/) |2025-10-13T18:59:00Z|UTC|T|",
      "* [Discovered](https://v.org/): Dec 9, 2022 16:57 [T](https://p.org/)|2022-12-10T00:57:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/) Dec 9, 2022 16:57 [T](https://p.org/)|2022-12-10T00:57:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/): Mar 25, 2024. 17:40 [T](https://p.org/)|2024-03-26T00:40:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/): Mar 25, 2024.17:40 [T](https://p.org/)|2024-03-26T00:40:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/): Mar 25, 2024. [T](https://p.org/)|2024-03-25T07:00:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/): Mar 25, 2024 [T](https://p.org/)|2024-03-25T07:00:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/): 29july2020 [T](https://p.org/)|2020-07-29T07:00:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/): 31August2020 [T](https://p.org/)|2020-08-31T07:00:00Z|America/Vancouver|T|",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC)[T](https://p.org/) |2025-10-13T18:59:00Z|UTC|T|",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (Asia/Tokyo) [T](https://p.org/) |2025-10-13T09:59:00Z|Asia/Tokyo|T|",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [T](https://p.org/) <-- so good|2025-10-13T18:59:00Z|UTC|T|so good",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [T](https://p.org/)  <--- so good|2025-10-13T18:59:00Z|UTC|T|so good",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [T](https://p.org/) --> so good|2025-10-13T18:59:00Z|UTC|T|so good",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [T](https://p.org/) <— so good|2025-10-13T18:59:00Z|UTC|T|so good",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [T](https://p.org/) <-- **QUOTE**: `a quote`|2025-10-13T18:59:00Z|UTC|T|**QUOTE**: `a quote`",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) Simon W: [T](https://p.org/) <-- hm|2025-10-13T18:59:00Z|UTC||Simon W: [T](https://p.org/) <-- hm",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) <-- no page|2025-10-13T18:59:00Z|UTC||no page",
      "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC)|2025-10-13T18:59:00Z|UTC||"})
  void readsEveryDiscoveryShape(String line, String at, String zone, String page, String remarks) {
    LinkPost post = reader.parse("---\ntitle: t\n---\n" + line + "\n");
    Discovery d = post.discovery().orElseThrow(() -> new AssertionError("no discovery in " + line));
    assertThat(d.at()).isEqualTo(Instant.parse(at));
    assertThat(d.zone()).isEqualTo(zone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(zone));
    assertThat(d.via()).contains(URI.create("https://v.org/"));
    assertThat(d.page().map(p -> p.text()).orElse(null)).isEqualTo(page);
    assertThat(d.remarks().orElse(null)).isEqualTo(remarks);
    assertThat(renderer.render(post)).isEqualTo("---\ntitle: t\n---\n" + line + "\n");
  }

  @Test
  void remarksRunOverFurtherLines() {
    LinkPost post = reader.parse("---\ntitle: t\n---\n"
        + "[Discovered](https://v.org/): Oct 13, 2025 18:59 [T](https://p.org/) <-- **QUOTE**: `one\n"
        + "two three`\n\nafter\n");
    assertThat(post.discovery().orElseThrow().remarks()).contains("**QUOTE**: `one\ntwo three`");
    assertThat(post.body().get(1)).isEqualTo(Verbatim.of("after\n"));
  }

  /**
   * Found by ReaderFuzzTest: {@code 1e999} read as infinity was written {@code .inf}, which read
   * back as text.
   */
  @Test
  void infiniteAndNotANumberValuesReadBackAsNumbers() {
    LinkPost post = reader.parse("---\ntitle: t\nbig: 13387E2193\nup: +.Inf\ndown: -.INF\nnan: .NaN\n"
        + "text: '.inf'\n---\n");
    assertThat(post.extraFrontMatter()).containsExactly(
        Map.entry("big", Double.POSITIVE_INFINITY), Map.entry("up", Double.POSITIVE_INFINITY),
        Map.entry("down", Double.NEGATIVE_INFINITY), Map.entry("nan", Double.NaN),
        Map.entry("text", ".inf"));
    LinkPost afresh = LinkPost.builder().title("t").extraFrontMatter(post.extraFrontMatter()).build();
    assertThat(reader.parse(renderer.render(afresh))).isEqualTo(afresh);
  }

  /**
   * Found by ReaderFuzzTest: in a loose list the blank line after the discovery item ended up
   * in the remarks, which then did not read back the same once written afresh.
   */
  @Test
  void blankLinesEndingTheDiscoveryItemAreNoPartOfTheRemarks() {
    String text = "---\ntitle: t\n---\n"
        + "* [Discovered](https://v.org/): Oct 13, 2025 18:59 [T](https://p.org/) <-- a remark\n"
        + "    \n* UPDATE: an item\n";
    LinkPost post = reader.parse(text);
    Discovery read = post.discovery().orElseThrow();
    assertThat(read.remarks()).hasValue("a remark");
    assertThat(renderer.render(post)).isEqualTo(text);
    Discovery afresh = Discovery.builder().at(read.at()).zone(read.zone()).via(read.via())
        .page(read.page()).remarks(read.remarks()).build();
    LinkPost written = post.toBuilder().body(List.of(afresh)).build();
    assertThat(reader.parse(renderer.render(written)).discovery()).hasValue(afresh);
  }

  @Test
  void remarksWithAPipeInCodeShowItAsHtmlSoKramdownMakesNoTable() {
    LinkPost post = LinkPost.builder().title("t")
        .discovery(Discovery.builder().at(Instant.parse("2025-01-01T00:00:00Z"))
            .remarks("see `a | b` here\nand more").build())
        .build();
    String text = renderer.render(post);
    assertThat(text).contains("(UTC) <-- see <code>a &#124; b</code><!--&#96;a &#124; b&#96;--> "
        + "here\n    and more\n");
    assertThat(reader.parse(text)).isEqualTo(post);
    // Remarks written on the line after the arrow, as earlier versions did, still read back.
    assertThat(reader.parse("---\ntitle: t\n---\nDiscovered: Jan 1, 2025 00:00 (UTC) <--\n"
        + "    see `a | b` here\n    and more\n")).isEqualTo(post);
  }

  @Test
  void aListWhoseFirstItemIsTheDiscoveryIsSplitThere() {
    String text = "---\ntitle: t\n---\n* [Discovered](https://v.org/) Jan 17, 2021. [T](https://p.org/)\n"
        + "* Previously: [old](https://o.org/)\n";
    LinkPost post = reader.parse(text);
    assertThat(post.discovery()).isPresent();
    assertThat(post.body()).hasSize(2);
    assertThat(post.body().get(1)).isEqualTo(Verbatim.of("* Previously: [old](https://o.org/)\n"));
    assertThat(renderer.render(post)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "## QUOTE|* Read the whole thing: [S](https://s.org/)",
      "## QUOTE:|* Read the whole thing: [S](https://s.org/) ",
      "### QUOTE: |* Read the whole thing:  [S](https://s.org/) ",
      "## QUOTE|Read the whole thing [S](https://s.org/)",
      "## QUOTE|(Read the whole thing: [S](https://s.org/))"})
  void readsQuoteSectionShapes(String heading, String readLine) {
    String text = "---\ntitle: t\n---\n[Discovered](https://v.org/): Oct 13, 2025 18:59 [T](https://p.org/)\n\n"
        + heading + "\n" + readLine + "\n\n>one\n> two\n\n>...\n\n>three\nlazy line\n\n>* a list\n>* inside\n\nafter\n";
    LinkPost post = reader.parse(text);
    assertThat(post.quotes()).hasSize(1);
    Quote q = post.quotes().get(0);
    assertThat(q.source().text()).isEqualTo("S");
    assertThat(q.source().url()).isEqualTo(URI.create("https://s.org/"));
    assertThat(q.excerpts()).hasSize(2);
    assertThat(q.excerpts().get(0).paragraphs()).containsExactly("one\n two");
    assertThat(q.excerpts().get(1).paragraphs()).containsExactly("three\nlazy line", "* a list\n* inside");
    assertThat(post.body().get(post.body().size() - 1)).isEqualTo(Verbatim.of("after\n"));
    assertThat(renderer.render(post)).isEqualTo(text);
  }

  @Test
  void aQuoteWithoutASourceLineQuotesTheDiscoveredPage() {
    LinkPost post = reader.parse("---\ntitle: t\n---\n[Discovered](https://v.org/): Oct 13, 2025 18:59 "
        + "[T](https://p.org/)\n\n## QUOTE\n\n>one\n");
    assertThat(post.quotes().get(0).source().url()).isEqualTo(URI.create("https://p.org/"));
  }

  @Test
  void postsThatAreNotLinkPostsKeepTheirBodyWhole() {
    String text = "---\nlayout: post\ntitle: \" Test from Ecto\"\ncreated: 1079596009\n---\n"
        + "If you see this, it worked.\n<br /><span>[Posted](http://x.org/)</span>\n\n\n";
    LinkPost post = reader.parse(text);
    assertThat(post.isLinkPost()).isFalse();
    assertThat(post.title()).contains(" Test from Ecto");
    assertThat(post.extraFrontMatter()).containsEntry("created", 1079596009L);
    assertThat(post.body()).containsExactly(
        Verbatim.of("If you see this, it worked.\n<br /><span>[Posted](http://x.org/)</span>\n"));
    assertThat(renderer.render(post)).isEqualTo(text);
  }

  @Test
  void keepsByteOrderMarksAndLineEndings() {
    String text = "\uFEFF---\r\nlayout: post\r\ntitle: \"x\"\n---\n[Discovered](https://v.org/): "
        + "Oct 13, 2025 18:59 [T](https://p.org/)\r\n\r\n## QUOTE\r\n>one\r\n";
    LinkPost post = reader.parse(text);
    assertThat(post.quotes()).hasSize(1);
    assertThat(renderer.render(post)).isEqualTo(text);
  }

  @Test
  void readsFoldedAndBinaryTitles() {
    LinkPost folded = reader.parse("---\ntitle: \"A long title\n  folded over lines\"\n---\nx\n");
    assertThat(folded.title()).contains("A long title folded over lines");
    LinkPost binary = reader.parse("---\ntitle: !binary |-\n  Q2Fmw6kgfCDinJM=\n---\nx\n");
    assertThat(binary.title()).contains("Café | ✓");
    assertThat(renderer.render(binary)).isEqualTo("---\ntitle: !binary |-\n  Q2Fmw6kgfCDinJM=\n---\nx\n");
  }

  @Test
  void readsTheNamedFrontMatterKeys() {
    LinkPost post = reader.parse("""
        ---
        layout: link
        title: t
        date: 2025-10-13 11:59:00 -0700
        tags: [llm, tools]
        categories: links notes
        permalink: /x/
        draft: true
        rating: 4.5
        authors:
          - a
          - b
        ---
        """);
    assertThat(post.layout()).isEqualTo("link");
    assertThat(post.date()).contains(OffsetDateTime.parse("2025-10-13T11:59:00-07:00"));
    assertThat(post.tags()).containsExactly("llm", "tools");
    assertThat(post.categories()).containsExactly("links", "notes");
    assertThat(post.permalink()).contains("/x/");
    assertThat(post.extraFrontMatter()).containsEntry("draft", true).containsEntry("rating", 4.5)
        .containsEntry("authors", List.of("a", "b"));
  }

  @Test
  void readsWhatTheRendererWritesForAFullPost() {
    LinkPost post = LinkPost.builder().title("T | \"q\"").layout("link")
        .date(OffsetDateTime.parse("2025-10-13T11:59:00-07:00")).addTags("a b", "yes")
        .permalink("/p/").putExtraFrontMatter("n", 4).putExtraFrontMatter("m", java.util.Map.of("k", List.of("v")))
        .addVerbatim("Intro *text*.")
        .discovery(Discovery.builder().at(Instant.parse("2025-01-01T10:00:00Z")).zone(VANCOUVER)
            .via("https://v.org/").remarks("first | line\n- second line\n: third {{ x }}").build())
        .addQuote(Quote.builder().source(io.github.linkpost.Link.of("[S] *s* {{ y }}", "https://s.org/a_(b)"))
            .author("A*uthor").published(LocalDate.of(2020, 2, 29))
            .addExcerpt(io.github.linkpost.Excerpt.of("# not a heading in the model\ntext | pipe"))
            .addExcerpt(io.github.linkpost.Excerpt.of("`code | span` and $$ and {% raw %}")).build())
        .addVerbatim("## Previously\n\n* [x](https://x.org/)")
        .build();
    String text = renderer.render(post);
    LinkPost back = reader.parse(text);
    assertThat(back).as(text).isEqualTo(post);
    assertThat(renderer.render(back)).isEqualTo(text);
  }
}
