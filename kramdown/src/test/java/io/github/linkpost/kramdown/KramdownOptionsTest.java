package io.github.linkpost.kramdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * kramdown's options: each changes the HTML as it does in Jekyll with that {@code kramdown:}
 * setting (expected HTML is kramdown 2.4's under Jekyll's settings plus the one shown), and
 * the {@code _config.yml} section maps onto the same options.
 */
class KramdownOptionsTest {
  private static void assertHtml(KramdownOptions options, String markdown, String expected) {
    assertThat(Kramdown.of(options).toHtml(markdown)).as(markdown).isEqualTo(expected);
  }

  @Test
  void jekyllPresetIsJekyllsDefaults() {
    KramdownOptions o = KramdownOptions.jekyll();
    assertThat(o.autoIds()).isTrue();
    assertThat(o.smartQuotes()).containsExactly("lsquo", "rsquo", "ldquo", "rdquo");
    assertThat(o.entityOutput()).isEqualTo(KramdownOptions.EntityOutput.AS_CHAR);
    assertThat(o.footnoteNr()).isEqualTo(1);
    assertThat(o.hardWrap()).isFalse();
    assertThat(o.tocLevels()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(o.gfmQuirks()).containsExactly(KramdownOptions.GfmQuirk.PARAGRAPH_END);
    assertThat(o.escapeHtml()).isFalse();
    assertThat(o.urlPolicy()).isEqualTo(KramdownOptions.UrlPolicy.ANY);
    assertThat(KramdownOptions.builder().build()).isEqualTo(o);
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(Kramdown.jekyll().options()).isSameAs(o);
  }

  @Test
  void toBuilderKeepsEverySetting() {
    KramdownOptions o = KramdownOptions.builder().autoIdPrefix("x-").footnoteNr(4)
        .headerOffset(1).escapeHtml(true).urlPolicy(KramdownOptions.UrlPolicy.WEB).build();
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(o.toBuilder().footnoteNr(5).build()).isNotEqualTo(o);
  }

  @Test
  void builderChecksItsArguments() {
    assertThatThrownBy(() -> KramdownOptions.builder().smartQuotes(List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smartQuotes ([a]) must have 4 entries");
    assertThatThrownBy(() -> KramdownOptions.builder().tocLevels(Set.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tocLevels ([0]) must hold levels from 1 to 6");
    assertThatThrownBy(() -> KramdownOptions.builder().baseUri(java.net.URI.create("rel/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri (rel/x) must be absolute");
    assertThatThrownBy(() -> KramdownOptions.builder().autoIdPrefix(null))
        .isInstanceOf(NullPointerException.class).hasMessage("autoIdPrefix");
  }

  @Test
  void configSectionMapsOntoOptions() {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("input", "GFM");
    section.put("auto_ids", "false");
    section.put("auto_id_prefix", "p-");
    section.put("footnote_nr", "7");
    section.put("header_offset", 1);
    section.put("toc_levels", List.of(2, 3));
    section.put("smart_quotes", "lsaquo,rsaquo,laquo,raquo");
    section.put("entity_output", ":numeric");
    section.put("hard_wrap", true);
    section.put("syntax_highlighter", "rouge");
    section.put("syntax_highlighter_opts", Map.of("default_lang", "text"));
    section.put("math_engine", "mathjax");
    section.put("guess_lang", true);
    section.put("show_warnings", false);
    section.put("gfm_quirks", List.of("paragraph_end", "no_auto_typographic"));
    KramdownOptions expected = KramdownOptions.builder().autoIds(false).autoIdPrefix("p-")
        .footnoteNr(7).headerOffset(1).tocLevels(Set.of(2, 3))
        .smartQuotes(List.of("lsaquo", "rsaquo", "laquo", "raquo"))
        .entityOutput(KramdownOptions.EntityOutput.NUMERIC).hardWrap(true).defaultLang("text")
        .gfmQuirks(Set.of(KramdownOptions.GfmQuirk.PARAGRAPH_END,
            KramdownOptions.GfmQuirk.NO_AUTO_TYPOGRAPHIC))
        .build();
    assertThat(KramdownOptions.fromJekyllConfig(section)).isEqualTo(expected);
    assertThat(KramdownOptions.fromJekyllConfig(Map.of())).isEqualTo(KramdownOptions.jekyll());
  }

  @Test
  void configRefusesUnknownIllTypedAndUnsupportedValues() {
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(Map.of("autoids", true)))
        .isInstanceOf(KramdownException.class)
        .hasMessage("unknown kramdown option autoids: true");
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(Map.of("auto_ids", List.of())))
        .isInstanceOf(KramdownException.class)
        .hasMessage("kramdown option auto_ids: [] is not a boolean");
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(Map.of("footnote_nr", "ten")))
        .isInstanceOf(KramdownException.class)
        .hasMessage("kramdown option footnote_nr: \"ten\" is not an integer");
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(Map.of("toc_levels", "1-3")))
        .isInstanceOf(KramdownException.class)
        .hasMessage("kramdown option toc_levels: \"1-3\" is not a list of levels such as 1..3 or"
            + " 1,2,3");
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(Map.of("input", "kramdown")))
        .isInstanceOf(KramdownException.class)
        .hasMessage("kramdown option input: \"kramdown\" (only GFM input is supported)");
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(Map.of("math_engine", "katex")))
        .isInstanceOf(KramdownException.class)
        .hasMessage("kramdown option math_engine: \"katex\" (only the mathjax math engine (or "
            + "none) is supported)");
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(
        Map.of("syntax_highlighter_opts", Map.of("line_numbers", true))))
        .isInstanceOf(KramdownException.class)
        .hasMessageStartingWith("kramdown option syntax_highlighter_opts.line_numbers: true");
    assertThatThrownBy(() -> KramdownOptions.fromJekyllConfig(Map.of("html_to_native", true)))
        .isInstanceOf(KramdownException.class)
        .hasMessage("kramdown option html_to_native: true (converting HTML to native elements "
            + "is not supported)");
  }

