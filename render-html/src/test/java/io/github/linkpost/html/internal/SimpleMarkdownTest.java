package io.github.linkpost.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The parser-free path gives, for every paragraph it takes, the HTML the parser path gives, in
 * every setting of the renderer; it takes the common shapes and declines the rest.
 */
class SimpleMarkdownTest {
  /** Every combination of typography, raw HTML and relative URLs. */
  private static final List<Setting> SETTINGS = settings();

  private record Setting(MarkdownHtml parser, SimpleMarkdown simple, String name) {}

  private static List<Setting> settings() {
    List<Setting> settings = new ArrayList<>();
    for (boolean jekyll : new boolean[] {true, false}) {
      for (boolean html : new boolean[] {true, false}) {
        for (boolean relative : new boolean[] {true, false}) {
          settings.add(new Setting(new MarkdownHtml(jekyll, html, relative),
              new SimpleMarkdown(jekyll, relative),
              "jekyll=" + jekyll + " allowHtml=" + html + " allowRelativeUrls=" + relative));
        }
      }
    }
    return settings;
  }

  private static String parsed(MarkdownHtml parser, String markdown) {
    StringBuilder out = new StringBuilder();
    parser.render(parser.parse(markdown), out);
    return out.toString();
  }

  /** Whether the simple path took the paragraph; when it did, it must equal the parser's HTML. */
  private static boolean sameAsParser(String markdown) {
    boolean taken = false;
    for (Setting setting : SETTINGS) {
      StringBuilder out = new StringBuilder("kept");
      if (setting.simple().paragraph(markdown, out)) {
        taken = true;
        assertThat(out.substring(4)).as("%s in %s", markdown, setting.name())
            .isEqualTo(parsed(setting.parser(), markdown));
      } else {
        assertThat(out).as("declined, so nothing written: %s", markdown).hasToString("kept");
      }
    }
    return taken;
  }

  @Property(tries = 3000)
  void generatedParagraphsGiveTheParsersHtml(@ForAll("paragraphs") String markdown) {
    Statistics.collect(sameAsParser(markdown) ? "taken" : "declined");
    // The comparison means something only if a good share of the paragraphs is taken.
    Statistics.coverage(checker -> checker.check("taken").percentage(p -> p > 15));
  }

