package io.github.linkpost.benchmarks;

import io.github.linkpost.LinkPost;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One post file, as {@code linkpost render} handles each: read from the file into the model,
 * and the whole of it, read, rendered as HTML ({@code --allow-html}) and written to its output
 * file. The files live in {@code java.io.tmpdir}; put it on tmpfs to leave the disk out:
 *
 * <pre>{@code
 * java -Djava.io.tmpdir=/dev/shm -jar benchmarks/target/benchmarks.jar PostFileBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PostFileBenchmark {
  @Param({"small", "typical", "large"})
  public String size;

  private Path folder;
  private Path post;
  private Path output;
  private final JekyllPostReader reader = JekyllPostReader.jekyll();
  private final HtmlRenderer html =
      HtmlRenderer.builder().allowHtml(true).allowRelativeUrls(true).build();

  /**
   * Writes the post file once per size.
   *
   * @throws IOException when the temporary folder cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("linkpost-bench-");
    post = Files.writeString(folder.resolve("2025-04-18-p0942-post.md"),
        JekyllMarkdownRenderer.jekyll().render(SamplePosts.of(size)));
    output = folder.resolve("2025-04-18-p0942-post.html");
  }

  /**
   * Removes the files.
   *
   * @throws IOException when they cannot be removed
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(output);
    Files.deleteIfExists(post);
    Files.deleteIfExists(folder);
  }

  /**
   * A post file to the model.
   *
   * @return the post
   */
  @Benchmark
  public LinkPost readFile() {
    return reader.read(post);
  }

  /**
   * A post file read, rendered as HTML and written to its output file, as {@code render} does.
   *
   * @return the output file
   * @throws IOException when the output cannot be written
   */
  @Benchmark
  public Path readRenderWrite() throws IOException {
    return Files.write(output, html.render(reader.read(post)).getBytes(StandardCharsets.UTF_8));
  }
}
