package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Quote;
import io.github.linkpost.Verbatim;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the reader mutated real posts and noise: it must refuse with a
 * {@link LinkPostException} (naming the file when it read one) or give a post that renders back
 * to the very input, and it must answer every input within the deadline.
 *
 * <p>{@code -Dlinkpost.fuzz.inputs=N} (default 50,000), {@code -Dlinkpost.fuzz.seed=S} (default
 * 20261124, so that the build does not fail by chance; {@code random} for a new one, printed),
 * {@code -Dlinkpost.fuzz.deadline=SECONDS} (default 5). A failing input is
 * written to {@code target/fuzz/} and its seed is in the failure message; with the same corpus,
 * {@code FuzzInputs.make(seed, bases)} gives it again.
 */
class ReaderFuzzTest {
  private static final int INPUTS = Integer.getInteger("linkpost.fuzz.inputs", 50_000);
  private static final long DEADLINE = Long.getLong("linkpost.fuzz.deadline", 5);
  private static final int REPORTED = 10;

  private final JekyllPostReader reader = JekyllPostReader.jekyll();
  private final JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();

  @Test
  void refusesOnlyWithItsExceptionNeverHangsAndWritesBackWhatItReads(@TempDir Path dir)
      throws Exception {
    String seedProperty = System.getProperty("linkpost.fuzz.seed", "20261124");
    long seed = seedProperty.equals("random") ? new Random().nextLong() : Long.parseLong(seedProperty);
    List<String> bases = bases();
    String run = "seed " + seed + " (-Dlinkpost.fuzz.seed=" + seed + "), " + bases.size()
        + " base posts";
    Path file = dir.resolve("input.md");
    Random seeds = new Random(seed);
    ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "reader-fuzz");
      thread.setDaemon(true); // a hung read must not keep the test JVM alive
      return thread;
    });
    List<String> failures = new ArrayList<>();
    Map<String, Integer> refusals = new TreeMap<>();
    int accepted = 0;
    long started = System.nanoTime();
    try {
      for (int i = 0; i < INPUTS && failures.size() < REPORTED; i++) {
        long inputSeed = seeds.nextLong();
        FuzzInputs.Input input = FuzzInputs.make(inputSeed, bases);
        Future<Outcome> future = worker.submit(() -> check(input, file));
        Outcome outcome;
        try {
          outcome = future.get(DEADLINE, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          future.cancel(true);
          Path saved = save(inputSeed, input);
          fail("input " + i + " (seed " + inputSeed + ", " + input.how() + ") not read within "
              + DEADLINE + " s; saved as " + saved + "; " + run);
          return;
        } catch (ExecutionException e) {
          outcome = new Outcome(null, "threw " + stackTrace(e.getCause()));
        }
        if (outcome.problem() != null) {
          failures.add("input " + i + " (seed " + inputSeed + ", " + input.how() + ", "
              + (input.asFile() ? "read(Path)" : "read(String)") + ", saved as "
              + save(inputSeed, input) + "): " + outcome.problem());
        } else if (outcome.refusal() == null) {
          accepted++;
        } else {
          refusals.merge(outcome.refusal(), 1, Integer::sum);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("reader fuzz: %d inputs, %d read and written back, %d refused, %d failed,"
            + " %.1f s; %s%n  refusals: %s%n", accepted + refused + failures.size(), accepted,
        refused, failures.size(), (System.nanoTime() - started) / 1e9, run, top(refusals));
    assertThat(failures).as(run).isEmpty();
    // The mutations must leave enough inputs readable to test the writing back, and enough
    // unreadable to test the refusals.
    assertThat(accepted).as(run).isGreaterThan(INPUTS / 10);
    assertThat(refused).as(run).isGreaterThan(INPUTS / 10);
  }

  /** What one input did: refused (with its reason), read and written back, or a problem. */
  private record Outcome(String refusal, String problem) {}

  private Outcome check(FuzzInputs.Input input, Path file) throws IOException {
    LinkPost post;
    try {
      if (input.asFile()) {
        Files.write(file, input.bytes());
        post = reader.read(file);
      } else {
        post = reader.parse(input.text());
      }
    } catch (LinkPostException e) {
      if (input.asFile() && !e.file().equals(java.util.Optional.of(file))) {
        return new Outcome(null, "refused without naming the file: " + e.getMessage());
      }
      if (e.reason() == null || e.reason().isBlank()) {
        return new Outcome(null, "refused without saying why: " + stackTrace(e));
      }
      return new Outcome(kind(e.reason()), null);
    }
    String back;
    try {
      back = renderer.render(post);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(null, "was read but does not render: " + stackTrace(e));
    }
    boolean same = input.asFile()
        ? Arrays.equals(back.getBytes(StandardCharsets.UTF_8), input.bytes())
        : back.equals(input.text());
    if (!same) {
      String text = input.asFile() ? new String(input.bytes(), StandardCharsets.UTF_8) : input.text();
      return new Outcome(null, "was read but renders back differently, first at char "
          + firstDifference(text, back) + ": " + excerpt(text, back));
    }
    // Written afresh (every part in the reference format), the model must read back the same.
    LinkPost fresh = unspelled(post);
    String freshText = renderer.render(fresh);
    LinkPost again;
    try {
      again = reader.parse(freshText);
    } catch (LinkPostException e) {
      return new Outcome(null, "was read, but written afresh it is refused: " + e.getMessage()
          + "; written afresh \u00AB" + freshText + "\u00BB");
    }
    for (int i = 0; i < Math.max(fresh.body().size(), again.body().size()); i++) {
      Object expected = i < fresh.body().size() ? fresh.body().get(i) : null;
      Object actual = i < again.body().size() ? again.body().get(i) : null;
      if (expected == null || !expected.equals(actual)) {
        return new Outcome(null, "was read, but written afresh part " + i + " reads back as "
            + actual + " instead of " + expected);
      }
    }
    if (!again.equals(fresh)) {
      return new Outcome(null, "was read, but written afresh its front matter reads back as "
          + again.withBody(List.of()) + " instead of " + fresh.withBody(List.of()));
    }
    return new Outcome(null, null);
  }

  /** The post without the spelling of any part, so that the renderer writes every part anew. */
  private static LinkPost unspelled(LinkPost post) {
    LinkPost.Builder copy = LinkPost.builder().layout(post.layout()).title(post.title())
        .date(post.date()).tags(post.tags()).categories(post.categories())
        .permalink(post.permalink()).extraFrontMatter(post.extraFrontMatter());
    for (BodyPart part : post.body()) {
      if (part instanceof Discovery d) {
        copy.addBody(Discovery.builder().at(d.at()).zone(d.zone()).via(d.via()).page(d.page())
            .remarks(d.remarks()).build());
      } else if (part instanceof Quote q) {
        Quote.Builder quote = Quote.builder().source(q.source()).author(q.author())
            .published(q.published());
        q.excerpts().forEach(quote::addExcerpt);
        copy.addBody(quote.build());
      } else if (part instanceof Verbatim v) {
        copy.addBody(Verbatim.of(v.markdown()));
      }
    }
    return copy.build();
  }

  /** The corpus posts, or posts built through the API when the corpus is not here. */
  private static List<String> bases() throws IOException {
    String configured = System.getProperty("linkpost.shared");
    Path posts = Path.of(configured != null ? configured : "../../shared", "corpus", "posts");
    if (!Files.isDirectory(posts)) {
      System.out.println("reader fuzz: no corpus in " + posts.toAbsolutePath()
          + "; mutating built-in posts");
      return FuzzInputs.builtInPosts();
    }
    List<String> bases = new ArrayList<>();
    try (Stream<Path> files = Files.list(posts)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        bases.add(Files.readString(p));
      }
    }
    bases.addAll(FuzzInputs.builtInPosts());
    return bases;
  }

  /** A refusal's reason without the values it quotes, to count refusals by kind. */
  private static String kind(String reason) {
    String kind = reason.split("[\":(]", 2)[0].strip();
    return kind.length() > 60 ? kind.substring(0, 60) : kind;
  }

  private static String top(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(12).map(e -> e.getValue() + " " + e.getKey()).toList().toString();
  }

  private static Path save(long seed, FuzzInputs.Input input) throws IOException {
    Path saved = Path.of("target", "fuzz", "input-" + seed + ".md").toAbsolutePath();
    Files.createDirectories(saved.getParent());
    Files.write(saved, input.bytes());
    return saved;
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String excerpt(String input, String back) {
    int at = firstDifference(input, back);
    int from = Math.max(0, at - 40);
    return "input \u00AB" + input.substring(from, Math.min(input.length(), at + 40))
        + "\u00BB, written back \u00AB" + back.substring(from, Math.min(back.length(), at + 40))
        + "\u00BB";
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    String trace = out.toString();
    return trace.length() > 3000 ? trace.substring(0, 3000) + "..." : trace;
  }
}
