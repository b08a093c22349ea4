package io.github.linkpost.kramdown.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Sends documents through the oracle (one round trip a batch, converted in Ruby while the
 * engine converts the same batch here) and the engine, and pairs the outcomes. The engine runs on a thread of its own so that a document it never finishes is
 * reported, with the document, instead of hanging the build.
 */
final class Differential {
  /** Far beyond what any test document needs: only a hang gets here. */
  private static final long ENGINE_SECONDS_PER_BATCH = 120;

  private final Oracle oracle;
  private final Function<List<String>, List<Outcome>> engine;

  /** Compares the oracle with the engine. */
  Differential(Oracle oracle) {
    this(oracle, Differential::engine);
  }

  /** Compares the oracle with another converter of batches (for testing the harness). */
  Differential(Oracle oracle, Function<List<String>, List<Outcome>> engine) {
    this.oracle = oracle;
    this.engine = engine;
  }

  List<Comparison> compare(List<String> names, List<String> documents) {
    // Ruby converts the batch while the engine does: two processes, two cores.
    Oracle.Pending pending = oracle.send(documents);
    List<Outcome> actual;
    try {
      actual = engine.apply(documents);
    } catch (RuntimeException | Error e) {
      pending.replies(); // read, so that the next batch gets its own replies
      throw e;
    }
    List<Outcome> expected = pending.replies();
    List<Comparison> comparisons = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      comparisons.add(
          new Comparison(names.get(i), documents.get(i), expected.get(i), actual.get(i)));
    }
    return comparisons;
  }

  List<Comparison> compare(List<String> documents) {
    List<String> names = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      names.add("document " + (i + 1));
    }
    return compare(names, documents);
  }

  static List<Outcome> engine(List<String> documents) {
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "kramdown-engine-under-test");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger at = new AtomicInteger();
    Future<List<Outcome>> run = thread.submit(() -> {
      List<Outcome> outcomes = new ArrayList<>(documents.size());
      for (String document : documents) {
        outcomes.add(Engine.toHtml(document));
        at.incrementAndGet();
      }
      return outcomes;
    });
    try {
      return run.get(ENGINE_SECONDS_PER_BATCH, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      throw new AssertionError("the engine did not finish this document in "
          + ENGINE_SECONDS_PER_BATCH + " s:\n" + Visible.of(documents.get(at.get())));
    } catch (ExecutionException e) {
      throw new AssertionError("the engine failed outside a conversion", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      thread.shutdownNow();
    }
  }
}
