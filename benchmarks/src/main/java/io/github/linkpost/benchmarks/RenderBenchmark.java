package io.github.linkpost.benchmarks;

import io.github.linkpost.LinkPost;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
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
 * One post, three sizes: the model to Jekyll Markdown, the model to an HTML fragment, a post
 * file's text to the model, and, as the yardstick, commonmark-java alone turning the same post's
 * Markdown into HTML.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RenderBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {
  @Param({"small", "typical", "large"})
  public String size;

  private LinkPost post;
  private String markdown;
  private String body;
  private final JekyllMarkdownRenderer markdownRenderer = JekyllMarkdownRenderer.jekyll();
  private final JekyllPostReader reader = JekyllPostReader.jekyll();
  private final HtmlRenderer htmlRenderer = HtmlRenderer.jekyll();
  private final Parser commonmarkParser = Parser.builder().build();
  private final org.commonmark.renderer.html.HtmlRenderer commonmarkRenderer =
      org.commonmark.renderer.html.HtmlRenderer.builder().build();

  /** Builds the post and its Markdown once per size. */
  @Setup
  public void setUp() {
    post = SamplePosts.of(size);
    markdown = markdownRenderer.render(post);
    body = markdown.substring(markdown.indexOf("\n---\n") + 5);
  }

  /**
   * The model to a Jekyll post file's text.
   *
   * @return the text
   */
  @Benchmark
  public String modelToMarkdown() {
    return markdownRenderer.render(post);
  }

  /**
   * The model to an HTML fragment, as Jekyll shows it.
   *
   * @return the HTML
   */
  @Benchmark
  public String modelToHtml() {
    return htmlRenderer.render(post);
  }

  /**
   * A post file's text to the model.
   *
   * @return the post
   */
  @Benchmark
  public LinkPost markdownToModel() {
    return reader.parse(markdown);
  }

  /**
   * The yardstick: commonmark-java parsing the post's Markdown body and rendering HTML.
   *
   * @return the HTML
   */
  @Benchmark
  public String commonmarkMarkdownToHtml() {
    return commonmarkRenderer.render(commonmarkParser.parse(body));
  }
}
