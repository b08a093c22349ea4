package io.github.linkpost;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Excerpts from one source, with a link to read the whole thing and, when known, who wrote it
 * and when.
 *
 * <pre>{@code
 * Quote quote = Quote.builder()
 *     .source(Link.of("Ada Lovelace:: Notes on the Analytical Engine", "https://example.org/notes"))
 *     .author("Ada Lovelace")
 *     .published(LocalDate.of(1843, 9, 1))
 *     .addExcerpt(Excerpt.of("The Analytical Engine has no pretensions to originate anything."))
 *     .addExcerpt(Excerpt.of("It can do whatever we know how to order it to perform."))
 *     .build();
 * }</pre>
 *
 * <p>Between two excerpts the post shows an elision. At least one excerpt is required.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract non-sealed class Quote implements BodyPart {
  Quote() {}

  /**
   * Starts a quote.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The source ("Read the whole thing").
   *
   * @return the link to the source
   */
  public abstract Link source();

  /**
   * Who wrote the source: plain text, one line, without surrounding white space (it is
   * dropped when the value is built).
   *
   * @return the author, when known
   */
  public abstract Optional<String> author();

  /**
   * When the source was published.
   *
   * @return the date, when known
   */
  public abstract Optional<LocalDate> published();

  /**
   * The excerpts, in order; an elision stands between two of them.
   *
   * @return one or more excerpts
   */
  public abstract List<Excerpt> excerpts();

  /**
   * Not part of the content: how the quote was spelled in the file it was read from.
   *
   * @return the spelling, when the quote was read from a file
   */
  @Value.Auxiliary
  public abstract Optional<Spelling> spelling();

  /**
   * A copy with another source.
   *
   * @param source the link to the source
   * @return the copy
   */
  public final Quote withSource(Link source) {
    return self().copyWithSource(Checks.notNull("Quote.source", source));
  }

  /**
   * A copy with another author.
   *
   * @param author plain text, one line
   * @return the copy
   */
  public final Quote withAuthor(String author) {
    return self().copyWithAuthor(Checks.notNull("Quote.author", author));
  }

  /**
   * A copy with another author, or none known.
   *
   * @param author the author, or empty
   * @return the copy
   */
  public final Quote withAuthor(Optional<String> author) {
    return self().copyWithAuthor(Checks.notNull("Quote.author", author));
  }

  /**
   * A copy with another publication date.
   *
   * @param published the date
   * @return the copy
   */
  public final Quote withPublished(LocalDate published) {
    return self().copyWithPublished(Checks.notNull("Quote.published", published));
  }

  /**
   * A copy with another publication date, or none known.
   *
   * @param published the date, or empty
   * @return the copy
   */
  public final Quote withPublished(Optional<LocalDate> published) {
    return self().copyWithPublished(Checks.notNull("Quote.published", published));
  }

  /**
   * A copy with other excerpts.
   *
   * @param excerpts one or more excerpts
   * @return the copy
   */
  public final Quote withExcerpts(Iterable<? extends Excerpt> excerpts) {
    return self().copyWithExcerpts(Checks.<Excerpt>elements("Quote.excerpts", excerpts));
  }

  /**
   * A copy with the given spelling; used by readers.
   *
   * @param spelling how the quote was spelled
   * @return the copy
   */
  public final Quote withSpelling(Spelling spelling) {
    return self().copyWithSpelling(Checks.notNull("Quote.spelling", spelling));
  }

  /** Every Quote is one (the constructor is package-private); its copies are made there. */
  private ImmutableQuote self() {
    return (ImmutableQuote) this;
  }

  /**
   * A builder with this quote's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  Quote normalize() {
    if (author().isPresent() && !author().get().equals(author().get().strip())) {
      return ImmutableQuote.newBuilder().from(this).author(author().get().strip()).build();
    }
    author().ifPresent(a -> Checks.oneLine("Quote.author", a));
    if (excerpts().isEmpty()) {
      throw LinkPostException.invalid("Quote.excerpts", "must hold an excerpt", excerpts());
    }
    return this;
  }

  /**
   * Builds a {@link Quote}: {@code source} and at least one excerpt are required.
   */
  public static final class Builder {
    private final ImmutableQuote.Builder values = ImmutableQuote.newBuilder();
    private boolean sourceSet;

    Builder() {}

    /**
     * Copies every value of a quote, its spelling included.
     *
     * @param quote the quote to copy
     * @return this builder
     */
    public Builder from(Quote quote) {
      values.from(Checks.notNull("the quote to copy", quote));
      sourceSet = true;
      return this;
    }

    /**
     * The source, "Read the whole thing" (required).
     *
     * @param source the link to the source
     * @return this builder
     */
    public Builder source(Link source) {
      values.source(Checks.notNull("Quote.source", source));
      sourceSet = true;
      return this;
    }

    /**
     * Who wrote the source.
     *
     * @param author plain text, one line
     * @return this builder
     */
    public Builder author(String author) {
      values.author(Checks.notNull("Quote.author", author));
      return this;
    }

    /**
     * Who wrote the source, or nobody known.
     *
     * @param author the author, or empty
     * @return this builder
     */
    public Builder author(Optional<String> author) {
      values.author(Checks.notNull("Quote.author", author));
      return this;
    }

    /**
     * When the source was published.
     *
     * @param published the date
     * @return this builder
     */
    public Builder published(LocalDate published) {
      values.published(Checks.notNull("Quote.published", published));
      return this;
    }

    /**
     * When the source was published, or not known.
     *
     * @param published the date, or empty
     * @return this builder
     */
    public Builder published(Optional<LocalDate> published) {
      values.published(Checks.notNull("Quote.published", published));
      return this;
    }

    /**
     * Adds an excerpt after those added so far; an elision will stand between them.
     *
     * @param excerpt the excerpt
     * @return this builder
     */
    public Builder addExcerpt(Excerpt excerpt) {
      values.addExcerpt(Checks.notNull("Quote.excerpts", excerpt));
      return this;
    }

    /**
     * Adds excerpts, in order.
     *
     * @param excerpts the excerpts
     * @return this builder
     */
    public Builder addExcerpts(Excerpt... excerpts) {
      values.addAllExcerpts(Checks.elements("Quote.excerpts", excerpts));
      return this;
    }

    /**
     * Adds excerpts, in order.
     *
     * @param excerpts the excerpts
     * @return this builder
     */
    public Builder addAllExcerpts(Iterable<? extends Excerpt> excerpts) {
      values.addAllExcerpts(Checks.<Excerpt>elements("Quote.excerpts", excerpts));
      return this;
    }

    /**
     * Replaces the excerpts.
     *
     * @param excerpts the excerpts, in order
     * @return this builder
     */
    public Builder excerpts(Iterable<? extends Excerpt> excerpts) {
      values.excerpts(Checks.<Excerpt>elements("Quote.excerpts", excerpts));
      return this;
    }

    /**
     * How the quote was spelled; set by readers.
     *
     * @param spelling the spelling
     * @return this builder
     */
    public Builder spelling(Spelling spelling) {
      values.spelling(Checks.notNull("Quote.spelling", spelling));
      return this;
    }

    /**
     * Builds the quote.
     *
     * @return the quote
     * @throws LinkPostException when a value breaks a rule, or the source or excerpts are missing
     */
    public Quote build() {
      if (!sourceSet) {
        throw Checks.missing("Quote.source");
      }
      return values.build();
    }
  }
}