  @Test
  void autoIdsOff() {
    // _config.yml: kramdown: {"auto_ids": false}
    assertHtml(KramdownOptions.builder().autoIds(false).build(),
        "# Title\n",
        """
        <h1>Title</h1>
        """);
  }

  @Test
  void autoIdPrefix() {
    // _config.yml: kramdown: {"auto_id_prefix": "post-"}
    assertHtml(KramdownOptions.builder().autoIdPrefix("post-").build(),
        "# Title\n\n# Title\n",
        """
        <h1 id="post-title">Title</h1>

        <h1 id="post-title-1">Title</h1>
        """);
  }

  @Test
  void headerOffset() {
    // _config.yml: kramdown: {"header_offset": 2}
    assertHtml(KramdownOptions.builder().headerOffset(2).build(),
        "# One\n\n###### Six\n",
        """
        <h3 id="one">One</h3>

        <h6 id="six">Six</h6>
        """);
  }

  @Test
  void hardWrap() {
    // _config.yml: kramdown: {"hard_wrap": true}
    assertHtml(KramdownOptions.builder().hardWrap(true).build(),
        "line one\nline two\n",
        """
        <p>line one<br />
        line two</p>
        """);
  }

  @Test
  void footnoteOptions() {
    // _config.yml: kramdown: {"footnote_nr": 3, "footnote_prefix": "p1-", "footnote_backlink": "back"}
    assertHtml(KramdownOptions.builder().footnoteNr(3).footnotePrefix("p1-").footnoteBacklink("back").build(),
        "Note[^a].\n\n[^a]: The note.\n",
        "<p>Note<sup id=\"fnref:p1-a\" role=\"doc-noteref\"><a href=\"#fn:p1-a\" class=\"footnote\" rel=\"footnote\">3</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol start=\"3\">\n    <li id=\"fn:p1-a\" role=\"doc-endnote\">\n      <p>The note.\u00a0<a href=\"#fnref:p1-a\" class=\"reversefootnote\" role=\"doc-backlink\">back</a></p>\n    </li>\n  </ol>\n</div>\n");
  }

  @Test
  void footnoteBacklinkInline() {
    // _config.yml: kramdown: {"footnote_backlink_inline": true}
    assertHtml(KramdownOptions.builder().footnoteBacklinkInline(true).build(),
        "Note[^a].\n\n[^a]: > quoted\n",
        "<p>Note<sup id=\"fnref:a\" role=\"doc-noteref\"><a href=\"#fn:a\" class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:a\" role=\"doc-endnote\">\n      <blockquote>\n        <p>quoted\u00a0<a href=\"#fnref:a\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n      </blockquote>\n    </li>\n  </ol>\n</div>\n");
  }

  @Test
  void entityOutputNumeric() {
    // _config.yml: kramdown: {"entity_output": "numeric"}
    assertHtml(KramdownOptions.builder().entityOutput(KramdownOptions.EntityOutput.NUMERIC).build(),
        "&copy; \"q\" -- &lt;\n",
        """
        <p>&#169; &#8220;q&#8221; &#8211; &lt;</p>
        """);
  }

  @Test
  void entityOutputSymbolic() {
    // _config.yml: kramdown: {"entity_output": "symbolic"}
    assertHtml(KramdownOptions.builder().entityOutput(KramdownOptions.EntityOutput.SYMBOLIC).build(),
        "&copy; \"q\" -- &#169;\n",
        """
        <p>&copy; &ldquo;q&rdquo; &ndash; &copy;</p>
        """);
  }

