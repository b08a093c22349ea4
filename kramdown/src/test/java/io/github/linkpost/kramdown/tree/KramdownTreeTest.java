package io.github.linkpost.kramdown.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.kramdown.Kramdown;
import io.github.linkpost.kramdown.KramdownOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree the HTML renderer changes before writing: types, lines, attributes, wrappers. */
class KramdownTreeTest {
  private static final String POST = "Intro with [a link](http://a.example).\n\n"
      + "> first\n\n> second\n\n* item [x](http://x.example)\n\nNote[^1].\n\n[^1]: The note.\n";

  @Test
  void unchangedTreeWritesWhatKramdownWrites() {
    KramdownTree tree = KramdownTree.parse(POST, KramdownOptions.jekyll());
    assertThat(tree.toHtml()).isEqualTo(Kramdown.jekyll().toHtml(POST));
    assertThat(String.join("", tree.toHtmlByBlock())).isEqualTo(tree.toHtml());
  }

  @Test
  void topLevelBlocksHaveTypesAndSourceLines() {
    List<Node> blocks = KramdownTree.parse(POST, KramdownOptions.jekyll()).root().children();
    assertThat(blocks).extracting(Node::type).containsExactly(
        "p", "blank", "blockquote", "blank", "blockquote", "blank", "ul", "blank", "p", "blank");
    assertThat(blocks).extracting(Node::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void htmlByBlockEndsWithTheFootnotes() {
    List<String> parts = KramdownTree.parse(POST, KramdownOptions.jekyll()).toHtmlByBlock();
    assertThat(parts).hasSize(11);
    assertThat(parts.get(0)).isEqualTo("<p>Intro with <a href=\"http://a.example\">a link</a>.</p>\n");
    assertThat(parts.get(10)).startsWith("<div class=\"footnotes\" role=\"doc-endnotes\">");
  }

  @Test
  void attributesAndWrappersShowInTheHtml() {
    KramdownTree tree = KramdownTree.parse(POST, KramdownOptions.jekyll());
    List<Node> blocks = tree.root().children();
    Node link = blocks.get(0).children().get(1);
    assertThat(link.type()).isEqualTo("a");
    link.attributes().put("class", "u-url");
    Node wrapper = Node.htmlElement("div", true);
    wrapper.attributes().put("class", "h-cite");
    wrapper.children().add(blocks.remove(2));
    wrapper.children().add(blocks.remove(2));
    wrapper.children().add(blocks.remove(2));
    blocks.add(2, wrapper);
    assertThat(tree.toHtmlByBlock().subList(0, 3)).containsExactly(
        "<p>Intro with <a href=\"http://a.example\" class=\"u-url\">a link</a>.</p>\n",
        "\n",
        "<div class=\"h-cite\">\n  <blockquote>\n    <p>first</p>\n  </blockquote>\n\n"
            + "  <blockquote>\n    <p>second</p>\n  </blockquote>\n</div>\n");
  }

  @Test
  void wrappersAreWrittenEvenWhenRawHtmlIsEscaped() {
    KramdownTree tree = KramdownTree.parse("<i>raw</i> text\n",
        KramdownOptions.builder().escapeHtml(true).build());
    Node p = tree.root().children().get(0);
    Node span = Node.htmlElement("span", false);
    span.children().add(p.children().remove(1));
    p.children().add(span);
    assertThat(tree.toHtml()).isEqualTo("<p>&lt;i&gt;raw&lt;/i&gt;<span> text</span></p>\n");
  }

  @Test
  void textAndTagsAreReadable() {
    Node p = KramdownTree.parse("<b>x</b> `c`\n", KramdownOptions.jekyll()).root().children()
        .get(0);
    assertThat(p.children()).extracting(Node::type)
        .containsExactly("html_element", "text", "codespan");
    assertThat(p.children().get(0).tag()).contains("b");
    assertThat(p.children().get(2).text()).isEqualTo("c");
  }
}
