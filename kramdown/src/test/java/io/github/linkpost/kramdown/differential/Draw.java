package io.github.linkpost.kramdown.differential;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The random choices of one generated document, and the constructs it has used so far (for the
 * per-construct figures of the report).
 */
final class Draw {
  private final Random random;
  private final Set<String> constructs = new TreeSet<>();
  private final Map<List<String>, List<String>> chosen = new HashMap<>();

  Draw(Random random) {
    this.random = random;
  }

  /** Records that the document holds a construct. */
  void uses(String construct) {
    constructs.add(construct);
  }

  Set<String> constructs() {
    return constructs;
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A small number, usually the lowest: small sizes are the interesting ones. */
  int few(int min, int max) {
    int n = min;
    while (n < max && chance(0.45)) {
      n++;
    }
    return n;
  }

  /**
   * A name from a pool (of link ids, footnote names, abbreviations), usually one of the two this
   * document has chosen from it, so that what a document defines it also uses, and now and
   * then one it does not define.
   */
  String name(List<String> pool) {
    List<String> mine = chosen.computeIfAbsent(pool, p -> List.of(pick(p), pick(p)));
    return chance(0.85) ? pick(mine) : pick(pool);
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Runs one of the alternatives, chosen by weight. */
  String weighted(List<Alternative> alternatives) {
    int total = 0;
    for (Alternative a : alternatives) {
      total += a.weight();
    }
    int at = random.nextInt(total);
    for (Alternative a : alternatives) {
      at -= a.weight();
      if (at < 0) {
        return a.make().get();
      }
    }
    throw new AssertionError("unreachable");
  }

  /** One way to make a piece of text, and how often it is chosen relative to the others. */
  record Alternative(int weight, Supplier<String> make) {}

  static Alternative of(int weight, Supplier<String> make) {
    return new Alternative(weight, make);
  }
}
