package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.Link;
import io.github.linkpost.bookmarks.Bookmark;
import io.github.linkpost.bookmarks.BookmarkFiles;
import io.github.linkpost.bookmarks.BookmarkImport;
import io.github.linkpost.acceptance.HostileBookmarks.Spec;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Generated exports with hostile titles, notes, tags, folders and URLs (a Netscape bookmark file
 * and Pinboard's JSON, overlapping), read back as the values that went in, imported into a
 * Jekyll site and built by a real Jekyll: every page shows its title, link text and URL, its
 * notes exactly as typed (no typography, no Markdown), its tags and folders; a second import
 * writes nothing. 300 bookmarks in the build; more with {@code -Dlinkpost.acceptance.bookmarks=3000}.
 */
class BookmarksJekyllTest {
  private static final Instant EXPORTED = Instant.parse("2025-06-01T10:00:00Z");

  @Example // jqwik's generators run on jqwik's thread
  void exportsReadBackAsWritten() throws Exception {
    Path dir = Files.createTempDirectory("linkpost-bookmarks-");
    try {
      List<Spec> specs = HostileBookmarks.sample(200, 20261203L);
      Path html = dir.resolve("bookmarks.html");
      Path json = dir.resolve("pinboard.json");
      HostileBookmarks.writeNetscape(specs, html);
      HostileBookmarks.writePinboard(specs, json);
      SoftAssertions soft = new SoftAssertions();
      for (Path file : List.of(html, json)) {
        List<Bookmark> read;
        try (Stream<Bookmark> marks = BookmarkFiles.read(file)) {
          read = marks.toList();
        }
        soft.assertThat(read).as(file.toString()).hasSize(specs.size());
        for (int i = 0; i < Math.min(read.size(), specs.size()); i++) {
          Spec s = specs.get(i);
          Bookmark b = read.get(i);
          String name = file.getFileName() + " n" + s.n();
          boolean fromHtml = file == html;
          soft.assertThat(b.url()).as(name + " url").isEqualTo(s.url());
          // HTML shows a title's white space folded and no control characters; JSON keeps them.
          soft.assertThat(b.title().map(t -> fromHtml ? JekyllAcceptanceTest.plain(t) : t))
              .as(name + " title")
              .contains(fromHtml ? JekyllAcceptanceTest.plain(s.title()) : s.title().strip());
          soft.assertThat(b.notes().map(BookmarksJekyllTest::folded)).as(name + " notes")
              .isEqualTo(s.notes().isBlank() ? java.util.Optional.empty()
                  : java.util.Optional.of(folded(s.notes())));
          soft.assertThat(b.tags()).as(name + " tags").containsExactlyElementsOf(new LinkedHashSet<>(s.tags()));
          soft.assertThat(b.folders()).as(name + " folders")
              .isEqualTo(fromHtml && !s.folder().isEmpty() ? List.of(folded(s.folder())) : List.of());
          soft.assertThat(b.added()).as(name + " added").isEqualTo(s.dateForm().equals("none")
              ? java.util.Optional.empty() : java.util.Optional.of(Instant.ofEpochSecond(s.added())));
          soft.assertThat(b.isPrivate()).as(name + " private").isEqualTo(s.isPrivate());
          soft.assertThat(b.isWebPage()).as(name + " web").isEqualTo(s.web());
        }
      }
      soft.assertAll();
    } finally {
      delete(dir);
    }
  }

  @Example
  void jekyllShowsEveryImportedBookmarkAsTyped() throws Exception {
    assumeTrue(onPath("jekyll"), "jekyll is not on the PATH (.ci/run installs Debian's); skipped");
    Path site = Files.createTempDirectory("linkpost-bookmarks-site-");
    try {
      build(site);
    } finally {
      if (!Boolean.getBoolean("linkpost.acceptance.keep")) {
        delete(site);
      } else {
        System.out.println("kept " + site);
      }
    }
  }

  private void build(Path site) throws Exception {
    int count = Integer.getInteger("linkpost.acceptance.bookmarks", 300);
    List<Spec> specs = HostileBookmarks.sample(count, 20261204L);
    // Two exports of one account that overlap: the browser's holds the first 60%, Pinboard's
    // the last 60%.
    List<Spec> browser = specs.subList(0, count * 6 / 10);
    List<Spec> pinboard = specs.subList(count * 4 / 10, count);
    Path html = site.resolve("bookmarks.html");
    Path json = site.resolve("pinboard.json");
    HostileBookmarks.writeNetscape(browser, html);
    HostileBookmarks.writePinboard(pinboard, json);
    Files.setLastModifiedTime(html, FileTime.from(EXPORTED));
    Files.setLastModifiedTime(json, FileTime.from(EXPORTED));
    Files.writeString(site.resolve("_config.yml"), "markdown: kramdown\nhighlighter: rouge\n"
        + "permalink: /:title/\nfuture: true\nexclude: [bookmarks.html, pinboard.json]\n");
    Files.createDirectories(site.resolve("_layouts"));
    Files.writeString(site.resolve("_layouts/post.html"), "<!DOCTYPE html><html><body>"
        + "<h1 id=\"lp-title\">{{ page.title | escape }}</h1>"
        + "<ul id=\"lp-tags\">{% for t in page.tags %}<li>{{ t | escape }}</li>{% endfor %}</ul>"
        + "<ul id=\"lp-folders\">{% for f in page.bookmark_folders %}<li>{{ f | join: \" / \" | escape }}"
        + "</li>{% endfor %}</ul>"
        + "<div id=\"lp-content\">{{ content }}</div></body></html>\n");
    Path posts = site.resolve("_posts");
    BookmarkImport importer = BookmarkImport.builder(posts).fileZone(ZoneId.of("America/Vancouver"))
        .build();
    BookmarkImport.Result first = importer.run(List.of(html, json));
    long pages = specs.stream().filter(s -> s.web() && !s.isPrivate()).count();
    long overlap = pinboard.stream().filter(s -> s.n() < browser.size() && s.web() && !s.isPrivate())
        .count();
    assertThat(first.bookmarks()).isEqualTo(browser.size() + pinboard.size());
    assertThat(first.errors()).isZero();
    assertThat(first.written()).isEqualTo((int) pages);
    assertThat(first.alreadyThere()).isEqualTo((int) overlap);
    BookmarkImport.Result second = importer.run(List.of(json, html));
    assertThat(second.written()).isZero();
    assertThat(second.alreadyThere()).isEqualTo(first.written() + first.alreadyThere());

    Process jekyll = new ProcessBuilder("jekyll", "build", "--quiet", "-s", site.toString(),
        "-d", site.resolve("_site").toString()).redirectErrorStream(true).start();
    String log = new String(jekyll.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jekyll.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(jekyll.exitValue()).as(log).isZero();

    Map<String, Path> built;
    try (Stream<Path> dirs = Files.list(site.resolve("_site"))) {
      built = dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
          .collect(Collectors.toMap(d -> d.getFileName().toString()
              .substring(d.getFileName().toString().lastIndexOf("-n") + 1), Function.identity()));
    }
    assertThat(built).hasSize((int) pages);
    SoftAssertions soft = new SoftAssertions();
    for (Spec s : specs) {
      String name = "n" + s.n();
      Path page = built.get(name);
      if (!s.web() || s.isPrivate()) {
        soft.assertThat(page).as(name + ": not a public web page, yet built").isNull();
        continue;
      }
      soft.assertThat(page).as(name + ": page built").isNotNull();
      if (page != null) {
        check(soft, name, s, s.n() < browser.size(), Jsoup.parse(page.resolve("index.html").toFile()));
      }
    }
    soft.assertAll();
    System.out.printf("bookmarks acceptance: %d bookmarks in two overlapping exports, %d pages "
        + "built, every title, link text, URL, note, tag and folder checked%n",
        first.bookmarks(), built.size());
  }

  private static void check(SoftAssertions soft, String name, Spec s, boolean inBrowser, Document page) {
    if (page.getElementById("lp-title") == null) {
      soft.fail(name + ": not a post page: " + page.outerHtml());
      return;
    }
    soft.assertThat(JekyllAcceptanceTest.plain(page.getElementById("lp-title").text()))
        .as(name + " title").isEqualTo(JekyllAcceptanceTest.plain(s.title()));
    Element content = page.getElementById("lp-content");
    soft.assertThat(content.select("table")).as(name + ": a table was made").isEmpty();
    Element discovery = content.selectFirst("p");
    Element link = discovery == null ? null : discovery.selectFirst("a");
    soft.assertThat(link).as(name + " discovery link").isNotNull();
    if (link == null) {
      return;
    }
    soft.assertThat(link.attr("href")).as(name + " url")
        .isEqualTo(Link.of("x", s.url()).url().toString());
    soft.assertThat(JekyllAcceptanceTest.typography(link.text())).as(name + " link text")
        .isEqualTo(JekyllAcceptanceTest.plain(s.title()));
    // The notes, after the arrow: exactly as typed, typography included.
    StringBuilder after = new StringBuilder();
    for (Node n = link.nextSibling(); n != null; n = n.nextSibling()) {
      after.append(n instanceof TextNode t ? t.text() : ((Element) n).text());
    }
    String remarks = after.toString().strip().replaceFirst("^(<–|<--)\\s*", "");
    soft.assertThat(remarks).as(name + " notes").isEqualTo(folded(controlsOut(s.notes())));
    soft.assertThat(discovery.select("*").stream().skip(1).map(Element::normalName))
        .as(name + ": Markdown made of the notes").containsOnly("a");
    List<String> tags = page.select("#lp-tags > li").stream().map(Element::text).toList();
    soft.assertThat(tags).as(name + " tags").containsExactlyElementsOf(new LinkedHashSet<>(s.tags()));
    List<String> folders = page.select("#lp-folders > li").stream().map(Element::text).toList();
    soft.assertThat(folders).as(name + " folders").isEqualTo(inBrowser && !s.folder().isEmpty()
        ? List.of(folded(s.folder())) : List.of());
  }

  /** White space as a page shows it. */
  static String folded(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String controlsOut(String text) {
    return text.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "");
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static void delete(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

}
