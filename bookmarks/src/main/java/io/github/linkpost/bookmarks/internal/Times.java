package io.github.linkpost.bookmarks.internal;

import io.github.linkpost.LinkPostException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The times exports write: a number since 1970 (seconds as most apps write them, milliseconds,
 * or microseconds as Google Bookmarks and some tools do, told apart by their size; a fraction
 * allowed), or an ISO-8601 instant or date-time with an offset (Pinboard's JSON). An empty
 * value and 0, which apps write for "not known", mean no time.
 */
public final class Times {
  /** Below this a number is seconds (up to the year 5138), then milliseconds, then microseconds. */
  private static final BigDecimal SECONDS_BELOW = new BigDecimal("1e11");
  private static final BigDecimal MILLIS_BELOW = new BigDecimal("1e14");
  private static final BigDecimal MICROS_BELOW = new BigDecimal("1e17");

  private Times() {}

  /**
   * The instant a value names.
   *
   * @param field the attribute or key it was read from, for the message
   * @throws LinkPostException naming the field and the value when it is not a time
   */
  public static Optional<Instant> parse(String field, String value) {
    String text = value.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() <= 11 && isDigits(text)) { // seconds, as most exports write them
      long seconds = Long.parseLong(text);
      return seconds == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }
    if (isNumber(text)) {
      BigDecimal number = new BigDecimal(text);
      if (number.signum() < 0) {
        throw LinkPostException.invalid(field, "must not be before 1970", value);
      }
      if (number.signum() == 0) {
        return Optional.empty();
      }
      BigDecimal seconds;
      if (number.compareTo(SECONDS_BELOW) < 0) {
        seconds = number;
      } else if (number.compareTo(MILLIS_BELOW) < 0) {
        seconds = number.movePointLeft(3);
      } else if (number.compareTo(MICROS_BELOW) < 0) {
        seconds = number.movePointLeft(6);
      } else {
        throw LinkPostException.invalid(field,
            "is too large for seconds, milliseconds or microseconds since 1970", value);
      }
      BigInteger whole = seconds.toBigInteger();
      long nanos = seconds.subtract(new BigDecimal(whole)).movePointRight(9).longValue();
      return Optional.of(Instant.ofEpochSecond(whole.longValueExact(), nanos));
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException again) {
        throw LinkPostException.invalid(field,
            "must be a time: seconds since 1970 or an ISO-8601 date and time", value);
      }
    }
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(String text) {
    int i = text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    int dots = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && dots == 0) {
        dots++;
      } else {
        return false;
      }
    }
    return digits > 0 && text.length() <= 40;
  }
}
