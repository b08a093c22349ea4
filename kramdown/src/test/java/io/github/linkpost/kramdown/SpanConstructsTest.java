package io.github.linkpost.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Span-level constructs, one golden output each. Expected HTML is kramdown 2.4's under
 * Jekyll's settings (Jekyll 4.3's Markdown converter on the same input), with only rouge's
 * token spans removed from highlighted code.
 */
class SpanConstructsTest {
  private static void assertHtml(String markdown, String expected) {
    assertThat(Kramdown.jekyll().toHtml(markdown)).as(markdown).isEqualTo(expected);
  }

  @Test
  void emphasisAndStrong() {
    assertHtml("*em* _em_ **strong** __strong__ ***both***\n",
        """
        <p><em>em</em> <em>em</em> <strong>strong</strong> <strong>strong</strong> <strong><em>both</em></strong></p>
        """);
  }

  @Test
  void emphasisNeedsNoSpaceInside() {
    assertHtml("* not em* and ** not strong** and *x *\n",
        """
        <ul>
          <li>not em* and ** not strong** and *x *</li>
        </ul>
        """);
  }

  @Test
  void underscoreInsideWordsIsText() {
    assertHtml("snake_case_name and foo_bar_ and _start_\n",
        """
        <p>snake_case_name and foo_bar_ and <em>start</em></p>
        """);
  }

  @Test
  void starsInsideWordsAreEmphasis() {
    assertHtml("a*b*c and *NIX/*BSD and un**frigging**believable\n",
        """
        <p>a<em>b</em>c and <em>NIX/</em>BSD and un<strong>frigging</strong>believable</p>
        """);
  }

  @Test
  void strongFallsBackToEmphasis() {
    assertHtml("**foo* and *foo**\n",
        """
        <p><strong>foo* and *foo</strong></p>
        """);
  }

  @Test
  void emphasisDoesNotNestInItsOwnKind() {
    assertHtml("*a *b* c* and **a **b** c**\n",
        """
        <p><em>a *b</em> c* and <strong>a **b</strong> c**</p>
        """);
  }

  @Test
  void codeSpans() {
    assertHtml("`code` `` co`de `` ``` `` ``` and ` lone backtick\n",
        """
        <p><code class="language-plaintext highlighter-rouge">code</code> <code class="language-plaintext highlighter-rouge">co`de</code> <code class="language-plaintext highlighter-rouge">``</code> and ` lone backtick</p>
        """);
  }

  @Test
  void codeSpanEscapesHtml() {
    assertHtml("`<b>&amp;</b>`\n",
        """
        <p><code class="language-plaintext highlighter-rouge">&lt;b&gt;&amp;amp;&lt;/b&gt;</code></p>
        """);
  }

  @Test
  void inlineLinksAndTitles() {
    assertHtml("[a](http://x.example) [b](/rel \"Title\") [c](<with space>) [d](u 'single')\n",
        """
        <p><a href="http://x.example">a</a> <a href="/rel" title="Title">b</a> <a href="with space">c</a> <a href="u" title="single">d</a></p>
        """);
  }

  @Test
  void linkUrlWithParentheses() {
    assertHtml("[a](/wiki/Foo_(bar)) and [b](/x(y \"t\")\n",
        """
        <p><a href="/wiki/Foo_(bar)">a</a> and <a href="/x(y" title="t">b</a></p>
        """);
  }

  @Test
  void referenceLinksAreCaseInsensitive() {
    assertHtml("[Text][ID] and [id][] and [ID]\n\n[id]: http://example.com\n",
        """
        <p><a href="http://example.com">Text</a> and <a href="http://example.com">id</a> and <a href="http://example.com">ID</a></p>

        """);
  }

  @Test
  void imagesInlineAndByReference() {
    assertHtml("![alt *x*](a.png \"T\") ![ref][img]\n\n[img]: b.png\n",
        """
        <p><img src="a.png" alt="alt *x*" title="T" /> <img src="b.png" alt="ref" /></p>

        """);
  }

  @Test
  void nestedBracketsInLinkText() {
    assertHtml("[a [b] c](u) and [x [y](z)\n",
        """
        <p><a href="u">a [b] c</a> and [x <a href="z">y</a></p>
        """);
  }

