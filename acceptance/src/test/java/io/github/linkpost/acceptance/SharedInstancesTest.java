package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * each, for each style (the reference, the front-matter convention and a custom one), shared by
 * 8 threads, must give every post exactly what a single thread gives it: posts read from text
 * (every corpus post, 300 hostile ones) and posts built in code (tags, categories, list- and
 * map-valued front matter, dated or not), which the Markdown renderer writes without any
 * spelling to fall back on.
 *
 * <p>Each post is done {@code -Dlinkpost.threads.rounds=N} times (default 2) in a shuffled
 * order, so the same post is often in two threads at once and different posts interleave.
 */
class SharedInstancesTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = Integer.getInteger("linkpost.threads.rounds", 2);
  private static final PostStyle CUSTOM = PostStyle.builder().discovered("Found").remarksArrow("=>")
      .quoteHeading("## Excerpt").readWholeThing("Source:").by("Author:").published("Date:")
      .elision("[snip]").timeFormat("yyyy-MM-dd HH:mm").zone(ZoneId.of("Europe/Paris")).build();
  private static final List<PostStyle> STYLES = List.of(
      PostStyle.reference().withZone(ZoneId.of("America/Vancouver")),
      PostStyle.frontMatter().withZone(ZoneOffset.UTC), CUSTOM);

  /** One style's shared instances. */
  private record Instances(PostStyle style, JekyllPostReader reader,
      JekyllMarkdownRenderer markdown, HtmlRenderer html, HtmlRenderer trusting) {
    static Instances of(PostStyle style) {
      return new Instances(style, JekyllPostReader.builder().style(style).build(),
          JekyllMarkdownRenderer.builder().style(style).build(),
          HtmlRenderer.builder().style(style).build(),
          HtmlRenderer.builder().style(style).allowHtml(true).allowRelativeUrls(true).build());
    }
  }

  private final List<Instances> instances = STYLES.stream().map(Instances::of).toList();

  /** A post to read (its text) or to render (built in code), and its name for messages. */
  private record Source(String name, String text, LinkPost built) {}

  /** Everything one style's shared instances make of one post, or the reader's refusal. */
  private record Output(LinkPost post, String markdown, String html, String page, String trusted,
      LinkPost readBack, String refusal) {}

  /** A jqwik example, as the hostile posts are drawn from jqwik arbitraries. */
  @Example
  void generatedAndBuiltPostsComeOutTheSameFromEightThreads() throws Exception {
    List<Source> sources = new ArrayList<>();
    List<LinkPost> posts = new ArrayList<>(HostilePosts.sample(HostilePosts.posts(), 200, 7));
    posts.addAll(HostilePosts.sample(HostilePosts.agreedPosts(), 100, 8));
    JekyllMarkdownRenderer reference = instances.get(0).markdown();
    for (int i = 0; i < posts.size(); i++) {
      // Through Markdown and back, so the reader takes part and the posts keep their spelling.
      sources.add(new Source("generated post " + i, reference.render(posts.get(i)), null));
      // And as built, so that nothing is written from a spelling.
      sources.add(new Source("built post " + i, null, withFrontMatter(posts.get(i), i)));
    }
    assertSameFromEightThreads(sources, posts.size() * 2);
  }

  /** Tags, categories, list- and map-valued keys, and every other post dated as found. */
  private static LinkPost withFrontMatter(LinkPost post, int i) {
    LinkPost.Builder b = post.toBuilder().addTags("t" + i, "shared").addCategory("c" + (i % 3))
        .putExtraFrontMatter("authors", List.of("a" + i, "b" + (i % 5)))
        .putExtraFrontMatter("image", Map.of("path", "/i/" + i + ".png", "width", (long) i));
    if (i % 2 == 0) {
      post.discovery().ifPresent(d -> b.date(d.at().atOffset(ZoneOffset.UTC)));
    }
    return b.build();
  }

  @Test
  void corpusPostsComeOutTheSameFromEightThreads() throws Exception {
    String shared = System.getProperty("linkpost.shared");
    Path posts = Path.of(shared != null ? shared : "../../shared", "corpus", "posts");
    assumeTrue(Files.isDirectory(posts), "no corpus in " + posts.toAbsolutePath() + "; skipped");
    List<Source> sources = sources(posts);
    assertThat(sources).hasSizeGreaterThan(1000);
    assertSameFromEightThreads(sources, sources.size() * 9 / 10);
  }

  /** The same on the project's own small blog (fixtures/blog), which every checkout has. */
  @Test
  void ourOwnBlogsPostsComeOutTheSameFromEightThreads() throws Exception {
    List<Source> sources = sources(Path.of("..", "fixtures", "blog", "posts"));
    assertThat(sources).hasSize(8);
    assertSameFromEightThreads(sources, sources.size());
  }

  private static List<Source> sources(Path posts) throws Exception {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(posts)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        sources.add(new Source(file.getFileName().toString(), Files.readString(file), null));
      }
    }
    return sources;
  }

  private void assertSameFromEightThreads(List<Source> sources, int readAtLeast) throws Exception {
    List<List<Output>> expected = new ArrayList<>();
    for (Source source : sources) {
      expected.add(result(source));
    }
    assertThat(expected).as("the reader reads most posts")
        .filteredOn(r -> r.get(0).refusal() == null).hasSizeGreaterThan(readAtLeast - 1);

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
          List<Output> actual;
          try {
            actual = result(sources.get(i));
          } catch (RuntimeException e) {
            different.add(sources.get(i).name() + ": " + e);
            continue;
          }
          for (int s = 0; s < STYLES.size(); s++) {
            String difference = difference(expected.get(i).get(s), actual.get(s));
            if (difference != null) {
              different.add(sources.get(i).name() + " (" + STYLES.get(s).linkPlace() + " style "
                  + s + "): " + difference);
            }
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
    System.out.printf("shared instances: %d posts x %d styles x %d rounds on %d threads, %d"
        + " different%n", sources.size(), STYLES.size(), ROUNDS, THREADS, different.size());
    assertThat(different).as("posts that came out differently from 8 threads").isEmpty();
    assertThat(done).isEqualTo(sources.size() * ROUNDS);
  }

  private List<Output> result(Source source) {
    List<Output> outputs = new ArrayList<>(instances.size());
    for (Instances style : instances) {
      LinkPost post = source.built();
      if (post == null) {
        try {
          post = style.reader().parse(source.text());
        } catch (LinkPostException e) {
          outputs.add(new Output(null, null, null, null, null, null, e.getMessage()));
          continue;
        }
      }
      String markdown = style.markdown().render(post);
      LinkPost back = source.built() == null ? null : style.reader().parse(markdown);
      outputs.add(new Output(post, markdown, style.html().render(post), style.html().renderPage(post),
          style.trusting().render(post), back, null));
    }
    return outputs;
  }

  /** Which output differs and where, or null when all are the same. */
  private static String difference(Output expected, Output actual) {
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
    if (expected.readBack() != null && !expected.readBack().equals(actual.readBack())) {
      return "the post read back differs: single thread " + expected.readBack() + ", 8 threads "
          + actual.readBack();
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
