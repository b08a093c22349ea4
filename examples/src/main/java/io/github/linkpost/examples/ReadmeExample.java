package io.github.linkpost.examples;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.OutputFiles.IfExists;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.PostFiles;
import io.github.linkpost.markdown.Slugs;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The example of writing a post file in {@code docs/model.md}: build a post, render it, write it
 * into {@code _posts}.
 *
 * <pre>{@code
 * Path written = ReadmeExample.writeInto(Path.of("_posts"));
 * }</pre>
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Runs the example in a folder.
   *
   * @param root the folder that holds {@code _posts}
   * @return the file written
   */
  public static Path writeInto(Path root) {
    // docs:start docs/model.md
    LinkPost post = LinkPost.builder()
        .title("ME:: boxes changed the world ; Lena Ortiz:: The box that shrank the oceans")
        .discovery(Discovery.builder()
            .at(Instant.parse("2025-04-18T16:42:00Z"))
            .via("https://blog.example.org/how-i-collect-links/")
            .page(Link.of("The box that shrank the oceans", "https://ports.example.com/box/"))
            .build())
        .addQuote(Quote.builder()
            .source(Link.of("Lena Ortiz:: The box that shrank the oceans", "https://ports.example.com/box/"))
            .addExcerpt(Excerpt.of("Before 1956 a ship spent more time **tied up** in port than at sea."))
            .build())
        .build();

    String markdown = JekyllMarkdownRenderer.jekyll().render(post);
    Path file = PostFiles.write(root.resolve("_posts"),
        PostFiles.referenceName(Instant.parse("2025-04-18T16:42:00Z"), ZoneId.of("America/Vancouver"),
            Slugs.fromUrl(URI.create("https://ports.example.com/box/"))),
        markdown, IfExists.FAIL);
    // docs:end
    return file;
  }

  /**
   * Writes the example post into {@code ./_posts} and prints its path.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(writeInto(Path.of(".")));
  }
}
