package io.github.linkpost.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Block-level constructs, one golden output each. Expected HTML is kramdown 2.4's under
 * Jekyll's settings (Jekyll 4.3's Markdown converter on the same input), with only rouge's
 * token spans removed from highlighted code.
 */
class BlockConstructsTest {
  private static void assertHtml(String markdown, String expected) {
    assertThat(Kramdown.jekyll().toHtml(markdown)).as(markdown).isEqualTo(expected);
  }

  @Test
  void paragraphsJoinLinesAndEndAtBlankLines() {
    assertHtml("First line\nsecond line\n\nAnother paragraph.\n",
        """
        <p>First line
        second line</p>

        <p>Another paragraph.</p>
        """);
  }

  @Test
  void paragraphIndentUpToThreeSpaces() {
    assertHtml("   indented para\n    code now\n",
        """
        <p>indented para
            code now</p>
        """);
  }

  @Test
  void spaceThenTabIsNoParagraph() {
    assertHtml(" \tnot a paragraph *x*\n",
        " \tnot a paragraph <em>x</em>\n");
  }

  @Test
  void atxHeadersWithGfmIdsAndDuplicates() {
    assertHtml("# Hello, World!\n\n## Hello World\n\n### Hello World\n\n#### Ünïcode ☃ title\n",
        """
        <h1 id="hello-world">Hello, World!</h1>

        <h2 id="hello-world-1">Hello World</h2>

        <h3 id="hello-world-2">Hello World</h3>

        <h4 id="ünïcode--title">Ünïcode ☃ title</h4>
        """);
  }

  @Test
  void atxHeaderNeedsSpaceAndStripsClosingHashes() {
    assertHtml("#NoSpace\n\n## Closed ##\n\n### Keep # inside\n\n# #\n",
        """
        <p>#NoSpace</p>

        <h2 id="closed">Closed</h2>

        <h3 id="keep--inside">Keep # inside</h3>

        <h1>#</h1>
        """);
  }

  @Test
  void atxHeaderEndsParagraphWithGfmQuirk() {
    assertHtml("A paragraph\n# Header\nmore text\n",
        """
        <p>A paragraph</p>
        <h1 id="header">Header</h1>
        <p>more text</p>
        """);
  }

  @Test
  void headerWithExplicitId() {
    assertHtml("## Title {#custom-id}\n\nSetext {#other}\n---\n",
        """
        <h2 id="custom-id">Title</h2>

        <h2 id="other">Setext</h2>
        """);
  }

  @Test
  void setextHeadersNeedBlockBoundary() {
    assertHtml("Title\n=====\n\nSub\n---\n\npara\nNot a header\n---\n",
        """
        <h1 id="title">Title</h1>

        <h2 id="sub">Sub</h2>

        <p>para
        Not a header
        —</p>
        """);
  }

  @Test
  void headerIdsFromFormattedText() {
    assertHtml("# *Emphasis* and `code` & \"quotes\" -- dash\n",
        """
        <h1 id="emphasis-and-code--quotes--dash"><em>Emphasis</em> and <code class="language-plaintext highlighter-rouge">code</code> &amp; “quotes” – dash</h1>
        """);
  }

  @Test
  void emptyHeaderIdIsLeftOut() {
    assertHtml("# !!!\n\n# ???\n",
        """
        <h1>!!!</h1>

        <h1 id="-1">???</h1>
        """);
  }

  @Test
  void blockquoteWithLazyLinesAndNesting() {
    assertHtml("> quoted\nlazy line\n> > nested\n\n> second\n",
        """
        <blockquote>
          <p>quoted
        lazy line</p>
          <blockquote>
            <p>nested</p>
          </blockquote>
        </blockquote>

        <blockquote>
          <p>second</p>
        </blockquote>
        """);
  }

  @Test
  void blockquoteEndsAtHtmlTag() {
    assertHtml("> quote\n<div>x</div>\n",
        """
        <blockquote>
          <p>quote</p>
        </blockquote>
        <div>x</div>
        """);
  }

  @Test
  void indentedCodeWithBlankLinesAndLazyLine() {
    assertHtml("    code 1\n\n    code 2\nlazy\n\nafter\n",
        """
        <div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>code 1

        code 2 lazy
        </code></pre></div></div>

        <p>after</p>
        """);
  }

  @Test
  void fencedCodeWithKnownAndUnknownLanguage() {
    assertHtml("```ruby\nputs 1\n```\n\n~~~ csv\na,b\n~~~\n\n```\nplain\n```\n",
        """
        <div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>puts 1
        </code></pre></div></div>

        <pre><code class="language-csv">a,b
        </code></pre>

        <div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>plain
        </code></pre></div></div>
        """);
  }

