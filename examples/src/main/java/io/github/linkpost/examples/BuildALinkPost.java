package io.github.linkpost.examples;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds a link post in the reference format and prints it as Jekyll Markdown.
 *
 * <pre>{@code
 * java -cp examples/target/linkpost.jar io.github.linkpost.examples.BuildALinkPost
 * }</pre>
 */
public final class BuildALinkPost {
  private BuildALinkPost() {}

  /**
   * A sample post about a page on the history of the shipping container.
   *
   * @return the post
   */
  public static LinkPost sample() {
    Link page = Link.of(
        "ME:: boxes changed the world more than chips did ; Lena Ortiz:: The box that "
            + "shrank the oceans",
        "https://ports.example.com/essays/the-box-that-shrank-the-oceans/");
    return LinkPost.builder()
        .title("ME:: boxes changed the world more than chips did ; Lena Ortiz:: April 2, 2025:: "
            + "The box that shrank the oceans ; 'A crane, a standard, and a \"box\" | that's all.'")
        .discovery(Discovery.builder()
            .at(Instant.parse("2025-04-18T16:42:00Z"))
            .via("https://blog.example.org/2020/07/29/how-i-collect-links/")
            .page(page)
            .build())
        .addQuote(Quote.builder()
            .source(Link.of(" Lena Ortiz:: April 2, 2025:: The box that shrank the oceans",
                page.url()))
            .author("Lena Ortiz")
            .published(LocalDate.of(2025, 4, 2))
            .addExcerpt(Excerpt.of(
                "Before 1956 a ship spent more time **tied up** in port than at sea."))
            .addExcerpt(Excerpt.of(
                "The box itself was never the invention. The *standard* was: every crane, "
                    + "truck and ship agreeing on the same corners.",
                " A crane, a standard, and a box | that's all it took."))
            .build())
        .build();
  }

  /**
   * Prints the sample post as Jekyll Markdown.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(JekyllMarkdownRenderer.jekyll().render(sample()));
  }
}
