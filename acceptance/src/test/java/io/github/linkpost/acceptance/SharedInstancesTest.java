package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;

/**
 * The reader and the renderers are documented as immutable and thread-safe: one instance of
 * each, shared by 8 threads, must give every post exactly what a single thread gives it.
 *
 * <p>Each post is done {@code -Dlinkpost.threads.rounds=N} times (default 2) in a shuffled
 * order, so the same post is often in two threads at once and different posts interleave.
 */
class SharedInstancesTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = Integer.getInteger("linkpost.threads.rounds", 2);

  private final JekyllPostReader reader = JekyllPostReader.jekyll();
  private final JekyllMarkdownRenderer markdown = JekyllMarkdownRenderer.jekyll();
  private final HtmlRenderer html = HtmlRenderer.jekyll();
  private final HtmlRenderer trusting = HtmlRenderer.builder().allowHtml(true).allowRelativeUrls(true)
      .build();

  /** A post to read: its name (for messages) and its text. */
  private record Source(String name, String text) {}

  /** Everything the shared instances make of one post, or the reader's refusal. */
  private record Result(LinkPost post, String markdown, String html, String page, String trusted,
      String refusal) {}

  /** A jqwik example, as the hostile posts are drawn from jqwik arbitraries. */
  @Example
  void generatedPostsComeOutTheSameFromEightThreads() throws Exception {
    List<Source> sources = new ArrayList<>();
    List<LinkPost> posts = new ArrayList<>(HostilePosts.sample(HostilePosts.posts(), 200, 7));
    posts.addAll(HostilePosts.sample(HostilePosts.agreedPosts(), 100, 8));
    for (int i = 0; i < posts.size(); i++) {
      // Through Markdown and back, so the reader takes part and the posts keep their spelling.
      sources.add(new Source("generated post " + i, markdown.render(posts.get(i))));
    }
    assertSameFromEightThreads(sources);
  }

  @Test
  void corpusPostsComeOutTheSameFromEightThreads() throws Exception {
    String shared = System.getProperty("linkpost.shared");
    Path posts = Path.of(shared != null ? shared : "../../shared", "corpus", "posts");
    assumeTrue(Files.isDirectory(posts), "no corpus in " + posts.toAbsolutePath() + "; skipped");
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(posts)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        sources.add(new Source(file.getFileName().toString(), Files.readString(file)));
      }
    }
    assertThat(sources).hasSizeGreaterThan(1000);
    assertSameFromEightThreads(sources);
  }

  private void assertSameFromEightThreads(List<Source> sources) throws Exception {
    List<Result> expected = new ArrayList<>();
    for (Source source : sources) {
      expected.add(result(source));
    }
    assertThat(expected).as("the reader reads most posts").filteredOn(r -> r.refusal() == null)
        .hasSizeGreaterThan(sources.size() * 9 / 10);

    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < sources.size(); i++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, new Random(42));
    Queue<Integer> work = new ConcurrentLinkedQueue<>(order);
    Queue<String> different = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      threads.add(pool.submit(() -> {
        start.await();
        int done = 0;
        for (Integer i = work.poll(); i != null; i = work.poll()) {
          String difference = difference(expected.get(i), result(sources.get(i)));
          if (difference != null) {
            different.add(sources.get(i).name() + ": " + difference);
          }
          done++;
        }
        return done;
      }));
    }
    start.countDown();
    int done = 0;
    for (Future<Integer> thread : threads) {
      done += thread.get();
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(done).isEqualTo(sources.size() * ROUNDS);
    System.out.printf("shared instances: %d posts x %d rounds on %d threads, %d different%n",
        sources.size(), ROUNDS, THREADS, different.size());
    assertThat(different).as("posts that came out differently from 8 threads").isEmpty();
  }

  private Result result(Source source) {
    LinkPost post;
    try {
      post = reader.read(source.text());
    } catch (LinkPostException e) {
      return new Result(null, null, null, null, null, e.getMessage());
    }
    return new Result(post, markdown.render(post), html.render(post), html.renderPage(post),
        trusting.render(post), null);
  }

  /** Which output differs and where, or null when all are the same. */
  private static String difference(Result expected, Result actual) {
    Map<String, String[]> outputs = new java.util.LinkedHashMap<>();
    outputs.put("refusal", new String[] {expected.refusal(), actual.refusal()});
    outputs.put("markdown", new String[] {expected.markdown(), actual.markdown()});
    outputs.put("html", new String[] {expected.html(), actual.html()});
    outputs.put("html page", new String[] {expected.page(), actual.page()});
    outputs.put("html with allowHtml", new String[] {expected.trusted(), actual.trusted()});
    for (Map.Entry<String, String[]> output : outputs.entrySet()) {
      String a = output.getValue()[0];
      String b = output.getValue()[1];
      if (a == null ? b != null : !a.equals(b)) {
        return output.getKey() + " differs: single thread \u00AB" + around(a, b) + "\u00BB, 8 threads \u00AB"
            + around(b, a) + "\u00BB";
      }
    }
    if (expected.post() != null && !expected.post().equals(actual.post())) {
      return "the post read differs: single thread " + expected.post() + ", 8 threads " + actual.post();
    }
    return null;
  }

  /** The text around the first place where it differs from the other. */
  private static String around(String text, String other) {
    if (text == null || other == null) {
      return String.valueOf(text);
    }
    int at = 0;
    while (at < text.length() && at < other.length() && text.charAt(at) == other.charAt(at)) {
      at++;
    }
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
  }
}
