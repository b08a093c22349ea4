package io.github.linkpost.kramdown.differential;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.kramdown.Kramdown;

/** The engine under test: {@link Kramdown#jekyll()}, through the public API only. */
final class Engine {
  private static final Kramdown KRAMDOWN = Kramdown.jekyll();

  private Engine() {}

  /** Skips the calling test while the engine does not convert anything yet. */
  static void assumeConverts() {
    boolean converts;
    try {
      KRAMDOWN.toHtml("a\n");
      converts = true;
    } catch (UnsupportedOperationException e) {
      converts = false;
    }
    assumeTrue(converts, "Kramdown.toHtml does not convert yet (it throws "
        + "UnsupportedOperationException); skipped");
  }

  static Outcome toHtml(String markdown) {
    return Outcome.of(() -> KRAMDOWN.toHtml(markdown));
  }

  /** Whether a failure is one the library means: an exception of the module's own API. */
  static boolean ownException(Throwable e) {
    return e instanceof RuntimeException
        && e.getClass().getPackageName().equals(Kramdown.class.getPackageName());
  }
}
