package io.github.linkpost.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.commonmark.HtmlBlocks;
import io.github.linkpost.markdown.Pipes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An excerpt paragraph as the post writes it ({@link MarkdownText#quoted}): each line after a
 * {@code >}, it means in CommonMark what the paragraph means there, reads back exactly, and
 * leaves no {@code |} for kramdown to split a table row on outside the blocks kramdown reads as
 * code or raw HTML too.
 */
class QuotedParagraphTest {
  private static final Parser PARSER = HtmlBlocks.use(Parser.builder())
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Pattern COLON_IN_TAG =
      Pattern.compile("<[^>]*[\\r\\n][ \\t]*(:[ \\t|]|\\{:)");
  private static final Pattern AUTOLINK_PIPE =
      Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*\\|[^<>\\s]*>|<[^<>\\s@]*\\|[^<>\\s@]*@[^<>\\s]*>");
  /**
   * A script or style element that the browser closes only after blocks CommonMark made of
   * Markdown (an HTML block ended by {@code </pre>}, the {@code </script>} further down): the
   * Markdown's HTML is then the element's raw text, not what a reader sees.
   */
  private static final Pattern RAW_TEXT_OVER_BLOCKS = Pattern.compile(
      "<(script|style)\\b(?:(?!</\\1).)*?<(p|pre|ul|ol|li|blockquote|h[1-6]|hr|code)[ >]",
      Pattern.DOTALL);
  private static final Pattern TYPED_ESCAPE =
      Pattern.compile("\\\\[|:{$]|&#(94|58|123|124|36);|^[ \\t]*(\\\\`){3}", Pattern.MULTILINE);

  /** Lines that open, fill and close blocks, with the signs kramdown reads otherwise. */
  @Provide
  Arbitrary<String> paragraphs() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("```", "~~~", "```sh", "```js title", "````", "~~~~", "  ```", "- ```",
            "  - ```", "<div>", "</div>", "<pre>", "</pre>", "<script>", "</script>",
            "<!--", "-->", "<span>", "- item", "1. item", "> nested", "# heading", "---",
            "     indented | code", "\tcode", "^", ": colon", "{: .class}", "$$ x $$", "`a", "b|c`",
            "`` a|b ``", "a | b", "x `y|z` w", "text", "```x` |`", "```\"", "> `a", "    > b|c`",
            "\t> d`` e", ":x", "[t](a|b)", "[t](a|b \"c|d\")", "](<e|f>", "[g](h(i|j))"),
        Arbitraries.strings().withChars("ab |:{$^`<>-#~ \\&").ofMinLength(1).ofMaxLength(8));
    return line.list().ofMinSize(1).ofMaxSize(6).map(lines -> String.join("\n", lines))
        .filter(p -> p.lines().noneMatch(String::isBlank) && !p.isBlank());
  }

  @Property(tries = 3000)
  void meansInCommonMarkWhatTheParagraphMeans(@ForAll("paragraphs") String paragraph) {
    String written = MarkdownText.quoted(paragraph);
    if (hasCodeKramdownReadsOtherwise(quote(paragraph))) {
      // Documented: escapes then show in the code.
      Statistics.collect("code kramdown reads otherwise");
      return;
    }
    if (COLON_IN_TAG.matcher(paragraph).find()) {
      // Documented: a line starting ": " or "{:" is escaped for kramdown (a definition, an
      // attribute list) even inside an HTML tag broken over lines, which it then breaks.
      Statistics.collect("kramdown line start inside a tag");
      return;
    }
    if (AUTOLINK_PIPE.matcher(paragraph).find()) {
      // Documented: no escape of a | in an autolink keeps its URL in both parsers.
      Statistics.collect("autolink with a |");
      return;
    }
    String expected = HtmlRenderer.builder().build().render(PARSER.parse(quote(paragraph)));
    if (leavesRawTextOpen(expected)) {
      // A script or a comment never closed, or closed only after Markdown blocks: a browser
      // reads that Markdown's HTML as the script's text.
      Statistics.collect("script or comment left open");
      return;
    }
    Statistics.collect(written.equals(paragraph) ? "as typed" : "escaped");
    assertThat(html(quote(written))).as(written).isEqualTo(html(quote(paragraph)));
  }

  @Property(tries = 3000)
  void readsBackExactly(@ForAll("paragraphs") String paragraph) {
    // A backslash or a reference typed where the writer puts its own reads back as the sign
    // (which means the same): left out here.
    if (TYPED_ESCAPE.matcher(paragraph).find()) {
      return;
    }
    String written = MarkdownText.quoted(paragraph);
    assertThat(MarkdownText.unquoted(written)).as(written).isEqualTo(paragraph);
  }

  @Property(tries = 3000)
  void leavesNoPipeOutsideCodeAndRawHtml(@ForAll("paragraphs") String paragraph) {
    String written = quote(MarkdownText.quoted(paragraph));
    assertThat(Pipes.unescaped(written)).as(written).isEmpty();
  }

  static Stream<Arguments> blocks() {
    return Stream.of(
        Arguments.of("```\nls | grep x\n```", "```\nls | grep x\n```"),
        Arguments.of("x\n~~~\na|b\n: c\n$$x$$\n~~~", "x\n~~~\na|b\n: c\n$$x$$\n~~~"),
        Arguments.of("`a\n- b|c`", "`a\n- b\\|c`"),
        Arguments.of("<div>\nx|y\n: z\n</div>", "<div>\nx&#124;y\n&#58; z\n</div>"),
        Arguments.of("<script>\nif (a || b) go();\n</script>", "<script>\nif (a || b) go();\n</script>"),
        Arguments.of("     code | here", "     code | here"),
        Arguments.of("- item\n  ```\n  a|b\n  ```", "- item\n  ```\n  a|b\n  ```"),
        Arguments.of("a|b `c|d`", "a\\|b <code>c&#124;d</code><!--&#96;c&#124;d&#96;-->"),
        // Unclosed, kramdown reads no code block (and might see a table): escaped as text,
        // its fence kept as a fence.
        Arguments.of("```\na|b", "```\na\\|b"),
        Arguments.of("```\na|b\n```sh", "```\na\\|b\n```sh"),
        // A code span over lines keeps its lines, and the container marks at their starts.
        Arguments.of("a `b\nc|d` e", "a <code>b c&#124;d</code><!--&#96;b\nc&#124;d&#96;--> e"),
        Arguments.of("> nested\n`a\n> b|c`",
            "> nested\n<code>a b&#124;c</code><!--&#96;a\n> b&#124;c&#96;-->"),
        // Without its code span's backticks the line would open a fenced code block.
        Arguments.of("```x` |`", "\\`\\`\\`x<code> &#124;</code><!--&#96; &#124;&#96;-->"),
        Arguments.of("\"```\n```\"`|`",
            "\"<code> </code><!--&#96;&#96;&#96;\n&#96;&#96;&#96;-->\"<code>&#124;</code><!--&#96;&#124;&#96;-->"),
        // kramdown keeps a backslash in a link's URL and title: references there instead.
        Arguments.of("[t](https://f.org/?f=A|B \"x|y\") a|b",
            "[t](https://f.org/?f=A&#124;B \"x&#124;y\") a\\|b"),
        Arguments.of("[t](<a|b> (c|d)) [u](e\\|f)", "[t](<a&#124;b> (c&#124;d)) [u](e\\|f)"),
        Arguments.of("x](a|b) y", "x](a&#124;b) y"),
        // Not closed by a ), it is no link: escaped as text.
        Arguments.of("[t](a|b", "[t](a\\|b"),
        Arguments.of("[t](u \"x `a|\"b` c",
            "[t](u \"x <code>a&#124;&#34;b</code><!--&#96;a&#124;&#34;b&#96;--> c"),
        // A colon starts a definition in kramdown only before a space, a tab or a |.
        Arguments.of(":x\n: y", ":x\n\\: y"));
  }

  @ParameterizedTest
  @MethodSource("blocks")
  void writesEachBlockInItsOwnWay(String paragraph, String expected) {
    String written = MarkdownText.quoted(paragraph);
    assertThat(written).isEqualTo(expected);
    assertThat(MarkdownText.unquoted(written)).isEqualTo(paragraph);
  }

  /**
   * Whether the quote holds a code block that kramdown does not read as code: a fence left open
   * or with a {@code |} on its opening line, or indented code inside a list or a nested quote.
   */
  private static boolean hasCodeKramdownReadsOtherwise(String quote) {
    boolean[] found = {false};
    Node doc = PARSER.parse(quote);
    doc.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        String opening = quote.split("\n", -1)[block.getSourceSpans().get(0).getLineIndex()];
        found[0] |= block.getClosingFenceLength() == null || opening.indexOf('|') >= 0;
      }

      @Override
      public void visit(IndentedCodeBlock block) {
        found[0] |= block.getParent().getParent() != doc;
      }
    });
    return found[0];
  }

  private static boolean leavesRawTextOpen(String html) {
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    return count(lower, "<script") > count(lower, "</script") || count(lower, "<style") > count(lower, "</style")
        || lower.lastIndexOf("<!--") > lower.lastIndexOf("-->")
        || RAW_TEXT_OVER_BLOCKS.matcher(lower).find();
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static String quote(String paragraph) {
    return ">" + paragraph.replace("\n", "\n>") + "\n";
  }

  /** The HTML, compared as HTML: comments dropped, character references read. */
  private static String html(String markdown) {
    Document doc = Jsoup.parseBodyFragment(HtmlRenderer.builder().build().render(PARSER.parse(markdown)));
    List<org.jsoup.nodes.Node> comments = new ArrayList<>();
    doc.body().forEachNode(n -> {
      if (n instanceof Comment) {
        comments.add(n);
      }
    });
    comments.forEach(org.jsoup.nodes.Node::remove);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }
}
