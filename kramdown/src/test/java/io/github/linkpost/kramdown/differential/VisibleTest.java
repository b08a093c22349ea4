package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {
  @Test
  void showsWhatCannotBeSeen() {
    assertThat(Visible.of("a\tb\r\nc\u0000d\\")).isEqualTo("a\\tb\\r\\n\nc\\u{0000}d\\\\");
    assertThat(Visible.of("\u00A0\u200B\u202E\u2028\uFEFFe\u0301")).isEqualTo(
        "\\u{00A0}\\u{200B}\\u{202E}\\u{2028}\\u{FEFF}e\\u{0301}");
    assertThat(Visible.of("\uDE00")).isEqualTo("\\u{DE00}");
  }

  @Test
  void keepsWhatCanBeSeen() {
    assertThat(Visible.of("It’s “x” 😀 שלום 日本 <b>&amp;")).isEqualTo("It’s “x” 😀 שלום 日本 <b>&amp;");
  }
}
