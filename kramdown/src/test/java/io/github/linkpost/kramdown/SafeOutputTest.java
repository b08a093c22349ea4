package io.github.linkpost.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The library's options for untrusted Markdown: raw HTML shown as text, URLs checked. */
class SafeOutputTest {
  private static final Kramdown SAFE =
      Kramdown.of(KramdownOptions.builder().escapeHtml(true).build());
  private static final Kramdown WEB =
      Kramdown.of(KramdownOptions.builder().urlPolicy(KramdownOptions.UrlPolicy.WEB).build());

  @Test
  void rawHtmlBlocksAndSpansAreShownAsText() {
    assertThat(SAFE.toHtml("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n"))
        .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n\n"
            + "<p>Text &lt;b onclick=\"x()\"&gt;bold&lt;/b&gt;</p>\n");
  }

  @Test
  void commentsAndNomarkdownAreShownAsText() {
    assertThat(SAFE.toHtml("<!-- c -->\n\n{::nomarkdown}<i>x</i>{:/}\n\na {::comment}-->{:/} b\n"))
        .isEqualTo("<p>&lt;!-- c --&gt;</p>\n\n<p>&lt;i&gt;x&lt;/i&gt;</p>\n\n"
            + "<p>a &lt;!-- --&gt; --&gt; b</p>\n");
  }

  @Test
  void markdownStillRendersAndEngineMarkupStays() {
    assertThat(SAFE.toHtml("*em* ~~del~~ [^1]\n\n- [x] done\n\n[^1]: note\n"))
        .isEqualTo("<p><em>em</em> <del>del</del> <sup id=\"fnref:1\" role=\"doc-noteref\">"
            + "<a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup></p>\n\n"
            + "<ul class=\"task-list\">\n  <li class=\"task-list-item\"><input type=\"checkbox\" "
            + "class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />done"
            + "</li>\n</ul>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n"
            + "    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>note\u00a0<a href=\"#fnref:1\""
            + " class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n"
            + "  </ol>\n</div>\n");
  }

  @Test
  void eventHandlerAttributesFromAttributeListsAreLeftOut() {
    assertThat(SAFE.toHtml("[x](http://a.example){: onclick=\"evil()\" title=\"t\"}\n"))
        .isEqualTo("<p><a href=\"http://a.example\" title=\"t\">x</a></p>\n");
  }

  @Test
  void webPolicyKeepsHttpHttpsMailtoOnly() {
    assertThat(WEB.toHtml("[a](https://a.example) [b](mailto:b@example.com) [c](javascript:x)"
        + " [d](/rel) ![e](data:image/png;base64,AA)\n"))
        .isEqualTo("<p><a href=\"https://a.example\">a</a> <a href=\"mailto:b@example.com\">b</a>"
            + " <a>c</a> <a>d</a> <img alt=\"e\" /></p>\n");
  }

  @Test
  void disguisedSchemesAreRefused() {
    assertThat(WEB.toHtml("[a](&#106;avascript:x) [b](java\tscript:x) [c](JAVASCRIPT:x)"
        + " <vbscript:x>\n"))
        .isEqualTo("<p><a>a</a> <a>b</a> <a>c</a> <vbscript:x></vbscript:x></p>\n");
  }

  @Test
  void relativeUrlsOnOptIn() {
    Kramdown k = Kramdown.of(KramdownOptions.builder()
        .urlPolicy(KramdownOptions.UrlPolicy.WEB_AND_RELATIVE).build());
    assertThat(k.toHtml("[a](/rel) [b](#frag) [c](other.html) [d](ftp://x)\n"))
        .isEqualTo("<p><a href=\"/rel\">a</a> <a href=\"#frag\">b</a>"
            + " <a href=\"other.html\">c</a> <a>d</a></p>\n");
  }

  @Test
  void relativeUrlsResolvedAgainstBase() {
    Kramdown k = Kramdown.of(KramdownOptions.builder()
        .baseUri(URI.create("https://blog.example/2024/01/post/"))
        .urlPolicy(KramdownOptions.UrlPolicy.WEB).build());
    assertThat(k.toHtml("[a](/about) [b](img.png) ![c](../x y.png) [d](http://other.example)\n"))
        .isEqualTo("<p><a href=\"https://blog.example/about\">a</a>"
            + " <a href=\"https://blog.example/2024/01/post/img.png\">b</a>"
            + " <img src=\"https://blog.example/2024/01/x%20y.png\" alt=\"c\" />"
            + " <a href=\"http://other.example\">d</a></p>\n");
  }

  @Test
  void defaultsPassHtmlAndUrlsThroughAsKramdownDoes() {
    assertThat(Kramdown.jekyll().toHtml("<b onclick=\"x\">b</b> [j](javascript:x)\n"))
        .isEqualTo("<p><b onclick=\"x\">b</b> <a href=\"javascript:x\">j</a></p>\n");
  }
}
