package io.github.linkpost.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports write one post per page, once: twice, overlapping, renamed and hand-edited. */
class ImportTest {
  @TempDir
  Path dir;

  private Path posts() {
    return dir.resolve("_posts");
  }

  private BookmarkImport.Builder importer() {
    return BookmarkImport.builder(posts()).fileZone(ZoneId.of("America/Vancouver"));
  }

  private static final class Heard implements BookmarkImport.Listener {
    final List<String> refused = new ArrayList<>();
    final List<String> unreadable = new ArrayList<>();
    final List<Path> written = new ArrayList<>();

    @Override
    public void refused(LinkPostException problem) {
      refused.add(problem.getMessage());
    }

    @Override
    public void unreadable(LinkPostException problem) {
      unreadable.add(problem.getMessage());
    }

    @Override
    public void written(Path post) {
      written.add(post);
    }
  }

  private Map<String, String> postFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(posts())) {
      return files;
    }
    try (Stream<Path> all = Files.walk(posts())) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(posts().relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  private Path export(String name) throws IOException {
    Path copy = dir.resolve(name);
    Files.copy(Exports.DIR.resolve(name), copy);
    Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2025-05-06T07:08:09Z")));
    return copy;
  }

  @Test
  void aBrowserExportTwiceWritesOnce() throws IOException {
    Path firefox = export("firefox.html");
    Heard heard = new Heard();
    BookmarkImport.Result first = importer().build().run(List.of(firefox), heard);
    // 8 entries: 2 of one page (an http and an https URL), 4 that are not web pages.
    assertThat(first).isEqualTo(new BookmarkImport.Result(8, 3, 1, 4, 0));
    assertThat(heard.refused).isEmpty();
    Map<String, String> files = postFiles();
    assertThat(files.keySet()).containsExactly("2024-01-01-p1600-tables.md",
        "2024-01-02-p1600-cafe.md", "2024-02-29-p1600-pipe-and-brackets.md");
    assertThat(files.get("2024-01-01-p1600-tables.md")).isEqualTo("""
        ---
        layout: post
        title: "Tide tables, \\"explained\\" & drawn"
        tags:
        - sea
        - science
        - oceans
        bookmark_folders:
        - - Reading
        - - Bookmarks Toolbar
        ---
        Discovered: Jan 2, 2024 00:00 (UTC) [Tide tables, "explained" & drawn](https://tides.example.org/tables/) \
        <-- Read the part on spring tides \\<really>.

        """);
    assertThat(files.get("2024-02-29-p1600-pipe-and-brackets.md")).contains(
        "<-- Notes with \\*stars\\*, \\_underscores\\_, \\`ticks\\`, a \\| pipe,\n"
            + "    a second line & a tag typed as text, {{ \"{%\" }} raw %} and \\-\\- dashes\\.\\.\\.\n");

    BookmarkImport.Result second = importer().build().run(List.of(firefox), heard);
    assertThat(second).isEqualTo(new BookmarkImport.Result(8, 0, 4, 4, 0));
    assertThat(postFiles()).isEqualTo(files);
  }

  @Test
  void aLaterExportOverlappingAnEarlierOneWritesTheNewBookmarksOnly() throws IOException {
    Path pinboard = export("pinboard.json");
    assertThat(importer().build().run(List.of(pinboard)))
        .isEqualTo(new BookmarkImport.Result(4, 2, 0, 2, 0)); // one private, one bookmarklet
    Map<String, String> before = postFiles();
    // The HTML export of the same account, later: one page more (the tides), one known.
    Path later = export("pinboard.html");
    assertThat(importer().build().run(List.of(later)))
        .isEqualTo(new BookmarkImport.Result(3, 1, 1, 1, 0));
    Map<String, String> after = postFiles();
    assertThat(after).containsAllEntriesOf(before).hasSize(before.size() + 1);
    assertThat(importer().includePrivate(true).build().run(List.of(later, pinboard)))
        .isEqualTo(new BookmarkImport.Result(7, 1, 5, 1, 0));
  }

  @Test
  void safariWithoutDatesImportsOnceAtTheExportsTime() throws IOException {
    Path safari = export("safari.html");
    assertThat(importer().build().run(List.of(safari)))
        .isEqualTo(new BookmarkImport.Result(4, 3, 1, 0, 0));
    Map<String, String> files = postFiles();
    assertThat(files.keySet()).containsExactly("2025-05-06-p0008-bread.md",
        "2025-05-06-p0008-on-walking.md", "2025-05-06-p0008-start-example-org.md");
    // The bookmark read first wins the title; both folders are kept.
    assertThat(files.get("2025-05-06-p0008-bread.md")).contains("title: \"Bread, slowly\"\n")
        .contains("bookmark_folders:\n- - Favorites\n  - Cooking\n- - BookmarksMenu\n")
        .contains("Discovered: May 6, 2025 07:08 (UTC) [Bread, slowly]");
    // The same export downloaded again later: its time changes, nothing is written.
    Files.setLastModifiedTime(safari, FileTime.from(Instant.parse("2025-09-01T00:00:00Z")));
    assertThat(importer().build().run(List.of(safari)).written()).isZero();
    assertThat(postFiles()).isEqualTo(files);
  }

  @Test
  void onePageInSeveralFoldersTakesTheFirstAddedTitleAndEveryTag() throws IOException {
    Path google = export("google.html");
    assertThat(importer().build().run(List.of(google)))
        .isEqualTo(new BookmarkImport.Result(4, 3, 1, 0, 0));
    String waves = postFiles().entrySet().stream().filter(e -> e.getKey().endsWith("-waves.md"))
        .findFirst().orElseThrow().getValue();
    assertThat(waves).contains("title: \"Waves, in pictures\"\n")
        .contains("bookmark_folders:\n- - Science\n- - Teaching\n")
        .contains("Dec 3, 2012 22:40 (UTC)").contains("<-- Labelled twice.");

    // A later bookmark of the page read first still loses to the earlier one.
    Path reversed = dir.resolve("reversed.html");
    String text = Files.readString(google);
    Files.writeString(reversed, text.replace("Waves, in pictures", "Waves, first added"));
    Path other = Files.createDirectories(dir.resolve("other"));
    BookmarkImport.Result both = BookmarkImport.builder(other).build()
        .run(List.of(reversed, google));
    assertThat(both).isEqualTo(new BookmarkImport.Result(8, 3, 5, 0, 0));
    try (Stream<Path> files = Files.list(other)) {
      assertThat(files.map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).anyMatch(t -> t.contains("title: \"Waves, first added\"\n"));
    }
  }

  @Test
  void renamedMovedAndHandEditedPostsStillStandForTheirBookmarks() throws IOException {
    Path chrome = export("chrome.html");
    importer().build().run(List.of(chrome));
    Map<String, String> files = postFiles();
    assertThat(files).hasSize(4);
    JekyllPostReader reader = JekyllPostReader.jekyll();
    List<String> names = new ArrayList<>(files.keySet());
    // Renamed to a plain name and moved into a subfolder.
    Path first = posts().resolve(names.get(0));
    Files.createDirectories(posts().resolve("2023"));
    Files.move(first, posts().resolve("2023/2023-11-14-my-own-name.md"));
    // Edited by hand: title, time, remarks, tags and a section of its own; the URL's host
    // written in capitals and the scheme changed to http.
    Path second = posts().resolve(names.get(1));
    LinkPost post = reader.read(second);
    Discovery d = post.discovery().orElseThrow();
    String url = d.page().orElseThrow().url().toString().replace("https://", "http://")
        .replace("docs.example.dev", "Docs.Example.DEV");
    LinkPost edited = post.toBuilder().title("My own title").tags(List.of("mine"))
        .body(List.of(d.withAt(Instant.parse("2020-01-01T00:00:00Z")).withRemarks("I *liked* it")
            .toBuilder().page(io.github.linkpost.Link.of("Other text", url)).build()))
        .addVerbatim("## Later\n\nMore thoughts.\n").build();
    Files.writeString(second, JekyllMarkdownRenderer.jekyll().render(edited));
    // Edited in a text editor: a key added, CRLF line ends.
    Path third = posts().resolve(names.get(2));
    Files.writeString(third, Files.readString(third).replace("\n", "\r\n")
        .replace("layout: post\r\n", "layout: post\r\ncomments: true\r\n"));
    assertThat(reader.read(third).discovery()).isPresent();

    Heard heard = new Heard();
    BookmarkImport.Result again = importer().build().run(List.of(chrome), heard);
    assertThat(heard.unreadable).isEmpty();
    assertThat(again).isEqualTo(new BookmarkImport.Result(5, 0, 4, 1, 0));
    assertThat(heard.written).isEmpty();
  }

  @Test
  void aPostOfLinkpostNewForThePageCountsAsItsPost() throws IOException {
    Files.createDirectories(posts());
    Files.writeString(posts().resolve("2024-04-01-p0000-by-hand.md"), """
        ---
        layout: post
        title: "Written by hand"
        ---
        [Discovered](https://blog.example.org/how/): Apr 1, 2024 00:00 (UTC) [Walking](https://ESSAYS.example.com:443/on-walking#) <-- mine

        """);
    Files.writeString(posts().resolve("2024-04-02-broken.md"), "---\ntitle: [a\n---\n");
    Heard heard = new Heard();
    BookmarkImport.Result result = importer().build().run(List.of(export("pinboard.json")), heard);
    assertThat(result).isEqualTo(new BookmarkImport.Result(4, 1, 1, 2, 0));
    assertThat(heard.unreadable).singleElement().asString()
        .startsWith(posts().resolve("2024-04-02-broken.md") + ":3: front matter is not valid YAML");
  }

  @Test
  void skippedAndRefusedBookmarksAndADryRun() throws IOException {
    Path file = dir.resolve("mixed.html");
    Files.writeString(file, """
        <!DOCTYPE NETSCAPE-Bookmark-file-1>
        <DL><p>
        <DT><A HREF="https://example.org/a" ADD_DATE="1700000000" TAGS="one,two">A</A>
        <DT><A HREF="https://" ADD_DATE="1700000000">No host</A>
        <DT><A HREF="data:text/html,hi" ADD_DATE="1700000000">Data</A>
        <DT><A HREF="HTTPS://EXAMPLE.ORG/b" PRIVATE="1">Private</A>
        <DT><A HREF="https://example.org/a/" ADD_DATE="1700000000">A with a slash: another page</A>
        <DT><A HREF="https://example.org/c" ADD_DATE="1700000000" TAGS="ok,\u0001bell">Control characters</A>
        <DD>Notes with a bell\u0007 in them
        </DL>
        """, StandardCharsets.UTF_8);
    Heard heard = new Heard();
    BookmarkImport.Result dry = importer().dryRun(true).addTag("imported").build()
        .run(List.of(file), heard);
    assertThat(dry).isEqualTo(new BookmarkImport.Result(6, 3, 0, 2, 1));
    assertThat(heard.refused).containsExactly(
        file + ":4: Link.url must be a URL (Expected authority), was \"https://\"");
    assertThat(heard.written).extracting(p -> p.getFileName().toString())
        .containsExactly("2023-11-14-p1413-a.md", "2023-11-14-p1413-a-2.md", "2023-11-14-p1413-c.md");
    assertThat(Files.exists(posts())).isFalse();

    BookmarkImport.Result real = importer().addTag("imported").build().run(List.of(file));
    assertThat(real).isEqualTo(dry);
    Map<String, String> files = postFiles();
    assertThat(files.keySet()).containsExactly(
        "2023-11-14-p1413-a-2.md", "2023-11-14-p1413-a.md", "2023-11-14-p1413-c.md");
    assertThat(files.get("2023-11-14-p1413-c.md")).contains("tags:\n- ok\n- bell\n- imported\n")
        .contains("<-- Notes with a bell in them\n");
    assertThat(importer().includePrivate(true).build().run(List.of(file)))
        .isEqualTo(new BookmarkImport.Result(6, 1, 3, 1, 1));
  }

  @Test
  void aPostThatCannotBeWrittenStopsTheRunNamingTheFile() throws IOException {
    Path file = dir.resolve("bookmarks.html");
    StringBuilder export = new StringBuilder("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n");
    for (int i = 0; i < 5; i++) {
      export.append("<DT><A HREF=\"https://example.org/").append(i)
          .append("\" ADD_DATE=\"1700000000\">Page ").append(i).append("</A>\n");
    }
    Files.writeString(file, export.append("</DL>\n"));
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
    Heard heard = new Heard();
    BookmarkImport importer = BookmarkImport.builder(blocker.resolve("_posts"))
        .fileZone(ZoneId.of("America/Vancouver")).build();
    assertThatThrownBy(() -> importer.run(List.of(file), heard))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot write " + blocker.resolve("_posts/2023-11-14-p1413-0.md")
            + ": not a folder");
    assertThat(heard.refused).isEmpty();
    assertThat(heard.written).isEmpty();
  }

  @Test
  void notesAreShownAsTypedUnlessMarkdownIsAskedFor() {
    Bookmark mark = Bookmark.builder().url("https://example.org/x").title("T")
        .added(Instant.parse("2025-01-01T00:00:00Z"))
        .notes("It's *not* bold -- [1] <b>\n\nSecond paragraph | end").build();
    LinkPost plain = importer().build().post(mark, Instant.EPOCH);
    assertThat(plain.discovery().orElseThrow().remarks())
        .contains("It\\'s \\*not\\* bold \\-\\- \\[1\\] \\<b>\nSecond paragraph \\| end");
    LinkPost markdown = importer().notesAsMarkdown(true).displayZone(ZoneOffset.ofHours(2)).build()
        .post(mark, Instant.EPOCH);
    assertThat(markdown.discovery().orElseThrow().remarks())
        .contains("It's *not* bold -- [1] <b>\nSecond paragraph | end");
    assertThat(markdown.discovery().orElseThrow().zone()).isEqualTo(ZoneOffset.ofHours(2));
  }
}
