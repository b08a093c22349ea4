package io.github.linkpost.acceptance;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/** Link posts with hostile text in every field, made by jqwik arbitraries from a fixed seed. */
final class HostilePosts {
  static final List<String> TOKENS = List.of(
      "\"", "'", "\\", ":", ": ", "#", "|", " | ", "*", "**", "_", "__", "[", "]", "[x](y)", "`",
      "``", "<", "<b>", "<script>alert(1)</script>", "&", "&amp;", "&copy;", "{{", "}}", "{%", "%}",
      "{% endraw %}", "{% raw %}", "{{ site.title }}", "{% include x %}", "$$", "~~", "^", "--",
      "...", "<<", ">>", "\t", "🙂", "e\u0301", "שלום", "مرحبا", "\u200F", "word", "text", " ",
      "supercalifragilisticexpialidociouslyextraordinarilylongwordwithoutanybreak", "!", "(", ")");
  static final List<String> LINE_STARTS = List.of("", "", "", "- ", "> ", "# ", "1. ", "+ ", ": ",
      "    ", "```", "=== ", "* ");

  /**
   * Markdown that CommonMark and kramdown agree on when escaped as the renderer does: words,
   * balanced emphasis, code, links, pipes, Liquid, HTML, entities, maths signs, typography.
   */
  static final List<String> MARKDOWN_TOKENS = List.of(
      "word", "text", " ", " | ", "|", "{{ site.title }}", "{% include x %}", "{% raw %}",
      "{% endraw %}", "{{", "{%", "<script>alert(1)</script>", "&amp;", "&copy;", " **bold** ",
      " *em* ", " `code | x` ", " [link](https://x.org/a_(b)) ",
      " [fonts](https://x.org/css?family=A|B \"a|b\") ", "$$", "🙂", "שלום", "مرحبا", "'",
      "\"", " -- ", "...", ":", "\t", "e\u0301");
  static final List<String> MARKDOWN_LINE_STARTS = List.of("", "", ": ", "{: ", "|", "$$ ");

  private HostilePosts() {}

  /** Markdown of the agreed kind, over a few lines that may start with kramdown-only syntax. */
  static Arbitrary<String> agreedMarkdown() {
    Arbitrary<String> line = Combinators.combine(Arbitraries.of(MARKDOWN_LINE_STARTS),
            Arbitraries.of(MARKDOWN_TOKENS).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)))
        .as((a, b) -> a + b).filter(s -> !s.isBlank());
    // A line of a lone ^ is kramdown's end of a block, unless escaped.
    Arbitrary<String> caret = Arbitraries.of("^", " ^", "^ ");
    Arbitrary<String> lines = Arbitraries.frequencyOf(Tuple.of(9, line), Tuple.of(1, caret))
        .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l));
    // Code and HTML blocks holding the same signs, which both parsers keep as they are.
    Arbitrary<String> fenced = Combinators.combine(Arbitraries.of("```", "~~~", "```sh", "````"),
            line.list().ofMinSize(1).ofMaxSize(3), lines.injectNull(0.5))
        .as((fence, code, before) -> (before == null ? "" : before + "\n") + fence + "\n"
            + String.join("\n", code) + "\n" + fence.replace("sh", ""));
    Arbitrary<String> html = Combinators.combine(Arbitraries.of("div", "pre"),
            line.list().ofMinSize(1).ofMaxSize(3))
        .as((tag, content) -> "<" + tag + ">\n" + String.join("\n", content) + "\n</" + tag + ">");
    // A code span over two lines, with a | in it, and a line that a fence could start.
    Arbitrary<String> spanning = Combinators.combine(line, line, Arbitraries.of("", "```x "))
        .as((a, b, fence) -> a.replace("`", "") + " `code\n" + fence + "| "
            + b.replace("`", "") + "` end");
    return Arbitraries.frequencyOf(Tuple.of(8, lines), Tuple.of(1, fenced), Tuple.of(1, html),
            Tuple.of(1, spanning))
        .filter(s -> !s.strip().equals("...") && s.lines().noneMatch(String::isBlank));
  }

  static Arbitrary<String> text(int tokens) {
    return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(tokens).map(l -> String.join("", l))
        .filter(s -> !s.isBlank());
  }

  /** One line starting with anything, for titles, link texts and author names. */
  static Arbitrary<String> line() {
    return Combinators.combine(Arbitraries.of(LINE_STARTS), text(8)).as((a, b) -> a + b)
        .filter(s -> !s.isBlank());
  }

  /** Markdown without blank lines: a few lines, each possibly starting with block syntax. */
  static Arbitrary<String> markdown() {
    return line().list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l))
        .filter(s -> !s.strip().equals("...") && s.lines().noneMatch(String::isBlank));
  }

  static Arbitrary<String> url() {
    Arbitrary<String> path = Arbitraries.of("a_(b)", "x y", "q\"uote", "caf\u00e9", "%20", "(x)",
        "p?q=1&r=2", "#frag", "a*b_c", "~u", "中文").list().ofMinSize(0).ofMaxSize(3)
        .map(l -> String.join("/", l));
    return Combinators.combine(Arbitraries.of("https://example.org/", "http://example.net/wiki/"), path)
        .as((base, p) -> base + p);
  }

  static Arbitrary<LinkPost> posts() {
    return posts(markdown());
  }

  static Arbitrary<LinkPost> agreedPosts() {
    return posts(agreedMarkdown());
  }

  static Arbitrary<LinkPost> posts(Arbitrary<String> markdown) {
    Arbitrary<String> title = Combinators.combine(line(), Arbitraries.of("", "\u0001", "\n second line", "\t"))
        .as((a, b) -> a + b);
    Arbitrary<Discovery> discovery = Combinators.combine(line(), url(), markdown)
        .as((text, url, remarks) -> Discovery.builder().at(Instant.parse("2025-01-01T12:00:00Z"))
            .via("https://blog.example.org/how/").page(Link.of(text, url)).remarks(remarks).build());
    Arbitrary<Quote> quote = Combinators.combine(line(), url(), line(), markdown.list().ofMinSize(1).ofMaxSize(3))
        .as((text, url, author, paragraphs) -> Quote.builder().source(Link.of(text, url))
            .author(author).addExcerpt(Excerpt.of(paragraphs.get(0)))
            .addExcerpt(Excerpt.of(paragraphs)).build());
    return Combinators.combine(title, discovery, quote)
        .as((t, d, q) -> LinkPost.builder().title(t).discovery(d).addQuote(q).build());
  }

  static List<LinkPost> sample(Arbitrary<LinkPost> posts, int count, long seed) {
    RandomGenerator<LinkPost> generator = posts.generator(100);
    Random random = new Random(seed);
    return java.util.stream.Stream.generate(() -> generator.next(random).value()).limit(count).toList();
  }
}
