package io.github.linkpost.examples.cli;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The posts the training run works on, made up here: link posts written by the library and in
 * older hand-written shapes, and plain posts with the Markdown and HTML blog posts hold (lists,
 * code, tables, raw HTML, CRLF line ends, a byte order mark), so that every path of the reader
 * and the renderers runs; and a few posts that cannot be read, for the paths that report them.
 */
final class TrainingPosts {
  /** Posts of each kind; enough for every worker thread to take several. */
  private static final int EACH = 8;
  private static final String[] WORDS = ("the a of to and in that it is for on with as by at "
      + "from this be are not harbour crane ship port rail cargo tide chart engine brass "
      + "sailor it's they're \"quoted\" isn't 2–3 — ... café naïve 東京 مرحبا 🚢").split(" ");

  private TrainingPosts() {}

  /**
   * Writes {@code _posts/}, {@code broken/}, {@code quotes.txt}, {@code page.html} (a saved
   * page saying its metadata in several ways), {@code elided.txt} (a quote file that starts
   * with an elision) and two bookmark exports into the folder.
   */
  static void write(Path work) throws IOException {
    Path posts = Files.createDirectories(work.resolve("_posts"));
    Path broken = Files.createDirectories(work.resolve("broken"));
    Random random = new Random(42);
    JekyllMarkdownRenderer markdown = JekyllMarkdownRenderer.jekyll();
    for (int i = 0; i < EACH; i++) {
      String day = String.format("2025-%02d-%02d", i % 12 + 1, i % 28 + 1);
      write(posts.resolve(day + "-p1200-link-" + i + ".md"), markdown.render(linkPost(random, i)));
      write(posts.resolve(day + "-old-link-" + i + ".md"), oldLinkPost(random, i));
      String plain = plainPost(random, i);
      write(posts.resolve(day + "-plain-" + i + ".md"),
          i % 4 == 1 ? plain.replace("\n", "\r\n") : i % 4 == 2 ? "\uFEFF" + plain : plain);
    }
    write(broken.resolve("2025-01-01-unclosed.md"), "---\ntitle: \"never closed\nlayout: post\n");
    write(broken.resolve("2025-01-02-twice.md"), "---\ntitle: a\ntitle: b\n---\nbody\n");
    write(broken.resolve("2025-01-03-tag.md"), "---\ntitle: !!java.io.File x\n---\nbody\n");
    Files.write(broken.resolve("2025-01-04-latin1.md"),
        "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    write(broken.resolve("2025-01-05-fine.md"), plainPost(random, 0));
    write(work.resolve("quotes.txt"), paragraph(random, 40) + "\n\n...\n\n" + paragraph(random, 30)
        + "\n\n> " + paragraph(random, 10) + "\n");
    write(work.resolve("page.html"), page(random));
    write(work.resolve("elided.txt"), "...\n\n" + paragraph(random, 10) + "\n");
    write(work.resolve("bookmarks.html"), bookmarks(random));
    write(work.resolve("pinboard.json"), "[{\"href\":\"https://example.org/pin/1\","
        + "\"description\":\"" + json(paragraph(random, 5)) + "\",\"extended\":\""
        + json(paragraph(random, 12)) + "\",\"time\":\"2024-05-01T10:00:00Z\",\"shared\":\"yes\","
        + "\"toread\":\"no\",\"tags\":\"one two\"}]\n");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** A browser's bookmark file: folders, notes, tags, and a bookmark that is not a web page. */
  private static String bookmarks(Random random) {
    StringBuilder out = new StringBuilder("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
        + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
        + "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n"
        + "    <DT><H3 ADD_DATE=\"1700000000\">Reading</H3>\n    <DL><p>\n");
    for (int i = 0; i < EACH; i++) {
      out.append("        <DT><A HREF=\"https://example.org/bookmark/").append(i)
          .append("\" ADD_DATE=\"").append(1700000000L + i * 3600L).append("\" TAGS=\"a,b\">")
          .append(paragraph(random, 5)).append("</A>\n        <DD>").append(paragraph(random, 10))
          .append('\n');
    }
    return out.append("        <DT><A HREF=\"javascript:void(0)\">a bookmarklet</A>\n"
        + "    </DL><p>\n</DL><p>\n").toString();
  }

  private static String page(Random random) {
    String title = paragraph(random, 6);
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<title>" + title + " | Example Site</title>\n"
        + "<meta property=\"og:title\" content=\"" + title + "\">\n"
        + "<meta property=\"og:site_name\" content=\"Example Site\">\n"
        + "<meta property=\"article:published_time\" content=\"2024-11-10T09:30:00-08:00\">\n"
        + "<meta name=\"author\" content=\"Ada Quill\">\n"
        + "<link rel=\"canonical\" href=\"/notes/\">\n"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"BlogPosting\",\"headline\":\"" + title + "\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Ada Quill\"},"
        + "\"datePublished\":\"2024-11-10\"}</script>\n"
        + "</head><body><article class=\"h-entry\"><h1 class=\"p-name\">" + title + "</h1>\n"
        + "<p>" + paragraph(random, 60) + "</p></article></body></html>\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text);
  }

  private static LinkPost linkPost(Random random, int i) {
    Link page = Link.of("ME:: " + words(random, 6) + " ; Author " + i + ":: " + words(random, 5),
        "https://example.org/" + i + "/a_(b)?q=" + i + "&r=|");
    List<Excerpt> excerpts = new ArrayList<>();
    for (int e = 0; e < 1 + i % 3; e++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 1 + (i + e) % 4; p++) {
        paragraphs.add(paragraph(random, 20 + random.nextInt(60)));
      }
      excerpts.add(Excerpt.of(paragraphs));
    }
    Discovery.Builder discovery = Discovery.builder()
        .at(Instant.parse("2025-04-18T16:42:00Z").plusSeconds(86_400L * i)).page(page);
    if (i % 2 == 0) {
      discovery.via("https://blog.example.net/how-i-find-links/");
    }
    if (i % 3 == 0) {
      discovery.remarks(paragraph(random, 12));
    }
    LinkPost.Builder post = LinkPost.builder()
        .title("ME:: " + words(random, 8) + " ; Author " + i + ":: " + words(random, 6))
        .discovery(discovery.build())
        .addQuote(Quote.builder().source(page.withText(" Author " + i + ":: part"))
            .addAllExcerpts(excerpts).build());
    if (i % 2 == 1) {
      post.addTags("tag" + i % 5, "shipping");
    }
    return post.build();
  }

  /** The shapes a blog wrote by hand before the library wrote them. */
  private static String oldLinkPost(Random random, int i) {
    String[] times = {"Oct 13, 2025 18:59 (UTC)", "Dec 9, 2022 16:57", "Mar 25, 2024. 17:40",
        "Mar 25, 2024", "29july2020"};
    String[] arrows = {"<--", "<---", "-->", "<—"};
    String url = "https://example.com/old/" + i;
    String title = words(random, 7);
    StringBuilder post = new StringBuilder("---\nlayout: post\ntitle: \""
        + title.replace("\"", "\\\"") + "\"\ntags: [" + (i % 2 == 0 ? "links" : "links, old")
        + "]\n---\n");
    post.append(i % 2 == 0 ? "* " : "").append("[Discovered](https://blog.example.net/how/)")
        .append(i % 3 == 0 ? ": " : " ").append(times[i % times.length]).append(" [")
        .append(title).append("](").append(url).append(") ").append(arrows[i % arrows.length])
        .append(" ").append(paragraph(random, 15)).append("\n\n");
    post.append(i % 2 == 0 ? "### QUOTE: \n" : "## QUOTE\n");
    if (i % 3 != 1) {
      post.append("* Read the whole thing: [").append(title).append("](").append(url).append(")\n");
    }
    post.append("* By: Author ").append(i).append("\n\n");
    for (int p = 0; p < 2 + i % 3; p++) {
      post.append(p % 2 == 0 ? "> " : ">").append(paragraph(random, 40)).append("\n>\n");
    }
    post.append(">...\n>\n> - a list item\n> - another\n");
    return post.toString();
  }

  /** A post that is not a link post: Markdown and HTML as blogs have them. */
  private static String plainPost(Random random, int i) {
    StringBuilder post = new StringBuilder("---\nlayout: post\ntitle: '" + words(random, 5)
        .replace("'", "''") + "'\ndate: 2024-0" + (i % 9 + 1) + "-1" + i % 10 + " 10:0" + i % 10
        + ":00 -0700\ncategories: [notes]\ncreated: " + (1_084_251_973L + i) + "\n---\n");
    post.append("# ").append(words(random, 4)).append("\n\n").append(paragraph(random, 50))
        .append("\n\n");
    switch (i % 6) {
      case 0 -> post.append("* one `code` item\n* two [link](https://example.org/x \"t\")\n"
          + "  * nested **bold**\n\n1. first\n2. second\n");
      case 1 -> post.append("```java\nclass A { String s = \"<b>\"; }\n```\n\n    indented code\n");
      case 2 -> post.append("| a | b |\n|---|:-:|\n| `x|y` | *z* |\n| 1 | 2 |\n");
      case 3 -> post.append("<p>Raw <a href=\"/relative/\">HTML</a> &amp; <strong>more</strong>"
          + "</p>\n<div class=\"x\">\n<img src=\"/i.png\" alt=\"i\">\n</div>\n");
      case 4 -> post.append("> a quote\n> over two lines\n\n![an image](/img/a.png)\n"
          + "<https://example.org/auto> and ~~struck~~ and a hard  \nbreak &copy;\n");
      default -> post.append("Some {{ liquid }} and {% raw %}tags{% endraw %}, \\*escaped\\*, "
          + "_under_ and __strong__, a footnote[^1].\n\n[^1]: The note.\n\n---\n\nA last line.\n");
    }
    return post.append('\n').append(paragraph(random, 30)).append('\n').toString();
  }

  /** Prose with the inline markup excerpts hold: emphasis, code, links, HTML and entities. */
  private static String paragraph(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      String word = WORDS[random.nextInt(WORDS.length)];
      switch (random.nextInt(30)) {
        case 0 -> text.append("**").append(word).append("**");
        case 1 -> text.append('*').append(word).append('*');
        case 2 -> text.append('`').append(word).append('`');
        case 3 -> text.append('[').append(word).append("](https://example.org/").append(w)
            .append(')');
        case 4 -> text.append("<em>").append(word).append("</em>");
        case 5 -> text.append(word).append(" &amp; |");
        default -> text.append(word);
      }
    }
    return text.toString();
  }

  private static String words(Random random, int n) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < n; w++) {
      text.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
