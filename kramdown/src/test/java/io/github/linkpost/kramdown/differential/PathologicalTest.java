package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.kramdown.Kramdown;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile shapes, 10,000 deep or long: the engine gives HTML or an exception of its own, never
 * a stack overflow, another exception, or a hang. The time limit is a hang guard only, far
 * above what a linear engine needs; speed is measured by the benchmarks.
 */
class PathologicalTest {
  private static final int N = 10_000;
  private static final Duration HANG = Duration.ofSeconds(60);

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("nested quotes", "> ".repeat(N) + "x\n"),
        shape("nested quotes without spaces", ">".repeat(N) + "x\n"),
        shape("quotes, one a line", lines(i -> ">".repeat(i % 200 + 1) + " x")),
        shape("nested lists on one line", "1. ".repeat(N) + "x\n"),
        shape("nested bullets on one line", "- a ".repeat(N) + "\n"),
        shape("lists nested by indent", lines(i -> "  ".repeat(i % 1000) + "* x")),
        shape("quotes in lists in quotes", "> * ".repeat(N / 2) + "x\n"),
        shape("definitions in definitions", "x\n" + ": ".repeat(N) + "y\n"),
        shape("open brackets", "[".repeat(N) + "x\n"),
        shape("balanced brackets", "[".repeat(N) + "x" + "]".repeat(N) + "\n"),
        shape("link openers", "[a](".repeat(N) + "\n"),
        shape("nested links", "[".repeat(N) + "x" + "](u)".repeat(N) + "\n"),
        shape("image openers", "![".repeat(N) + "\n"),
        shape("reference runs", "[a][".repeat(N) + "\n"),
        shape("star run", "*".repeat(N) + "a" + "*".repeat(N) + "\n"),
        shape("underscore run", "_".repeat(N) + "a" + "_".repeat(N) + "\n"),
        shape("unclosed stars", "*a ".repeat(N) + "\n"),
        shape("alternating emphasis", "*_".repeat(N) + "x" + "_*".repeat(N) + "\n"),
        shape("nested emphasis openers", "*a **b ".repeat(N / 2) + "\n"),
        shape("tildes", "~~a ".repeat(N) + "\n"),
        shape("unclosed divs", "<div>\n".repeat(N)),
        shape("unclosed divs on one line", "<div>".repeat(N) + "\n"),
        shape("nested markdown divs", "<div markdown=\"1\">\n".repeat(N)),
        shape("closed nested divs", "<div>".repeat(N) + "x" + "</div>".repeat(N) + "\n"),
        shape("unclosed spans", "<span>".repeat(N) + "x\n"),
        shape("nested spans", "<span>".repeat(N) + "x" + "</span>".repeat(N) + "\n"),
        shape("attribute openers", "<a href=".repeat(N) + "\n"),
        shape("comment openers", "<!--".repeat(N) + "\n"),
        shape("backtick line", "`".repeat(10 * N) + "\n"),
        shape("growing backtick runs", backtickRuns()),
        shape("fence lines", lines(i -> "`".repeat(3 + i % 7))),
        shape("angle run", "<".repeat(10 * N) + "\n"),
        shape("angle and letters", "<a".repeat(N) + "\n"),
        shape("ampersands", "&".repeat(10 * N) + "\n"),
        shape("entity openers", "&#".repeat(N) + "\n"),
        shape("escapes", "\\".repeat(10 * N) + "\n"),
        shape("footnote chain", lines(i -> "[^" + i + "]: [^" + (i + 1) + "]")
            + "x[^0]\n"),
        shape("footnote in footnote", "[^a]: ".repeat(N) + "x\n\ny[^a]\n"),
        shape("self-referencing footnote", "x[^a]\n\n[^a]: see [^a]\n"),
        shape("footnote markers", "[^1]".repeat(N) + "\n\n[^1]: n\n"),
        shape("IAL openers", "{: ".repeat(N) + "\n"),
        shape("ALD chain", lines(i -> "{:r" + i + ": r" + (i + 1) + " .c" + i + "}")
            + "{: r0}\npara\n"),
        shape("ALD cycle", "{:a: b}\n{:b: a}\n{: a}\npara\n"),
        shape("span IALs", "*a*{: .c}".repeat(N) + "\n"),
        shape("extension openers", "{::comment}".repeat(N) + "\n"),
        shape("nested nomarkdown", "{::nomarkdown}".repeat(N) + "x" + "{:/}".repeat(N) + "\n"),
        shape("math runs", "$$".repeat(N) + "\n"),
        shape("table columns",
            "|".repeat(N) + "\n" + "|-".repeat(N) + "\n" + "|x".repeat(N) + "\n"),
        shape("table rows", lines(i -> "| a | b |")),
        shape("duplicate headers", lines(i -> "# a")),
        shape("setext everywhere", lines(i -> i % 2 == 0 ? "x" : "=")),
        shape("link definitions", lines(i -> "[l" + i + "]: /u" + i) + "[l1] [l9999]\n"),
        shape("lone CRs", "a\r".repeat(N)),
        shape("NULs", "\u0000".repeat(N)),
        shape("one long line", "word ".repeat(20 * N) + "\n"),
        shape("blank lines", "\n".repeat(10 * N) + "x\n"),
        shape("code block lines", lines(i -> "    code " + i)),
        shape("HTML block lines", "<div>\n" + lines(i -> "") + "</div>\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void givesHtmlOrItsOwnException(String name, String markdown) throws InterruptedException {
    Engine.assumeConverts();
    Outcome outcome = withinHangGuard(name, markdown);
    if (outcome.failed()) {
      assertThat(outcome.meant()).as("%s failed otherwise than with the library's exception: %s",
          name, outcome.error()).isTrue();
    } else {
      assertThat(outcome.html()).as(name).isNotNull();
    }
  }

  /**
   * Converts on a thread of its own and stops that thread when it runs past the guard: a
   * conversion left running would take the CPU from every test after it.
   */
  @SuppressWarnings("deprecation") // Thread.stop: the only way to end a runaway conversion
  private static Outcome withinHangGuard(String name, String markdown) throws InterruptedException {
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    Thread conversion = new Thread(
        () -> outcome.set(Outcome.of(() -> Kramdown.jekyll().toHtml(markdown))), "pathological");
    conversion.setDaemon(true);
    conversion.start();
    conversion.join(HANG.toMillis());
    if (conversion.isAlive()) {
      try {
        conversion.stop();
      } catch (UnsupportedOperationException newerJdk) {
        conversion.interrupt();
      }
      throw new AssertionError(name + " did not finish in " + HANG.toSeconds() + " s");
    }
    return outcome.get();
  }

  private static Arguments shape(String name, String markdown) {
    return Arguments.of(name, markdown);
  }

  private static String lines(IntFunction<String> line) {
    StringBuilder text = new StringBuilder();
    IntStream.range(0, N).forEach(i -> text.append(line.apply(i)).append('\n'));
    return text.toString();
  }

  private static String backtickRuns() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; text.length() < 50 * N; i++) {
      text.append("`".repeat(i % 300 + 1)).append('x');
    }
    return text.append('\n').toString();
  }
}
