package io.github.linkpost.kramdown.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes a document on which the engine and kramdown differ as small as it will go while they
 * still differ: whole blocks are removed first, then lines, then characters (whole code points,
 * so no surrogate pair is split), halving the size of what is removed while nothing can go.
 * Each step sends all its candidates to the oracle in one round trip. The result may show
 * another difference than the first document did; both are real.
 */
final class Minimiser {
  private static final int MAX_ROUNDS = 60;
  private static final int MAX_CANDIDATES = 128;
  private static final long BUDGET_NANOS = 20_000_000_000L;

  private final Function<List<String>, List<Boolean>> differs;

  /**
   * A minimiser that asks {@code differs} which of a batch of documents still show a
   * difference.
   */
  Minimiser(Function<List<String>, List<Boolean>> differs) {
    this.differs = differs;
  }

  /** A minimiser of the documents on which the engine and the oracle differ. */
  static Minimiser of(Differential differential) {
    return new Minimiser(documents -> differential.compare(documents).stream()
        .map(c -> !c.equal()).toList());
  }

  String minimise(String document) {
    long start = System.nanoTime();
    String current = document;
    int rounds = 0;
    for (Unit unit : Unit.values()) {
      List<String> parts = unit.split(current);
      int chunk = Math.max(1, parts.size() / 2);
      while (rounds < MAX_ROUNDS && System.nanoTime() - start < BUDGET_NANOS && !parts.isEmpty()) {
        rounds++;
        List<String> candidates = new ArrayList<>();
        for (int from = 0; from < parts.size() && candidates.size() < MAX_CANDIDATES;
            from += chunk) {
          List<String> rest = new ArrayList<>(parts.subList(0, from));
          rest.addAll(parts.subList(Math.min(parts.size(), from + chunk), parts.size()));
          candidates.add(String.join("", rest));
        }
        String smaller = firstDiffering(candidates);
        if (smaller != null) {
          current = smaller;
          parts = unit.split(current);
          chunk = Math.min(chunk, Math.max(1, parts.size() / 2));
        } else if (chunk > 1) {
          chunk /= 2;
        } else {
          break;
        }
      }
    }
    return current;
  }

  private String firstDiffering(List<String> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    List<Boolean> differing = differs.apply(candidates);
    for (int i = 0; i < candidates.size(); i++) {
      if (differing.get(i)) {
        return candidates.get(i);
      }
    }
    return null;
  }

  private enum Unit {
    BLOCKS("(?<=\\n\\n)"), LINES("(?<=\\n)"), CODE_POINTS("");

    private final String boundary;

    Unit(String boundary) {
      this.boundary = boundary;
    }

    List<String> split(String text) {
      if (text.isEmpty()) {
        return new ArrayList<>();
      }
      if (boundary.isEmpty()) {
        List<String> points = new ArrayList<>();
        text.codePoints().forEach(c -> points.add(Character.toString(c)));
        return points;
      }
      List<String> parts = new ArrayList<>(List.of(text.split(boundary, -1)));
      parts.removeIf(String::isEmpty);
      return parts;
    }
  }
}
