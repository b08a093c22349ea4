package io.github.linkpost.bookmarks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Null is refused with the library's exception, naming the parameter. */
class NullsTest {
  @Test
  void nullIsRefusedByName() {
    assertThatThrownBy(() -> BookmarkLine.parse(null, ZoneOffset.UTC))
        .isInstanceOf(LinkPostException.class).hasMessage("line must not be null");
    assertThatThrownBy(() -> BookmarkLine.parse("[t](https://example.org/)", null))
        .isInstanceOf(LinkPostException.class).hasMessage("zone must not be null");
    assertThatThrownBy(() -> BookmarkImport.builder(null))
        .isInstanceOf(LinkPostException.class).hasMessage("postsDir must not be null");
    assertThatThrownBy(() -> BookmarkFiles.read(null, problem -> {}))
        .isInstanceOf(LinkPostException.class).hasMessage("file must not be null");
  }
}
