package io.github.linkpost;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A link post: front matter and a body made of a {@link Discovery}, {@link Quote}s and
 * {@link Verbatim} Markdown, in the order the post shows them.
 *
 * <pre>{@code
 * LinkPost post = LinkPost.builder()
 *     .title("ME:: a calm guide to local models ; Ada:: Notes on local models")
 *     .discovery(Discovery.builder()
 *         .at(Instant.parse("2025-10-13T18:59:00Z"))
 *         .via("https://example.org/how-i-collect-links/")
 *         .page(Link.of("Notes on local models", "https://example.org/notes/"))
 *         .build())
 *     .addQuote(Quote.builder()
 *         .source(Link.of("Ada:: Notes on local models", "https://example.org/notes/"))
 *         .addExcerpt(Excerpt.of("Small models write small programs."))
 *         .build())
 *     .build();
 * String markdown = PostRenderers.find("markdown").render(post);
 * }</pre>
 *
 * <p>Rules: the title and layout are not blank; tags and categories are one line each; keys of
 * {@link #extraFrontMatter()} are not blank and not one of the named keys, and their values are
 * strings, booleans, numbers, or lists and maps of those; the body holds at most one
 * discovery.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class LinkPost {
  /** Front-matter keys that have their own attribute. */
  public static final Set<String> NAMED_KEYS =
      Set.of("layout", "title", "date", "tags", "categories", "permalink");

  LinkPost() {}

  /**
   * Starts a post.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Jekyll layout.
   *
   * @return the layout; {@code "post"} unless set
   */
  @Value.Default
  public String layout() {
    return "post";
  }

  /**
   * The title: plain text, shown exactly as typed (it may hold any character, even line breaks).
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The front matter's {@code date}.
   *
   * @return the date, when set
   */
  public abstract Optional<OffsetDateTime> date();

  /**
   * The front matter's {@code tags}.
   *
   * @return the tags, possibly empty
   */
  public abstract List<String> tags();

  /**
   * The front matter's {@code categories}.
   *
   * @return the categories, possibly empty
   */
  public abstract List<String> categories();

  /**
   * The front matter's {@code permalink}.
   *
   * @return the permalink, when set
   */
  public abstract Optional<String> permalink();

  /**
   * Further front-matter keys, in order: strings, booleans, numbers, and lists and maps of them.
   *
   * @return the keys and values, possibly empty
   */
  public abstract Map<String, Object> extraFrontMatter();

  /**
   * The body's parts, in order.
   *
   * @return the parts, possibly empty
   */
  public abstract List<BodyPart> body();

  /**
   * Not part of the content: how the front matter (and the file around it) was spelled in the
   * file the post was read from.
   *
   * @return the spelling, when the post was read from a file
   */
  @Value.Auxiliary
  public abstract Optional<Spelling> spelling();

  /**
   * The discovery, if the body holds one.
   *
   * @return the discovery
   */
  public Optional<Discovery> discovery() {
    for (BodyPart part : body()) {
      if (part instanceof Discovery discovery) {
        return Optional.of(discovery);
      }
    }
    return Optional.empty();
  }

  /**
   * The quotes in the body, in order.
   *
   * @return the quotes, possibly empty
   */
  public List<Quote> quotes() {
    return body().stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
  }

  /**
   * Whether this is a link post: its body holds a discovery.
   *
   * @return true for a link post
   */
  public boolean isLinkPost() {
    return discovery().isPresent();
  }

  /**
   * A copy with another title.
   *
   * @param title the title, not blank
   * @return the copy
   */
  public abstract LinkPost withTitle(String title);

  /**
   * A copy with another body.
   *
   * @param body the parts, in order
   * @return the copy
   */
  public abstract LinkPost withBody(Iterable<? extends BodyPart> body);

  /**
   * A copy with other tags.
   *
   * @param tags the tags
   * @return the copy
   */
  public abstract LinkPost withTags(Iterable<String> tags);

  /**
   * A copy with the given spelling; used by readers.
   *
   * @param spelling how the front matter was spelled
   * @return the copy
   */
  public abstract LinkPost withSpelling(Spelling spelling);

  /**
   * A builder with this post's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank("LinkPost.title", title());
    Checks.oneLine("LinkPost.layout", layout());
    tags().forEach(t -> Checks.oneLine("LinkPost.tags", t));
    categories().forEach(c -> Checks.oneLine("LinkPost.categories", c));
    permalink().ifPresent(p -> Checks.oneLine("LinkPost.permalink", p));
    extraFrontMatter().forEach((key, value) -> {
      Checks.oneLine("LinkPost.extraFrontMatter key", key);
      if (NAMED_KEYS.contains(key)) {
        throw LinkPostException.invalid(
            "LinkPost.extraFrontMatter key", "must not be one of " + NAMED_KEYS, key);
      }
      checkValue("LinkPost.extraFrontMatter." + key, value);
    });
    if (body().stream().filter(Discovery.class::isInstance).count() > 1) {
      throw LinkPostException.invalid("LinkPost.body", "must hold at most one discovery", body());
    }
  }

  private static void checkValue(String field, Object value) {
    if (value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof Double
        || value instanceof BigDecimal) {
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        checkValue(field + "[" + i + "]", list.get(i));
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw LinkPostException.invalid(field, "must have string keys", e.getKey());
        }
        checkValue(field + "." + key, e.getValue());
      }
      return;
    }
    throw LinkPostException.invalid(
        field,
        "must be a string, boolean, number, or a list or map of them",
        value == null ? null : value.getClass().getSimpleName() + " " + value);
  }

  /**
   * Builds a {@link LinkPost}: {@code title} is required.
   */
  public static final class Builder extends ImmutableLinkPost.Builder {
    Builder() {}

    /**
     * Adds the discovery to the body (after what the body holds so far).
     *
     * @param discovery the discovery
     * @return this builder
     */
    public Builder discovery(Discovery discovery) {
      return addBody(discovery);
    }

    /**
     * Adds a quote to the body.
     *
     * @param quote the quote
     * @return this builder
     */
    public Builder addQuote(Quote quote) {
      return addBody(quote);
    }

    /**
     * Adds Markdown kept as it is to the body.
     *
     * @param markdown the Markdown, not empty
     * @return this builder
     */
    public Builder addVerbatim(String markdown) {
      return addBody(Verbatim.of(markdown));
    }

    @Override
    public LinkPost build() {
      try {
        return super.build();
      } catch (IllegalStateException e) {
        throw new LinkPostException("LinkPost: " + e.getMessage(), e);
      }
    }
  }
}
