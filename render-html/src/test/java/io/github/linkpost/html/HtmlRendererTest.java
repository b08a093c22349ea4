package io.github.linkpost.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostRenderers;
import io.github.linkpost.Quote;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlRendererTest {
  private static final HtmlRenderer JEKYLL = HtmlRenderer.jekyll();

  /**
   * A tag with 100,000 attributes once overflowed the stack in the block parser. kramdown
   * reads it as an element with one attribute {@code b}, which safe output shows as text.
   */
  @Test
  void rendersATagLineOfAnyLength() {
    String tag = "<a " + "b ".repeat(100_000) + ">";
    LinkPost post = io.github.linkpost.markdown.JekyllPostReader.jekyll()
        .parse("---\ntitle: t\n---\nText.\n\n" + tag + "\n\n*after*\n");
    assertThat(JEKYLL.render(post)).contains(
        "<p>Text.</p>\n\n<p>&lt;a b=\"\"&gt;&lt;/a&gt;</p>\n\n<p><em>after</em></p>");
    assertThat(HtmlRenderer.builder().allowHtml(true).build().render(post))
        .contains("<p>Text.</p>\n\n<p><a b=\"\"></a></p>\n\n<p><em>after</em></p>");
    assertThat(HtmlRenderer.commonmark().toBuilder().allowHtml(true).build().render(post))
        .contains(tag + "\n");
  }

  /**
   * A code span holding a {@code |} is written to Markdown as HTML (so that kramdown makes no
   * table of it); read back, it must still show as code, not as escaped tags.
   */
  @Test
  void aReadPostShowsItsPipedCodeAsCode() {
    LinkPost post = LinkPost.builder().title("Pipes")
        .discovery(Discovery.builder().at(Instant.parse("2025-04-18T16:42:00Z"))
            .remarks("see `x|y` here").build())
        .addQuote(Quote.builder().source(Link.of("Source", "https://example.org/"))
            .addExcerpt(Excerpt.of("Use `a|b` for pipes.")).build())
        .build();
    LinkPost read = io.github.linkpost.markdown.JekyllPostReader.jekyll()
        .parse(io.github.linkpost.markdown.JekyllMarkdownRenderer.jekyll().render(post));
    assertThat(read).isEqualTo(post);
    for (HtmlRenderer renderer : new HtmlRenderer[] {JEKYLL, HtmlRenderer.commonmark(),
        HtmlRenderer.builder().allowHtml(true).build()}) {
      String html = renderer.render(read);
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("code").eachText()).as(html).containsExactly("x|y", "a|b");
      assertThat(doc.text()).as(html).doesNotContain("<code>").doesNotContain("&#").doesNotContain("<!--");
    }
  }

  static LinkPost post() {
    return LinkPost.builder()
        .title("Boxes & \"ships\" <b>")
        .date(OffsetDateTime.parse("2025-04-18T09:42:00-07:00"))
        .permalink("https://blog.example.org/2025/04/18/boxes/")
        .discovery(Discovery.builder().at(Instant.parse("2025-04-18T16:42:00Z"))
            .via("https://blog.example.org/how/")
            .page(Link.of("The box's story", "https://ports.example.com/box/"))
            .remarks("so *good* -- really")
            .build())
        .addQuote(Quote.builder()
            .source(Link.of("Lena Ortiz:: The box", "https://ports.example.com/box/"))
            .author("Lena Ortiz").published(LocalDate.of(2025, 4, 2))
            .addExcerpt(Excerpt.of("It's a \"box\"... and -- more"))
            .addExcerpt(Excerpt.of("Second <script>alert(1)</script> part"))
            .build())
        .build();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "it's|it’s",
      "\"a\"|“a”",
      "'a'|‘a’",
      "the '80s|the ’80s",
      "wait...|wait…",
      "a -- b|a – b",
      "a --- b|a — b",
      "<< a >>|« a »",
      "(\"x\")|(“x”)",
      "say \"hi,\" then|say “hi,” then",
      "`it's -- code`|it's -- code"})
  void jekyllTypography(String markdown, String shown) {
    LinkPost post = LinkPost.builder().title("T").addVerbatim(markdown).build();
    Document doc = Jsoup.parse(JEKYLL.render(post));
    assertThat(doc.select("p").text()).isEqualTo(shown);
    Document plain = Jsoup.parse(HtmlRenderer.commonmark().render(post));
    assertThat(plain.select("p").text()).isEqualTo(markdown.replace("`", ""));
  }

  @Test
  void jekyllHeadingIdsAndTables() {
    LinkPost post = LinkPost.builder().title("T")
        .addVerbatim("### QUOTE: \n\n## Hello, World!\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").build();
    Document doc = Jsoup.parse(JEKYLL.render(post));
    assertThat(doc.select("h3").attr("id")).isEqualTo("quote");
    assertThat(doc.select("h2").attr("id")).isEqualTo("hello-world");
    assertThat(doc.select("table td").eachText()).containsExactly("1", "2");
    assertThat(Jsoup.parse(HtmlRenderer.commonmark().render(post)).select("table")).isEmpty();
  }

  @Test
  void microformats2() {
    Document doc = Jsoup.parse(JEKYLL.render(post()));
    Element entry = doc.selectFirst(".h-entry");
    assertThat(entry).isNotNull();
    assertThat(entry.selectFirst("data.p-name").attr("value")).isEqualTo("Boxes & \"ships\" <b>");
    assertThat(entry.selectFirst("data.dt-published").attr("value")).isEqualTo("2025-04-18T09:42-07:00");
    assertThat(entry.selectFirst("data.u-url").attr("value"))
        .isEqualTo("https://blog.example.org/2025/04/18/boxes/");
    assertThat(entry.selectFirst("a.u-bookmark-of").attr("href")).isEqualTo("https://ports.example.com/box/");
    Element cite = entry.selectFirst(".u-quotation-of.h-cite");
    assertThat(cite).isNotNull();
    assertThat(cite.selectFirst("a.u-url.p-name").text()).isEqualTo("Lena Ortiz:: The box");
    assertThat(cite.selectFirst(".p-author").text()).isEqualTo("Lena Ortiz");
    assertThat(cite.selectFirst("time.dt-published").attr("datetime")).isEqualTo("2025-04-02");
    assertThat(cite.selectFirst(".p-content").select("blockquote")).hasSize(3);
  }

  @Test
  void rendersTheModelAsJekyllShowsTheReferenceFormat() {
    Document doc = Jsoup.parse(JEKYLL.render(post()));
    assertThat(doc.select("p").first().text()).isEqualTo(
        "Discovered: Apr 18, 2025 16:42 (UTC) The box’s story <– so good – really");
    assertThat(doc.select("h3").text()).isEqualTo("QUOTE:");
    assertThat(doc.select("li").eachText()).containsExactly(
        "Read the whole thing: Lena Ortiz:: The box", "By: Lena Ortiz", "Published: April 2, 2025");
    assertThat(doc.select("blockquote").eachText()).containsExactly(
        "It’s a “box”… and – more", "…", "Second <script>alert(1)</script> part");
  }

  @Test
  void escapesTextAndAttributes() {
    String html = JEKYLL.renderPage(post());
    assertThat(html).contains("<title>Boxes &amp; “ships” &lt;b&gt;</title>");
    assertThat(html).doesNotContain("<script>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("data.p-name")).isNull(); // the page's h1 is the name
    assertThat(doc.selectFirst("h1.p-name").text()).isEqualTo("Boxes & “ships” <b>");
  }

  @Test
  void allowHtmlKeepsRawHtml() {
    LinkPost post = LinkPost.builder().title("T").addVerbatim("<span class=\"x\">raw</span> *md*").build();
    assertThat(JEKYLL.render(post)).contains("&lt;span class=&quot;x&quot;&gt;raw&lt;/span&gt;");
    assertThat(HtmlRenderer.builder().allowHtml(true).build().render(post))
        .contains("<span class=\"x\">raw</span>");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[a](https://x.org/)|https://x.org/|https://x.org/",
      "[a](http://x.org/)|http://x.org/|http://x.org/",
      "[a](mailto:a@x.org)|mailto:a@x.org|mailto:a@x.org",
      "[a](/relative)||/relative",
      "[a](javascript:alert(1))||",
      "[a](JavaScript:alert(1))||",
      "[a](data:text/html,x)||",
      "[a](vbscript:x)||",
      "[a](ftp://x.org/)||",
      "![i](javascript:x)||"})
  void urlPolicy(String markdown, String safe, String relative) {
    LinkPost post = LinkPost.builder().title("T").addVerbatim(markdown).build();
    Element strict = Jsoup.parse(JEKYLL.render(post)).selectFirst("a, img");
    Element trusting = Jsoup.parse(HtmlRenderer.builder().allowRelativeUrls(true).build().render(post))
        .selectFirst("a, img");
    String attribute = markdown.startsWith("!") ? "src" : "href";
    assertThat(strict.hasAttr(attribute) ? strict.attr(attribute) : null).isEqualTo(safe);
    assertThat(trusting.hasAttr(attribute) ? trusting.attr(attribute) : null).isEqualTo(relative);
    assertThat(strict.text()).isEqualTo(markdown.startsWith("!") ? "" : "a");
  }

  /** With a base URL, relative URLs are resolved and kept, by the parser and without it alike. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[a](../other/)|https://blog.x.org/2025/10/other/",
      "[a](/about/)|https://blog.x.org/about/",
      "[a](img.png)|https://blog.x.org/2025/10/post/img.png",
      "[a](#part)|https://blog.x.org/2025/10/post/#part",
      "[a](?page=2)|https://blog.x.org/2025/10/post/?page=2",
      "[a](<a b/c d.html>)|https://blog.x.org/2025/10/post/a%20b/c%20d.html",
      "[a](café/ñ)|https://blog.x.org/2025/10/post/caf%C3%A9/%C3%B1",
      "[a](100%/x)|https://blog.x.org/2025/10/post/100%25/x",
      "[a](//cdn.x.org/f)|https://cdn.x.org/f",
      "[a](https://other.org/)|https://other.org/",
      "[a](mailto:a@x.org)|mailto:a@x.org",
      "[a](javascript:alert(1))|",
      "[a](data:text/html,x)|",
      "![i](pic.jpg)|https://blog.x.org/2025/10/post/pic.jpg"})
  void aBaseUrlResolvesRelativeUrls(String markdown, String resolved) {
    HtmlRenderer renderer =
        HtmlRenderer.builder().baseUrl(URI.create("https://blog.x.org/2025/10/post/")).build();
    String attribute = markdown.startsWith("!") ? "src" : "href";
    LinkPost verbatim = LinkPost.builder().title("T").addVerbatim(markdown + " and *more*\n").build();
    LinkPost excerpt = LinkPost.builder().title("T").addQuote(Quote.builder()
        .source(Link.of("S", "https://x.org/")).addExcerpt(Excerpt.of("See " + markdown)).build())
        .build();
    for (LinkPost post : List.of(verbatim, excerpt)) {
      String html = renderer.render(post);
      Element link = Jsoup.parse(html).selectFirst("p " + (attribute.equals("src") ? "img" : "a"));
      assertThat(link.hasAttr(attribute) ? link.attr(attribute) : null).as(html).isEqualTo(resolved);
    }
    assertThat(renderer.toBuilder().build().render(verbatim)).isEqualTo(renderer.render(verbatim));
  }

  @Test
  void aBaseUrlMustBeAbsolute() {
    assertThatThrownBy(() -> HtmlRenderer.builder().baseUrl(URI.create("/relative/")))
        .isInstanceOf(io.github.linkpost.LinkPostException.class)
        .hasMessage("HtmlRenderer.baseUrl must be an absolute http or https URL, was \"/relative/\"");
  }

  @Test
  void aPageNamesTheSitesFeed() {
    HtmlRenderer renderer = HtmlRenderer.builder()
        .feed(URI.create("https://x.org/feed.xml?a=1&b=2"), "application/atom+xml").build();
    Document doc = Jsoup.parse(renderer.renderPage(post()));
    Element link = doc.selectFirst("head link[rel=alternate]");
    assertThat(link.attr("type")).isEqualTo("application/atom+xml");
    assertThat(link.attr("href")).isEqualTo("https://x.org/feed.xml?a=1&b=2");
    assertThat(renderer.renderPage(post())).contains("href=\"https://x.org/feed.xml?a=1&amp;b=2\"");
    assertThat(HtmlRenderer.jekyll().renderPage(post())).doesNotContain("alternate");
    assertThat(renderer.render(post())).isEqualTo(HtmlRenderer.jekyll().render(post()));
  }

  @Test
  void thePageIsAWellFormedHtml5Document() {
    HtmlRenderer renderer = HtmlRenderer.builder().stylesheet(URI.create("https://x.org/s.css")).build();
    String page = renderer.renderPage(post());
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parse(page, "", parser);
    assertThat(parser.getErrors()).as(page).isEmpty();
    assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("https://x.org/s.css");
    assertThat(doc.select("article.h-entry time.dt-published").first().attr("datetime"))
        .isEqualTo("2025-04-18T09:42-07:00");
    assertThat(doc.select("style")).isEmpty();
  }

  @Test
  void aPageHasTheBuiltInStylesheetUnlessItLinksOneOrAsksForNone() {
    Document styled = Jsoup.parse(HtmlRenderer.jekyll().renderPage(post()));
    assertThat(styled.select("link[rel=stylesheet]")).isEmpty();
    String css = styled.select("head > style").html();
    assertThat(css).contains("max-width: 40rem").contains("blockquote {")
        .contains("@media (prefers-color-scheme: dark)");
    Document bare = Jsoup.parse(HtmlRenderer.builder().builtInStylesheet(false).build()
        .renderPage(post()));
    assertThat(bare.select("style, link[rel=stylesheet]")).isEmpty();
    assertThat(HtmlRenderer.builder().stylesheet(URI.create("../style.css")).build()
        .toBuilder().build().renderPage(post()))
        .contains("<link rel=\"stylesheet\" href=\"../style.css\">").doesNotContain("<style>");
    assertThatThrownBy(() -> HtmlRenderer.builder().stylesheet(URI.create("javascript:alert(1)")))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("stylesheet must be an http or https URL, or a relative one, was "
            + "\"javascript:alert(1)\"");
  }

  @Test
  void theHtmlFormatIsFoundByNameAsTheRendererItself() {
    assertThat(PostRenderers.find("html")).isSameAs(HtmlRenderer.jekyll());
    HtmlRenderer found = PostRenderers.find("html", HtmlRenderer.class);
    assertThat(found.renderPage(post())).isEqualTo(JEKYLL.renderPage(post()));
    assertThat(found.style()).isEqualTo(JEKYLL.style());
  }
}
