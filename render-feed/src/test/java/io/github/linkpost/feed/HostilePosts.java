package io.github.linkpost.feed;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Link posts with hostile text in every field: markup of XML, HTML and JSON, characters XML 1.0
 * cannot carry, {@code ]]>}, line breaks, right-to-left text, emoji, script and event handlers
 * in Markdown and raw HTML, and URLs with every awkward character.
 */
final class HostilePosts {
  /** Tokens for plain text that may hold anything: titles. */
  static final List<String> TITLE_TOKENS = List.of("\"", "'", "&", "&amp;", "&#x41;", "<", ">",
      "]]>", "<![CDATA[", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\\", "{{",
      "\t", "\n", "\r", "\r\n", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028",
      "\uFFFE", "\uFFFF", "\uFFFD", "\uFEFF", "\u200F", "\u202E", "שלום", "مرحبا", "🙂", "👩‍💻",
      "e\u0301", "word", " ", "--", "...", "javascript:alert(1)");
  /** Tokens for one-line text: link texts, authors, tags (no control character but tab). */
  static final List<String> LINE_TOKENS = List.of("\"", "'", "&", "<", ">", "]]>", "<b>x</b>",
      "\\", "\t", "\uFFFE", "\u202E", "\u00A0", "שלום", "🙂", "word", " ", "onload=x", "%", "#");
  /** Tokens for Markdown: remarks and excerpts. */
  static final List<String> MARKDOWN_TOKENS = List.of("word", " ", "**bold**", "*em*", "`code`",
      "[link](https://x.org/a_(b))", "[rel](../up/)", "[js](javascript:alert(1))",
      "[data](data:text/html,<script>alert(1)</script>)", "![img](pic.png \"t\")",
      "![x](javascript:alert(1))", "<script>alert(1)</script>", "<a href=\"javascript:x\">a</a>",
      "<img src=x onerror=alert(1)>", "<iframe src=//evil.org>", "<b onclick=\"x\">b</b>",
      "&amp;", "&#0;", "&#x1;", "]]>", "\uFFFE", "\t", "שלום", "🙂", "{{ x }}", "|", "\\",
      "<https://x.org/auto>", "<!-- c -->", "\n", "'", "\"");
  static final List<String> URLS = List.of("https://x.org/", "https://x.org/a b?q=\"1\"&r=<2>",
      "http://ex.org/path/(paren)/[b]?x=1#frag", "https://例え.jp/パス?ク=エ",
      "https://x.org/%41/100%25", "https://u:p@x.org:8080/a;b,c", "https://x.org/'onload='x");

  private HostilePosts() {}

  static Arbitrary<String> text(List<String> tokens, int max) {
    return Arbitraries.of(tokens).list().ofMinSize(1).ofMaxSize(max).map(l -> String.join("", l))
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<String> markdown() {
    return text(MARKDOWN_TOKENS, 10).map(s -> s.replaceAll("\n\\s*\n", "\n")).filter(s -> !s.isBlank()
        && !s.strip().equals("...") && s.lines().noneMatch(String::isBlank));
  }

  static Arbitrary<Link> link() {
    return Combinators.combine(text(LINE_TOKENS, 6), Arbitraries.of(URLS)).as(Link::of);
  }

  static Arbitrary<Quote> quote() {
    return Combinators.combine(link(), text(LINE_TOKENS, 4).injectNull(0.3),
            Arbitraries.of(LocalDate.of(2025, 1, 31), LocalDate.of(1999, 12, 31)).injectNull(0.3),
            markdown().list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(1).ofMaxSize(3))
        .as((source, author, published, excerpts) -> {
          Quote.Builder q = Quote.builder().source(source);
          if (author != null && !author.isBlank()) {
            q.author(author);
          }
          if (published != null) {
            q.published(published);
          }
          excerpts.forEach(paragraphs -> q.addExcerpt(Excerpt.of(paragraphs)));
          return q.build();
        });
  }

  /** A post without U+0000 in its title, which every format can carry. */
  static Arbitrary<LinkPost> posts() {
    Arbitrary<Discovery> discovery = Combinators.combine(
            Arbitraries.longs().between(0, 4_000_000_000L).map(s -> Instant.ofEpochSecond(s / 60 * 60)),
            Arbitraries.of(URLS).injectNull(0.3), link().injectNull(0.2), markdown().injectNull(0.4))
        .as((at, via, page, remarks) -> {
          Discovery.Builder d = Discovery.builder().at(at).zone(Samples.VANCOUVER);
          if (via != null) {
            d.via(via);
          }
          if (page != null) {
            d.page(page);
          }
          if (remarks != null) {
            d.remarks(remarks);
          }
          return d.build();
        });
    return Combinators.combine(text(TITLE_TOKENS, 8), discovery, quote().list().ofMaxSize(2),
            text(LINE_TOKENS, 3).filter(t -> t.indexOf('\t') < 0 && t.indexOf('\uFFFE') < 0)
                .list().ofMaxSize(3))
        .as((title, d, quotes, tags) -> {
          LinkPost.Builder post = LinkPost.builder().title(title).discovery(d).tags(tags.stream()
              .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
          quotes.forEach(post::addQuote);
          return post.build();
        });
  }
}
