package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RougeSpansTest {
  @Test
  void removesTokenSpansFromHighlightedBlocks() {
    assertThat(RougeSpans.strip("<div class=\"language-ruby highlighter-rouge\"><div class="
        + "\"highlight\"><pre class=\"highlight\"><code><span class=\"k\">def</span> <span "
        + "class=\"nf\">x</span>\n</code></pre></div></div>\n<p><span>kept</span></p>\n"))
        .isEqualTo("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\">"
            + "<pre class=\"highlight\"><code>def x\n</code></pre></div></div>\n"
            + "<p><span>kept</span></p>\n");
  }

  @Test
  void removesTokenSpansFromHighlightedCodeSpans() {
    assertThat(RougeSpans.strip("<p><code class=\"language-ruby highlighter-rouge\"><span "
        + "class=\"n\">x</span> <span class=\"o\">=</span></code> <span>y</span></p>"))
        .isEqualTo("<p><code class=\"language-ruby highlighter-rouge\">x =</code> "
            + "<span>y</span></p>");
    assertThat(RougeSpans.strip("<code id=\"i\" class=\"a highlighter-rouge\" title=\"t\">"
        + "<span class=\"k\">x</span></code>"))
        .isEqualTo("<code id=\"i\" class=\"a highlighter-rouge\" title=\"t\">x</code>");
  }

  @Test
  void leavesEverythingElse() {
    String html = "<pre><code><span class=\"ws-space\">&#8901;</span></code></pre>\n"
        + "<p><span class=\"k\">x</span><code>y</code></p>\n"
        + "<pre class=\"highlight\"><code>&lt;span class=\"k\"&gt;</code></pre>\n";
    assertThat(RougeSpans.strip(html)).isEqualTo(html);
  }

  @Test
  void keepsEachBlockApart() {
    assertThat(RougeSpans.strip("<pre class=\"highlight\"><code><span>a</span></code></pre>"
        + "<p><span>b</span></p><pre class=\"highlight\"><code><span>c</span></code></pre>"))
        .isEqualTo("<pre class=\"highlight\"><code>a</code></pre><p><span>b</span></p>"
            + "<pre class=\"highlight\"><code>c</code></pre>");
  }
}
