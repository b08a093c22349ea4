package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static Comparison of(String expected, String actual) {
    return new Comparison("d", "doc\n", Outcome.html(expected), Outcome.html(actual));
  }

  @Test
  void findsTheFirstDifference() {
    assertThat(of("<p>a</p>\n", "<p>a</p>\n").firstDifference()).isEqualTo(-1);
    assertThat(of("<p>a</p>\n", "<p>b</p>\n").firstDifference()).isEqualTo(3);
    assertThat(of("<p>a</p>\n", "<p>a</p>").firstDifference()).isEqualTo(8);
    assertThat(of("ab", "abc").firstDifference()).isEqualTo(2);
  }

  @Test
  void comparesAfterRemovingRougeSpansOnly() {
    assertThat(of("<pre class=\"highlight\"><code><span class=\"k\">x</span></code></pre>",
        "<pre class=\"highlight\"><code>x</code></pre>").equal()).isTrue();
    assertThat(of("<p><span>x</span></p>", "<p>x</p>").equal()).isFalse();
  }

  @Test
  void namesLineAndColumn() {
    assertThat(Comparison.position("ab\ncd", 4)).isEqualTo("offset 4 (line 2, column 2)");
    assertThat(Comparison.position("", 0)).isEqualTo("offset 0 (line 1, column 1)");
  }

  @Test
  void anErrorNeverEqualsHtml() {
    Comparison c = new Comparison("d", "x", Outcome.html("\u0000error: x"), Outcome.error("x"));
    assertThat(c.equal()).isFalse();
  }
}
