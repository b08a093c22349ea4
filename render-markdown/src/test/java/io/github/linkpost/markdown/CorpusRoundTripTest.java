package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.LinkPost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every post of the real blog reads without error and writes back byte for byte. */
class CorpusRoundTripTest {
  @Test
  void everyCorpusPostWritesBackByteForByte() throws Exception {
    Path corpus = Shared.dir().resolve("corpus");
    Path posts = corpus.resolve("posts");
    assumeTrue(Files.isDirectory(posts), "no corpus in " + corpus + "; skipped");
    Set<String> linkPosts = new HashSet<>(Files.readAllLines(corpus.resolve("linkposts.txt")));
    JekyllPostReader reader = JekyllPostReader.jekyll();
    JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();
    List<String> different = new ArrayList<>();
    int count = 0;
    int discovered = 0;
    try (Stream<Path> files = Files.list(posts)) {
      for (Path file : files.sorted().toList()) {
        count++;
        byte[] bytes = Files.readAllBytes(file);
        LinkPost post = reader.read(file);
        byte[] back = renderer.render(post).getBytes(StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(bytes, back)) {
          different.add(file.getFileName().toString());
        }
        if (post.isLinkPost() && linkPosts.contains(file.getFileName().toString())) {
          discovered++;
        }
      }
    }
    assertThat(count).isGreaterThan(0);
    assertThat(different).as("posts not written back byte for byte").isEmpty();
    // The reader recognises the discovery of nearly every link post (the rest stay verbatim).
    assertThat(discovered).isGreaterThanOrEqualTo(linkPosts.size() * 95 / 100);
  }
}
