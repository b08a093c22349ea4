package io.github.linkpost.metadata.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the forms pages write them: ISO 8601 and its loose kin, RFC 1123, numeric dates,
 * compact {@code 20241110}, epoch seconds and milliseconds, and days with month names in
 * English (and German, French, Spanish). What cannot be read for sure (a {@code 10/11/2024}
 * that may be either day first or month first, a year alone) is no date.
 */
final class Dates {
  private static final String TIME =
      "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?";
  private static final String ZONE =
      "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?";
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME + ZONE + "(?:\\s.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED_YMD = Pattern.compile(
      "(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})" + TIME + ZONE + "(?:\\s.*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPACT = Pattern.compile(
      "(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?(Z)?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
  private static final Pattern DOTTED_DMY = Pattern.compile(
      "(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?:\\D.*)?");
  private static final Pattern SLASHED = Pattern.compile(
      "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\D.*)?");
  private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?|\\d+(?:st|nd|rd|th)?|,");
  private static final Pattern CLOCK = Pattern.compile(
      "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?"
      + "(?:\\s*(GMT|UTC|Z|[ECMP][SD]T|[+-]\\d{2}:?\\d{2}))?", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = months();
  private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
      Map.entry("gmt", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC),
      Map.entry("z", ZoneOffset.UTC),
      Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
      Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
      Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
      Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)));

  private Dates() {}

  /** The date the text gives, or null. */
  static PageDate parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Text.clean(raw);
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    PageDate date = numeric(s);
    if (date == null) {
      date = words(s);
    }
    return date != null && plausible(date.date()) ? date : null;
  }

  private static PageDate numeric(String s) {
    Matcher m = ISO.matcher(s);
    if (m.matches() || (m = SLASHED_YMD.matcher(s)).matches()) {
      return of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
    }
    if ((m = COMPACT.matcher(s)).matches()) {
      return of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
    }
    if (EPOCH.matcher(s).matches()) {
      long n = Long.parseLong(s);
      Instant instant = s.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
      return new PageDate(at.toLocalDate(), at);
    }
    if ((m = DOTTED_DMY.matcher(s)).matches()) {
      return day(m.group(3), m.group(2), m.group(1));
    }
    if ((m = SLASHED.matcher(s)).matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a > 12 && b <= 12) {
        return day(m.group(3), m.group(2), m.group(1));
      }
      if (b > 12 && a <= 12) {
        return day(m.group(3), m.group(1), m.group(2));
      }
    }
    return null;
  }

  /** A day with a month name: {@code November 10, 2024}, {@code Sun, 10 Nov 2024 09:30 GMT}. */
  private static PageDate words(String s) {
    Integer month = null;
    int day = -1;
    int year = -1;
    int end = 0;
    Matcher w = WORD.matcher(s);
    int seen = 0;
    while (w.find() && seen++ < 12) {
      String token = w.group().toLowerCase(Locale.ROOT);
      if (token.equals(",")) {
        continue;
      }
      if (Character.isDigit(token.charAt(0))) {
        String digits = token.replaceAll("\\D", "");
        int n = Integer.parseInt(digits.length() > 5 ? "0" : digits);
        if (digits.length() == 4 && year < 0) {
          year = n;
        } else if (digits.length() <= 2 && day < 0 && n >= 1 && n <= 31) {
          day = n;
        } else {
          break;
        }
      } else {
        Integer m = MONTHS.get(token.endsWith(".") ? token.substring(0, token.length() - 1) : token);
        if (m != null && month == null) {
          month = m;
        } else if (month != null || day >= 0 || year >= 0) {
          if (!(token.equals("at") || token.equals("de") || token.equals("um"))) {
            break;
          }
        }
      }
      end = w.end();
      if (month != null && day >= 0 && year >= 0) {
        break;
      }
    }
    if (month == null || day < 0 || year < 0) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    Matcher c = CLOCK.matcher(s);
    if (c.find(end) && s.substring(end, c.start()).matches("[\\s,]*(?:at|um|à|-)?[\\s,]*")
        && c.group(5) != null) {
      int hour = Integer.parseInt(c.group(1));
      String half = c.group(4);
      if (half != null) {
        boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
        if (hour < 1 || hour > 12) {
          return new PageDate(date, null);
        }
        hour = hour % 12 + (pm ? 12 : 0);
      }
      ZoneOffset offset = offset(c.group(5));
      try {
        LocalTime time = LocalTime.of(hour, Integer.parseInt(c.group(2)),
            c.group(3) == null ? 0 : Integer.parseInt(c.group(3)));
        if (offset != null) {
          return new PageDate(date, OffsetDateTime.of(date, time, offset));
        }
      } catch (DateTimeException e) {
        return new PageDate(date, null);
      }
    }
    return new PageDate(date, null);
  }

  private static PageDate of(String y, String mo, String d, String h, String mi, String sec,
      String zone) {
    PageDate day = day(y, mo, d);
    if (day == null || h == null || zone == null) {
      return day;
    }
    ZoneOffset offset = offset(zone);
    try {
      LocalTime time = LocalTime.of(Integer.parseInt(h), Integer.parseInt(mi),
          sec == null ? 0 : Integer.parseInt(sec));
      return offset == null ? day
          : new PageDate(day.date(), OffsetDateTime.of(day.date(), time, offset));
    } catch (DateTimeException e) {
      return day;
    }
  }

  private static PageDate day(String y, String m, String d) {
    try {
      return new PageDate(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)), null);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String zone) {
    String z = zone.toLowerCase(Locale.ROOT);
    ZoneOffset named = ZONES.get(z);
    if (named != null) {
      return named;
    }
    if (z.startsWith("+") || z.startsWith("-")) {
      String digits = z.substring(1).replace(":", "");
      try {
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int sign = z.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
        return null;
      }
    }
    return null;
  }

  /** Not a date a page was published on: the epoch (an unset field), before the web, far off. */
  private static boolean plausible(LocalDate date) {
    return date.getYear() >= 1900 && date.getYear() <= 2200
        && !date.equals(LocalDate.of(1970, 1, 1));
  }

  private static Map<String, Integer> months() {
    String[][] names = {
        {"january", "jan", "januar", "janvier", "enero", "janeiro", "gennaio"},
        {"february", "feb", "februar", "février", "fevrier", "febrero", "fev", "févr"},
        {"march", "mar", "märz", "maerz", "mars", "marzo", "mär"},
        {"april", "apr", "avril", "abril", "avr"},
        {"may", "mai", "mayo", "maggio"},
        {"june", "jun", "juni", "juin", "junio"},
        {"july", "jul", "juli", "juillet", "julio", "juil"},
        {"august", "aug", "août", "aout", "agosto"},
        {"september", "sep", "sept", "septembre", "septiembre"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre"},
        {"november", "nov", "novembre", "noviembre"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "déc"}};
    java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        map.put(name, i + 1);
      }
    }
    return Map.copyOf(map);
  }
}
