package io.github.linkpost.kramdown.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of one differential run, written to {@code target/kramdown-differential/NAME.txt}:
 * how many documents came out byte-identical, per construct when the documents were generated,
 * a line for each differing document (name and first difference), and the whole story of the
 * first few.
 */
final class Report {
  static final Path DIR = Path.of("target", "kramdown-differential");

  private final String name;
  private final List<String> notes = new ArrayList<>();
  private final List<Comparison> differing = new ArrayList<>();
  private final List<Comparison> unreferenced = new ArrayList<>();
  private final Map<String, int[]> constructs = new TreeMap<>();
  private final List<String> minimised = new ArrayList<>();
  private int total;

  Report(String name) {
    this.name = name;
  }

  synchronized void note(String line) {
    notes.add(line);
  }

  synchronized void add(Comparison comparison) {
    add(comparison, Set.of());
  }

  synchronized void add(Comparison comparison, Set<String> used) {
    Comparison.Verdict verdict = comparison.verdict();
    if (verdict == Comparison.Verdict.NO_REFERENCE) {
      unreferenced.add(comparison);
      return;
    }
    total++;
    boolean equal = verdict == Comparison.Verdict.EQUAL;
    if (!equal) {
      differing.add(comparison);
    }
    for (String construct : used) {
      int[] counts = constructs.computeIfAbsent(construct, c -> new int[2]);
      counts[0]++;
      if (equal) {
        counts[1]++;
      }
    }
  }

  /** Records a differing document made small, to be shown with its HTMLs. */
  synchronized void minimised(Comparison small) {
    minimised.add(small.describe());
  }

  synchronized int total() {
    return total;
  }

  synchronized int equal() {
    return total - differing.size();
  }

  synchronized List<Comparison> differing() {
    return List.copyOf(differing);
  }

  /** One line: how many were byte-identical. */
  synchronized String headline() {
    return String.format("%s: %d of %d byte-identical (%.2f%%), %d differ%s", name, equal(),
        total, total == 0 ? 100.0 : 100.0 * equal() / total, differing.size(),
        unreferenced.isEmpty() ? "" : "; " + unreferenced.size()
            + " more on which kramdown itself fails (not counted)");
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end) + " …";
  }

  /** Writes the report and gives its path. */
  synchronized Path write(int described) {
    StringBuilder text = new StringBuilder(headline()).append('\n');
    notes.forEach(n -> text.append(n).append('\n'));
    if (!constructs.isEmpty()) {
      text.append("\nper construct (documents holding it, byte-identical among them):\n");
      constructs.forEach((construct, counts) -> text.append(String.format(
          "  %-32s %6d %6d %6.1f%%%n", construct, counts[0], counts[1],
          100.0 * counts[1] / counts[0])));
    }
    if (!differing.isEmpty()) {
      text.append("\ndiffering:\n");
      differing.forEach(c -> text.append("  ").append(c.summary()).append('\n'));
    }
    if (!unreferenced.isEmpty()) {
      text.append("\nkramdown fails (no reference; the engine's outcome shown):\n");
      unreferenced.forEach(c -> text.append("  ").append(c.name()).append(": ")
          .append(firstLine(c.oracle().error())).append(" / engine: ")
          .append(c.engine().failed() ? firstLine(c.engine().error()) : "HTML").append('\n'));
    }
    if (!minimised.isEmpty()) {
      text.append("\nminimised differing documents:\n");
      minimised.forEach(m -> text.append(m).append('\n'));
    }
    if (!differing.isEmpty() && described > 0) {
      text.append("\nthe first ").append(Math.min(described, differing.size()))
          .append(" in full:\n");
      differing.stream().limit(described).forEach(c -> text.append(c.describe()).append('\n'));
    }
    try {
      Files.createDirectories(DIR);
      Path file = DIR.resolve(name + ".txt");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
