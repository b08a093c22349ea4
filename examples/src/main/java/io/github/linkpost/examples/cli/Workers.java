package io.github.linkpost.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on every core. Each thread takes the next item not
 * yet taken, one at a time, so the work stays shared out to the end however unequal the items
 * are: a parallel stream splits the list into a few long runs up front, and on two cores one of
 * them is often left working alone on the last run.
 */
final class Workers {
  private Workers() {}

  /**
   * The function's results, in the order of the items. The calling thread is one of the workers.
   * An exception or error thrown by the function stops the taking of further items and is
   * thrown here once every thread has stopped.
   */
  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < results.length && failure.get() == null;
          i = next.getAndIncrement()) {
        try {
          results[i] = work.apply(items.get(i));
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }
    };
    List<Thread> others = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread thread = new Thread(worker, "linkpost-worker-" + t);
      thread.setDaemon(true);
      thread.start();
      others.add(thread);
    }
    worker.run();
    boolean interrupted = false;
    for (Thread thread : others) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true; // the workers finish the item in hand; wait for them all the same
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    if (thrown != null) {
      throw new IllegalStateException(thrown); // a checked exception thrown sneakily
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return list;
  }
}
