package io.github.linkpost;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When and how a page was found: the instant, the zone it is shown in, the "Discovered" link
 * (how it was found), usually the discovered page, and optional remarks.
 *
 * <pre>{@code
 * Discovery found = Discovery.builder()
 *     .at(Instant.parse("2025-10-13T18:59:00Z"))
 *     .via(URI.create("https://example.org/how-i-collect-links/"))
 *     .page(Link.of("Everything I've learned so far", "https://example.org/posts/llms/"))
 *     .remarks("Worth a **second** read.")
 *     .build();
 * }</pre>
 *
 * <p>Posts show the time to the minute, so the instant is kept to the minute as shown in its
 * zone: seconds and fractions are dropped when the value is built. Line breaks in the remarks are kept as line
 * feeds. The zone defaults to UTC; a zone with a fixed
 * offset is kept as that offset ({@code ZoneId.of("UTC")} becomes {@link ZoneOffset#UTC}).
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract non-sealed class Discovery implements BodyPart {
  Discovery() {}

  /**
   * Starts a discovery.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * When the page was found, to the minute.
   *
   * @return the instant, with no seconds
   */
  public abstract Instant at();

  /**
   * The zone the time is shown in.
   *
   * @return the zone; UTC unless set
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * How the page was found: the target of the "Discovered" link, an absolute http(s) URL.
   *
   * @return the URL, when there is one
   */
  public abstract Optional<URI> via();

  /**
   * The discovered page.
   *
   * @return the page, when the post names it
   */
  public abstract Optional<Link> page();

  /**
   * The blogger's remarks on the page: CommonMark source for one paragraph (it may run over
   * several lines, but holds no blank line), not blank.
   *
   * @return the remarks, when there are any
   */
  public abstract Optional<String> remarks();

  /**
   * Not part of the content: how the discovery was spelled in the file it was read from.
   *
   * @return the spelling, when the discovery was read from a file
   */
  @Value.Auxiliary
  public abstract Optional<Spelling> spelling();

  /**
   * A copy found at another instant.
   *
   * @param at the instant (kept to the minute)
   * @return the copy
   */
  public final Discovery withAt(Instant at) {
    return self().copyWithAt(Checks.notNull("Discovery.at", at));
  }

  /**
   * A copy shown in another zone.
   *
   * @param zone the zone
   * @return the copy
   */
  public final Discovery withZone(ZoneId zone) {
    return self().copyWithZone(Checks.notNull("Discovery.zone", zone));
  }

  /**
   * A copy with another "Discovered" link.
   *
   * @param via an absolute http or https URL
   * @return the copy
   */
  public final Discovery withVia(URI via) {
    return self().copyWithVia(Checks.notNull("Discovery.via", via));
  }

  /**
   * A copy with another "Discovered" link, from text (encoded as {@link Builder#via(String)}
   * does).
   *
   * @param url an absolute http or https URL
   * @return the copy
   */
  public final Discovery withVia(String url) {
    return withVia(Checks.parseWebUrl("Discovery.via", Checks.notNull("Discovery.via", url)));
  }

  /**
   * A copy with another "Discovered" link, or none.
   *
   * @param via the URL, or empty
   * @return the copy
   */
  public final Discovery withVia(Optional<URI> via) {
    return self().copyWithVia(Checks.notNull("Discovery.via", via));
  }

  /**
   * A copy that names another discovered page.
   *
   * @param page the page's link
   * @return the copy
   */
  public final Discovery withPage(Link page) {
    return self().copyWithPage(Checks.notNull("Discovery.page", page));
  }

  /**
   * A copy that names another discovered page, or none.
   *
   * @param page the link, or empty
   * @return the copy
   */
  public final Discovery withPage(Optional<Link> page) {
    return self().copyWithPage(Checks.notNull("Discovery.page", page));
  }

  /**
   * A copy with other remarks.
   *
   * @param remarks CommonMark source for one paragraph, not blank, no blank line
   * @return the copy
   */
  public final Discovery withRemarks(String remarks) {
    return self().copyWithRemarks(Checks.notNull("Discovery.remarks", remarks));
  }

  /**
   * A copy with other remarks, or none.
   *
   * @param remarks the remarks, or empty
   * @return the copy
   */
  public final Discovery withRemarks(Optional<String> remarks) {
    return self().copyWithRemarks(Checks.notNull("Discovery.remarks", remarks));
  }

  /**
   * A copy with the given spelling; used by readers.
   *
   * @param spelling how the discovery was spelled
   * @return the copy
   */
  public final Discovery withSpelling(Spelling spelling) {
    return self().copyWithSpelling(Checks.notNull("Discovery.spelling", spelling));
  }

  /** Every Discovery is one (the constructor is package-private); its copies are made there. */
  private ImmutableDiscovery self() {
    return (ImmutableDiscovery) this;
  }

  /**
   * A builder with this discovery's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  Discovery normalize() {
    if (remarks().isPresent() && remarks().get().indexOf('\r') >= 0) {
      return withRemarks(Checks.lineFeeds(remarks().get()));
    }
    via().ifPresent(v -> Checks.webUrl("Discovery.via", v));
    remarks().ifPresent(r -> {
      Checks.text("Discovery.remarks", r);
      if (Checks.hasBlankLine(r)) {
        throw LinkPostException.invalid("Discovery.remarks", "must not hold a blank line", r);
      }
    });
    // To the minute as shown, in the zone: a zone of old (local mean time, before about 1900)
    // may be offset by seconds, and a minute cut in UTC would then show, and read back, as
    // the minute before.
    Instant minute = at().atZone(zone()).truncatedTo(ChronoUnit.MINUTES).toInstant();
    if (!minute.equals(at())) {
      return withAt(minute);
    }
    ZoneId normal = zone().normalized();
    return normal.equals(zone()) ? this : withZone(normal);
  }

  /**
   * Builds a {@link Discovery}: {@code at} is required; the zone defaults to UTC; the rest is
   * optional.
   */
  public static final class Builder {
    private final ImmutableDiscovery.Builder values = ImmutableDiscovery.newBuilder();
    private boolean atSet;

    Builder() {}

    /**
     * Copies every value of a discovery, its spelling included.
     *
     * @param discovery the discovery to copy
     * @return this builder
     */
    public Builder from(Discovery discovery) {
      values.from(Checks.notNull("the discovery to copy", discovery));
      atSet = true;
      return this;
    }

    /**
     * When the page was found (required; kept to the minute).
     *
     * @param at the instant
     * @return this builder
     */
    public Builder at(Instant at) {
      values.at(Checks.notNull("Discovery.at", at));
      atSet = true;
      return this;
    }

    /**
     * The zone the time is shown in.
     *
     * @param zone default UTC
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      values.zone(Checks.notNull("Discovery.zone", zone));
      return this;
    }

    /**
     * The "Discovered" link: how the page was found.
     *
     * @param via an absolute http or https URL
     * @return this builder
     */
    public Builder via(URI via) {
      values.via(Checks.notNull("Discovery.via", via));
      return this;
    }

    /**
     * The "Discovered" link, from text. Characters that cannot stand in a URL are
     * percent-encoded, as in {@link Link#of(String, String)}.
     *
     * @param url an absolute http or https URL
     * @return this builder
     */
    public Builder via(String url) {
      return via(Checks.parseWebUrl("Discovery.via", Checks.notNull("Discovery.via", url)));
    }

    /**
     * The "Discovered" link, or none.
     *
     * @param via the URL, or empty
     * @return this builder
     */
    public Builder via(Optional<URI> via) {
      values.via(Checks.notNull("Discovery.via", via));
      return this;
    }

    /**
     * The discovered page.
     *
     * @param page the page's link
     * @return this builder
     */
    public Builder page(Link page) {
      values.page(Checks.notNull("Discovery.page", page));
      return this;
    }

    /**
     * The discovered page, or none.
     *
     * @param page the link, or empty
     * @return this builder
     */
    public Builder page(Optional<Link> page) {
      values.page(Checks.notNull("Discovery.page", page));
      return this;
    }

    /**
     * The blogger's remarks.
     *
     * @param remarks CommonMark source for one paragraph, not blank, no blank line
     * @return this builder
     */
    public Builder remarks(String remarks) {
      values.remarks(Checks.notNull("Discovery.remarks", remarks));
      return this;
    }

    /**
     * The blogger's remarks, or none.
     *
     * @param remarks the remarks, or empty
     * @return this builder
     */
    public Builder remarks(Optional<String> remarks) {
      values.remarks(Checks.notNull("Discovery.remarks", remarks));
      return this;
    }

    /**
     * How the discovery was spelled; set by readers.
     *
     * @param spelling the spelling
     * @return this builder
     */
    public Builder spelling(Spelling spelling) {
      values.spelling(Checks.notNull("Discovery.spelling", spelling));
      return this;
    }

    /**
     * Builds the discovery.
     *
     * @return the discovery
     * @throws LinkPostException when a value breaks a rule or the instant is missing
     */
    public Discovery build() {
      if (!atSet) {
        throw Checks.missing("Discovery.at");
      }
      return values.build();
    }
  }
}
