package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugsAndNamesTest {
  @ParameterizedTest
  @CsvSource({
      "https://example.org/blog/Tide_Tables.html, tide-tables",
      "https://example.org/blog/2024/11/10/, 10",
      "https://nullprogram.com/blog/2024/11/10/, 10",
      "https://www.example.org/, www-example-org",
      "https://example.org, example-org",
      "https://example.org/caf%C3%A9-d%C3%A9j%C3%A0, cafe-deja",
      "https://example.org/a/b.c.tar.gz, b-c-tar",
      "https://example.org/.hidden, hidden",
      "https://example.org/%E4%B8%AD%E6%96%87, post",
      "https://example.org/p?q=1#x, p"})
  void slugsFromUrls(String url, String slug) {
    assertThat(Slugs.fromUrl(URI.create(url))).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ça va? Très bien!|ca-va-tres-bien",
      "Straße und Œuvre|strasse-und-oeuvre",
      "  --Hello,   World--  |hello-world",
      "中文标题|post",
      "🙂|post",
      "Łódź Ørsted Þing|lodz-orsted-thing"})
  void slugsFromText(String text, String slug) {
    assertThat(Slugs.of(text)).isEqualTo(slug);
  }

  @Property(tries = 300)
  void slugsAreAlwaysSafe(@ForAll String text) {
    String slug = Slugs.of(text);
    assertThat(slug).isNotEmpty().hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
        .matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  @Test
  void longSlugsAreCutAtAWordBoundary() {
    String slug = Slugs.of("word ".repeat(40));
    assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("word").doesNotEndWith("-");
  }

  @Test
  void referenceNamesUseTheGivenZone() {
    Instant at = Instant.parse("2025-10-13T18:59:00Z");
    assertThat(PostFiles.referenceName(at, ZoneId.of("America/Vancouver"), "Chris Wellons"))
        .isEqualTo("2025-10-13-p1159-chris-wellons.md");
    assertThat(PostFiles.referenceName(at, ZoneId.of("Asia/Tokyo"), "x"))
        .isEqualTo("2025-10-14-p0359-x.md");
    assertThat(PostFiles.plainName(LocalDate.of(2025, 1, 2), "A b")).isEqualTo("2025-01-02-a-b.md");
  }

  @Test
  void refusesFileNamesThatAreNotPlainMarkdownNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    for (String bad : new String[] {"../x.md", "a/b.md", "x.txt", ".md", ".hidden.md"}) {
      assertThatThrownBy(() -> PostFiles.write(dir, bad, "x", io.github.linkpost.OutputFiles.IfExists.FAIL))
          .as(bad).isInstanceOf(LinkPostException.class).hasMessageContaining("fileName");
    }
  }
}
