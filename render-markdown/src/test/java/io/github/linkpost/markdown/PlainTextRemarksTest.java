package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * {@link JekyllMarkdownRenderer#escape(String)}: plain text written as remarks shows as exactly
 * the characters typed in CommonMark (kramdown is held to the same in the acceptance module,
 * through a real Jekyll).
 */
class PlainTextRemarksTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @Test
  void signsMarkdownAndKramdownReadAreEscaped() {
    assertThat(JekyllMarkdownRenderer.escape("It's \"so\" -- *not* [1] <b> | x... >> _a_ ~~s~~ `c`"))
        .isEqualTo("It\\'s \\\"so\\\" \\-\\- \\*not\\* \\[1\\] \\<b> \\| x\\.\\.\\. \\>\\> \\_a\\_ "
            + "&#126;&#126;s&#126;&#126; \\`c\\`");
    assertThat(JekyllMarkdownRenderer.escape("  first line  \r\n\n\n   second\n  ")).isEqualTo("first line\nsecond");
    assertThat(JekyllMarkdownRenderer.escape(" \n\t")).isEmpty();
    assertThat(JekyllMarkdownRenderer.escape("a - b . c .. d > e")).isEqualTo("a - b . c .. d > e");
  }

  @Provide
  Arbitrary<String> plainTexts() {
    Arbitrary<String> token = Arbitraries.of("word", " ", "'", "\"", "--", "---", "...", "..", "<<",
        ">>", ">", "<", "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "[x](https://e.org/)",
        "|", "\\", "&", "&amp;", "&#169;", "$$", "~~", "^", "#", "- ", "+ ", "1. ", ": ", "{:",
        "!", "<b>", "<script>", "https://e.org/a_b", "\t", "🙂", "שלום", "e\u0301", "\n", "\n\n",
        "\n# ", "\n> ", "\n    code", "\n===", "\n---", "\n^", "\n: ");
    return token.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l))
        .filter(s -> !s.isBlank());
  }

  @Property(tries = 400)
  void commonMarkShowsExactlyWhatWasTyped(@ForAll("plainTexts") String text) {
    Discovery discovery = Discovery.builder().at(Instant.parse("2025-01-01T00:00:00Z"))
        .page(Link.of("Page", "https://example.org/"))
        .remarks(JekyllMarkdownRenderer.escape(text)).build();
    String post = JekyllMarkdownRenderer.jekyll().render(
        LinkPost.builder().title("T").discovery(discovery).build());
    String body = post.substring(post.indexOf("\n---\n") + 5);
    String shown = Jsoup.parse(HTML.render(PARSER.parse(body))).select("p").first().text();
    assertThat(shown).isEqualTo("Discovered: Jan 1, 2025 00:00 (UTC) Page <-- " + folded(text));
  }

  /** White space as a page shows it. */
  static String folded(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