  @Provide
  Arbitrary<String> paragraphs() {
    // Prose the path should take, markup it should take or decline, and hostile pieces that
    // should make it decline, mixed so that both sides of every rule are reached.
    Arbitrary<String> prose = Arbitraries.of("word", "Word", "it's", "'80s", "\"quoted\"",
        "'single'", "rock 'n' roll", "2–3", "x--y", "a---b", "wait...", "<<", ">>", ">", "|", "#",
        "$$", "{{", "}", ":", "!", "?", ".", ",", "(", ")", "42", "é", "\u00a0", "\uD83D\uDE00",
        "שלום", "e\u0301", "^", "=", "-", "+", "'", "\"");
    Arbitrary<String> markup = Arbitraries.of("*em*", "**strong**", "_em_", "__strong__",
        "`code`", "`a b`", "` x`", "`x `", "`<b>&`", "[text](https://example.org/a)",
        "[it's \"q\"](https://example.org/?a=1;b=%20#x)", "[rel](a/b)", "[js](javascript:x)",
        "[mail](mailto:a@b.c)", "[t](<u>)", "[t](u \"title\")", "![img](https://e.org/i.png)",
        "*it's*", "**2** ", "*a* *b*", "**a**.", "*a*,", "_a_!", "*a*'s", "[a]", "[a]: /u",
        "[q](https://e.org/it's)", "[q](https://e.org/\"q\")", "[q](https://e.org/2–3)",
        "[q](https://e.org/a*b_c!d[e]f~g)", "[q](https://e.org/\u00a0x)", "[q](https://e.org/\uD83D\uDE00)",
        "[q](https://e.org/a&amp;b)", "[q](https://e.org/a\\b)", "[q](https://e.org/a<b)",
        "**\"quoted\"**", "*...*", "*—*", "**(a)**", "*(a)*.", "*a.*.", "*\u00a0a*", "*a\u00a0*",
        "**\uD83D\uDE00**", "*\uD83D\uDE00*.", "_'s_", "*a*\"", "**a**—", "*a*b", "*...*.",
        "**(a)**.", "*a*[b](https://e.org/)", "*a*`c`", "_a_*b*", "*a*_b_", "**a**'s", "*a*-b",
        "_a_<", "*a*&", "*a*\\", "*a*~", "_(a)_:", "*a!*?");
    Arbitrary<String> hostile = Arbitraries.of("<", "&", "&amp;", "1.", "1)", "~", "~~", "\\",
        "\\*", "[", "]", "*", "**", "***", "_", "__", "`", "``", "<b>", "</b>", "<x@y.z>",
        "<https://a.org>", "a_b", "x*y", "\t", "\n", "  \n");
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(8, prose),
        net.jqwik.api.Tuple.of(3, markup),
        net.jqwik.api.Tuple.of(1, hostile));
    return token.list().ofMinSize(1).ofMaxSize(14).map(list -> String.join(" ", list))
        .filter(s -> !s.isBlank());
  }

  @Test
  void takesTheCommonShapes() {
    for (String markdown : List.of(
        "Plain prose, with it's and \"quotes\" -- and an ellipsis...",
        "Some **bold** and *italic* and _also_ and __this__ text.",
        "A `code span` and a [link](https://example.org/page?a=1#top) in one.",
        "*Emphasis first*, then [a link](https://example.org/) last",
        "**\"Quoted and strong\"** and *...* and *—* and **(parenthesised)** too.",
        "[A link first](https://example.org/) and **strong last**",
        "2020 was a year; 5 > 4 and 3 < 4.",
        "Trailing spaces, which the parser strips first.   ",
        "Right-to-left: שלום, and an emoji \uD83D\uDE00, and é.")) {
      assertThat(sameAsParser(markdown)).as(markdown).isTrue();
    }
  }

  @Test
  void declinesWhatItCannotSettle() {
    for (String markdown : List.of(
        "", " leading space", "   ", "two\nlines", "trailing tab\t", "# heading", "> quote", "- item",
        "1. item", "1) item", "* item", "***", "```", "<div>", "| a | b |", "a \\* escaped",
        "an &amp; entity", "<b>html</b>", "an <https://autolink.org>", "x*y*z", "**a*", "*a**",
        "***both***", "*a *b* c*", "`` double ``", "` spaced`", "unclosed `code", "[ref]",
        "[ref]: https://e.org", "![image](https://e.org/i.png)", "[a](https://e.org/(b))",
        "[a](<https://e.org/>)", "[a](https://e.org/ \"title\")", "~~strike~~", "*x*y",
        "[*em* link](https://e.org/)", "tab\there", "a\u2028b")) {
      StringBuilder out = new StringBuilder();
      assertThat(new SimpleMarkdown(true, false).paragraph(markdown, out)).as(markdown).isFalse();
      assertThat(out).isEmpty();
    }
  }

  /**
   * Every line of every corpus post, as a paragraph: the blog's own text, with its real mix of
   * markup, entities, HTML and typography.
   */
  @Test
  void everyCorpusLineGivesTheParsersHtml() throws Exception {
    Path posts = Path.of(System.getProperty("linkpost.shared", "../../shared"), "corpus", "posts");
    assumeTrue(Files.isDirectory(posts), "no corpus beside the checkout; skipped");
    int lines = 0;
    int taken = 0;
    List<Path> files;
    try (Stream<Path> found = Files.list(posts)) {
      files = found.sorted().toList();
    }
    for (Path file : files) {
      for (String line : Files.readString(file).split("\r?\n")) {
        String paragraph = line.startsWith(">") ? line.substring(1) : line;
        if (paragraph.isBlank()) {
          continue;
        }
        lines++;
        if (sameAsParser(paragraph)) {
          taken++;
        }
      }
    }
    System.out.printf("corpus lines taken without the parser: %d of %d%n", taken, lines);
    assertThat(lines).isGreaterThan(10_000);
    // Most prose is simple: the path must be worth having on real text.
    assertThat(taken).as("corpus lines taken without the parser, of %d", lines)
        .isGreaterThan(lines / 4);
  }
}
