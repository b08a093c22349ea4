package io.github.linkpost.examples.cli;

/** A number and what it counts, in the singular for one: {@code 1 post}, {@code 3 posts}. */
final class Counts {
  private Counts() {}

  static String of(long n, String noun) {
    return of(n, noun, noun + "s");
  }

  static String of(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
