package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential harness finds what it should, tried without the engine: the oracle against
 * a second oracle process agrees on every generated document (so batches travel intact and
 * stay in order), and a converter that differs a little is caught, located and shown.
 */
class HarnessTest {
  private static Oracle oracle;
  private static Oracle second;

  @BeforeAll
  static void start() {
    oracle = Oracle.start();
    second = Oracle.start();
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void theOracleAgreesWithItselfOnGeneratedDocuments() {
    Random random = new Random(20_240_101);
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      documents.add(KramdownDocuments.document(random).markdown());
    }
    Report report = new Report("harness-self");
    new Differential(oracle, batch -> second.toHtml(batch).stream()
        .map(o -> o.failed() ? Outcome.meantError(o.error()) : o).toList())
        .compare(documents).forEach(report::add);
    report.write(5);
    assertThat(report.differing()).isEmpty();
    assertThat(report.total()).as(report.headline()).isGreaterThan(1500 * 98 / 100);
  }

  @Test
  void aConverterThatDiffersIsCaughtAndShown() {
    List<String> documents = List.of("plain\n", "a *b* c\n", "x\u0000\r\ny *z*\n", "*");
    List<Comparison> comparisons = new Differential(oracle, batch -> second.toHtml(batch).stream()
        .map(o -> Outcome.html(o.html().replace("<em>", "<i>"))).toList()).compare(documents);
    assertThat(comparisons).extracting(Comparison::equal).containsExactly(true, false, false, true);
    Comparison second = comparisons.get(2);
    assertThat(second.firstDifference()).isEqualTo("<p>x\u0000\ny <".length());
    assertThat(second.describe())
        .contains("x\\u{0000}\\r\\n\ny *z*\\n")
        .contains("<p>x\\u{0000}\\n\ny <em>z</em></p>\\n")
        .contains("<p>x\\u{0000}\\n\ny <i>z</em></p>\\n")
        .contains("line 2, column 4");
    assertThat(second.summary()).contains("differs at offset 9");
  }

  @Test
  void anEngineFailureIsADifferenceUnlessItIsTheLibrarysOwn() {
    List<Comparison> comparisons = new Differential(oracle, batch -> batch.stream()
        .map(d -> Outcome.of(() -> {
          throw new StackOverflowError();
        })).toList()).compare(List.of("a\n", "&#1114112;\n"));
    assertThat(comparisons).extracting(Comparison::verdict)
        .containsExactly(Comparison.Verdict.DIFFERENT, Comparison.Verdict.DIFFERENT);
    List<Comparison> html = new Differential(oracle, batch -> batch.stream()
        .map(d -> Outcome.html("<p>x</p>\n")).toList()).compare(List.of("&#1114112;\n"));
    assertThat(html).extracting(Comparison::verdict)
        .containsExactly(Comparison.Verdict.NO_REFERENCE);
  }

  @Test
  void theMinimiserKeepsWhatStillDiffers() {
    Differential differential = new Differential(oracle, batch -> second.toHtml(batch).stream()
        .map(o -> Outcome.html(o.html().replace("<del>", "<s>"))).toList());
    String document = "# Title\n\nSome *text* and more.\n\n> a ~~gone~~ quote\n> line two\n\n"
        + "* item\n";
    String small = Minimiser.of(differential).minimise(document);
    assertThat(small).matches("~~.~~");
  }
}
