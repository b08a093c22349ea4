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

/**
 * Every post of a blog reads without error and writes back byte for byte, and nearly every link
 * post's discovery is recognised: the project's own small blog always, the real blog of the
 * shared corpus when it is beside the checkout.
 */
class CorpusRoundTripTest {
  @Test
  void everyPostOfOurOwnBlogWritesBackByteForByte() throws Exception {
    Path blog = Shared.fixtures().resolve("blog");
    int count = roundTrip(blog.resolve("posts"), blog.resolve("linkposts.txt"), 100);
    assertThat(count).isEqualTo(8);
  }

  @Test
  void everyCorpusPostWritesBackByteForByte() throws Exception {
    Path corpus = Shared.dir().resolve("corpus");
    Path posts = corpus.resolve("posts");
    assumeTrue(Files.isDirectory(posts), "no corpus in " + corpus + "; skipped");
    assertThat(roundTrip(posts, corpus.resolve("linkposts.txt"), 95)).isGreaterThan(1000);
  }

  /**
   * Reads and writes back every post; returns how many. At least {@code percent} of the link
   * posts listed must be read as link posts (the rest stay verbatim).
   */
  private static int roundTrip(Path posts, Path linkPostList, int percent) throws Exception {
    Set<String> linkPosts = new HashSet<>(Files.readAllLines(linkPostList));
    JekyllPostReader reader = JekyllPostReader.jekyll();
    JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();
    List<String> different = new ArrayList<>();
    int count = 0;
    int discovered = 0;
    int notLinkPosts = 0;
    try (Stream<Path> files = Files.list(posts)) {
      for (Path file : files.sorted().toList()) {
        count++;
        byte[] bytes = Files.readAllBytes(file);
        LinkPost post = reader.read(file);
        byte[] back = renderer.render(post).getBytes(StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(bytes, back)) {
          different.add(file.getFileName().toString());
        }
        boolean listed = linkPosts.contains(file.getFileName().toString());
        if (post.isLinkPost() && listed) {
          discovered++;
        } else if (post.isLinkPost()) {
          notLinkPosts++;
        }
      }
    }
    assertThat(count).isGreaterThan(0);
    assertThat(different).as("posts not written back byte for byte").isEmpty();
    assertThat(discovered).isGreaterThanOrEqualTo(linkPosts.size() * percent / 100);
    if (percent == 100) {
      assertThat(notLinkPosts).as("posts read as link posts that hold no discovery line").isZero();
    }
    return count;
  }
}
