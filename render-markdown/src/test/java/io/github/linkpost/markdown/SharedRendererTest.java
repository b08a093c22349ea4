package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One renderer shared by 8 threads writes each post built in code (tags, categories, list- and
 * map-valued front matter) exactly as one thread does. SnakeYAML's representer keeps the object
 * it represents in fields of its own: shared, it once gave one post's front matter to another
 * and failed with "Nodes must be provided".
 */
class SharedRendererTest {
  private static final int THREADS = 8;
  private static final int RENDERS = Integer.getInteger("linkpost.threads.renders", 40_000);

  static List<LinkPost> builtPosts(int count) {
    List<LinkPost> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LinkPost.Builder post = LinkPost.builder().title("Post " + i)
          .addTags("tag-" + i, "shared", "t" + (i % 7))
          .addCategories("links", "c" + (i % 3))
          .putExtraFrontMatter("authors", List.of("a" + i, "b" + (i * 31 % 11)))
          .putExtraFrontMatter("image", Map.of("path", "/i/" + i + ".png", "alt", "picture " + i))
          .putExtraFrontMatter("weight", (long) i)
          .discovery(Discovery.builder().at(Instant.ofEpochSecond(1_700_000_000L + i * 3600L))
              .page(Link.of("Page " + i, "https://example.org/p/" + i)).build());
      posts.add(post.build());
    }
    return posts;
  }

  @Test
  void oneRendererSharedByEightThreadsWritesWhatOneThreadWrites() throws Exception {
    for (PostStyle style : List.of(PostStyle.reference(), PostStyle.frontMatter())) {
      JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.builder().style(style).build();
      List<LinkPost> posts = builtPosts(200);
      List<String> expected = posts.stream().map(renderer::render).toList();
      Queue<Integer> work = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < RENDERS; i++) {
        work.add(i % posts.size());
      }
      Queue<String> wrong = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        threads.add(pool.submit(() -> {
          start.await();
          for (Integer i = work.poll(); i != null; i = work.poll()) {
            try {
              if (!renderer.render(posts.get(i)).equals(expected.get(i))) {
                wrong.add("post " + i + " came out differently");
              }
            } catch (RuntimeException e) {
              wrong.add("post " + i + ": " + e);
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> thread : threads) {
        thread.get();
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(wrong).as(style.linkPlace() + ": " + RENDERS + " renders on " + THREADS
          + " threads").isEmpty();
    }
  }
}
