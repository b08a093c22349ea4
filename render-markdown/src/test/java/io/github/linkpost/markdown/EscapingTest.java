package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderers;
import io.github.linkpost.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What CommonMark reads back from the rendered body: link texts and URLs exactly as given. */
class EscapingTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final Instant AT = Instant.parse("2025-10-13T18:59:00Z");

  /** One sample per character class the issue names, plus their combinations. */
  @ParameterizedTest
  @ValueSource(strings = {
      "plain words", "[brackets]", "a]b[c", "back\\slash", "trailing\\", "*stars*", "**bold**",
      "_under_", "snake_case_name", "`code`", "``double``", "<b>tag</b>", "<https://x.org>",
      "a & b", "&amp; &copy; &#169; &#xA9;", "pipe | pipe", "|leading", "# not a heading",
      "> not a quote", "- not a list", "+ nor this", "1. nor this", "(parens)", ")(", "![img](x)",
      "$$math$$", "~~strike~~", "{: .class}", "^footnote", "{{ site.title }}", "{% include x %}",
      "{% raw %}x{% endraw %}", "it's \"quoted\"", "tab\there", "emoji 🙂 and مرحبا",
      "combining e\u0301", " leading space", "trailing space ", "\\[escaped\\]", "!", "\\",
      "[x](https://evil.example/)", "&#x3C;script&#x3E;", "<script>alert(1)</script>"})
  void linkTextsReadBackExactly(String text) {
    LinkPost post = postWith(text, "https://example.org/page");
    String body = bodyOf(post);
    List<LinkSeen> links = links(body);
    assertThat(links).as(body).extracting(LinkSeen::text)
        .containsExactly("Discovered", unliquid(text), unliquid(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.org/", "https://en.wikipedia.org/wiki/Foo_(bar)",
      "https://example.org/a_(b)_c/(d)", "https://example.org/p?q=a&r=b#frag",
      "https://example.org/caf\u00e9/na\u00efve", "https://example.org/%20space%28",
      "https://example.org/*star*_under_/", "https://example.org/~user/", "http://example.org:8080/x"})
  void urlsReadBackExactly(String url) {
    String body = bodyOf(postWith("text", url));
    assertThat(links(body)).as(body).extracting(LinkSeen::url)
        .containsExactly("https://example.org/via", url, url);
  }

  @Test
  void unbalancedParenthesesAreEncoded() {
    String body = bodyOf(postWith("text", "https://example.org/a)b(c"));
    assertThat(links(body)).extracting(LinkSeen::url)
        .containsExactly("https://example.org/via", "https://example.org/a%29b%28c",
            "https://example.org/a%29b%28c");
  }

  /**
   * kramdown keeps a backslash typed in a link's URL or title, so an escaped | would send the
   * link elsewhere; a character reference there is read as | by kramdown, CommonMark and HTML.
   */
  @Test
  void aPipeInALinksUrlIsWrittenAsAReference() {
    String markdown = "see [fonts](https://f.org/css?family=A|B \"A|B\") and a|b";
    LinkPost post = inRemarksAndExcerpt(markdown);
    String text = JekyllMarkdownRenderer.jekyll().render(post);
    String written = "see [fonts](https://f.org/css?family=A&#124;B \"A&#124;B\") and a\\|b";
    assertThat(bodyOf(post)).contains("<-- " + written, ">" + written);
    assertThat(JekyllPostReader.jekyll().parse(text)).isEqualTo(post);
  }

  @Test
  void ordinaryTextComesOutAsTyped() {
    String text = "ME:: it's a title ; Author:: October 2, 2024:: 'quoted' - 2–3 lines, 50% off!";
    assertThat(bodyOf(postWith(text, "https://example.org/x"))).contains("[" + text + "]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "plain **bold** and *em*", "a | b | c", "`a | b` stays code", "[a link](https://x.org/)",
      "<script>alert(1)</script>", ": starts with a colon", "{: .class}", "$$ x $$", "# heading",
      "- list\n- more", "line one\nline two", "{{ site.title }} and {% raw %}", "&copy; entity",
      "` a | b` kramdown sees no code", "\\``a|b` escaped tick", "`a``b` c|d`", "`` a|b ``",
      "x `a\n   |b` y", "`|`", "``` `|` ```", "`a\\|b` kept", "`<b>&amp;*x*_{{|` z", "a\n^\nb",
      "^", " ^ ", "a\n   ^\t", "x\n    ^", "^x\n^ y", "a\\\n^", "a\\\n: b", "`x\n^\n`",
      "[fonts](https://f.org/css?family=A|B \"x|y\") a|b", "[a](<b|c> 'd|e') $$"})
  void paragraphsMeanWhatCommonMarkMakesOfThem(String paragraph) {
    LinkPost post = LinkPost.builder().title("T")
        .addQuote(Quote.builder().source(Link.of("s", "https://example.org/s"))
            .addExcerpt(Excerpt.of(paragraph)).build())
        .build();
    String body = bodyOf(post);
    Node doc = PARSER.parse(unliquid(body));
    BlockQuote quote = null;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof BlockQuote q) {
        quote = q;
      }
    }
    assertThat(quote).as(body).isNotNull();
    String expected = HtmlRenderer.builder().build().render(PARSER.parse(paragraph));
    StringBuilder inside = new StringBuilder();
    for (Node n = quote.getFirstChild(); n != null; n = n.getNext()) {
      inside.append(HtmlRenderer.builder().build().render(n));
    }
    // A code span holding a | keeps its source in an HTML comment after it (shown by nothing).
    assertThat(inside.toString().replaceAll("</code><!--[^<>]*-->", "</code>")).as(body)
        .isEqualTo(expected);
    assertThat(Pipes.unescaped(body)).as(body).isEmpty();
  }

  /**
   * kramdown starts a table at a line with a | not preceded by a backslash, inside a code span
   * or not; the rendered body has none, so no Markdown field can make a table.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "` a | b`", "x ` a | b`\nc | `d|e`", "\\``a|b`", "`a\\`b|c`", "`a``b` c|d`", "|",
      "a |\n| b", "`a\n|b`", "- ` a|b`\n2. ` c|d`", "> ` a|b`", "[t](a|b \"c|d\")"})
  void noMarkdownFieldLeavesAPipeKramdownWouldSplitOn(String markdown) {
    LinkPost post = inRemarksAndExcerpt(markdown);
    String text = JekyllMarkdownRenderer.jekyll().render(post);
    assertThat(Pipes.unescaped(bodyOf(post))).as(text).isEmpty();
    assertThat(JekyllPostReader.jekyll().parse(text)).as(text).isEqualTo(post);
  }

  /**
   * kramdown takes a line of a lone {@code ^} for the end of a block and drops it, in a quote
   * too; such a line is written as a character reference, which both parsers show as {@code ^}
   * (the Jekyll acceptance test builds posts with such lines).
   */
  @Test
  void aLineOfALoneCaretIsWrittenSoThatKramdownKeepsIt() {
    String markdown = "one\n^\n  ^ \nnot ^\n^not\n    ^";
    LinkPost post = inRemarksAndExcerpt(markdown);
    String text = JekyllMarkdownRenderer.jekyll().render(post);
    assertThat(text).contains(">one\n>&#94;\n>  &#94; \n>not ^\n>^not\n>    ^\n")
        .contains("<-- one\n    &#94;\n      &#94; \n    not ^\n    ^not\n        ^\n");
    assertThat(JekyllPostReader.jekyll().parse(text)).as(text).isEqualTo(post);
  }

  @Test
  void aCodeSpanWithAPipeIsWrittenAsTheHtmlBothParsersMakeOfIt() {
    LinkPost post = LinkPost.builder().title("T")
        .addQuote(Quote.builder().source(Link.of("s", "https://example.org/s"))
            .addExcerpt(Excerpt.of("see `a|b` and `` `x|` ``")).build())
        .build();
    assertThat(bodyOf(post)).contains(">see <code>a&#124;b</code><!--&#96;a&#124;b&#96;--> and "
        + "<code>&#96;x&#124;&#96;</code><!--&#96;&#96; &#96;x&#124;&#96; &#96;&#96;-->\n");
  }

  /** A post with the Markdown as its discovery's remarks and as a quote's excerpt. */
  private static LinkPost inRemarksAndExcerpt(String markdown) {
    return LinkPost.builder().title("T")
        .discovery(Discovery.builder().at(AT).page(Link.of("p", "https://example.org/p"))
            .remarks(markdown).build())
        .addQuote(Quote.builder().source(Link.of("s", "https://example.org/s"))
            .addExcerpt(Excerpt.of(markdown)).build())
        .build();
  }

  @Test
  void theMarkdownFormatIsFoundByName() {
    assertThat(PostRenderers.find("markdown")).isSameAs(JekyllMarkdownRenderer.jekyll());
    assertThat(PostRenderers.find("markdown", JekyllMarkdownRenderer.class).style())
        .isEqualTo(io.github.linkpost.PostStyle.reference());
    assertThat(PostRenderers.formats()).contains("markdown");
  }

  private static LinkPost postWith(String text, String url) {
    return LinkPost.builder().title("T")
        .discovery(Discovery.builder().at(AT).via("https://example.org/via")
            .page(Link.of(text, url)).build())
        .addQuote(Quote.builder().source(Link.of(text, url)).addExcerpt(Excerpt.of("p")).build())
        .build();
  }

  private static String bodyOf(LinkPost post) {
    String text = JekyllMarkdownRenderer.jekyll().render(post);
    return text.substring(text.indexOf("\n---\n") + 5);
  }

  /** What Liquid would print: the renderer's Liquid escapes are Liquid output of the characters. */
  private static String unliquid(String text) {
    return text.replace("{{ \"{{\" }}", "{{").replace("{{ \"{%\" }}", "{%");
  }

  record LinkSeen(String text, String url) {}

  private static List<LinkSeen> links(String body) {
    List<LinkSeen> links = new ArrayList<>();
    PARSER.parse(unliquid(body)).accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Link link) {
        StringBuilder text = new StringBuilder();
        link.accept(new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Code code) {
            text.append(code.getLiteral());
          }
        });
        links.add(new LinkSeen(text.toString(), link.getDestination()));
      }
    });
    return links;
  }
}
