package io.github.linkpost.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageMetadataTest {
  static Stream<Fixtures.Page> pages() {
    return Fixtures.PAGES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsWhatEachTestPageSays(Fixtures.Page expected) {
    PageMetadata meta = PageMetadata.read(expected.page());
    assertThat(meta.title().orElse(null)).as("title").isEqualTo(expected.title());
    assertThat(meta.authors()).as("authors").isEqualTo(expected.authors());
    String published = meta.publishedAt().map(OffsetDateTime::toString)
        .orElse(meta.published().map(LocalDate::toString).orElse(null));
    assertThat(published).as("published").isEqualTo(expected.published());
    assertThat(meta.siteName().orElse(null)).as("site name").isEqualTo(expected.siteName());
    assertThat(meta.description().orElse(null)).as("description")
        .isEqualTo(expected.description());
    assertThat(meta.canonicalUrl().map(URI::toString).orElse(null)).as("canonical URL")
        .isEqualTo(expected.canonical());
    assertThat(sources(meta)).as("sources").isEqualTo(expected.sources());
  }

  static String sources(PageMetadata meta) {
    List<String> pairs = new ArrayList<>();
    meta.sources().forEach((field, source) -> pairs.add(field + "=" + source.label()));
    return String.join(" ", pairs);
  }

  /**
   * How often each field is found on the test pages, and from which source; printed for the
   * record, and held to the pages' expectations.
   */
  @Test
  void figuresOverTheTestPages() {
    Map<PageMetadata.Field, Map<String, Integer>> bySource = new EnumMap<>(PageMetadata.Field.class);
    for (Fixtures.Page page : Fixtures.PAGES) {
      PageMetadata meta = PageMetadata.read(page.page());
      for (PageMetadata.Field field : PageMetadata.Field.values()) {
        String source = meta.source(field).map(MetadataSource::label).orElse("(none)");
        bySource.computeIfAbsent(field, f -> new TreeMap<>()).merge(source, 1, Integer::sum);
      }
    }
    StringBuilder table = new StringBuilder("field | found | by source\n");
    int pages = Fixtures.PAGES.size();
    bySource.forEach((field, counts) -> {
      int found = pages - counts.getOrDefault("(none)", 0);
      table.append(field).append(" | ").append(found).append('/').append(pages).append(" | ")
          .append(counts).append('\n');
    });
    System.out.print(table);
    long titles = Fixtures.PAGES.stream().filter(p -> p.title() != null).count();
    assertThat(pages - bySource.get(PageMetadata.Field.TITLE).getOrDefault("(none)", 0))
        .isEqualTo((int) titles);
  }

  @Test
  void aPageGivenAsTextIsReadTheSame() {
    Fixtures.Page page = Fixtures.PAGES.get(0);
    PageMetadata fromBytes = PageMetadata.read(page.page());
    PageMetadata fromText = PageMetadata.read(
        new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8), URI.create(page.url()));
    assertThat(fromText).isEqualTo(fromBytes).hasSameHashCodeAs(fromBytes);
    assertThat(fromText.toString()).contains("title=Harbour cranes", "sources={TITLE=JSON_LD");
  }

  @Test
  void authorsAreJoinedOnOneLine() {
    PageMetadata.Builder b = PageMetadata.builder();
    assertThat(b.build().author()).isEmpty();
    assertThat(b.addAuthor("Ada").build().author()).contains("Ada");
    assertThat(b.addAuthor("Bo").build().author()).contains("Ada and Bo");
    assertThat(b.addAuthor("Cy").build().author()).contains("Ada, Bo and Cy");
  }

  @Test
  void theBuilderRefusesWhatAValueCannotHold() {
    assertThatThrownBy(() -> PageMetadata.builder().title("two\nlines"))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("PageMetadata.title must be one line, was \"two\\nlines\"");
    assertThatThrownBy(() -> PageMetadata.builder().addAuthor(" "))
        .hasMessage("PageMetadata.authors must not be blank, was \" \"");
    assertThatThrownBy(() -> PageMetadata.builder().canonicalUrl(URI.create("ftp://x.example/")))
        .hasMessage("PageMetadata.canonicalUrl must be an absolute http or https URL,"
            + " was \"ftp://x.example/\"");
  }

  @Test
  void aSourceIsKeptOnlyForAFieldWithAValue() {
    PageMetadata meta = PageMetadata.builder()
        .source(PageMetadata.Field.TITLE, MetadataSource.JSON_LD)
        .publishedAt(OffsetDateTime.of(2024, 11, 10, 23, 30, 0, 0, ZoneOffset.ofHours(-8)))
        .source(PageMetadata.Field.PUBLISHED, MetadataSource.OPEN_GRAPH)
        .build();
    assertThat(meta.sources()).containsOnlyKeys(PageMetadata.Field.PUBLISHED);
    assertThat(meta.published()).contains(LocalDate.of(2024, 11, 10));
    assertThat(meta.toBuilder().build()).isEqualTo(meta);
    assertThat(PageMetadata.empty().sources()).isEmpty();
  }

  @Test
  void nothingOnAPageRunsAndNoMarkupBreaksTheReader() {
    String hostile = "<title><script>alert(1)</script>T</title><script type=application/ld+json>"
        + "{\"@type\":\"Article\",\"headline\":\"<img src=x onerror=alert(1)>H\"";
    PageMetadata meta = PageMetadata.read(hostile, URI.create("https://x.example/"));
    assertThat(meta.title()).contains("<img src=x onerror=alert(1)>H");
    for (String broken : new String[] {"", "<", "<html", "<meta property=og:title content=",
        "<script type=application/ld+json>[[[[[[", "\u0000\uFFFF", "<time datetime=>",
        "<div class=h-entry><div class=h-entry>", "<script type=application/ld+json>{\"@graph\":"
            + "{\"@graph\":{\"@graph\":{\"@id\":\"a\",\"author\":{\"@id\":\"a\"}}}}}"}) {
      assertThat(PageMetadata.read(broken, URI.create("https://x.example/"))).isNotNull();
    }
  }
}
