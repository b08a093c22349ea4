package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinimiserTest {
  private static Minimiser differsWhen(String needle) {
    return new Minimiser(batch -> batch.stream().map(d -> d.contains(needle)).toList());
  }

  @Test
  void removesBlocksLinesAndCharactersThatDoNotMatter() {
    assertThat(differsWhen("*x*").minimise("# a\n\nb *x* c\nd\n\n> e\n")).isEqualTo("*x*");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    assertThat(differsWhen(emoji).minimise("a " + emoji + " b\n")).isEqualTo(emoji);
    assertThat(differsWhen("\uDE00").minimise("a " + emoji + " b\n")).isEqualTo(emoji);
  }

  @Test
  void keepsADocumentThatCannotShrink() {
    assertThat(differsWhen("ab").minimise("ab")).isEqualTo("ab");
    assertThat(new Minimiser(batch -> batch.stream().map(d -> false).toList()).minimise("a\nb\n"))
        .isEqualTo("a\nb\n");
  }

  @Test
  void asksInBatches() {
    int[] calls = new int[1];
    Minimiser minimiser = new Minimiser(batch -> {
      calls[0]++;
      return batch.stream().map(d -> d.contains("x")).toList();
    });
    assertThat(minimiser.minimise("a".repeat(500) + "x" + "b".repeat(500))).isEqualTo("x");
    assertThat(calls[0]).isLessThan(40);
    assertThat(List.of(calls[0])).isNotEmpty();
  }
}
