package io.github.linkpost.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Finding lines, held to the plain character-by-character definition: LF, CR LF, lone CR. */
class LinesTest {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("\n", "\r", "\r\n", "\n\r", "a", " ", "—", "\uD83D\uDE00", "\u2028", "\u0085")
        .list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  @Property(tries = 2000)
  void lineEndIsTheFirstLineFeedOrReturnFromAnyOffset(@ForAll("texts") String text) {
    for (int from = 0; from <= text.length(); from++) {
      int expected = from;
      while (expected < text.length() && text.charAt(expected) != '\n'
          && text.charAt(expected) != '\r') {
        expected++;
      }
      assertThat(MarkdownText.lineEnd(text, from)).as("from %d in %s", from, text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
    }
  }

  @Property(tries = 2000)
  void lineStartsFollowEachLineBreak(@ForAll("texts") String text) {
    List<Integer> expected = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        expected.add(i + 1);
      }
    }
    assertThat(BodyReader.lineStarts(text)).containsExactly(
        expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Property(tries = 1000)
  void linesSplitAsLineStartsDo(@ForAll("texts") String text) {
    int[] starts = BodyReader.lineStarts(text);
    List<String> lines = MarkdownText.lines(text);
    assertThat(lines).hasSize(starts.length);
    for (int i = 0; i < starts.length; i++) {
      assertThat(lines.get(i)).isEqualTo(text.substring(starts[i], MarkdownText.lineEnd(text, starts[i])));
    }
  }
}