  @Test
  void fencedCodeLongerFenceRetriedShorter() {
    assertHtml("````\ncode\n```\n",
        """
        <pre><code class="language-`">code
        </code></pre>
        """);
  }

  @Test
  void fencedCodeInfoWithTwoWordsIsNoFence() {
    assertHtml("```ruby x\ncode\n```\n",
        """
        <p><code class="language-plaintext highlighter-rouge">ruby x
        code
        </code></p>
        """);
  }

  @Test
  void fencedCodeWithLanguageOptions() {
    assertHtml("```ruby?line_numbers=true\nx = 1\n```\n",
        """
        <div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>x = 1
        </code></pre></div></div>
        """);
  }

  @Test
  void codeBlockGetsIalClass() {
    assertHtml("    code\n{: .language-python .extra}\n",
        """
        <div class="language-python extra highlighter-rouge"><div class="highlight"><pre class="highlight"><code>code
        </code></pre></div></div>
        """);
  }

  @Test
  void horizontalRules() {
    assertHtml("***\n\n- - -\n\n___\n\n* * *\n",
        """
        <hr />

        <hr />

        <hr />

        <hr />
        """);
  }

  @Test
  void tightAndLooseLists() {
    assertHtml("* one\n* two\n\n* three\n\npara\n\n1. a\n\n2. b\n",
        """
        <ul>
          <li>one</li>
          <li>
            <p>two</p>
          </li>
          <li>three</li>
        </ul>

        <p>para</p>

        <ol>
          <li>
            <p>a</p>
          </li>
          <li>
            <p>b</p>
          </li>
        </ol>
        """);
  }

  @Test
  void nestedListsAndLazyLines() {
    assertHtml("* a\n  * b\n    * c\nlazy\n* d\n",
        """
        <ul>
          <li>a
            <ul>
              <li>b
                <ul>
                  <li>c
        lazy</li>
                </ul>
              </li>
            </ul>
          </li>
          <li>d</li>
        </ul>
        """);
  }

  @Test
  void listItemWithCodeAndParagraphs() {
    assertHtml("1. first\n\n       code\n\n   second para\n2. next\n",
        """
        <ol>
          <li>
            <p>first</p>

            <div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>code
        </code></pre></div>    </div>

            <p>second para</p>
          </li>
          <li>
            <p>next</p>
          </li>
        </ol>
        """);
  }

  @Test
  void listMarkerIndentationRules() {
    assertHtml("*  one\n *  two\n   * three\n",
        """
        <ul>
          <li>one</li>
          <li>two</li>
          <li>three</li>
        </ul>
        """);
  }

  @Test
  void listAfterParagraphWithGfmQuirk() {
    assertHtml("Paragraph\n* item\n* item\n",
        """
        <p>Paragraph</p>
        <ul>
          <li>item</li>
          <li>item</li>
        </ul>
        """);
  }

  @Test
  void orderedListAfterBulletIsLazy() {
    assertHtml("* a\n1. b\n",
        """
        <ul>
          <li>a
            <ol>
              <li>b</li>
            </ol>
          </li>
        </ul>
        """);
  }

  @Test
  void taskLists() {
    assertHtml("- [ ] todo\n- [x] done\n- plain\n- [X] upper\n",
        """
        <ul class="task-list">
          <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />todo</li>
          <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />done</li>
          <li class="task-list-item">plain</li>
          <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />upper</li>
        </ul>
        """);
  }

  @Test
  void definitionLists() {
    assertHtml("Term\n: Definition\n\nTwo\nterms\n: first\n: second\n\n  with para\n",
        """
        <dl>
          <dt>Term</dt>
          <dd>Definition</dd>
          <dt>Two</dt>
          <dt>terms</dt>
          <dd>first</dd>
          <dd>second

            <p>with para</p>
          </dd>
        </dl>
        """);
  }

  @Test
  void gfmTableWithAlignment() {
    assertHtml("| Left | Center | Right |\n|:-----|:------:|------:|\n| a | b | c |\n| d | `e|f` | g \\| h |\n",
        """
        <table>
          <thead>
            <tr>
              <th style="text-align: left">Left</th>
              <th style="text-align: center">Center</th>
              <th style="text-align: right">Right</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td style="text-align: left">a</td>
              <td style="text-align: center">b</td>
              <td style="text-align: right">c</td>
            </tr>
            <tr>
              <td style="text-align: left">d</td>
              <td style="text-align: center"><code class="language-plaintext highlighter-rouge">e|f</code></td>
              <td style="text-align: right">g | h</td>
            </tr>
          </tbody>
        </table>
        """);
  }

