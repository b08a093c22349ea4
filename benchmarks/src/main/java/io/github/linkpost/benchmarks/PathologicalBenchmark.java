package io.github.linkpost.benchmarks;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hostile Markdown in an excerpt and in the remarks, at three scales, written as Jekyll
 * Markdown, read back, and written as HTML: the time per operation
 * must grow linearly with the scale (×1, ×10, ×100), never quadratically.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar PathologicalBenchmark
 * }</pre>
 *
 * <p>At ×100: 10 000 nested brackets, a 1 MB excerpt, 10 000 {@code *}, 10 000 unmatched
 * backtick runs of growing length, 10 000 {@code <}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PathologicalBenchmark {
  @Param({"brackets", "bigExcerpt", "stars", "backticks", "angles"})
  public String shape;

  @Param({"1", "10", "100"})
  public int scale;

  private LinkPost post;
  private String markdown;
  private final JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();
  private final JekyllPostReader reader = JekyllPostReader.jekyll();
  private final HtmlRenderer html = HtmlRenderer.jekyll();

  /** Builds the hostile post once per shape and scale. */
  @Setup
  public void setUp() {
    String text = hostile(shape, scale);
    post = LinkPost.builder().title("Pathological " + shape)
        .discovery(Discovery.builder().at(Instant.parse("2025-01-01T00:00:00Z"))
            .page(Link.of("page", "https://example.org/"))
            .remarks(text.length() > 100_000 ? "short" : text).build())
        .addQuote(Quote.builder().source(Link.of("source", "https://example.org/s"))
            .addExcerpt(Excerpt.of(text)).build())
        .build();
    markdown = renderer.render(post);
  }

  public static String hostile(String shape, int scale) {
    int n = 100 * scale;
    StringBuilder s = new StringBuilder();
    switch (shape) {
      case "brackets" -> s.append("[".repeat(n)).append('x').append("](".repeat(n)).append(')');
      case "bigExcerpt" -> {
        while (s.length() < 10_000 * scale) {
          s.append("Words, **bold**, `code`, [a link](https://example.org/) and it's \"fine\". ");
        }
      }
      case "stars" -> {
        for (int i = 0; i < n; i++) {
          s.append(i % 3 == 0 ? "*a" : "*");
        }
      }
      case "backticks" -> {
        for (int i = 1; s.length() < 100 * n; i++) {
          s.append("`".repeat(i % 200 + 1)).append('x');
        }
      }
      case "angles" -> {
        for (int i = 0; i < n; i++) {
          s.append(i % 2 == 0 ? "<" : "<a href=");
        }
      }
      default -> throw new IllegalArgumentException(shape);
    }
    return s.toString();
  }

  /**
   * The hostile post to Jekyll Markdown.
   *
   * @return the text
   */
  @Benchmark
  public String render() {
    return renderer.render(post);
  }

  /**
   * The hostile post's text back to the model.
   *
   * @return the post
   */
  @Benchmark
  public LinkPost read() {
    return reader.parse(markdown);
  }

  /**
   * The hostile post to an HTML fragment.
   *
   * @return the HTML
   */
  @Benchmark
  public String html() {
    return html.render(post);
  }
}