  @Test
  void autolinks() {
    assertHtml("<http://example.com/?a=1&b=2> <mailto:me@example.com> <you@example.org>\n",
        """
        <p><a href="http://example.com/?a=1&amp;b=2">http://example.com/?a=1&amp;b=2</a> <a href="mailto:me@example.com">me@example.com</a> <a href="mailto:you@example.org">you@example.org</a></p>
        """);
  }

  @Test
  void entities() {
    assertHtml("&copy; &amp; &lt; &quot; &#169; &#x41; &bogus; AT&T &#128;\n",
        """
        <p>© &amp; &lt; " © A &amp;bogus; AT&amp;T €</p>
        """);
  }

  @Test
  void escapes() {
    assertHtml("\\* \\_ \\` \\# \\[ \\] \\< \\> \\~ \\| \\\\ \\q\n",
        """
        <p>* _ ` # [ ] &lt; &gt; ~ | \\ \\q</p>
        """);
  }

  @Test
  void typographicSymbols() {
    assertHtml("a -- b --- c ... << d >> e <<f>>\n",
        "<p>a – b — c … «\u00a0d\u00a0» e «f»</p>\n");
  }

  @Test
  void smartQuotes() {
    assertHtml("\"double\" 'single' it's the '90s \"'nested'\" rock 'n' roll\n",
        """
        <p>“double” ‘single’ it’s the ’90s “‘nested’” rock ‘n’ roll</p>
        """);
  }

  @Test
  void smartQuotesNextToMarkup() {
    assertHtml("\"*em*\" '**strong**' \"[link](u)\" *\"inside\"* (\"paren\")\n",
        """
        <p>“<em>em</em>” ‘<strong>strong</strong>’ “<a href="u">link</a>” <em>“inside”</em> (“paren”)</p>
        """);
  }

  @Test
  void lineBreaks() {
    assertHtml("two spaces  \nnext\\\nbackslash\n",
        """
        <p>two spaces<br />
        next<br />
        backslash</p>
        """);
  }

  @Test
  void strikethrough() {
    assertHtml("~~gone~~ and ~~ not~~ and ~single~\n",
        """
        <p><del>gone</del> and ~~ not~~ and ~single~</p>
        """);
  }

  @Test
  void spanHtml() {
    assertHtml("a <span class=\"x\">*md*</span> <kbd>*raw*</kbd> <em>x</em><br>\n",
        """
        <p>a <span class="x"><em>md</em></span> <kbd>*raw*</kbd> <em>x</em><br /></p>
        """);
  }

  @Test
  void spanHtmlMarkdownAttribute() {
    assertHtml("<span markdown=\"0\">*raw*</span> <b markdown=\"1\">*md*</b>\n",
        """
        <p><span>*raw*</span> <b><em>md</em></b></p>
        """);
  }

  @Test
  void strayEndTagIsText() {
    assertHtml("text </span> more\n",
        """
        <p>text &lt;/span&gt; more</p>
        """);
  }

  @Test
  void unclosedSpanTagTakesTheRest() {
    assertHtml("a <span>open *x*\n",
        """
        <p>a <span>open <em>x</em></span></p>
        """);
  }

  @Test
  void spanIal() {
    assertHtml("*em*{: .c} `code`{: #i} [l](u){: title=\"t\"}\n",
        """
        <p><em class="c">em</em> <code id="i" class="language-plaintext highlighter-rouge">code</code> <a href="u" title="t">l</a></p>
        """);
  }

  @Test
  void inlineMath() {
    assertHtml("Euler: $$e^{i\\pi} + 1 = 0$$ and $5 or $6\n",
        """
        <p>Euler: \\(e^{i\\pi} + 1 = 0\\) and $5 or $6</p>
        """);
  }

  @Test
  void ialAfterTextIsText() {
    assertHtml("text {: .x} here\n",
        """
        <p>text {: .x} here</p>
        """);
  }

  @Test
  void spanExtensions() {
    assertHtml("a {::nomarkdown}<i>x</i>{:/} b {::comment}c{:/comment} d\n",
        """
        <p>a <i>x</i> b <!-- c --> d</p>
        """);
  }

  @Test
  void htmlCommentInline() {
    assertHtml("a <!-- c --> b\n",
        """
        <p>a <!-- c --> b</p>
        """);
  }

  @Test
  void unicodeText() {
    assertHtml("Ünïcödé 中文 😀 ‘already curly’\n",
        """
        <p>Ünïcödé 中文 😀 ‘already curly’</p>
        """);
  }
}
