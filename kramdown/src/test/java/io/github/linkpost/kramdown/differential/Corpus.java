package io.github.linkpost.kramdown.differential;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real posts beside the checkout, when it is there. */
final class Corpus {
  private Corpus() {}

  /** The corpus folder; skips the calling test when it is absent. */
  static Path dir() {
    String shared = System.getProperty("linkpost.shared", "../../shared");
    Path corpus = Path.of(shared, "corpus").normalize();
    assumeTrue(Files.isDirectory(corpus.resolve("posts"))
            && Files.isDirectory(corpus.resolve("jekyll-html")),
        "the shared corpus is not beside this checkout (" + corpus.toAbsolutePath()
            + "); skipped");
    return corpus;
  }

  /**
   * The project's own small blog ({@code fixtures/blog}), laid out as the corpus is: always
   * there, so that a checkout without the corpus checks the same things on posts of its own.
   */
  static Path own() {
    Path blog = Path.of("..", "fixtures", "blog").normalize();
    if (!Files.isDirectory(blog.resolve("posts"))) {
      throw new AssertionError("no fixtures/blog at " + blog.toAbsolutePath());
    }
    return blog;
  }

  /**
   * The own blog's posts that Jekyll gives kramdown as they are: those without Liquid, which
   * Jekyll renders before kramdown sees the text.
   */
  static List<Path> ownPosts() throws IOException {
    List<Path> posts = new java.util.ArrayList<>();
    for (Path post : posts(own())) {
      String text = Files.readString(post);
      if (!text.contains("{{") && !text.contains("{%")) {
        posts.add(post);
      }
    }
    return posts;
  }

  /** Every post file, by name. */
  static List<Path> posts(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus.resolve("posts"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
  }

  /** The HTML Jekyll made of a post: its {@code {{ content }}}. */
  static Path jekyllHtml(Path corpus, Path post) {
    String name = post.getFileName().toString();
    return corpus.resolve("jekyll-html").resolve(name.substring(0, name.length() - 3) + ".html");
  }
}
