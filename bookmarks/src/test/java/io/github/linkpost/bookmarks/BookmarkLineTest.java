package io.github.linkpost.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BookmarkLineTest {
  @Test
  void aLineWithTimeTitleUrlAndRemarks() {
    Bookmark mark = BookmarkLine.parse(
        "Oct 13, 2025 18:59 [Brackets [inside] (and parens)](https://example.org/wiki/A_(b)) <-- my remark",
        ZoneId.of("America/Vancouver"));
    assertThat(mark.title()).contains("Brackets [inside] (and parens)");
    assertThat(mark.url()).isEqualTo("https://example.org/wiki/A_(b)");
    assertThat(mark.added()).contains(Instant.parse("2025-10-14T01:59:00Z"));
    assertThat(mark.notes()).contains("my remark");
  }

  @Test
  void escapesAngleBracketsAndArrows() {
    Bookmark mark = BookmarkLine.parse("  [a \\] b \\\\](<https://example.org/x y>) ---> so *true*",
        ZoneOffset.UTC);
    assertThat(mark.title()).contains("a ] b \\");
    assertThat(mark.url()).isEqualTo("https://example.org/x y");
    assertThat(mark.notes()).contains("so *true*");
    assertThat(mark.added()).isEmpty();
    assertThat(BookmarkLine.parse("[](https://example.org/)", ZoneOffset.UTC).title()).isEmpty();
  }

  @Test
  void refusesWhatIsNotABookmarkLine() {
    assertThatThrownBy(() -> BookmarkLine.parse("no link here", ZoneOffset.UTC))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("bookmark line must hold a Markdown link [title](url), was \"no link here\"");
    assertThatThrownBy(() -> BookmarkLine.parse("[t](https://example.org/(", ZoneOffset.UTC))
        .hasMessage("bookmark line has a link whose ( is not closed, was \"[t](https://example.org/(\"");
    assertThatThrownBy(() -> BookmarkLine.parse("Feb 31, 2025 10:00 [t](https://e.org/)", ZoneOffset.UTC))
        .hasMessage("bookmark line has a time that is not a date, was \"Feb 31, 2025 10:00\"");
    assertThatThrownBy(() -> BookmarkLine.parse("[t]()", ZoneOffset.UTC))
        .hasMessage("bookmark line has a link without a URL, was \"[t]()\"");
  }
}
