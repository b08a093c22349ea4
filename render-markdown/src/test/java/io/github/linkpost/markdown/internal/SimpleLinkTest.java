package io.github.linkpost.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A link read without the parser is the link commonmark-java reads at the start of the line. */
class SimpleLinkTest {
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("[", "]", "(", ")", "a", " ", "\t", "\\", "&amp;", "*", "_", "`", "<",
        ">", "!", "~", "\"", "'", ":", "/", "http://x.org/", "é", "\u00A0", "\uD83D\uDE00", "#",
        "%20", "?q=1", "](", "[a](", "[Discovered](https://e.org/v)", "\u0000")
        .list().ofMaxSize(10).map(parts -> "[" + String.join("", parts));
  }

  @Property(tries = 5000)
  void simpleLinksAreWhatCommonMarkReads(@ForAll("lines") String line) {
    if (line.indexOf('\n') >= 0) {
      return;
    }
    Inlines.LinkAt simple = Inlines.simpleLink(line);
    if (simple != null) {
      assertThat(Optional.of(simple)).as(line).isEqualTo(Inlines.parsedLinkAtStart(line));
    }
  }

  @Example
  void theDiscoveryLinksAreSimple() {
    assertThat(Inlines.simpleLink("[Discovered](https://e.org/v?a=1#x): Dec 9, 2022"))
        .isEqualTo(new Inlines.LinkAt("Discovered", "https://e.org/v?a=1#x", 35));
    for (String line : List.of("[a *b*](u)", "[a](<u>)", "[a](u \"t\")", "[ a](u)", "[a](u\\))",
        "[a](u&amp;v)", "[](u)", "[a]()", "[a](u", "[a] (u)")) {
      assertThat(Inlines.simpleLink(line)).as(line).isNull();
    }
  }
}
