package io.github.linkpost.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts work done and, once it has taken more than a second, says so on standard error. */
final class Progress implements AutoCloseable {
  private final AtomicInteger done = new AtomicInteger();
  private final ScheduledExecutorService timer;

  Progress(String verb, int total, PrintWriter err, boolean quiet) {
    this(null, verb, total, err, quiet);
  }

  /** Says {@code line} once a second, from a second on. */
  Progress(java.util.function.Supplier<String> line, PrintWriter err) {
    this(line, null, 0, err, false);
  }

  private Progress(java.util.function.Supplier<String> line, String verb, int total,
      PrintWriter err, boolean quiet) {
    if (quiet) {
      timer = null;
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "linkpost-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(() -> {
      err.println(line != null ? line.get() : verb + " " + done.get() + " of " + total + " posts...");
      err.flush();
    }, 1, 1, TimeUnit.SECONDS);
  }

  void step() {
    done.incrementAndGet();
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
