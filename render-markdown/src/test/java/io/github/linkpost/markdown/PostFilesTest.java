package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFilesTest {
  @Test
  void neverOverwritesUnlessAsked(@TempDir Path dir) throws Exception {
    Path first = PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "one", PostFiles.IfExists.FAIL);
    assertThatThrownBy(() -> PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "two",
        PostFiles.IfExists.FAIL))
        .isInstanceOf(LinkPostException.class)
        .hasMessage(first + ": a post is already there; not overwritten (ask for the next free name, or to overwrite)");
    assertThat(Files.readString(first)).isEqualTo("one");
    assertThat(PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "two", PostFiles.IfExists.NEXT_FREE_NAME))
        .isEqualTo(dir.resolve("_posts/2025-01-01-a-2.md"));
    assertThat(PostFiles.write(dir.resolve("_posts"), "2025-01-01-a.md", "three", PostFiles.IfExists.OVERWRITE))
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
    assertThatThrownBy(() -> PostFiles.write(posts, "2025-01-01-x.md", "new", PostFiles.IfExists.OVERWRITE))
        .isInstanceOf(LinkPostException.class).hasMessageContaining("2025-01-01-x.md");
    assertThat(names(posts)).containsExactly("2025-01-01-old.md", "2025-01-01-x.md");
    assertThat(Files.readString(posts.resolve("2025-01-01-old.md"))).isEqualTo("old");
    // The folder cannot be made (a file stands where it should be): nothing is left behind.
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    assertThatThrownBy(() -> PostFiles.write(file.resolve("_posts"), "2025-01-01-y.md", "y",
        PostFiles.IfExists.FAIL)).isInstanceOf(LinkPostException.class);
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
            PostFiles.IfExists.NEXT_FREE_NAME);
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

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
