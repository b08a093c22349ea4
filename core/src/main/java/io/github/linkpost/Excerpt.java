package io.github.linkpost;

import java.util.List;
import org.immutables.value.Value;

/**
 * Paragraphs that stand together in the source; an elision ({@code ...}) separates one excerpt
 * from the next.
 *
 * <pre>{@code
 * Excerpt first = Excerpt.of("The first paragraph, with **bold** in it.", "The next one.");
 * }</pre>
 *
 * <p>Each paragraph is CommonMark source (it may hold emphasis, links, even a list), not blank
 * and without blank lines; line breaks are kept as line feeds.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Excerpt {
  Excerpt() {}

  /**
   * The paragraphs, in order: CommonMark source, each not blank.
   *
   * @return one or more paragraphs
   */
  public abstract List<String> paragraphs();

  /**
   * An excerpt.
   *
   * @param paragraphs one or more paragraphs of CommonMark source, none blank
   * @return the excerpt
   * @throws LinkPostException when there is no paragraph or one is blank
   */
  public static Excerpt of(String... paragraphs) {
    return ImmutableExcerpt.newBuilder()
        .addAllParagraphs(Checks.elements("Excerpt.paragraphs", paragraphs)).build();
  }

  /**
   * An excerpt.
   *
   * @param paragraphs one or more paragraphs of CommonMark source, none blank
   * @return the excerpt
   * @throws LinkPostException when there is no paragraph or one is blank
   */
  public static Excerpt of(List<String> paragraphs) {
    return ImmutableExcerpt.newBuilder()
        .addAllParagraphs(Checks.elements("Excerpt.paragraphs", paragraphs)).build();
  }

  /**
   * A copy with other paragraphs.
   *
   * @param paragraphs one or more paragraphs of CommonMark source, none blank
   * @return the copy
   */
  public final Excerpt withParagraphs(Iterable<String> paragraphs) {
    return ((ImmutableExcerpt) this)
        .copyWithParagraphs(Checks.elements("Excerpt.paragraphs", paragraphs));
  }

  @Value.Check
  Excerpt normalize() {
    if (paragraphs().stream().anyMatch(p -> p.indexOf('\r') >= 0)) {
      return ImmutableExcerpt.newBuilder()
          .addAllParagraphs(paragraphs().stream().map(Checks::lineFeeds).toList()).build();
    }
    if (paragraphs().isEmpty()) {
      throw LinkPostException.invalid("Excerpt.paragraphs", "must hold a paragraph", paragraphs());
    }
    for (int i = 0; i < paragraphs().size(); i++) {
      String field = "Excerpt.paragraphs[" + i + "]";
      String paragraph = Checks.text(field, paragraphs().get(i));
      if (paragraph.strip().equals("...")) {
        throw LinkPostException.invalid(
            field, "must not be an elision (start a new Excerpt instead)", paragraph);
      }
      if (Checks.hasBlankLine(paragraph)) {
        throw LinkPostException.invalid(
            field, "must not hold a blank line (give each paragraph on its own)", paragraph);
      }
    }
    return this;
  }
}
