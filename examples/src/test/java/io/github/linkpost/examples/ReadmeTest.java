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
  void readmeExampleWritesAPostFile(@TempDir Path dir) throws Exception {
    Path written = ReadmeExample.writeInto(dir);
    assertThat(written.getFileName().toString()).isEqualTo("2025-04-18-p0942-box.md");
    assertThat(Files.readString(written)).startsWith("---\nlayout: post\ntitle: \"ME:: boxes")
        .contains("[Discovered](https://blog.example.org/how-i-collect-links/): "
            + "Apr 18, 2025 16:42 (UTC) [The box that shrank the oceans](https://ports.example.com/box/) \n");
  }
}
