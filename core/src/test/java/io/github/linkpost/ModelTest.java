package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTest {
  private static final Instant AT = Instant.parse("2025-10-13T18:59:00Z");

  static Discovery discovery() {
    return Discovery.builder().at(AT).via("https://example.org/how/")
        .page(Link.of("A page", "https://example.org/page")).build();
  }

  static Quote quote() {
    return Quote.builder().source(Link.of("Source", "https://example.org/source"))
        .addExcerpt(Excerpt.of("One.", "Two.")).addExcerpt(Excerpt.of("Three.")).build();
  }

  static LinkPost post() {
    return LinkPost.builder().title("A title").discovery(discovery()).addQuote(quote()).build();
  }

  @Test
  void buildsAPostWithItsParts() {
    LinkPost post = post();
    assertThat(post.layout()).isEqualTo("post");
    assertThat(post.discovery()).contains(discovery());
    assertThat(post.quotes()).containsExactly(quote());
    assertThat(post.isLinkPost()).isTrue();
    assertThat(post.body()).hasSize(2);
    assertThat(discovery().zone()).isEqualTo(ZoneOffset.UTC);
  }

  /** In 1850 America/Vancouver was 8:12:28 behind UTC; the minute kept is the one shown there. */
  @Test
  void keepsTheTimeToTheMinuteOfItsZone() {
    Discovery d = Discovery.builder().at(Instant.parse("1850-07-28T08:12:40Z"))
        .zone(java.time.ZoneId.of("America/Vancouver")).build();
    assertThat(d.at()).isEqualTo(Instant.parse("1850-07-28T08:12:28Z"));
    assertThat(d.at().atZone(d.zone()).toLocalDateTime())
        .isEqualTo(java.time.LocalDateTime.parse("1850-07-28T00:00"));
    assertThat(Discovery.builder().at(Instant.parse("2025-10-13T18:59:59.9Z")).build().at())
        .isEqualTo(Instant.parse("2025-10-13T18:59:00Z"));
  }

  @Test
  void valuesAreEqualByContent() {
    assertThat(post()).isEqualTo(post()).hasSameHashCodeAs(post());
    assertThat(post().withTitle("Other")).isNotEqualTo(post());
    assertThat(post().toBuilder().build()).isEqualTo(post());
  }

  @Test
  void spellingsTakeNoPartInEquality() {
    Discovery spelled = discovery().withSpelling(Spelling.of("markdown", "text", discovery()));
    assertThat(spelled).isEqualTo(discovery()).hasSameHashCodeAs(discovery());
    assertThat(spelled.spelling()).isPresent();
    assertThat(spelled.spelling().get().matches(discovery())).isTrue();
    assertThat(spelled.spelling().get().matches(discovery().withRemarks("changed"))).isFalse();
  }

  @Test
  void withCopiesLeaveTheOriginalUnchanged() {
    LinkPost post = post();
    LinkPost retitled = post.withTitle("New");
    assertThat(post.title()).contains("A title");
    assertThat(retitled.title()).contains("New");
    assertThat(retitled.body()).isEqualTo(post.body());
  }

  @Test
  void listsAreImmutable() {
    List<String> tags = new ArrayList<>(List.of("a"));
    LinkPost post = LinkPost.builder().title("T").addAllTags(tags).build();
    tags.add("b");
    assertThat(post.tags()).containsExactly("a");
    assertThatThrownBy(() -> post.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> post.body().add(Verbatim.of("x"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringIsReadable() {
    assertThat(Link.of("A page", "https://example.org/page").toString())
        .isEqualTo("Link{text=A page, url=https://example.org/page}");
  }

  @Test
  void discoveryKeepsTheInstantToTheMinuteAndNormalisesFixedZones() {
    Discovery d = Discovery.builder().at(Instant.parse("2025-10-13T18:59:59.999Z"))
        .zone(ZoneId.of("UTC")).build();
    assertThat(d.at()).isEqualTo(AT);
    assertThat(d.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(Discovery.builder().at(AT).zone(ZoneId.of("America/Vancouver")).build().zone())
        .isEqualTo(ZoneId.of("America/Vancouver"));
  }

  // --- titles and layout

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "x", " x", "a\nb", "\"quoted\" | piped: yes",
      "\u0001 control", "🙂 مرحبا"})
  void acceptsAnyTitleEvenAnEmptyOne(String title) {
    // Jekyll builds a post whose title is "" as it is.
    assertThat(LinkPost.builder().title(title).build().title()).contains(title);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "x\udc00y", "\udc00\ud800"})
  void refusesTextThatIsNotWellFormedUnicode(String title) {
    assertThatThrownBy(() -> LinkPost.builder().title(title).build())
        .isInstanceOf(LinkPostException.class)
        .hasMessageContaining("LinkPost.title must be well-formed Unicode");
    assertThatThrownBy(() -> Link.of("a" + title, "https://example.org/"))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Link.text must be well-formed");
  }

  @Test
  void aPostWithoutATitleHasNone() {
    LinkPost untitled = LinkPost.builder().addVerbatim("Text.").build();
    assertThat(untitled.title()).isEmpty();
    assertThat(untitled.withTitle("T").withTitle(java.util.Optional.empty())).isEqualTo(untitled);
  }

  @Test
  void refusesABlankLayout() {
    assertThatThrownBy(() -> LinkPost.builder().title("T").layout(" ").build())
        .isInstanceOf(LinkPostException.class).hasMessageContaining("LinkPost.layout");
  }

  // --- links

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/", "http://example.org", "HTTPS://EXAMPLE.ORG/a?b=c#d",
      "https://example.org/wiki/Caf\u00e9_(place)", "https://[::1]:8080/x"})
  void acceptsAbsoluteWebUrls(String url) {
    assertThat(Link.of("t", url).url().toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/relative", "example.org/page", "ftp://example.org/", "javascript:alert(1)",
      "mailto:a@example.org", "https:///no-host", "data:text/html,x", "", "   "})
  void refusesOtherUrls(String url) {
    assertThatThrownBy(() -> Link.of("t", url))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Link.url ");
  }

  @Test
  void encodesCharactersThatCannotStandInAUrl() {
    assertThat(Link.of("t", "https://example.org/a b/\"q\"|{x}?k=[1]").url().toString())
        .isEqualTo("https://example.org/a%20b/%22q%22%7C%7Bx%7D?k=%5B1%5D");
    assertThat(Link.of("t", "https://example.org/#a#b").url().toString())
        .isEqualTo("https://example.org/#a%23b");
  }

  @Test
  void refusesAUriObjectThatIsNotAWebUrl() {
    assertThatThrownBy(() -> Link.of("t", URI.create("file:///etc/passwd")))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("Link.url must be an http or https URL, was \"file:///etc/passwd\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "two\nlines", "cr\rhere", "bell\u0007"})
  void refusesBadLinkTexts(String text) {
    assertThatThrownBy(() -> Link.of(text, "https://example.org/"))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Link.text ");
  }

  @Test
  void acceptsLinkTextsWithMarkupAndTabs() {
    String text = " [a] *b* `c` <d> & | {{ e }} \t مرحبا 🙂";
    assertThat(Link.of(text, "https://example.org/").text()).isEqualTo(text);
  }

  // --- discovery

  @Test
  void refusesADiscoveryWithoutAnInstant() {
    assertThatThrownBy(() -> Discovery.builder().build())
        .isInstanceOf(LinkPostException.class).hasMessageContaining("at");
  }

  @Test
  void refusesAViaThatIsNotAWebUrl() {
    assertThatThrownBy(() -> Discovery.builder().at(AT).via("ftp://example.org/"))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Discovery.via ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "two\n\nparagraphs", "a\n \nb"})
  void refusesBadRemarks(String remarks) {
    assertThatThrownBy(() -> Discovery.builder().at(AT).remarks(remarks).build())
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Discovery.remarks ");
  }

  @Test
  void acceptsRemarksOfOneParagraph() {
    assertThat(Discovery.builder().at(AT).remarks("x").build().remarks()).contains("x");
    assertThat(Discovery.builder().at(AT).remarks("x\n- y").build().remarks()).contains("x\n- y");
  }

  // --- quotes and excerpts

  @Test
  void refusesAQuoteWithNoExcerpt() {
    assertThatThrownBy(() -> Quote.builder().source(Link.of("s", "https://example.org/")).build())
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Quote.excerpts must hold an excerpt");
  }

  @Test
  void refusesAQuoteWithNoSource() {
    assertThatThrownBy(() -> Quote.builder().addExcerpt(Excerpt.of("p")).build())
        .isInstanceOf(LinkPostException.class).hasMessageContaining("source");
  }

  @Test
  void quoteKeepsItsAttribution() {
    Quote q = quote().toBuilder().author("Ada").published(LocalDate.of(1843, 9, 1)).build();
    assertThat(q.author()).contains("Ada");
    assertThat(q.published()).contains(LocalDate.of(1843, 9, 1));
  }

  @Test
  void refusesABlankAuthor() {
    assertThatThrownBy(() -> quote().toBuilder().author(" ").build())
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Quote.author ");
  }

  @Test
  void refusesAnExcerptWithNoParagraph() {
    assertThatThrownBy(() -> Excerpt.of())
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Excerpt.paragraphs must hold");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "a\n\nb", "a\n  \nb", "...", " ... "})
  void refusesBadParagraphs(String paragraph) {
    assertThatThrownBy(() -> Excerpt.of("fine", paragraph))
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("Excerpt.paragraphs[1] ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", " leading space", "two\nlines", "....", "... and more", "* a list item"})
  void acceptsParagraphs(String paragraph) {
    assertThat(Excerpt.of(paragraph).paragraphs()).containsExactly(paragraph);
  }

  // --- verbatim

  @Test
  void verbatimDropsSurroundingBlankLinesAndEndsWithALineBreak() {
    assertThat(Verbatim.of("\n\n## Previously\n\ntext\n\n\n").markdown())
        .isEqualTo("## Previously\n\ntext\n");
    assertThat(Verbatim.of("x").markdown()).isEqualTo("x\n");
    assertThat(Verbatim.of("x\r\n\r\n").markdown()).isEqualTo("x\r\n");
    assertThat(Verbatim.of("    code\n").markdown()).isEqualTo("    code\n");
  }

  @Test
  void refusesBlankVerbatim() {
    assertThatThrownBy(() -> Verbatim.of(" \n "))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Verbatim.markdown ");
  }

  // --- front matter

  @Test
  void refusesASecondDiscovery() {
    assertThatThrownBy(() -> LinkPost.builder().title("T").discovery(discovery())
        .discovery(discovery()).build())
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("LinkPost.body must hold at most one discovery");
  }

  @Test
  void acceptsFurtherFrontMatterOfTheAllowedKinds() {
    LinkPost post = LinkPost.builder().title("T")
        .putExtraFrontMatter("draft", true)
        .putExtraFrontMatter("rating", 4)
        .putExtraFrontMatter("authors", List.of("a", "b"))
        .putExtraFrontMatter("seo", Map.of("type", "article"))
        .build();
    assertThat(post.extraFrontMatter()).containsKeys("draft", "rating", "authors", "seo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "layout", "date", "tags", "categories", "permalink"})
  void refusesNamedKeysAmongFurtherFrontMatter(String key) {
    assertThatThrownBy(() -> LinkPost.builder().title("T").putExtraFrontMatter(key, "x").build())
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("LinkPost.extraFrontMatter key must not be one of");
  }

  @Test
  void refusesFrontMatterValuesOfOtherKinds() {
    assertThatThrownBy(() -> LinkPost.builder().title("T").putExtraFrontMatter("x", new Object()).build())
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("LinkPost.extraFrontMatter.x must be a string, boolean, number");
    assertThatThrownBy(() -> LinkPost.builder().title("T")
        .putExtraFrontMatter("x", List.of(List.of(new StringBuilder()))).build())
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("LinkPost.extraFrontMatter.x[0][0] must be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two\nlines"})
  void refusesBadTags(String tag) {
    assertThatThrownBy(() -> LinkPost.builder().title("T").addTag(tag).build())
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("LinkPost.tags ");
  }

  // --- messages

  @Test
  void messagesQuoteAndShortenTheValue() {
    String longText = "x".repeat(500);
    LinkPostException e = LinkPostException.invalid("F", "must be short", longText + "\n");
    assertThat(e.getMessage()).startsWith("F must be short, was \"xxx").endsWith("\u2026\"")
        .hasSizeLessThan(200);
    assertThat(LinkPostException.invalid("F", "rule", "a\"b\\c\td\u0000").getMessage())
        .isEqualTo("F rule, was \"a\\\"b\\\\c\\td\\u0000\"");
  }

  @Test
  void placedExceptionsNameTheFileAndLine() {
    LinkPostException e = new LinkPostException("bad thing").at(java.nio.file.Path.of("p.md"), 3);
    assertThat(e.getMessage()).isEqualTo("p.md:3: bad thing");
    assertThat(e.reason()).isEqualTo("bad thing");
    assertThat(e.line()).hasValue(3);
    assertThat(e.file()).contains(java.nio.file.Path.of("p.md"));
  }
}
