package io.github.linkpost.commonmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.Quote;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextFragmentsTest {
  private static Quote quote(String url, String... paragraphs) {
    return Quote.builder().source(Link.of("Source", url)).addExcerpt(Excerpt.of(paragraphs))
        .addExcerpt(Excerpt.of("A second excerpt is not linked.")).build();
  }

  private static String linked(String url, String... paragraphs) {
    return TextFragments.linked(quote(url, paragraphs)).source().url().toString();
  }

  @Test
  void aShortExcerptIsMatchedWholeWithoutItsMarkup() {
    assertThat(linked("https://example.org/post", "The **coder** models are _better_, see `fim`."))
        .isEqualTo("https://example.org/post#:~:text=The%20coder%20models%20are%20better%2C"
            + "%20see%20fim.");
    assertThat(linked("https://example.org/post", "A [linked](https://x.example/) word\\*"))
        .isEqualTo("https://example.org/post#:~:text=A%20linked%20word*");
  }

  @Test
  void aLongExcerptIsGivenByItsFirstAndLastWords() {
    assertThat(linked("https://example.org/post",
        "Writing new code is the easy part. The hard part is maintaining code, and writing"
            + " new code with that maintenance in mind."))
        .isEqualTo("https://example.org/post#:~:text=Writing%20new%20code%20is%20the,"
            + "with%20that%20maintenance%20in%20mind.");
  }

  @Test
  void eachTermLiesInOneBlock() {
    // Two paragraphs, and a list in the second: the start is in the first block, the end in
    // the last, as a browser matches them.
    assertThat(linked("https://example.org/post", "First words.", "Intro:\n- one item\n- last item here"))
        .isEqualTo("https://example.org/post#:~:text=First%20words.,last%20item%20here");
  }

  @Test
  void theDirectivesOwnSignsAndEverythingUnsafeArePercentEncoded() {
    assertThat(TextFragments.encode("a-b, c&d #e %f\u00E9 \uD83D\uDE00 <g> \"h\" |i|"))
        .isEqualTo("a%2Db%2C%20c%26d%20%23e%20%25f%C3%A9%20%F0%9F%98%80%20%3Cg%3E%20%22h%22"
            + "%20%7Ci%7C");
    assertThat(TextFragments.encode("(x)[y]{z}$w`v\\u")).isEqualTo(
        "%28x%29%5By%5D%7Bz%7D%24w%60v%5Cu");
  }

  @Test
  void aLinkThatAlreadyPointsAtTextIsKeptAndAPlainFragmentStays() {
    Quote pointed = quote("https://example.org/post#:~:text=already", "Other words.");
    assertThat(TextFragments.linked(pointed)).isSameAs(pointed);
    assertThat(linked("https://example.org/post#section-2", "Words."))
        .isEqualTo("https://example.org/post#section-2:~:text=Words.");
    Quote once = TextFragments.linked(quote("https://example.org/post", "Words."));
    assertThat(TextFragments.linked(once)).isEqualTo(once);
  }

  @Test
  void anExcerptThatShowsNoTextKeepsItsLink() {
    Quote picture = quote("https://example.org/post", "![a chart](https://x.example/c.png)");
    assertThat(TextFragments.linked(picture)).isSameAs(picture);
    Quote html = quote("https://example.org/post", "<div>\n</div>");
    assertThat(TextFragments.linked(html)).isSameAs(html);
  }

  @Property(tries = 1000)
  void everyTermDecodesToTheWordsItStandsFor(@ForAll("hostile") String text) {
    String encoded = TextFragments.encode(text);
    assertThat(encoded).matches("[A-Za-z0-9._~!*+;=:@/?'%]*");
    assertThat(decode(encoded)).isEqualTo(text);
  }

  /**
   * The spec's parsing: split the directive at its commas; with two terms, neither is a
   * context term (ends or starts with a dash); each term percent-decoded is a run of whole
   * words of the excerpt's first or last block, at its start or end.
   */
  @Property(tries = 500)
  void everyExcerptRoundTripsThroughTheDirective(@ForAll("excerpts") List<String> paragraphs) {
    Excerpt excerpt = Excerpt.of(paragraphs);
    List<String> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      blocks.addAll(TextFragments.blocks(p));
    }
    var directive = TextFragments.directive(excerpt);
    if (blocks.isEmpty()) {
      assertThat(directive).isEmpty();
      return;
    }
    String[] terms = directive.orElseThrow().split(",", -1);
    assertThat(terms.length).isBetween(1, 2);
    for (String term : terms) {
      assertThat(term).isNotEmpty().doesNotStartWith("-").doesNotEndWith("-")
          .doesNotContain("&", "#", " ");
    }
    String start = decode(terms[0]);
    String firstBlock = blocks.get(0);
    if (terms.length == 1) {
      assertThat(start).isEqualTo(firstBlock);
    } else {
      String lastBlock = blocks.get(blocks.size() - 1);
      assertThat(firstBlock.equals(start) || firstBlock.startsWith(start + " ")).isTrue();
      String end = decode(terms[1]);
      assertThat(lastBlock.equals(end) || lastBlock.endsWith(" " + end)).isTrue();
    }
    Quote quote = Quote.builder().source(Link.of("S", "https://example.org/a?b=1"))
        .addExcerpt(excerpt).build();
    URI url = TextFragments.linked(quote).source().url();
    assertThat(url.getRawFragment()).isEqualTo(":~:text=" + directive.get());
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        // Text a value can hold is well-formed Unicode: no surrogate without its pair.
        Arbitraries.strings().all().ofMaxLength(40)
            .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8))),
        Arbitraries.strings().withChars("-,&#%:~ =+?/\\'\"<>|`{}[]()$\u00E9\u200F\u202E")
            .withCharRange('a', 'c').ofMaxLength(30),
        Arbitraries.of("a-b,c&d", ":~:text=", "%20", "%", "--", ",,", "&&", "-start", "end-",
            "\uD83D\uDE00\u200D\uD83D\uDCBB", "\u05E9\u05DC\u05D5\u05DD", "e\u0301"));
  }

  @Provide
  Arbitrary<List<String>> excerpts() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("**bold**", "_it_", "`code`", "[link](https://x.example/)", "a-b",
            "c,d", "e&f", "100%", "#hash", "\u00E9t\u00E9", "\uD83D\uDE00", "<b>", "&amp;",
            "\\*", "~~x~~", "![img](https://x.example/i.png)", ":~:"));
    Arbitrary<String> paragraph = word.list().ofMinSize(1).ofMaxSize(30)
        .map(words -> String.join(" ", words).strip())
        .filter(p -> !p.isBlank() && !p.strip().equals("..."));
    return paragraph.list().ofMinSize(1).ofMaxSize(3);
  }

  /** Percent-decoding as the spec does it: UTF-8, and nothing else (a plus stays a plus). */
  static String decode(String term) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c == '%' && i + 2 < term.length()) {
        bytes.write(Integer.parseInt(term.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
