package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.OutputFiles;
import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.PostFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import net.jqwik.api.Example;

/**
 * Hostile posts written by the library and built by a real Jekyll: each page shows exactly the
 * title, link texts and URLs that went in, and for the Markdown fields what CommonMark makes of
 * them (typography aside), with no Liquid run and no table made. Markdown fields are measured
 * and held to a bound: kramdown and CommonMark disagree on some emphasis and link edge cases
 * that escaping cannot settle (the test prints the figures).
 *
 * <p>500 posts in the build; more with {@code -Dlinkpost.acceptance.posts=5000}.
 */
class JekyllAcceptanceTest {
  private static final Parser COMMONMARK = Parser.builder().build();
  private static final HtmlRenderer COMMONMARK_HTML = HtmlRenderer.builder().build();

  /** A jqwik example, so that the jqwik generators run on jqwik's thread. */
  @Example
  void jekyllShowsWhatWentIn() throws Exception {
    assumeTrue(onPath("jekyll"), "jekyll is not on the PATH (.ci/run installs Debian's); skipped");
    Path site = Files.createTempDirectory("linkpost-jekyll-");
    try {
      build(site);
    } finally {
      try (var files = Files.walk(site)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void build(Path site) throws Exception {
    int count = Integer.getInteger("linkpost.acceptance.posts", 500);
    // Half with Markdown of the kind both parsers agree on (asserted in full), half with any
    // Markdown (plain-text fields asserted; Markdown fields counted, see below).
    List<LinkPost> posts = new ArrayList<>(HostilePosts.sample(HostilePosts.agreedPosts(), count / 2, 20261124L));
    posts.addAll(HostilePosts.sample(HostilePosts.posts(), count - count / 2, 20261125L));
    int agreed = count / 2;
    Files.writeString(site.resolve("_config.yml"), "markdown: kramdown\nhighlighter: rouge\n"
        + "permalink: pretty\nfuture: true\n");
    Files.createDirectories(site.resolve("_layouts"));
    Files.writeString(site.resolve("_layouts/post.html"),
        "<!DOCTYPE html><html><body><h1 id=\"lp-title\">{{ page.title | escape }}</h1>"
            + "<div id=\"lp-content\">{{ content }}</div></body></html>\n");
    for (int i = 0; i < posts.size(); i++) {
      PostFiles.write(site.resolve("_posts"), PostFiles.plainName(LocalDate.of(2025, 1, 1), "post-" + i),
          JekyllMarkdownRenderer.jekyll().render(posts.get(i)), OutputFiles.IfExists.FAIL);
    }
    Process jekyll = new ProcessBuilder("jekyll", "build", "--quiet", "-s", site.toString(),
        "-d", site.resolve("_site").toString()).redirectErrorStream(true).start();
    String log = new String(jekyll.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jekyll.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(jekyll.exitValue()).as(log).isZero();

    SoftAssertions soft = new SoftAssertions();
    int markdownDiffers = 0;
    List<String> agreedDiffers = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      Path page = site.resolve("_site/2025/01/01/post-" + i + "/index.html");
      String name = "post-" + i;
      soft.assertThat(page).as(name + ": page built").exists();
      if (Files.exists(page)) {
        SoftAssertions markdown = new SoftAssertions();
        check(soft, markdown, name, posts.get(i), Jsoup.parse(Files.readString(page)));
        if (!markdown.wasSuccess()) {
          if (i < agreed) {
            agreedDiffers.add(name + ": " + markdown.errorsCollected().get(0).getMessage());
          } else {
            markdownDiffers++;
          }
        }
      }
    }
    System.out.printf("jekyll acceptance: %d posts built, every title, link text, URL and author "
        + "checked; Markdown fields shown as CommonMark reads them in %d of %d posts of agreed "
        + "Markdown and %d of %d posts of any Markdown%n", posts.size(),
        agreed - agreedDiffers.size(), agreed, posts.size() - agreed - markdownDiffers,
        posts.size() - agreed);
    soft.assertAll();
    // Known limits, which escaping cannot settle without changing what CommonMark reads: a line
    // that starts an HTML block in CommonMark (its Markdown stays raw there, kramdown reads it)
    // and a paragraph indented as code (in a > block CommonMark takes part of the indentation as
    // the quote's space, kramdown does not). Every other difference in agreed Markdown fails.
    List<String> unexplained = new ArrayList<>();
    for (int i = 0; i < agreed; i++) {
      String name = "post-" + i + ": ";
      agreedDiffers.stream().filter(d -> d.startsWith(name)).findFirst()
          .filter(d -> !knownLimit(posts.get(Integer.parseInt(name.substring(5, name.length() - 2)))))
          .ifPresent(unexplained::add);
    }
    agreedDiffers.forEach(d -> System.out.println("differs: " + d.replace("\n", "\\n")));
    assertThat(unexplained).as("Markdown fields shown differently from CommonMark").isEmpty();
  }

  /** Whether a Markdown field has a line that starts an HTML block or indented code in CommonMark. */
  static boolean knownLimit(LinkPost post) {
    List<String> fields = new ArrayList<>();
    post.discovery().flatMap(Discovery::remarks).ifPresent(fields::add);
    post.quotes().forEach(q -> q.excerpts().forEach(e -> fields.addAll(e.paragraphs())));
    return fields.stream().flatMap(String::lines)
        .anyMatch(l -> l.matches(" {0,3}(<|\t| ).*"));
  }

  private static void check(SoftAssertions soft, SoftAssertions markdown, String name, LinkPost post,
      Document page) {
    Element content = page.getElementById("lp-content");
    soft.assertThat(plain(page.getElementById("lp-title").text())).as(name + " title")
        .isEqualTo(plain(post.title().orElseThrow()));
    soft.assertThat(content.select("table")).as(name + ": a table was made").isEmpty();
    Discovery d = post.discovery().orElseThrow();
    Quote q = post.quotes().get(0);
    List<Element> links = content.select("a");
    List<String> texts = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (Element a : links) {
      texts.add(typography(a.text()));
      urls.add(a.attr("href"));
    }
    soft.assertThat(texts).as(name + " link texts").contains(plain(d.page().get().text()), plain(q.source().text()));
    soft.assertThat(urls).as(name + " urls").contains("https://blog.example.org/how/",
        d.page().get().url().toString(), q.source().url().toString());

    Element discovery = content.selectFirst("p");
    String expected = plain("Discovered: Jan 1, 2025 12:00 (UTC) " + d.page().get().text() + " <-- "
        + commonmarkText("x" + d.remarks().get().replace("\n", "\n    ")).substring(1));
    markdown.assertThat(typography(discovery.text())).as(name + " discovery line and remarks").isEqualTo(expected);

    List<Element> quotes = content.select("#lp-content > blockquote");
    List<String> shown = quotes.stream().map(b -> typography(b.text())).toList();
    List<String> wanted = new ArrayList<>();
    boolean first = true;
    for (Excerpt excerpt : q.excerpts()) {
      if (!first) {
        wanted.add("...");
      }
      first = false;
      for (String paragraph : excerpt.paragraphs()) {
        wanted.add(plain(commonmarkText(paragraph)));
      }
    }
    markdown.assertThat(shown).as(name + " excerpts").isEqualTo(wanted);
    // Where the excerpts' links go, compared as URLs (CommonMark percent-encodes what kramdown
    // leaves as typed).
    List<String> targets = quotes.stream().flatMap(b -> b.select("a[href]").stream())
        .map(a -> decoded(a.attr("href"))).toList();
    List<String> wantedTargets = q.excerpts().stream().flatMap(e -> e.paragraphs().stream())
        .flatMap(p -> Jsoup.parse(COMMONMARK_HTML.render(COMMONMARK.parse(p))).select("a[href]").stream())
        .map(a -> decoded(a.attr("href"))).toList();
    markdown.assertThat(targets).as(name + " excerpt link targets").isEqualTo(wantedTargets);
    // Liquid never runs, whatever the Markdown: every {{ and {% typed shows on the page.
    soft.assertThat(count(content.text(), "{{") + count(content.text(), "{%"))
        .as(name + ": Liquid ran").isGreaterThanOrEqualTo(liquid(post));
    soft.assertThat(plain(content.select("li").get(1).text())).as(name + " author")
        .isEqualTo(plain("By: " + q.author().get()));
  }

  private static String decoded(String url) {
    return java.net.URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  /** How many {{ and {% the post's shown fields hold. */
  private static int liquid(LinkPost post) {
    Discovery d = post.discovery().orElseThrow();
    Quote q = post.quotes().get(0);
    StringBuilder all = new StringBuilder(d.page().get().text()).append(d.remarks().orElse(""))
        .append(q.source().text()).append(q.author().orElse(""));
    q.excerpts().forEach(e -> e.paragraphs().forEach(all::append));
    String text = all.toString();
    return count(text, "{{") + count(text, "{%");
  }

  private static String commonmarkText(String markdown) {
    return typography(Jsoup.parse(COMMONMARK_HTML.render(COMMONMARK.parse(markdown))).text());
  }

  /** Typography aside: kramdown's curly quotes, dashes, ellipses and guillemets as typed. */
  static String typography(String text) {
    return plain(text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"')
        .replace('\u201D', '"').replace("\u2014", "---").replace("\u2013", "--")
        .replace("\u2026", "...").replace("\u00AB", "<<").replace("\u00BB", ">>")
        .replace('\u00A0', ' '));
  }

  /** White space folded as a browser shows it; controls a page cannot hold left out. */
  static String plain(String text) {
    return text.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFD]", "")
        .replaceAll("\\s+", " ").strip()
        .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
        .replace("\u2014", "---").replace("\u2013", "--").replace("\u2026", "...")
        .replace("\u00AB", "<<").replace("\u00BB", ">>");
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
