package io.github.linkpost;

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
 * <p>A post without a title is one whose front matter has no {@code title} (Jekyll then shows
 * a title made of the file name); a title, when there is one, may be any text, even empty.
 *
 * <p>Rules: the layout is not blank; tags and categories are one line each; keys of
 * {@link #extraFrontMatter()} are not blank and not one of the named keys, and their values are
 * strings, booleans, numbers, or lists and maps of those; the body holds at most one
 * discovery. Values are kept as YAML gives them back: the date to the second, whole numbers
 * as {@code Long} ({@code BigInteger} when larger), other numbers as {@code Double}.
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
   * The front matter's {@code title}: plain text, shown exactly as typed (it may hold any
   * character, even line breaks, and may be empty).
   *
   * @return the title, when the front matter has one
   */
  public abstract Optional<String> title();

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
   * A copy with another layout.
   *
   * @param layout one line, not blank
   * @return the copy
   */
  public final LinkPost withLayout(String layout) {
    return self().copyWithLayout(Checks.notNull("LinkPost.layout", layout));
  }

  /**
   * A copy with another title.
   *
   * @param title the title
   * @return the copy
   */
  public final LinkPost withTitle(String title) {
    return self().copyWithTitle(Checks.notNull("LinkPost.title", title));
  }

  /**
   * A copy with another title, or none.
   *
   * @param title the title, or empty for a post without one
   * @return the copy
   */
  public final LinkPost withTitle(Optional<String> title) {
    return self().copyWithTitle(Checks.notNull("LinkPost.title", title));
  }

  /**
   * A copy with another front-matter {@code date}.
   *
   * @param date the date and time with its offset
   * @return the copy
   */
  public final LinkPost withDate(OffsetDateTime date) {
    return self().copyWithDate(Checks.notNull("LinkPost.date", date));
  }

  /**
   * A copy with another front-matter {@code date}, or none.
   *
   * @param date the date, or empty
   * @return the copy
   */
  public final LinkPost withDate(Optional<OffsetDateTime> date) {
    return self().copyWithDate(Checks.notNull("LinkPost.date", date));
  }

  /**
   * A copy with other tags.
   *
   * @param tags the tags, in order
   * @return the copy
   */
  public final LinkPost withTags(Iterable<String> tags) {
    return self().copyWithTags(Checks.elements("LinkPost.tags", tags));
  }

  /**
   * A copy with other categories.
   *
   * @param categories the categories, in order
   * @return the copy
   */
  public final LinkPost withCategories(Iterable<String> categories) {
    return self().copyWithCategories(Checks.elements("LinkPost.categories", categories));
  }

  /**
   * A copy with another permalink.
   *
   * @param permalink one line, not blank
   * @return the copy
   */
  public final LinkPost withPermalink(String permalink) {
    return self().copyWithPermalink(Checks.notNull("LinkPost.permalink", permalink));
  }

  /**
   * A copy with another permalink, or none.
   *
   * @param permalink the permalink, or empty
   * @return the copy
   */
  public final LinkPost withPermalink(Optional<String> permalink) {
    return self().copyWithPermalink(Checks.notNull("LinkPost.permalink", permalink));
  }

  /**
   * A copy with other further front-matter keys.
   *
   * @param entries the keys and values, in order
   * @return the copy
   */
  public final LinkPost withExtraFrontMatter(Map<String, ?> entries) {
    return self().copyWithExtraFrontMatter(Checks.entries("LinkPost.extraFrontMatter", entries));
  }

  /**
   * A copy with another body.
   *
   * @param body the parts, in order
   * @return the copy
   */
  public final LinkPost withBody(Iterable<? extends BodyPart> body) {
    return self().copyWithBody(Checks.<BodyPart>elements("LinkPost.body", body));
  }

  /**
   * A copy with one part of the body replaced, the others kept as they are (with their
   * spelling, so that a renderer writes them as they were read).
   *
   * <pre>{@code
   * Quote first = post.quotes().get(0);
   * int at = post.body().indexOf(first);
   * LinkPost fixed = post.withBodyPart(at, first.withAuthor("Ada Lovelace"));
   * }</pre>
   *
   * @param index the part's index in {@link #body()}
   * @param part the part that takes its place
   * @return the copy
   * @throws LinkPostException when there is no part at that index
   */
  public final LinkPost withBodyPart(int index, BodyPart part) {
    Checks.notNull("LinkPost.body", part);
    if (index < 0 || index >= body().size()) {
      throw LinkPostException.invalid("LinkPost.body index", body().isEmpty()
          ? "must name a part, but the body is empty"
          : "must be from 0 to " + (body().size() - 1), index);
    }
    List<BodyPart> parts = new java.util.ArrayList<>(body());
    parts.set(index, part);
    return self().copyWithBody(parts);
  }

  /**
   * A copy with this discovery: it takes the place of the post's discovery, or, in a post
   * without one, stands first.
   *
   * <pre>{@code
   * LinkPost remarked = post.withDiscovery(post.discovery().orElseThrow().withRemarks("Read it."));
   * }</pre>
   *
   * @param discovery the discovery
   * @return the copy
   */
  public final LinkPost withDiscovery(Discovery discovery) {
    Checks.notNull("LinkPost.discovery", discovery);
    List<BodyPart> parts = new java.util.ArrayList<>(body());
    int at = -1;
    for (int i = 0; i < parts.size() && at < 0; i++) {
      at = parts.get(i) instanceof Discovery ? i : -1;
    }
    if (at < 0) {
      parts.add(0, discovery);
    } else {
      parts.set(at, discovery);
    }
    return self().copyWithBody(parts);
  }

  /**
   * A copy with the given spelling; used by readers.
   *
   * @param spelling how the front matter was spelled
   * @return the copy
   */
  public final LinkPost withSpelling(Spelling spelling) {
    return self().copyWithSpelling(Checks.notNull("LinkPost.spelling", spelling));
  }

  /** Every LinkPost is one (the constructor is package-private); its copies are made there. */
  private ImmutableLinkPost self() {
    return (ImmutableLinkPost) this;
  }

  /**
   * A builder with this post's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  LinkPost normalize() {
    if (date().isPresent() && date().get().getNano() != 0) {
      return ImmutableLinkPost.newBuilder().from(this)
          .date(date().get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).build();
    }
    Map<String, Object> normal = null;
    boolean changed = false;
    for (Map.Entry<String, Object> e : extraFrontMatter().entrySet()) {
      Object value = normalValue(e.getValue());
      changed |= value != e.getValue();
      if (normal == null) {
        normal = new java.util.LinkedHashMap<>();
      }
      normal.put(e.getKey(), value);
    }
    if (changed) {
      return ImmutableLinkPost.newBuilder().from(this).extraFrontMatter(normal).build();
    }
    check();
    return this;
  }

  /**
   * Numbers as YAML gives them back: whole numbers as {@code Long} (or {@code BigInteger} when
   * too large), others as {@code Double}; lists and maps likewise, all unmodifiable.
   */
  static Object normalValue(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    if (value instanceof List<?> list) {
      List<Object> normal = new java.util.ArrayList<>(list.size());
      boolean changed = false;
      for (Object item : list) {
        Object n = normalValue(item);
        changed |= n != item;
        normal.add(n);
      }
      return changed ? java.util.Collections.unmodifiableList(normal) : value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> normal = new java.util.LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object n = normalValue(e.getValue());
        changed |= n != e.getValue();
        normal.put(e.getKey(), n);
      }
      return changed ? java.util.Collections.unmodifiableMap(normal) : value;
    }
    return value;
  }

  private void check() {
    title().ifPresent(t -> Checks.wellFormed("LinkPost.title", t));
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

  static void checkValue(String field, Object value) {
    if (value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof Double) {
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
   * Builds a {@link LinkPost}: {@code layout} defaults to {@code "post"}; everything else is
   * optional (a post without a title has no {@code title} key). The body's parts keep the order they are added
   * in. {@link #build()} checks every rule and names the field that breaks one.
   */
  public static final class Builder {
    private final ImmutableLinkPost.Builder values = ImmutableLinkPost.newBuilder();

    Builder() {}

    /**
     * Copies every value of a post, its body and spelling included.
     *
     * @param post the post to copy
     * @return this builder
     */
    public Builder from(LinkPost post) {
      values.from(Checks.notNull("the post to copy", post));
      return this;
    }

    /**
     * The Jekyll layout.
     *
     * @param layout one line; default {@code "post"}
     * @return this builder
     */
    public Builder layout(String layout) {
      values.layout(Checks.notNull("LinkPost.layout", layout));
      return this;
    }

    /**
     * The title.
     *
     * @param title plain text; any character, line breaks included
     * @return this builder
     */
    public Builder title(String title) {
      values.title(Checks.notNull("LinkPost.title", title));
      return this;
    }

    /**
     * The title, or none.
     *
     * @param title the title, or empty
     * @return this builder
     */
    public Builder title(Optional<String> title) {
      values.title(Checks.notNull("LinkPost.title", title));
      return this;
    }

    /**
     * The front matter's {@code date}.
     *
     * @param date the date and time with its offset
     * @return this builder
     */
    public Builder date(OffsetDateTime date) {
      values.date(Checks.notNull("LinkPost.date", date));
      return this;
    }

    /**
     * The front matter's {@code date}, or none.
     *
     * @param date the date, or empty
     * @return this builder
     */
    public Builder date(Optional<OffsetDateTime> date) {
      values.date(Checks.notNull("LinkPost.date", date));
      return this;
    }

    /**
     * Adds a tag.
     *
     * @param tag one line, not blank
     * @return this builder
     */
    public Builder addTag(String tag) {
      values.addTag(Checks.notNull("LinkPost.tags", tag));
      return this;
    }

    /**
     * Adds tags.
     *
     * @param tags each one line, not blank
     * @return this builder
     */
    public Builder addTags(String... tags) {
      values.addAllTags(Checks.elements("LinkPost.tags", tags));
      return this;
    }

    /**
     * Adds tags.
     *
     * @param tags each one line, not blank
     * @return this builder
     */
    public Builder addAllTags(Iterable<String> tags) {
      values.addAllTags(Checks.elements("LinkPost.tags", tags));
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags each one line, not blank
     * @return this builder
     */
    public Builder tags(Iterable<String> tags) {
      values.tags(Checks.elements("LinkPost.tags", tags));
      return this;
    }

    /**
     * Adds a category.
     *
     * @param category one line, not blank
     * @return this builder
     */
    public Builder addCategory(String category) {
      values.addCategory(Checks.notNull("LinkPost.categories", category));
      return this;
    }

    /**
     * Adds categories.
     *
     * @param categories each one line, not blank
     * @return this builder
     */
    public Builder addCategories(String... categories) {
      values.addAllCategories(Checks.elements("LinkPost.categories", categories));
      return this;
    }

    /**
     * Adds categories.
     *
     * @param categories each one line, not blank
     * @return this builder
     */
    public Builder addAllCategories(Iterable<String> categories) {
      values.addAllCategories(Checks.elements("LinkPost.categories", categories));
      return this;
    }

    /**
     * Replaces the categories.
     *
     * @param categories each one line, not blank
     * @return this builder
     */
    public Builder categories(Iterable<String> categories) {
      values.categories(Checks.elements("LinkPost.categories", categories));
      return this;
    }

    /**
     * The front matter's {@code permalink}.
     *
     * @param permalink one line, not blank
     * @return this builder
     */
    public Builder permalink(String permalink) {
      values.permalink(Checks.notNull("LinkPost.permalink", permalink));
      return this;
    }

    /**
     * The front matter's {@code permalink}, or none.
     *
     * @param permalink the permalink, or empty
     * @return this builder
     */
    public Builder permalink(Optional<String> permalink) {
      values.permalink(Checks.notNull("LinkPost.permalink", permalink));
      return this;
    }

    /**
     * Adds a further front-matter key (after those added so far).
     *
     * @param key not blank, not one of {@link LinkPost#NAMED_KEYS}
     * @param value a string, boolean, number, or a list or map of them
     * @return this builder
     */
    public Builder putExtraFrontMatter(String key, Object value) {
      Checks.notNull("LinkPost.extraFrontMatter key", key);
      values.putExtraFrontMatter(key, Checks.notNull("LinkPost.extraFrontMatter." + key, value));
      return this;
    }

    /**
     * Adds further front-matter keys, in the map's order.
     *
     * @param entries the keys and values
     * @return this builder
     */
    public Builder putAllExtraFrontMatter(Map<String, ?> entries) {
      values.putAllExtraFrontMatter(Checks.entries("LinkPost.extraFrontMatter", entries));
      return this;
    }

    /**
     * Replaces the further front-matter keys.
     *
     * @param entries the keys and values, in order
     * @return this builder
     */
    public Builder extraFrontMatter(Map<String, ?> entries) {
      values.extraFrontMatter(Checks.entries("LinkPost.extraFrontMatter", entries));
      return this;
    }

    /**
     * Adds the discovery to the body (after what the body holds so far).
     *
     * @param discovery the discovery; a post holds at most one
     * @return this builder
     */
    public Builder discovery(Discovery discovery) {
      values.addBody(Checks.notNull("LinkPost.discovery", discovery));
      return this;
    }

    /**
     * Adds a quote to the body.
     *
     * @param quote the quote
     * @return this builder
     */
    public Builder addQuote(Quote quote) {
      values.addBody(Checks.notNull("LinkPost.quote", quote));
      return this;
    }

    /**
     * Adds Markdown kept as it is to the body.
     *
     * @param markdown the Markdown, not blank
     * @return this builder
     */
    public Builder addVerbatim(String markdown) {
      values.addBody(Verbatim.of(markdown));
      return this;
    }

    /**
     * Adds a part to the body.
     *
     * @param part a discovery, a quote or verbatim Markdown
     * @return this builder
     */
    public Builder addBody(BodyPart part) {
      values.addBody(Checks.notNull("LinkPost.body", part));
      return this;
    }

    /**
     * Adds parts to the body, in order.
     *
     * @param parts the parts
     * @return this builder
     */
    public Builder addAllBody(Iterable<? extends BodyPart> parts) {
      values.addAllBody(Checks.<BodyPart>elements("LinkPost.body", parts));
      return this;
    }

    /**
     * Replaces the body.
     *
     * @param parts the parts, in order
     * @return this builder
     */
    public Builder body(Iterable<? extends BodyPart> parts) {
      values.body(Checks.<BodyPart>elements("LinkPost.body", parts));
      return this;
    }

    /**
     * How the front matter was spelled; set by readers.
     *
     * @param spelling the spelling
     * @return this builder
     */
    public Builder spelling(Spelling spelling) {
      values.spelling(Checks.notNull("LinkPost.spelling", spelling));
      return this;
    }

    /**
     * Builds the post.
     *
     * @return the post
     * @throws LinkPostException when a value breaks a rule
     */
    public LinkPost build() {
      return values.build();
    }
  }
}
