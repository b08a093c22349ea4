package io.github.linkpost.feed.internal;

import io.github.linkpost.LinkPostException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as feeds write them: RFC 3339, to the second, with the offset. */
public final class Dates {
  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private Dates() {}

  public static String rfc3339(OffsetDateTime time) {
    if (time.getYear() < 1 || time.getYear() > 9999) {
      throw LinkPostException.invalid("date", "must be in the years 1 to 9999 for a feed", time);
    }
    return RFC3339.format(time);
  }
}
