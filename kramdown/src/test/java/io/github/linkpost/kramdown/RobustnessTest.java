package io.github.linkpost.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile nesting gives HTML, never a stack overflow, even on a thread with a small stack:
 * nesting deeper than the engine's limit is read as text (kramdown itself stops with an error
 * there).
 */
class RobustnessTest {
  private static final int DEPTH = 10_000;

  private static String convertOnSmallStack(Supplier<String> document) throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(Kramdown.jekyll().toHtml(document.get()));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 512 * 1024);
    t.start();
    t.join();
    if (result.get() instanceof Throwable) {
      throw new AssertionError("conversion failed", (Throwable) result.get());
    }
    return (String) result.get();
  }

  @Test
  void nestedQuotes() throws Exception {
    String html = convertOnSmallStack(() -> "> ".repeat(DEPTH) + "deep\n");
    assertThat(html).startsWith("<blockquote>").contains("deep");
  }

  @Test
  void nestedLists() throws Exception {
    String html = convertOnSmallStack(() -> "* ".repeat(DEPTH) + "deep\n");
    assertThat(html).startsWith("<ul>").contains("deep");
  }

  @Test
  void nestedBracketsAndImages() throws Exception {
    assertThat(convertOnSmallStack(() -> "[".repeat(DEPTH) + "x" + "]".repeat(DEPTH)))
        .startsWith("<p>[");
    assertThat(convertOnSmallStack(() -> "![".repeat(DEPTH) + "x")).startsWith("<p>![");
  }

  @Test
  void nestedEmphasisAndStrikethrough() throws Exception {
    assertThat(convertOnSmallStack(() -> "*a _b ~~c ".repeat(DEPTH))).startsWith("<p>");
  }

  @Test
  void nestedHtml() throws Exception {
    assertThat(convertOnSmallStack(() -> "<div>".repeat(DEPTH) + "x")).startsWith("<div>");
    assertThat(convertOnSmallStack(() -> "a " + "<span>".repeat(DEPTH) + "x"))
        .startsWith("<p>a <span>");
    assertThat(convertOnSmallStack(() -> "<div markdown=\"1\">\n".repeat(DEPTH) + "x"))
        .startsWith("<div>");
  }

  @Test
  void nestedListItemsByIndentation() throws Exception {
    String html = convertOnSmallStack(() -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 1000; i++) {
        sb.append("  ".repeat(i)).append("* level\n");
      }
      return sb.toString();
    });
    assertThat(html).startsWith("<ul>");
  }
}
