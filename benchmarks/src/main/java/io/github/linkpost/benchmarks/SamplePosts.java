package io.github.linkpost.benchmarks;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Link posts of three sizes, made of generated prose with the markup real excerpts hold. */
public final class SamplePosts {
  private static final String[] WORDS = (
      "the a of to and in that it is was for on with as by at from this be are have not "
      + "harbour container crane standard ship port freight rail truck cargo tariff labour "
      + "it's they're \"quoted\" isn't 2–3 — ... model programming review maintenance code "
      + "economy history measure tide chart engine brass patience sailor").split(" ");

  private SamplePosts() {}

  /**
   * A post of the given size.
   *
   * @param size "small" (one short paragraph), "typical" (like the reference post: eight
   *     paragraphs, one elision) or "large" (three quotes of thirty paragraphs)
   * @return the post
   */
  public static LinkPost of(String size) {
    Random random = new Random(size.hashCode());
    int quotes = size.equals("large") ? 3 : 1;
    int paragraphs = switch (size) {
      case "small" -> 1;
      case "typical" -> 8;
      case "large" -> 30;
      default -> throw new IllegalArgumentException("size must be small, typical or large: " + size);
    };
    int words = size.equals("small") ? 30 : 90;
    Link page = Link.of("ME:: a remark on boxes ; Lena Ortiz:: The box that shrank the oceans",
        "https://ports.example.com/essays/the-box-that-shrank-the-oceans/");
    LinkPost.Builder post = LinkPost.builder()
        .title("ME:: a remark on boxes ; Lena Ortiz:: April 2, 2025:: The box that shrank the "
            + "oceans ; 'A crane, a standard, and a box.'")
        .discovery(Discovery.builder().at(Instant.parse("2025-04-18T16:42:00Z"))
            .via("https://blog.example.org/2020/07/29/how-i-collect-links/").page(page).build());
    for (int q = 0; q < quotes; q++) {
      Quote.Builder quote = Quote.builder().source(page.withText(" Lena Ortiz:: part " + q));
      List<String> excerpt = new ArrayList<>();
      for (int p = 0; p < paragraphs; p++) {
        excerpt.add(paragraph(random, words));
        if (p == 0 || p == paragraphs - 1) {
          quote.addExcerpt(Excerpt.of(excerpt));
          excerpt.clear();
        }
      }
      post.addQuote(quote.build());
    }
    return post.build();
  }

  private static String paragraph(Random random, int words) {
    StringBuilder text = new StringBuilder(words * 7);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      String word = WORDS[random.nextInt(WORDS.length)];
      int markup = random.nextInt(40);
      if (markup == 0) {
        text.append("**").append(word).append("**");
      } else if (markup == 1) {
        text.append('*').append(word).append('*');
      } else if (markup == 2) {
        text.append('[').append(word).append("](https://example.org/").append(word).append(')');
      } else if (markup == 3) {
        text.append('`').append(word).append('`');
      } else {
        text.append(word);
      }
    }
    return text.append('.').toString();
  }
}
