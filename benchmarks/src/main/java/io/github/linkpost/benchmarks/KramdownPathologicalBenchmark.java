package io.github.linkpost.benchmarks;

import io.github.linkpost.kramdown.Kramdown;
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

/**
 * Hostile Markdown at three scales (×1, ×10, ×100: 100, 1,000 and 10,000 units deep or long)
 * through the kramdown engine and, for comparison, commonmark-java: the engine's time per
 * operation must grow linearly with the scale, never quadratically (kramdown itself does on
 * some of these).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar KramdownPathologicalBenchmark
 * java -jar benchmarks/target/benchmarks.jar KramdownPathologicalBenchmark.kramdown -p shape=quotes
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class KramdownPathologicalBenchmark {
  @Param({"quotes", "lists", "brackets", "stars", "underscores", "backticks", "angles", "divs",
      "spans", "footnotes", "alds", "tables", "emphasis"})
  public String shape;

  @Param({"1", "10", "100"})
  public int scale;

  private String markdown;
  private final Kramdown kramdown = Kramdown.jekyll();
  private final Parser commonmarkParser = Parser.builder().build();
  private final HtmlRenderer commonmarkRenderer = HtmlRenderer.builder().build();

  /** Builds the hostile document once per shape and scale. */
  @Setup
  public void setUp() {
    markdown = hostile(shape, 100 * scale);
  }

  /**
   * A hostile document of {@code n} units.
   *
   * @param shape what it is made of
   * @param n how deep or long
   * @return the document
   */
  public static String hostile(String shape, int n) {
    StringBuilder s = new StringBuilder();
    switch (shape) {
      case "quotes" -> s.append("> ".repeat(n)).append("x\n");
      case "lists" -> {
        for (int i = 0; i < n; i++) {
          s.append("  ".repeat(i % 100)).append("* item ").append(i).append('\n');
        }
      }
      case "brackets" -> s.append("[".repeat(n)).append('x').append("](".repeat(n)).append(")\n");
      case "stars" -> {
        for (int i = 0; i < n; i++) {
          s.append(i % 3 == 0 ? "*a" : "*");
        }
        s.append('\n');
      }
      case "underscores" -> s.append("_a ".repeat(n)).append("_".repeat(n)).append('\n');
      case "backticks" -> {
        for (int i = 1; s.length() < 100 * n; i++) {
          s.append("`".repeat(i % 200 + 1)).append('x');
        }
        s.append('\n');
      }
      case "angles" -> {
        for (int i = 0; i < n; i++) {
          s.append(i % 2 == 0 ? "<" : "<a href=");
        }
        s.append('\n');
      }
      case "divs" -> s.append("<div>\n".repeat(n)).append("x\n");
      case "spans" -> s.append("<span>".repeat(n)).append("x\n");
      case "footnotes" -> {
        for (int i = 0; i < n; i++) {
          s.append("x[^").append(i).append("]\n\n[^").append(i).append("]: note [^")
              .append(i + 1).append("]\n\n");
        }
      }
      case "alds" -> {
        for (int i = 0; i < n; i++) {
          s.append("{:r").append(i).append(": r").append(i + 1).append(" .c").append(i)
              .append("}\n");
        }
        s.append("{: r0}\npara\n");
      }
      case "tables" -> {
        for (int i = 0; i < n; i++) {
          s.append("| a").append(i).append(" | *b* | `c|d` |\n");
        }
      }
      case "emphasis" -> s.append("*a **b ".repeat(n)).append('\n');
      default -> throw new IllegalArgumentException("no such shape: " + shape);
    }
    return s.toString();
  }

  /**
   * The engine on the hostile document (an exception of its own counts as an answer).
   *
   * @return the HTML or the exception's message
   */
  @Benchmark
  public String kramdown() {
    try {
      return kramdown.toHtml(markdown);
    } catch (RuntimeException e) {
      if (!e.getClass().getPackageName().equals(Kramdown.class.getPackageName())) {
        throw e;
      }
      return e.getMessage();
    }
  }

  /**
   * commonmark-java on the same document, for scale.
   *
   * @return the HTML
   */
  @Benchmark
  public String commonmark() {
    return commonmarkRenderer.render(commonmarkParser.parse(markdown));
  }
}
