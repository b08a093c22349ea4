package io.github.linkpost.markdown.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Link posts whose link lives in a front-matter key ({@code external-url: URL}), read and
 * written from this one place: what the front matter says of the discovery, and the remarks
 * paragraph such a post's body may hold.
 *
 * <p>The discovery the front matter says is the page at the key's URL, with the title as its
 * text (the URL when the title is missing or not one line), found at the post's date (the
 * front matter's {@code date}, else the file name's, at the start of the day), shown in the
 * style's zone. The writer leaves out of the body what the front matter says.
 */
final class FrontMatterLink {
  /** The key the link was found in, and the URL. */
  record Found(String key, URI url) {}

  private FrontMatterLink() {}

  /** The first of the style's keys that holds an http(s) URL, in the front-matter style. */
  static Optional<Found> find(Map<String, Object> frontMatter, PostStyle style) {
    if (style.linkPlace() != PostStyle.LinkPlace.FRONT_MATTER) {
      return Optional.empty();
    }
    for (String key : style.linkKeys()) {
      if (frontMatter.get(key) instanceof String text) {
        Optional<URI> url = Inlines.webUrl(text.strip());
        if (url.isPresent()) {
          return Optional.of(new Found(key, url.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The discovery the front matter says, when it gives a date (or the file name does).
   *
   * @param title the post's title
   * @param date the front matter's date
   * @param fileDate the date of the file name, when known
   * @param url the link
   * @param style the style, for its zone
   */
  static Optional<Discovery> implied(Optional<String> title, Optional<OffsetDateTime> date,
      Optional<LocalDate> fileDate, URI url, PostStyle style) {
    Optional<Instant> at = date.map(OffsetDateTime::toInstant)
        .or(() -> fileDate.map(d -> d.atStartOfDay(style.zone()).toInstant()));
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Link page;
    try {
      page = Link.of(title.orElseThrow(() -> new LinkPostException("no title")), url);
    } catch (LinkPostException e) {
      page = Link.of(url.toString(), url);
    }
    return Optional.of(Discovery.builder().at(at.get()).zone(style.zone()).page(page).build());
  }

  /** The discovery without its remarks. */
  static Discovery withoutRemarks(Discovery d) {
    return d.toBuilder().remarks(Optional.empty()).build();
  }

  /**
   * The remarks as a paragraph of their own, followed by a blank line; further lines indented
   * four spaces so that none starts a block.
   */
  static String writeRemarks(String remarks) {
    return MarkdownText.markdown(remarks).replace("\n", "\n    ") + "\n\n";
  }

  /** The remarks a paragraph's source spells (the inverse of {@link #writeRemarks}). */
  static Optional<String> readRemarks(String source) {
    if (MarkdownText.hasRawLiquid(source)) {
      return Optional.empty();
    }
    List<String> lines = MarkdownText.lines(MarkdownText.unliquid(source));
    StringBuilder text = new StringBuilder(source.length());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0) {
        text.append('\n');
        int indent = 0;
        while (indent < 4 && indent < line.length() && line.charAt(indent) == ' ') {
          indent++;
        }
        line = line.substring(indent);
      }
      text.append(line);
    }
    String remarks = MarkdownText.unmarkdown(text.toString());
    return remarks.isBlank() ? Optional.empty() : Optional.of(remarks);
  }
}
