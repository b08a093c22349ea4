package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * Generated kramdown documents ({@link KramdownDocuments}: every block and span construct,
 * nested, with hostile text) convert to the same HTML, byte for byte, through the engine as
 * through Jekyll's own Markdown converter ({@link Oracle}).
 *
 * <p>The one normalisation: rouge's token {@code <span>} tags inside highlighted code are
 * removed from both sides ({@link RougeSpans}); nothing else is changed. Documents on which
 * kramdown itself stops with an error (a character reference beyond Unicode) have no reference
 * and are not counted; the engine must still give HTML or its own exception there.
 *
 * <p>Each try is a batch of documents sent to the oracle in one round trip; the property has
 * {@value #TRIES} tries. Settings (system properties):
 * <ul>
 *   <li>{@code linkpost.kramdown.documents}: how many documents (default 5000, at least one
 *       batch of {@value #TRIES}); {@code -Dlinkpost.kramdown.documents=100000} is the long run;
 *   <li>{@code linkpost.kramdown.survey=true}: go on after a differing batch, so the report
 *       counts every document (the property then fails once, at the end, when any differed).
 * </ul>
 * A failure prints the document (escaped so that invisible characters show), both HTMLs, the
 * first differing position, and the document made small by {@link Minimiser}. The report, with
 * the figures per construct, is {@code target/kramdown-differential/generated.txt}.
 */
@AddLifecycleHook(GeneratedDocumentsTest.StartOracle.class)
class GeneratedDocumentsTest {
  static final int TRIES = 100;
  private static final int DOCUMENTS = Integer.getInteger("linkpost.kramdown.documents", 5000);
  private static final boolean SURVEY = Boolean.getBoolean("linkpost.kramdown.survey");
  /** In a survey, how many differing documents are made small for the report. */
  private static final int MINIMISED = Integer.getInteger("linkpost.kramdown.minimised", 40);

  private static Oracle oracle;
  private static Differential differential;
  private static Report report;
  private static final Set<String> small = new LinkedHashSet<>();
  private static long comparingNanos;
  private static long minimisingNanos;

  /**
   * Starts the oracle for the class, or skips the class with the reason when the engine or
   * the oracle is not there (jqwik takes an assumption failing in a lifecycle method for an
   * error; a skipping hook is its way to skip).
   */
  static final class StartOracle implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      if (oracle != null) {
        return SkipResult.doNotSkip();
      }
      try {
        Engine.assumeConverts();
        oracle = Oracle.start();
      } catch (TestAbortedException e) {
        return SkipResult.skip(e.getMessage());
      }
      differential = new Differential(oracle);
      report = new Report("generated");
      report.note("oracle: " + oracle.versions());
      report.note("documents asked for: " + DOCUMENTS + (SURVEY ? " (survey)" : ""));
      return SkipResult.doNotSkip();
    }
  }

  @AfterContainer
  static void stop() {
    if (oracle != null) {
      report.note(String.format("time: %.1f s comparing (oracle and engine side by side), "
          + "%.1f s making differing documents small", comparingNanos / 1e9,
          minimisingNanos / 1e9));
      System.out.println(report.headline() + "; report: " + report.write(30).toAbsolutePath());
      oracle.close();
      oracle = null;
    }
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
  void generatedDocumentsConvertAsKramdownDoes(@ForAll("batches") List<GeneratedDocument> batch) {
    List<String> names = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    for (GeneratedDocument document : batch) {
      names.add("generated " + (report.total() + names.size() + 1));
      documents.add(document.markdown());
    }
    long start = System.nanoTime();
    List<Comparison> comparisons = differential.compare(names, documents);
    comparingNanos += System.nanoTime() - start;
    List<Comparison> differing = new ArrayList<>();
    for (int i = 0; i < comparisons.size(); i++) {
      report.add(comparisons.get(i), batch.get(i).constructs());
      if (!comparisons.get(i).equal()) {
        differing.add(comparisons.get(i));
      }
    }
    if (SURVEY) {
      for (Comparison c : differing) {
        if (small.size() < MINIMISED) {
          minimise(c);
        }
      }
      return;
    }
    if (!differing.isEmpty()) {
      Comparison first = differing.get(0);
      Comparison minimal = minimise(first);
      report.write(5);
      throw new AssertionError(differing.size() + " of " + batch.size()
          + " documents of this batch convert otherwise than kramdown does; the first, made "
          + "small:\n" + minimal.describe() + "\nas generated:\n" + first.describe());
    }
  }

  @AfterProperty
  void everyDocumentOfTheSurveyConverted() {
    if (SURVEY && report != null) {
      assertThat(report.differing().stream().map(Comparison::summary).toList())
          .as(report.headline() + "; the report has them in full").isEmpty();
    }
  }

  private static Comparison minimise(Comparison c) {
    long start = System.nanoTime();
    String document = Minimiser.of(differential).minimise(c.markdown());
    minimisingNanos += System.nanoTime() - start;
    Comparison minimal = differential.compare(List.of(c.name() + ", made small"),
        List.of(document)).get(0);
    if (small.add(document)) {
      report.minimised(minimal);
    }
    return minimal;
  }

  @Provide
  Arbitrary<List<GeneratedDocument>> batches() {
    int size = Math.max(1, (DOCUMENTS + TRIES - 1) / TRIES);
    return KramdownDocuments.documents().list().ofSize(size);
  }
}
