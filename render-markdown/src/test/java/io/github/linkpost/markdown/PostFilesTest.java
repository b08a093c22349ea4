package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.markdown.FaultyFileSystem.Fault;
import io.github.linkpost.OutputFiles.IfExists;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostFilesTest {
  @Test
  void neverOverwritesUnlessAsked(@TempDir Path dir) throws Exception {
    Path first = PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "one", IfExists.FAIL);
    assertThatThrownBy(() -> PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "two",
        IfExists.FAIL))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot write " + first + ": a file of that name is already there (not overwritten)");
    assertThat(Files.readString(first)).isEqualTo("one");
    assertThat(PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "two", IfExists.NEXT_FREE_NAME))
        .isEqualTo(dir.resolve("_posts/2025-01-01-a-2.md"));
    assertThat(PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "three", IfExists.OVERWRITE))
        .isEqualTo(first);
    assertThat(Files.readString(first)).isEqualTo("three");
    assertThat(names(dir.resolve("_posts"))).containsExactly("2025-01-01-a-2.md", "2025-01-01-a.md");
  }

  @Test
  void aFailedWriteLeavesTheOldStateAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    Files.writeString(posts.resolve("2025-01-01-old.md"), "old");
    // The target name is taken by a folder: the move into place fails after the text is written.
    Files.createDirectories(posts.resolve("2025-01-01-x.md"));
    assertThatThrownBy(() -> PostFiles.write(posts, "2025-01-01-x.md", "new", IfExists.OVERWRITE))
        .isInstanceOf(LinkPostException.class).hasMessageContaining("2025-01-01-x.md");
    assertThat(names(posts)).containsExactly("2025-01-01-old.md", "2025-01-01-x.md");
    assertThat(Files.readString(posts.resolve("2025-01-01-old.md"))).isEqualTo("old");
    // The folder cannot be made (a file stands where it should be): nothing is left behind.
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    assertThatThrownBy(() -> PostFiles.write(file.resolve("_posts"), "2025-01-01-y.md", "y",
        IfExists.FAIL)).isInstanceOf(LinkPostException.class);
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void concurrentWritersLoseNoPostAndTearNone(@TempDir Path dir) throws Exception {
    Path posts = dir.resolve("_posts");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Path>> written = new ArrayList<>();
    String body = "x".repeat(100_000);
    for (int writer = 0; writer < 8; writer++) {
      for (int post = 0; post < 50; post++) {
        String text = "writer " + writer + " post " + post + "\n" + body;
        Callable<Path> task = () -> PostFiles.write(posts, "2025-01-01-same.md", text,
            IfExists.NEXT_FREE_NAME);
        written.add(pool.submit(task));
      }
    }
    List<Path> paths = new ArrayList<>();
    for (Future<Path> f : written) {
      paths.add(f.get());
    }
    pool.shutdown();
    assertThat(paths).doesNotHaveDuplicates().hasSize(400);
    List<String> texts = new ArrayList<>();
    for (Path p : paths) {
      String text = Files.readString(p);
      assertThat(text).endsWith(body);
      texts.add(text.substring(0, text.indexOf('\n')));
    }
    assertThat(texts).doesNotHaveDuplicates().hasSize(400);
    assertThat(names(posts)).hasSize(400).allMatch(n -> n.endsWith(".md"));
  }

  /** Every fault, with every choice of what to do with an existing post. */
  static Stream<Arguments> faults() {
    List<Arguments> cases = new ArrayList<>();
    Object[][] faults = {
        // fault, bytes written before it strikes, what the message must say
        {Fault.DISK_FULL, 0L, "no space left on device"},
        {Fault.DISK_FULL, 5_000L, "no space left on device"},
        {Fault.IO_ERROR_MID_WRITE, 8_192L, "input/output error"},
        {Fault.MOVE_FAILS, 0L, "input/output error"},
        {Fault.READ_ONLY_MOUNT, 0L, "read-only file system"},
        {Fault.READ_ONLY_FILE_SYSTEM, 0L, "read-only file system"},
        {Fault.PERMISSION_DENIED, 0L, "permission denied"}};
    for (Object[] fault : faults) {
      for (IfExists ifExists : IfExists.values()) {
        cases.add(Arguments.of(fault[0], fault[1], fault[2], ifExists));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} after {1} bytes, {3}")
  @MethodSource("faults")
  void aFileSystemFailingMidWriteLeavesTheOldPostAndNoTemporaryFile(Fault fault, long bytes,
      String says, IfExists ifExists, @TempDir Path dir) throws Exception {
    FaultyFileSystem fs = new FaultyFileSystem();
    Path posts = fs.wrap(dir).resolve("_posts");
    Path old = PostFiles.write(posts, "2025-01-01-a.md", "old", IfExists.FAIL);
    // FAIL is tried with a free name, so that only the fault can stop it.
    String name = ifExists == IfExists.FAIL ? "2025-01-01-b.md" : "2025-01-01-a.md";
    String text = "new\n" + "x".repeat(20_000);

    fs.fail(fault, bytes);
    assertThatThrownBy(() -> PostFiles.write(posts, name, text, ifExists))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot write " + posts.resolve(name) + ": " + says)
        .satisfies(e -> assertThat(((LinkPostException) e).file()).hasValue(posts.resolve(name)));
    // A fault after some bytes struck in the middle of the temporary file, not before it.
    assertThat(fs.unspent()).isZero();
    fs.fail(Fault.NONE, 0);

    assertThat(names(posts)).containsExactly("2025-01-01-a.md");
    assertThat(Files.readString(old)).isEqualTo("old");
    assertThat(PostFiles.write(posts, name, text, ifExists)).isEqualTo(
        posts.resolve(ifExists == IfExists.NEXT_FREE_NAME ? "2025-01-01-a-2.md" : name));
  }

  @Test
  void writesThroughTheFileSystemOfItsPath(@TempDir Path dir) throws Exception {
    Path posts = new FaultyFileSystem().wrap(dir).resolve("_posts");
    Path first = PostFiles.write(posts, "2025-01-01-a.md", "one", IfExists.FAIL);
    assertThat(first.getFileSystem()).isSameAs(posts.getFileSystem());
    assertThatThrownBy(() -> PostFiles.write(posts, "2025-01-01-a.md", "two", IfExists.FAIL))
        .isInstanceOf(LinkPostException.class).hasMessageContaining("a file of that name is already there");
    assertThat(PostFiles.write(posts, "2025-01-01-a.md", "two", IfExists.NEXT_FREE_NAME))
        .isEqualTo(posts.resolve("2025-01-01-a-2.md"));
    PostFiles.write(posts, "2025-01-01-a.md", "three", IfExists.OVERWRITE);
    assertThat(Files.readString(dir.resolve("_posts/2025-01-01-a.md"))).isEqualTo("three");
    assertThat(Files.readString(dir.resolve("_posts/2025-01-01-a-2.md"))).isEqualTo("two");
    assertThat(names(dir.resolve("_posts"))).containsExactly("2025-01-01-a-2.md", "2025-01-01-a.md");
  }

  /** A zip file system has no hard links: the write falls back to a move that never replaces. */
  @Test
  void writesIntoAZipFileSystem(@TempDir Path dir) throws Exception {
    URI zip = URI.create("jar:" + dir.resolve("site.zip").toUri());
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path posts = fs.getPath("/_posts");
      Path first = PostFiles.write(posts, "2025-01-01-a.md", "one", IfExists.FAIL);
      assertThatThrownBy(() -> PostFiles.write(posts, "2025-01-01-a.md", "two", IfExists.FAIL))
          .isInstanceOf(LinkPostException.class).hasMessageContaining("a file of that name is already there");
      assertThat(PostFiles.write(posts, "2025-01-01-a.md", "two", IfExists.NEXT_FREE_NAME))
          .isEqualTo(posts.resolve("2025-01-01-a-2.md"));
      assertThat(Files.readString(first)).isEqualTo("one");
      PostFiles.write(posts, "2025-01-01-a.md", "three", IfExists.OVERWRITE);
      assertThat(Files.readString(first)).isEqualTo("three");
      assertThat(names(posts)).containsExactly("2025-01-01-a-2.md", "2025-01-01-a.md");
    }
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