  @Test
  void tableWithFooterAndBodies() {
    assertHtml("| h1 | h2\n|----|----\n| a | b\n|----|----\n| c | d\n|====|====\n| f1 | f2\n",
        """
        <table>
          <thead>
            <tr>
              <th>h1</th>
              <th>h2</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>a</td>
              <td>b</td>
            </tr>
          </tbody>
          <tbody>
            <tr>
              <td>c</td>
              <td>d</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <td>f1</td>
              <td>f2</td>
            </tr>
          </tfoot>
        </table>
        """);
  }

  @Test
  void tableNeedsBlockBoundaryAfter() {
    assertHtml("| a | b |\n| c | d |\ntext\n",
        """
        <p>| a | b |
        | c | d |
        text</p>
        """);
  }

  @Test
  void tableWithoutBodyIsText() {
    assertHtml("|-|-|\n",
        """
        <p>|-|-|</p>
        """);
  }

  @Test
  void rawHtmlBlocksKeptAcrossBlankLines() {
    assertHtml("<div class=\"note\">\n\n*not parsed*\n\n</div>\n\nafter\n",
        """
        <div class="note">

        *not parsed*

        </div>

        <p>after</p>
        """);
  }

  @Test
  void htmlBlockWithMarkdownAttribute() {
    assertHtml("<div markdown=\"1\">\n# Inside\n\n*parsed*\n</div>\n",
        """
        <div>
          <h1 id="inside">Inside</h1>

          <p><em>parsed</em></p>
        </div>
        """);
  }

  @Test
  void htmlSpanContentModelInBlock() {
    assertHtml("<p markdown=\"1\">*span* text\n</p>\n",
        """
        <p><em>span</em> text
        </p>
        """);
  }

  @Test
  void unclosedHtmlBlockTakesTheRest() {
    assertHtml("<div>\n<p>open\n</div>\n\nrest\n",
        """
        <div>
        <p>open
        &lt;/div&gt;

        rest
        </p></div>
        """);
  }

  @Test
  void htmlCommentsAndTextAfterThem() {
    assertHtml("<!-- a comment -->\ntext after\n\n<!-- two --> words\n",
        """
        <!-- a comment -->
        <p>text after</p>

        <!-- two -->
        <p>words</p>
        """);
  }

  @Test
  void scriptAndStyleBodiesAsIs() {
    assertHtml("<script>var a = \"*x*\" < 1;</script>\n\n<style>p { color: red }</style>\n",
        """
        <script>var a = "*x*" < 1;</script>

        <style>p { color: red }</style>

        """);
  }

  @Test
  void voidElementsAreClosed() {
    assertHtml("<hr>\n\n<img src=\"a.png\" alt=x>\n",
        """
        <hr />

        <p><img src="a.png" alt="x" /></p>
        """);
  }

  @Test
  void blockTagInParagraphIsText() {
    assertHtml("Some <div>inline</div> text\n",
        """
        <p>Some &lt;div&gt;inline&lt;/div&gt; text</p>
        """);
  }

  @Test
  void mathBlocks() {
    assertHtml("$$\nx^2 + y^2 = z^2\n$$\n\n$$a < b$$\n",
        """
        \\[x^2 + y^2 = z^2\\]

        \\[a &lt; b\\]
        """);
  }

  @Test
  void mathBlockNeedsBoundaries() {
    assertHtml("para\n$$x$$\n",
        """
        <p>para
        \\(x\\)</p>
        """);
  }

  @Test
  void footnotes() {
    assertHtml("Text with a note.[^1] And another[^note].\n\n[^1]: The first note.\n[^note]: The second,\n\n    with a paragraph.\n",
        "<p>Text with a note.<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup> And another<sup id=\"fnref:note\" role=\"doc-noteref\"><a href=\"#fn:note\" class=\"footnote\" rel=\"footnote\">2</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>The first note.\u00a0<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n    <li id=\"fn:note\" role=\"doc-endnote\">\n      <p>The second,</p>\n\n      <p>with a paragraph.\u00a0<a href=\"#fnref:note\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n");
  }

