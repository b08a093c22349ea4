package io.github.linkpost.commonmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The linear HTML block parser makes the same document as commonmark-java's own, block for
 * block and line for line, and stays linear where commonmark-java's overflows the stack.
 */
class HtmlBlocksTest {
  private static final List<Extension> TABLES = List.of(TablesExtension.create());
  private static final Parser STOCK = Parser.builder()
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Parser OURS = HtmlBlocks.use(Parser.builder())
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Parser STOCK_TABLES = Parser.builder().extensions(TABLES)
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Parser OURS_TABLES = HtmlBlocks.use(Parser.builder().extensions(TABLES))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(TABLES).build();

  /** The HTML, then each block with the lines it spans: what a reader of the tree can see. */
  private static String seen(Parser parser, String markdown) {
    Node document = parser.parse(markdown);
    StringBuilder out = new StringBuilder(HTML.render(document));
    document.accept(new AbstractVisitor() {
      @Override
      protected void visitChildren(Node parent) {
        out.append('\n').append(parent.getClass().getSimpleName()).append(' ')
            .append(parent.getSourceSpans());
        super.visitChildren(parent);
      }
    });
    return out.toString();
  }

  private static boolean same(String markdown) {
    assertThat(seen(OURS, markdown)).as(markdown).isEqualTo(seen(STOCK, markdown));
    assertThat(seen(OURS_TABLES, markdown)).as(markdown).isEqualTo(seen(STOCK_TABLES, markdown));
    boolean[] html = {false};
    STOCK.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock block) {
        html[0] = true;
      }
    });
    return html[0];
  }

  @Property(tries = 3000)
  void generatedMarkdownGivesTheSameDocument(@ForAll("documents") String markdown) {
    Statistics.collect(same(markdown) ? "with an HTML block" : "without");
    Statistics.coverage(c -> c.check("with an HTML block").percentage(p -> p > 30));
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> tag = Arbitraries.of("<div>", "<div", "</div>", "<DIV class=x>", "<div/>",
        "<colgroup>", "<col-x>", "<h1x>", "<search>", "<p/x>", "<a href=\"x\">", "<a b=c d='e' f>",
        "<a b = \"c\" />", "<x-1 a:b._c-d = 'q'>", "<a =b>", "<a b=>", "< a>", "<a\tb>", "<a b=\"c>",
        "<a b='c'd>", "<a b=c`d>", "<a/>", "<a/ >", "<a / >", "</a >", "</a b>", "<a>b</a>",
        "<script>", "<script", "<script/>", "</script>", "<SCRIPT>", "<pre", "<PRE>", "</pre>",
        "<style>", "</style>", "<textarea ", "</TEXTAREA>", "<!-- x", "-->", "<?php", "?>",
        "<!DOCTYPE html>", "<!doctype html>", "<![CDATA[", "]]>", "<\u017Fcript>", "<\u212Aey>",
        "<a b=\"\u00e9\">", "<1a>", "<a_b>", "<a.b>", "<-a>");
    Arbitrary<String> text = Arbitraries.of("text", "more text", "*em*", "a | b", "|---|---|",
        "---", "===", "> ", "- ", "1. ", "    ", "   ", "\t", "# heading", "```", "", "", "x",
        "\u2028", "\u2029", "\u0085", "\u000B", "\f", " ", "  ");
    Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(3, tag), Tuple.of(4, text));
    Arbitrary<String> line = piece.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join("", p));
    return line.list().ofMinSize(1).ofMaxSize(10).map(lines -> String.join("\n", lines));
  }

  /** The project's own small blog, which every checkout has (fixtures/blog). */
  @Test
  void everyPostOfOurOwnBlogGivesTheSameDocument() throws Exception {
    Path posts = Path.of("..", "fixtures", "blog", "posts");
    List<Path> files;
    try (Stream<Path> found = Files.list(posts)) {
      files = found.sorted().toList();
    }
    int withHtml = 0;
    for (Path file : files) {
      if (same(Files.readString(file))) {
        withHtml++;
      }
    }
    assertThat(files).hasSize(8);
    assertThat(withHtml).as("posts holding an HTML block").isEqualTo(1);
  }

  @Test
  void everyCorpusPostGivesTheSameDocument() throws Exception {
    Path posts = Path.of(System.getProperty("linkpost.shared", "../../shared"), "corpus", "posts");
    assumeTrue(Files.isDirectory(posts), "no corpus beside the checkout; skipped");
    int withHtml = 0;
    List<Path> files;
    try (Stream<Path> found = Files.list(posts)) {
      files = found.sorted().toList();
    }
    for (Path file : files) {
      if (same(Files.readString(file))) {
        withHtml++;
      }
    }
    assertThat(files).hasSizeGreaterThan(1000);
    assertThat(withHtml).as("posts holding an HTML block").isGreaterThan(100);
  }

  @Test
  void aTagLineOfAnySizeIsReadWithoutOverflowing() {
    for (String markdown : List.of(
        "Text.\n\n<a " + "b ".repeat(100_000) + ">\n\n*after*\n",
        "Text.\n\n<a " + "b=\"c\" ".repeat(100_000) + "\nstill the block\n\nafter\n",
        "<a " + "b ".repeat(100_000) + "\n\nA paragraph.\n",
        "> <a " + "b='c' ".repeat(50_000) + "/>\n")) {
      Node document = OURS.parse(markdown);
      assertThat(document.getFirstChild()).isNotNull();
    }
    Node tag = OURS.parse("Text.\n\n<a " + "b ".repeat(100_000) + ">\n\n*after*\n");
    assertThat(tag.getFirstChild().getNext()).isInstanceOf(HtmlBlock.class);
    Node open = OURS.parse("<a " + "b ".repeat(100_000) + "\n\nA paragraph.\n");
    assertThat(open.getFirstChild()).as("an unclosed tag is a paragraph")
        .isNotInstanceOf(HtmlBlock.class);
  }

  @Test
  void kindsFollowTheStartConditions() {
    assertThat(HtmlBlocks.kind("<script>", 0, true)).isEqualTo(1);
    assertThat(HtmlBlocks.kind("<!-- c", 0, true)).isEqualTo(2);
    assertThat(HtmlBlocks.kind("<?x", 0, true)).isEqualTo(3);
    assertThat(HtmlBlocks.kind("<!DOCTYPE", 0, true)).isEqualTo(4);
    assertThat(HtmlBlocks.kind("<!doctype", 0, true)).isEqualTo(4);
    assertThat(HtmlBlocks.kind("<![CDATA[", 0, true)).isEqualTo(5);
    assertThat(HtmlBlocks.kind("</colgroup>", 0, true)).isEqualTo(6);
    assertThat(HtmlBlocks.kind("<span a=\"1\">", 0, true)).isEqualTo(7);
    assertThat(HtmlBlocks.kind("<span a=\"1\">", 0, false)).as("cannot interrupt a paragraph").isZero();
    assertThat(HtmlBlocks.kind("<span a=\"1\"> text", 0, true)).isZero();
    assertThat(HtmlBlocks.closes(1, "x </STYLE> y")).isTrue();
    assertThat(HtmlBlocks.closes(1, "x </styles> y")).isFalse();
    assertThat(HtmlBlocks.closes(7, "anything")).isFalse();
  }
}
