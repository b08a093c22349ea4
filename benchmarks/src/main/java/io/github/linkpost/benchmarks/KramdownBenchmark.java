package io.github.linkpost.benchmarks;

import io.github.linkpost.kramdown.Kramdown;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The kramdown engine against commonmark-java on the same Markdown: corpus posts (about fifty,
 * read from {@code ../shared/corpus/posts} or {@code -Dlinkpost.corpus=DIR}) and
 * construct-heavy documents of our own ({@link MarkdownDocuments}). The time is for all the
 * documents of a kind.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar KramdownBenchmark -prof gc
 * java -jar benchmarks/target/benchmarks.jar KramdownBenchmark -p document=prose,mixed
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KramdownBenchmark {
  @Param({"corpus", "prose", "lists", "tables", "code", "quotes", "mixed"})
  public String document;

  private List<String> documents;
  private final Kramdown kramdown = Kramdown.jekyll();
  private final Parser commonmarkParser = Parser.builder().build();
  private final HtmlRenderer commonmarkRenderer = HtmlRenderer.builder().build();

  /** Reads or makes the documents once per kind. */
  @Setup
  public void setUp() {
    documents = MarkdownDocuments.of(document);
  }

  /**
   * The engine: Markdown to HTML as Jekyll's kramdown makes it.
   *
   * @param out where the HTML goes
   */
  @Benchmark
  public void kramdown(Blackhole out) {
    for (String markdown : documents) {
      out.consume(kramdown.toHtml(markdown));
    }
  }

  /**
   * The yardstick: commonmark-java parsing the same Markdown and rendering HTML.
   *
   * @param out where the HTML goes
   */
  @Benchmark
  public void commonmark(Blackhole out) {
    for (String markdown : documents) {
      out.consume(commonmarkRenderer.render(commonmarkParser.parse(markdown)));
    }
  }
}
