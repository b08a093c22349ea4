package io.github.linkpost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void readmeSnippetIsTheCompiledExample() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String snippet = readme.substring(readme.indexOf("```java\n") + 8);
    snippet = snippet.substring(0, snippet.indexOf("```"));
    String source = Files.readString(
        Path.of("src/main/java/io/github/linkpost/examples/ReadmeExample.java"));
    String example = source.substring(source.indexOf("// README:start\n") + 16,
        source.indexOf("    // README:end"));
    String dedented = example.lines().map(l -> l.length() >= 4 ? l.substring(4) : l)
        .collect(Collectors.joining("\n", "", "\n"));
    assertThat(snippet).isEqualTo(dedented);
  }

  @Test
  void readmeFeedSnippetIsTheCompiledExample() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String feeds = readme.substring(readme.indexOf("\n## Feeds\n"));
    String snippet = feeds.substring(feeds.indexOf("```java\n") + 8);
    snippet = snippet.substring(0, snippet.indexOf("```"));
    String source = Files.readString(Path.of("src/main/java/io/github/linkpost/examples/FeedExample.java"));
    String example = source.substring(source.indexOf("// README:start\n") + 16,
        source.indexOf("    // README:end"));
    assertThat(snippet).isEqualTo(example.lines().map(l -> l.length() >= 4 ? l.substring(4) : l)
        .collect(Collectors.joining("\n", "", "\n")));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    FeedExample.write(io.github.linkpost.LinkPost.builder().title("Tides").build(), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("<id>https://blog.example.org/notes/2025/10/13/p1159-tides/</id>");
  }

  @Test
  void readmeExampleWritesAPostFile(@TempDir Path dir) throws Exception {
    Path written = ReadmeExample.writeInto(dir);
    assertThat(written.getFileName().toString()).isEqualTo("2025-04-18-p0942-box.md");
    assertThat(Files.readString(written)).startsWith("---\nlayout: post\ntitle: \"ME:: boxes")
        .contains("[Discovered](https://blog.example.org/how-i-collect-links/): "
            + "Apr 18, 2025 16:42 (UTC) [The box that shrank the oceans](https://ports.example.com/box/) \n");
  }
}
