package io.github.linkpost.bookmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.Link;
import io.github.linkpost.LinkPostException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimesAndKeysTest {
  @Test
  void secondsMillisecondsAndMicrosecondsAreToldApartBySize() {
    Instant at = Instant.parse("2023-11-14T22:13:20Z");
    assertThat(Times.parse("ADD_DATE", "1700000000")).contains(at);
    assertThat(Times.parse("ADD_DATE", "1700000000000")).contains(at);
    assertThat(Times.parse("ADD_DATE", "1700000000000000")).contains(at);
    assertThat(Times.parse("ADD_DATE", " 1700000000.25 ")).contains(at.plusMillis(250));
    assertThat(Times.parse("ADD_DATE", "86400")).contains(Instant.parse("1970-01-02T00:00:00Z"));
    assertThat(Times.parse("ADD_DATE", "0")).isEmpty();
    assertThat(Times.parse("ADD_DATE", "")).isEmpty();
    assertThat(Times.parse("time", "2024-04-02T12:30:00Z")).contains(Instant.parse("2024-04-02T12:30:00Z"));
    assertThat(Times.parse("time", "2024-04-02T12:30:00+02:00")).contains(Instant.parse("2024-04-02T10:30:00Z"));
    assertThatThrownBy(() -> Times.parse("ADD_DATE", "170000000000000000000"))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("ADD_DATE is too large for seconds, milliseconds or microseconds since 1970, "
            + "was \"170000000000000000000\"");
  }

  private static String key(String url) {
    return PageKey.of(Link.of("x", url).url());
  }

  @Test
  void oneKeyForEverySpellingOfAPage() {
    String key = key("https://example.org/a/b?x=1#top");
    for (String same : new String[] {"http://example.org/a/b?x=1#top", "HTTPS://EXAMPLE.ORG/a/b?x=1#top",
        "https://example.org:443/a/b?x=1#top", "http://example.org:80/a/./b?x=1#top",
        "https://example.org/%61/b?x=1#top", "https://example.org/a/c/../b?x=1#top"}) {
      assertThat(key(same)).as(same).isEqualTo(key);
    }
    assertThat(key("https://example.org")).isEqualTo(key("https://example.org/#"));
    assertThat(key("https://example.org/caf\u00e9")).isEqualTo(key("https://example.org/caf%c3%a9"));
    assertThat(key("https://example.org/a_(b)")).isEqualTo(key("https://example.org/a_%28b%29"));
    assertThat(key("https://example.org/x y")).isEqualTo(key("https://example.org/x%20y"));
    for (String other : new String[] {"https://example.org/a/b/?x=1#top", "https://example.org/A/b?x=1#top",
        "https://example.org/a/b?x=2#top", "https://example.org/a/b?x=1", "https://www.example.org/a/b?x=1#top",
        "https://example.org:8443/a/b?x=1#top", "https://example.org/a%2Fb?x=1#top"}) {
      assertThat(key(other)).as(other).isNotEqualTo(key);
    }
    assertThat(Optional.of(key("https://user@Example.org/"))).contains("//user@example.org/");
  }
}
