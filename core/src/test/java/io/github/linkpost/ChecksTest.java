package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The text rules, each held to its plain definition on texts made of the characters that matter. */
class ChecksTest {
  @Provide
  Arbitrary<String> texts() {
    // line breaks, white space of several kinds, controls, lone and paired surrogates, text
    return Arbitraries.of("\n", "\r", "\r\n", " ", "\t", "\u00A0", "\u2028", "\u3000", "\u000B",
            "\u001F", "\u0000", "\u0085", "\u007F", "\uD83D", "\uDE00", "\uD83D\uDE00", "a", "|", "é")
        .list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Property(tries = 3000)
  void aBlankLineIsOneThatStringLinesCallsBlank(@ForAll("texts") String text) {
    assertThat(Checks.hasBlankLine(text)).isEqualTo(text.lines().anyMatch(String::isBlank));
  }

  @Property(tries = 3000)
  void textRefusesWhatEachRuleRefusesInTheirOrder(@ForAll("texts") String text) {
    Throwable thrown = catchThrowable(() -> Checks.text("F", text));
    String expected = expectedProblem(text);
    if (expected == null) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(LinkPostException.class).hasMessageStartingWith(expected);
    }
  }

  @Test
  void namesTheRuleAndWhere() {
    assertThat(catchThrowable(() -> Checks.text("F", "a\u0007\uD800")))
        .hasMessageStartingWith("F must be well-formed Unicode (unpaired surrogate at index 2)");
    assertThat(catchThrowable(() -> Checks.text("F", "a\u0007b\u0001")))
        .hasMessageStartingWith("F must not hold control characters (U+0007)");
    assertThat(Checks.hasBlankLine("a\r\n\r\nb")).isTrue();
    assertThat(Checks.hasBlankLine("a\r\nb\r\n")).isFalse();
  }

  /** Not blank; then no unpaired surrogate anywhere; then no control but tab, LF and CR. */
  private static String expectedProblem(String text) {
    if (text.isBlank()) {
      return "F must not be blank";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "F must be well-formed Unicode (unpaired surrogate at index " + i + ")";
      }
    }
    for (char c : text.toCharArray()) {
      if (c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c)) {
        return String.format("F must not hold control characters (U+%04X)", (int) c);
      }
    }
    return null;
  }
}
