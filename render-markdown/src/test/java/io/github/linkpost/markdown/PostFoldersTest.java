package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of posts read as a stream of results, each file's post or its error. */
class PostFoldersTest {
  private static final String POST = "---\ntitle: t\n---\nText.\n";

  @Test
  void readsEveryMarkdownFileOfTheFolderAndItsSubfolders(@TempDir Path dir) throws Exception {
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    Files.writeString(Files.createDirectories(posts.resolve("2025")).resolve("2025-01-01-a.md"), POST);
    Files.writeString(posts.resolve("2025-01-02-b.markdown"), POST);
    Files.writeString(posts.resolve("2025-01-03-bad.md"), "---\ntitle: [a, b]\n---\n");
    Files.writeString(posts.resolve("2025-01-04-twice.md"), "---\ntitle: a\ntitle: b\n---\nx\n");
    Files.write(posts.resolve("2025-01-05-latin1.md"),
        "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(posts.resolve("notes.txt"), "not a post");
    Files.writeString(dir.resolve("elsewhere.md"), POST);
    Files.createSymbolicLink(posts.resolve("2025-01-06-linked.md"), dir.resolve("elsewhere.md"));
    Files.createDirectories(posts.resolve("folder.md"));

    JekyllPostReader reader = JekyllPostReader.jekyll();
    List<JekyllPostReader.Result> results;
    try (Stream<JekyllPostReader.Result> read = reader.readAll(posts)) {
      results = read.toList();
    }
    assertThat(results).extracting(r -> posts.relativize(r.file()).toString()).containsExactly(
        "2025-01-02-b.markdown", "2025-01-03-bad.md", "2025-01-04-twice.md",
        "2025-01-05-latin1.md", "2025-01-06-linked.md", "2025/2025-01-01-a.md");
    assertThat(results.get(0).post()).isPresent();
    assertThat(results.get(0).text()).contains(POST);
    assertThat(results.get(1).post()).isEmpty();
    assertThat(results.get(1).error().orElseThrow().getMessage())
        .isEqualTo(posts.resolve("2025-01-03-bad.md") + ":2: title must be text, was a list");
    assertThat(results.get(2).warnings()).extracting(LinkPostException::getMessage).containsExactly(
        posts.resolve("2025-01-04-twice.md")
            + ":3: front matter has the key \"title\" twice; the last is taken, as Jekyll does");
    assertThat(results.get(3).text()).isEmpty();
    assertThat(results.get(3).error().orElseThrow().getMessage())
        .isEqualTo(posts.resolve("2025-01-05-latin1.md") + ": is not UTF-8 text");
    assertThat(results.get(4).post()).isPresent();
  }

  @Test
  void honoursTheSitesMarkdownExtensions(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.md"), POST);
    Files.writeString(dir.resolve("b.markdown"), POST);
    Files.writeString(dir.resolve("c.txt"), POST);
    JekyllPostReader reader = JekyllPostReader.builder()
        .site(Site.builder().markdownExtensions(List.of("markdown", "TXT")).build()).build();
    assertThat(reader.list(dir)).containsExactly(dir.resolve("b.markdown"), dir.resolve("c.txt"));
    assertThat(reader.markdownExtensions()).containsExactly("markdown", "txt");
    // A file named is taken as it is, whatever its extension.
    assertThat(reader.list(dir.resolve("a.md"))).containsExactly(dir.resolve("a.md"));
  }

  @Test
  void aPathThatIsNotThereIsSaidSo(@TempDir Path dir) {
    Path nope = dir.resolve("nope");
    assertThatThrownBy(() -> JekyllPostReader.jekyll().readAll(nope))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot read " + nope + ": no such file");
    JekyllPostReader.Result missing = JekyllPostReader.jekyll().tryRead(nope);
    assertThat(missing.error().orElseThrow().getMessage())
        .isEqualTo("cannot read " + nope + ": no such file");
    assertThat(missing.error().orElseThrow().file()).contains(nope);
  }

  @Test
  void theSitesStyleIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("_config.yml"), "timezone: Europe/Paris\nlinkpost:\n"
        + "  style: front-matter\n");
    Files.writeString(dir.resolve("2025-01-01-a.md"),
        "---\ntitle: A page\nexternal-url: https://p.example/a\n---\nMy words.\n");
    JekyllPostReader reader = JekyllPostReader.builder().site(JekyllSite.read(dir)).build();
    assertThat(reader.read(dir.resolve("2025-01-01-a.md")).discovery().orElseThrow()
        .page().orElseThrow().url()).hasToString("https://p.example/a");
  }
}
