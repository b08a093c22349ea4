package io.github.linkpost.kramdown.differential;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a converter made of one document: its HTML, or the error it stopped with.
 *
 * @param html the HTML, or {@code null} when the converter failed
 * @param error what the failure said (its type and message), or {@code null} when it converted
 * @param meant whether the failure is one the library means to throw (an exception type of
 *     the module's API), as opposed to a defect (a stack overflow, a NullPointerException)
 */
record Outcome(String html, String error, boolean meant) {
  Outcome {
    if ((html == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome is HTML or an error, not both or neither");
    }
  }

  static Outcome html(String html) {
    return new Outcome(Objects.requireNonNull(html, "html"), null, false);
  }

  static Outcome error(String error) {
    return new Outcome(null, Objects.requireNonNull(error, "error"), false);
  }

  /** A failure the converter means (for a stand-in engine that fails as kramdown does). */
  static Outcome meantError(String error) {
    return new Outcome(null, Objects.requireNonNull(error, "error"), true);
  }

  /** Runs a conversion, keeping what it throws (a stack overflow included) as the outcome. */
  static Outcome of(Supplier<String> conversion) {
    try {
      return html(conversion.get());
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(null, e.getClass().getName() + ": " + e.getMessage(),
          Engine.ownException(e));
    }
  }

  boolean failed() {
    return error != null;
  }

  /** The HTML, or the error marked so that it can never equal an HTML text. */
  String text() {
    return failed() ? "\u0000error: " + error : html;
  }
}
