package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StyleAndSiteTest {
  @Test
  void theReferenceStyleHoldsTheReferenceWords() {
    PostStyle reference = PostStyle.reference();
    assertThat(reference.discovered()).isEqualTo("Discovered");
    assertThat(reference.remarksArrow()).isEqualTo("<--");
    assertThat(reference.quoteHeading()).isEqualTo("### QUOTE: ");
    assertThat(reference.readWholeThing()).isEqualTo("Read the whole thing:");
    assertThat(reference.by()).isEqualTo("By:");
    assertThat(reference.published()).isEqualTo("Published:");
    assertThat(reference.elision()).isEqualTo("...");
    assertThat(reference.timeFormat()).isEqualTo("MMM d, yyyy HH:mm");
    assertThat(reference.timeFormatsRead()).startsWith("MMM d, yyyy HH:mm").contains("d MMMM yyyy");
    assertThat(reference.linkPlace()).isEqualTo(PostStyle.LinkPlace.DISCOVERY_LINE);
    assertThat(reference.zone()).isEqualTo(ZoneId.systemDefault().normalized());
    assertThat(PostStyle.preset("reference")).isEqualTo(reference);
  }

  @Test
  void theFrontMatterStyleKeepsTheLinkInAKey() {
    PostStyle style = PostStyle.preset("front-matter");
    assertThat(style.linkPlace()).isEqualTo(PostStyle.LinkPlace.FRONT_MATTER);
    assertThat(style.linkKeys()).containsExactly("external-url", "link", "external_url");
    assertThat(style.linkKey()).isEqualTo("external-url");
    assertThat(style.withZone(ZoneId.of("UTC")).zone()).isEqualTo(java.time.ZoneOffset.UTC);
  }

  @Test
  void theWrittenTimeFormatIsAlwaysRead() {
    PostStyle style = PostStyle.builder().timeFormat("yyyy-MM-dd HH:mm")
        .timeFormatsRead(List.of("d MMMM yyyy")).build();
    assertThat(style.timeFormatsRead()).containsExactly("yyyy-MM-dd HH:mm", "d MMMM yyyy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " Found", "Found ", "a\nb"})
  void refusesLabelsThatAreNotOneWord(String label) {
    assertThatThrownBy(() -> PostStyle.builder().discovered(label).build())
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("PostStyle.discovered ");
  }

  @Test
  void refusesWhatCannotBeReadBack() {
    assertThatThrownBy(() -> PostStyle.builder().quoteHeading("QUOTE").build())
        .hasMessage("PostStyle.quoteHeading must be a Markdown heading line (1 to 6 #, a space, "
            + "then its text), was \"QUOTE\"");
    assertThatThrownBy(() -> PostStyle.builder().timeFormat("MMM d, yyyy").build())
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("PostStyle.timeFormat must show the year, month, day, hour and minute");
    assertThatThrownBy(() -> PostStyle.builder().timeFormat("MMM d, yy HH:mm").build())
        .hasMessageContaining("1970-01-01T00:00 is shown \"Jan 1, 70 00:00\"");
    assertThatThrownBy(() -> PostStyle.builder().timeFormat("MMM d, yyyy HH:mm z").build())
        .hasMessageStartingWith("PostStyle.timeFormat must show a date and time only");
    assertThatThrownBy(() -> PostStyle.builder().timeFormat("MMM d, yyyy HH:mm bbb").build())
        .hasMessageStartingWith("PostStyle.timeFormat must be a date-time pattern");
    assertThatThrownBy(() -> PostStyle.builder().linkKeys("title").build())
        .hasMessageStartingWith("PostStyle.linkKeys must hold distinct keys");
    assertThatThrownBy(() -> PostStyle.preset("fancy"))
        .hasMessage("style must be reference or front-matter, was \"fancy\"");
  }

  @Test
  void aSiteHasJekyllsDefaults() {
    Site site = Site.defaults();
    assertThat(site.timezone()).isEmpty();
    assertThat(site.zone()).isEqualTo(ZoneId.systemDefault());
    assertThat(site.markdownExtensions()).containsExactly("markdown", "mkdown", "mkdn", "mkd", "md");
    assertThat(site.permalink()).isEqualTo("date");
    assertThat(site.baseurl()).isEmpty();
    assertThat(site.url()).isEmpty();
    assertThat(site.style()).isEqualTo(PostStyle.reference());
    assertThat(site.isMarkdown("2025-01-01-a.MarkDown")).isTrue();
    assertThat(site.isMarkdown("2025-01-01-a.html")).isFalse();
    assertThat(site.isMarkdown("README")).isFalse();
  }

  @Test
  void theStylesZoneIsTheSites() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    Site site = Site.builder().timezone(paris)
        .style(PostStyle.frontMatter().withZone(ZoneId.of("Asia/Tokyo")))
        .url("https://blog.example.org").baseurl("/links").title("Links")
        .author(Site.Author.of("Ada", java.util.Optional.of("ada@example.org"),
            java.util.Optional.of(URI.create("https://ada.example.org/"))))
        .kramdown(Map.of("input", "GFM", "toc_levels", 2))
        .markdownExtensions(List.of("MD")).build();
    assertThat(site.style().zone()).isEqualTo(paris);
    assertThat(site.style().linkPlace()).isEqualTo(PostStyle.LinkPlace.FRONT_MATTER);
    assertThat(site.kramdown()).containsEntry("toc_levels", 2L);
    assertThat(site.markdownExtensions()).containsExactly("md");
    assertThat(site.author().orElseThrow().email()).contains("ada@example.org");
    assertThatThrownBy(() -> Site.builder().url("ftp://example.org/").build())
        .hasMessage("Site.url must be an http or https URL, was \"ftp://example.org/\"");
  }
}