  @Test
  void footnoteUsedTwiceAndMissing() {
    assertHtml("One[^a] two[^a] three[^b].\n\n[^a]: Note.\n",
        "<p>One<sup id=\"fnref:a\" role=\"doc-noteref\"><a href=\"#fn:a\" class=\"footnote\" rel=\"footnote\">1</a></sup> two<sup id=\"fnref:a:1\" role=\"doc-noteref\"><a href=\"#fn:a\" class=\"footnote\" rel=\"footnote\">1</a></sup> three[^b].</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:a\" role=\"doc-endnote\">\n      <p>Note.\u00a0<a href=\"#fnref:a\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\u00a0<a href=\"#fnref:a:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n  </ol>\n</div>\n");
  }

  @Test
  void abbreviations() {
    assertHtml("The HTML and CSS specs.\n\n*[HTML]: Hyper Text Markup Language\n*[CSS]: Cascading Style Sheets\n",
        """
        <p>The <abbr title="Hyper Text Markup Language">HTML</abbr> and <abbr title="Cascading Style Sheets">CSS</abbr> specs.</p>

        """);
  }

  @Test
  void linkDefinitionsAndReferences() {
    assertHtml("[Ref][id], [id] and [Other] and [none].\n\n[id]: http://example.com/  \"Title\"\n[other]: <http://example.org/x y>\n",
        """
        <p><a href="http://example.com/" title="Title">Ref</a>, <a href="http://example.com/" title="Title">id</a> and <a href="http://example.org/x y">Other</a> and [none].</p>

        """);
  }

  @Test
  void linkDefinitionWithTitleOnNextLine() {
    assertHtml("[x]\n\n[x]: http://x.example\n    'The title'\n",
        """
        <p><a href="http://x.example" title="The title">x</a></p>

        """);
  }

  @Test
  void blockIalsAndAlds() {
    assertHtml("{:ref: .from-ald key=\"v\"}\n\n{: .before}\nParagraph one\n{: #p1 ref}\n\n> quote\n{: .q}\n",
        """

        <p class="from-ald before" key="v" id="p1">Paragraph one</p>

        <blockquote class="q">
          <p>quote</p>
        </blockquote>
        """);
  }

  @Test
  void ialOnListAndItem() {
    assertHtml("* {: .item} first\n* second\n{: .list}\n",
        """
        <ul class="list">
          <li class="item">first</li>
          <li>second</li>
        </ul>
        """);
  }

  @Test
  void endOfBlockMarker() {
    assertHtml("para one\n^\npara two\n\n* list\n^\n* other list\n",
        """
        <p>para one</p>
        <p>para two</p>

        <ul>
          <li>list</li>
        </ul>
        <ul>
          <li>other list</li>
        </ul>
        """);
  }

  @Test
  void extensions() {
    assertHtml("{::comment}\nhidden\n{:/comment}\n\n{::nomarkdown}\n<b>raw *x*</b>\n{:/}\n\nText {::comment}gone{:/} here.\n",
        """
        <!-- hidden -->

        <b>raw *x*</b>

        <p>Text <!-- gone --> here.</p>
        """);
  }

  @Test
  void optionsExtension() {
    assertHtml("{::options auto_ids=\"false\" footnote_nr=\"5\" /}\n\n# No id\n\nNote[^x].\n\n[^x]: x\n",
        "\n<h1>No id</h1>\n\n<p>Note<sup id=\"fnref:x\" role=\"doc-noteref\"><a href=\"#fn:x\" class=\"footnote\" rel=\"footnote\">5</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol start=\"5\">\n    <li id=\"fn:x\" role=\"doc-endnote\">\n      <p>x\u00a0<a href=\"#fnref:x\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n");
  }

  @Test
  void tableOfContents() {
    assertHtml("* toc\n{:toc}\n\n# One\n\n## Two\n\n# Three {#three}\n{: .no_toc}\n",
        """
        <ul id="markdown-toc">
          <li><a href="#one" id="markdown-toc-one">One</a>    <ul>
              <li><a href="#two" id="markdown-toc-two">Two</a></li>
            </ul>
          </li>
        </ul>

        <h1 id="one">One</h1>

        <h2 id="two">Two</h2>

        <h1 id="three" class="no_toc">Three</h1>
        """);
  }

  @Test
  void crlfLineEnds() {
    assertHtml("line one\r\nline two\r\n\r\n# head\r\n",
        """
        <p>line one
        line two</p>

        <h1 id="head">head</h1>
        """);
  }

  @Test
  void standaloneImage() {
    assertHtml("![Alt text](pic.png){: .wide standalone}\n",
        """
        <figure class="wide">
          <img src="pic.png" alt="Alt text" />
          <figcaption>Alt text</figcaption>
        </figure>
        """);
  }
}
