package io.github.linkpost.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not whole exports: each refused with its file and line, and no partial post. */
class BrokenFilesTest {
  private static final String HEAD = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
      + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
      + "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n";

  @TempDir
  Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String entry(int i) {
    return "    <DT><A HREF=\"https://example.org/page-" + i + "\" ADD_DATE=\"1700000000\">Page "
        + i + "</A>\n";
  }

  /** The refusal of a file that is refused whole, as {@link BookmarkFiles#read} throws it. */
  private static String refusal(Path file) {
    try (Stream<Bookmark> marks = BookmarkFiles.read(file, e -> { })) {
      marks.forEach(b -> { });
    } catch (LinkPostException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused: " + file);
  }

  @Test
  void notAnExportIsRefusedBeforeAnyBookmark() throws IOException {
    Path empty = file("empty.html", "  \n");
    assertThat(refusal(empty)).isEqualTo(empty + ": is empty, not a bookmark export");
    Path text = file("notes.txt", "Just some notes\n<a href=x>not this</a>\n");
    assertThat(refusal(text)).isEqualTo(text + ": is not a bookmark export: neither HTML (a "
        + "Netscape bookmark file, a Pocket or Instapaper list) nor Pinboard's JSON");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path image = file("image.html", png);
    assertThat(refusal(image)).isEqualTo(image + ": is a binary file, not a bookmark export");
    Path page = file("page.html", "<!DOCTYPE html><html><body><p>A <a href=\"https://example.org/\">"
        + "link</a> in text.</p></body></html>\n");
    Exports.Read read = Exports.read(page);
    assertThat(read.bookmarks()).isEmpty();
    assertThat(read.refused()).containsExactly(
        page + ": holds no bookmark (no <DT><A> nor <li><a>): not a bookmark export");
  }

  @Test
  void aNulAfterTheFirstBytesAndBytesNotOfTheDeclaredCharset() throws IOException {
    StringBuilder text = new StringBuilder(HEAD);
    for (int i = 0; i < 200; i++) {
      text.append(entry(i));
    }
    String whole = text + "</DL>\n";
    Path nul = file("nul.html", whole.replace("Page 150<", "Page\u0000150<"));
    assertThat(refusal(nul)).isEqualTo(nul + ":156: holds a NUL character: a binary file, not a "
        + "bookmark export");
    byte[] latin1 = whole.replace("Page 120<", "Caf\u00e9 120<").getBytes(StandardCharsets.ISO_8859_1);
    Path wrong = file("latin1.html", latin1);
    assertThat(refusal(wrong)).isEqualTo(wrong + ":126: is not UTF-8 text, as its META says");
    Path json = file("latin1.json", "[{\"href\":\"https://example.org/\",\"description\":\"caf\u00e9\"}]"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(refusal(json)).isEqualTo(json + ":1: is not UTF-8 text");
  }

  @Test
  void charsetsFromTheByteOrderMarkAndTheMeta() throws IOException {
    String export = HEAD + "<DT><A HREF=\"https://example.org/\">Caf\u00e9 \u2014 \u00fcber</A>\n</DL>\n";
    byte[] utf16 = export.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    assertThat(Exports.read(file("utf16.html", withBom)).bookmarks().get(0).title())
        .contains("Caf\u00e9 \u2014 \u00fcber");
    String declared = export.replace("charset=UTF-8", "charset=windows-1252").replace(" \u2014", "");
    assertThat(Exports.read(file("cp1252.html", declared.getBytes("windows-1252"))).bookmarks()
        .get(0).title()).contains("Caf\u00e9 \u00fcber");
  }

  @Test
  void aCutHtmlExportLosesItsLastBookmarkAndSaysSo(@TempDir Path posts) throws IOException {
    StringBuilder text = new StringBuilder(HEAD);
    for (int i = 0; i < 5; i++) {
      text.append(entry(i));
    }
    String whole = text + "    <DT><A HREF=\"https://example.org/last\" ADD_DATE=\"1700000000\">"
        + "The last title, long</A>\n    <DD>Its notes, long too\n</DL>\n";
    // Cut in the last title, in its notes, and in the tag of a bookmark after a whole one.
    for (String cut : List.of("The last ti", "Its notes, lo", "<DT><A HREF=\"https://example.org/la")) {
      String cutText = whole.substring(0, whole.indexOf(cut) + cut.length());
      if (cut.startsWith("<DT>")) {
        cutText = HEAD + entry(0) + entry(1) + cut;
      }
      Path file = file("cut.html", cutText);
      Exports.Read read = Exports.read(file);
      assertThat(read.refused()).as(cut).hasSize(1);
      assertThat(read.refused().get(0)).as(cut)
          .endsWith(": the file is cut short (it does not end with a tag), so this last "
              + "bookmark may be too; not read");
      assertThat(read.bookmarks()).as(cut).extracting(Bookmark::url)
          .doesNotContain("https://example.org/last")
          .allSatisfy(url -> assertThat(url).matches("https://example.org/page-\\d"));
      BookmarkImport.Result result = BookmarkImport.builder(posts).build().run(List.of(file));
      assertThat(result.errors()).as(cut).isEqualTo(1);
      try (Stream<Path> written = Files.list(posts)) {
        assertThat(written.map(p -> p.getFileName().toString()))
            .as(cut).noneMatch(n -> n.contains("last") || n.endsWith(".tmp"));
      }
    }
  }

  @Test
  void aCutOrBrokenJsonExport() throws IOException {
    String whole = "[{\"href\":\"https://example.org/a\",\"description\":\"A\"},\n"
        + "{\"href\":\"https://example.org/b\",\"description\":\"B, a long title\"}]\n";
    Path cut = file("cut.json", whole.substring(0, whole.indexOf("a long")));
    Exports.Read read = Exports.read(cut);
    assertThat(read.bookmarks()).extracting(Bookmark::url).containsExactly("https://example.org/a");
    assertThat(read.refused()).containsExactly(
        cut + ":2: the file is cut short: it ends inside the list of bookmarks");
    Path broken = file("broken.json", "[{\"href\":\"https://example.org/a\"},\n{\"href\": }]");
    assertThat(Exports.read(broken).refused()).singleElement().asString()
        .startsWith(broken + ":2: is not valid JSON: Unexpected character ('}'");
    Path other = file("other.json", "{\"bookmarks\": 3}");
    assertThat(Exports.read(other).refused()).containsExactly(other + ":1: is JSON but not a "
        + "Pinboard export (an array of bookmarks, or an object with one under \"posts\")");
    Path entries = file("entries.json", "[\"https://example.org/\", {\"description\": \"no URL\"},\n"
        + "{\"href\": \"https://example.org/t\", \"time\": \"yesterday\"}, {\"href\": [\"x\"]}]");
    assertThat(Exports.read(entries).refused()).containsExactly(
        entries + ":1: an entry that is not a bookmark (an object)",
        entries + ":1: a bookmark without a URL (no \"href\")",
        entries + ":2: time must be a time: seconds since 1970 or an ISO-8601 date and time, "
            + "was \"yesterday\"",
        entries + ":2: \"href\" must be text");
  }

  @Test
  void entriesThatCannotBeReadAreRefusedAndTheOthersRead() throws IOException {
    Path file = file("entries.html", HEAD
        + "<DT><A ADD_DATE=\"1700000000\">No URL</A>\n"
        + "<DT><A HREF=\"https://example.org/a\" ADD_DATE=\"soon\">Bad time</A>\n"
        + "<DT><A HREF=\"https://example.org/b\" ADD_DATE=\"-5\">Before 1970</A>\n"
        + "<DT><A HREF=\"https://example.org/c\" ADD_DATE=\"1700000000000\">Milliseconds</A>\n"
        + "</DL>\n");
    Exports.Read read = Exports.read(file);
    assertThat(read.refused()).containsExactly(
        file + ":6: a bookmark without a URL (its <a> has no HREF)",
        file + ":7: ADD_DATE must be a time: seconds since 1970 or an ISO-8601 date and time, "
            + "was \"soon\"",
        file + ":8: ADD_DATE must not be before 1970, was \"-5\"");
    assertThat(read.bookmarks()).singleElement()
        .satisfies(b -> assertThat(b.added().orElseThrow().getEpochSecond()).isEqualTo(1700000000));
    assertThatThrownBy(() -> {
      try (Stream<Bookmark> strict = BookmarkFiles.read(file)) {
        strict.count();
      }
    }).isInstanceOf(LinkPostException.class).hasMessage(file + ":6: a bookmark without a URL "
        + "(its <a> has no HREF)");
  }

  @Test
  void fiftyMegabyteFiles(@TempDir Path posts) throws IOException {
    int size = 50 << 20;
    Path binary = dir.resolve("binary.html");
    try (OutputStream out = Files.newOutputStream(binary)) {
      byte[] chunk = new byte[1 << 20];
      Random random = new Random(1);
      for (int i = 0; i < 50; i++) {
        random.nextBytes(chunk);
        chunk[0] = '<';
        out.write(chunk);
      }
    }
    assertThat(refusal(binary)).isEqualTo(binary + ": is a binary file, not a bookmark export");

    Path title = dir.resolve("title.html");
    try (OutputStream out = Files.newOutputStream(title)) {
      out.write((HEAD + entry(1) + "<DT><A HREF=\"https://example.org/huge\">").getBytes(StandardCharsets.UTF_8));
      byte[] words = "a title that goes on ".repeat(50_000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < size; written += words.length) {
        out.write(words);
      }
      out.write(("</A>\n" + entry(2) + "</DL>\n").getBytes(StandardCharsets.UTF_8));
    }
    List<LinkPostException> refused = new ArrayList<>();
    BookmarkImport.Result result = BookmarkImport.builder(posts).build()
        .run(List.of(title), new BookmarkImport.Listener() {
          @Override
          public void refused(LinkPostException problem) {
            refused.add(problem);
          }
        });
    assertThat(result).isEqualTo(new BookmarkImport.Result(3, 2, 0, 0, 1));
    assertThat(refused).singleElement().extracting(LinkPostException::getMessage).asString()
        .startsWith(title + ":7: Bookmark.title must not be longer than 100000 characters (it has 5");
    try (Stream<Path> written = Files.list(posts)) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .hasSize(2).noneMatch(n -> n.contains("huge"));
    }

    Path json = dir.resolve("huge.json");
    try (OutputStream out = Files.newOutputStream(json)) {
      out.write("[{\"href\":\"https://example.org/\",\"description\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] words = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(words);
      }
      out.write("\"}]".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Exports.read(json).refused()).containsExactly(
        json + ":1: holds a value longer than 10000000 characters");
  }
}