  @Test
  void smartQuotesAsGuillemets() {
    // _config.yml: kramdown: {"smart_quotes": "lsaquo,rsaquo,laquo,raquo"}
    assertHtml(KramdownOptions.builder().smartQuotes(List.of("lsaquo", "rsaquo", "laquo", "raquo")).build(),
        "\"double\" and 'single'\n",
        """
        <p>«double» and ‹single›</p>
        """);
  }

  @Test
  void typographicSymbolsReplaced() {
    // _config.yml: kramdown: {"typographic_symbols": {"hellip": "...", "mdash": "---"}}
    assertHtml(KramdownOptions.builder().typographicSymbols(Map.of("hellip", "...", "mdash", "---")).build(),
        "Wait... no --- yes\n",
        """
        <p>Wait... no --- yes</p>
        """);
  }

  @Test
  void parseBlockHtml() {
    // _config.yml: kramdown: {"parse_block_html": true}
    assertHtml(KramdownOptions.builder().parseBlockHtml(true).build(),
        "<div>\n*parsed*\n</div>\n",
        """
        <div>
          <p><em>parsed</em></p>
        </div>
        """);
  }

  @Test
  void parseSpanHtmlOff() {
    // _config.yml: kramdown: {"parse_span_html": false}
    assertHtml(KramdownOptions.builder().parseSpanHtml(false).build(),
        "a <span>*raw*</span>\n",
        """
        <p>a <span>*raw*</span></p>
        """);
  }

  @Test
  void tocLevels() {
    // _config.yml: kramdown: {"toc_levels": "1..2"}
    assertHtml(KramdownOptions.builder().tocLevels(Set.of(1, 2)).build(),
        "* toc\n{:toc}\n\n# A\n\n## B\n\n### C\n",
        """
        <ul id="markdown-toc">
          <li><a href="#a" id="markdown-toc-a">A</a>    <ul>
              <li><a href="#b" id="markdown-toc-b">B</a></li>
            </ul>
          </li>
        </ul>

        <h1 id="a">A</h1>

        <h2 id="b">B</h2>

        <h3 id="c">C</h3>
        """);
  }

  @Test
  void noSyntaxHighlighter() {
    // _config.yml: kramdown: {"syntax_highlighter_opts": {"disable": true}}
    assertHtml(KramdownOptions.builder().rouge(false).build(),
        "```ruby\nputs 1\n```\n\n`code`\n",
        """
        <pre><code class="language-ruby">puts 1
        </code></pre>

        <p><code>code</code></p>
        """);
  }

  @Test
  void noMathEngine() {
    // _config.yml: kramdown: {"math_engine": null}
    assertHtml(KramdownOptions.builder().mathJax(false).build(),
        "$$x < 1$$\n\n$$\ny\n$$\n",
        """
        <div class="kdmath">$$
        x < 1
        $$</div>

        <div class="kdmath">$$
        y
        $$</div>
        """);
  }

  @Test
  void gfmQuirksOff() {
    // _config.yml: kramdown: {"gfm_quirks": []}
    assertHtml(KramdownOptions.builder().gfmQuirks(Set.of()).build(),
        "para\n# not a header\n* not a list\n",
        """
        <p>para
        # not a header
        * not a list</p>
        """);
  }

  @Test
  void noAutoTypographic() {
    // _config.yml: kramdown: {"gfm_quirks": "paragraph_end,no_auto_typographic"}
    assertHtml(KramdownOptions.builder().gfmQuirks(Set.of(KramdownOptions.GfmQuirk.PARAGRAPH_END, KramdownOptions.GfmQuirk.NO_AUTO_TYPOGRAPHIC)).build(),
        "a -- b ... c\n",
        """
        <p>a -- b ... c</p>
        """);
  }

  @Test
  void linkDefs() {
    // _config.yml: kramdown: {"link_defs": {"home": ["http://home.example", "Home"]}}
    assertHtml(KramdownOptions.builder().linkDefs(Map.of("home", List.of("http://home.example", "Home"))).build(),
        "Go [home].\n",
        """
        <p>Go <a href="http://home.example" title="Home">home</a>.</p>
        """);
  }

  @Test
  void defaultLangNone() {
    // _config.yml: kramdown: {"syntax_highlighter_opts": {"default_lang": null}, "guess_lang": false}
    assertHtml(KramdownOptions.builder().defaultLang(null).guessLang(false).build(),
        "    plain\n\n```ruby\nx\n```\n",
        """
        <pre><code>plain
        </code></pre>

        <div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>x
        </code></pre></div></div>
        """);
  }
}
