package io.github.linkpost.acceptance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;

/**
 * Bookmarks with hostile titles, notes, tags, folders and URLs, made by jqwik arbitraries from a
 * fixed seed, and written as the exports apps write: a Netscape bookmark file (escaped as
 * browsers escape it) and Pinboard's JSON.
 */
final class HostileBookmarks {
  /** What one bookmark of an export holds; {@code n} makes its URL's last segment {@code n<n>}. */
  record Spec(int n, String url, String title, String notes, List<String> tags, String folder,
      long added, String dateForm, boolean isPrivate, boolean web) {}

  static final List<String> TAG_TOKENS = List.of("x", "tag", "\"", "'", "\\", ":", "|", "*",
      "_", "[", "]", "`", "<b>", "&", "&amp;", "{{", "}}", "{%", "%}", "$$", "~~", "^", "--",
      "...", "🙂", "e\u0301", "שלום", "مرحبا", "#", "!", "(", ")");

  private HostileBookmarks() {}

  private static Arbitrary<String> url() {
    Arbitrary<String> segment = Arbitraries.of("a_(b)", "x y", "q\"uote", "caf\u00e9", "%20", "(x)",
        "a*b_c", "~u", "\u4e2d\u6587", "a|b", "[x]", "{{x}}", "$$", "it's", "<b>", "a&b");
    Arbitrary<String> path = segment.list().ofMinSize(0).ofMaxSize(3).map(l -> String.join("/", l));
    Arbitrary<String> query = Arbitraries.of("", "?q=1&r=2", "?q=a|b", "?x=\"y\"", "?u=%7B%7B",
        "#frag", "?a=(b)#c", "?k=[v]");
    return Combinators.combine(Arbitraries.of("https://example.org/", "http://example.net/wiki/",
        "HTTPS://Example.COM:443/"), path, query).as((base, p, q) -> base + p + "\u0000" + q);
  }

  static Arbitrary<Spec> specs() {
    Arbitrary<String> title = Combinators.combine(HostilePosts.line(),
        Arbitraries.of("", "", "\u0001", "\t")).as((a, b) -> a + b);
    Arbitrary<String> notes = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(5, HostilePosts.markdown()),
        net.jqwik.api.Tuple.of(1, HostilePosts.markdown().map(m -> m + "\n\n" + m)));
    Arbitrary<List<String>> tags = Arbitraries.of(TAG_TOKENS).list().ofMinSize(1).ofMaxSize(3)
        .map(l -> String.join("", l)).list().ofMaxSize(3);
    Arbitrary<String> folder = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(2, HostilePosts.text(4).map(t -> t.replace('\t', ' ').strip())
            .filter(t -> !t.isEmpty())));
    Arbitrary<String> dateForm = Arbitraries.of("s", "s", "ms", "us", "none");
    Arbitrary<Boolean> isPrivate = Arbitraries.of(false, false, false, false, true);
    Arbitrary<Boolean> web = Arbitraries.of(true, true, true, true, true, true, true, false);
    return Combinators.combine(url(), title, notes, tags, folder,
            Arbitraries.longs().between(1_000_000_000L, 1_800_000_000L), dateForm,
            Combinators.combine(isPrivate, web).as((p, w) -> new boolean[] {p, w}))
        .as((u, t, no, tg, f, at, form, flags) -> new Spec(0, u, t, no, tg, f, at, form, flags[0],
            flags[1]));
  }

  /** {@code count} specs, numbered, each URL ending its path with {@code /n<n>}. */
  static List<Spec> sample(int count, long seed) {
    RandomGenerator<Spec> generator = specs().generator(100);
    Random random = new Random(seed);
    List<Spec> specs = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      Spec s = generator.next(random).value();
      String[] parts = s.url().split("\u0000", 2);
      String path = parts[0].endsWith("/") ? parts[0] + "n" + n : parts[0] + "/n" + n;
      String url = s.web() ? path + parts[1]
          : List.of("javascript:alert(" + n + ")", "place:sort=" + n, "file:///n" + n,
              "about:n" + n, "data:text/html,n" + n).get(n % 5);
      specs.add(new Spec(n, url, s.title(), s.notes(), s.tags(), s.folder(), s.added(), s.dateForm(),
          s.isPrivate(), s.web()));
    }
    return specs;
  }

  static String date(Spec s) {
    return switch (s.dateForm()) {
      case "s" -> Long.toString(s.added());
      case "ms" -> s.added() + "000";
      case "us" -> s.added() + "000000";
      default -> "";
    };
  }

  /** A Netscape bookmark file: one folder per spec that has one, escaped as browsers do. */
  static void writeNetscape(List<Spec> specs, Path file) throws IOException {
    StringBuilder out = new StringBuilder("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
        + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
        + "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n");
    for (Spec s : specs) {
      String indent = "    ";
      if (!s.folder().isEmpty()) {
        out.append("    <DT><H3>").append(html(s.folder())).append("</H3>\n    <DL><p>\n");
        indent = "        ";
      }
      out.append(indent).append("<DT><A HREF=\"").append(html(s.url())).append('"');
      if (!date(s).isEmpty()) {
        out.append(" ADD_DATE=\"").append(date(s)).append('"');
      }
      if (!s.tags().isEmpty()) {
        out.append(" TAGS=\"").append(html(String.join(",", s.tags()))).append('"');
      }
      out.append(" PRIVATE=\"").append(s.isPrivate() ? 1 : 0).append("\">")
          .append(html(s.title())).append("</A>\n");
      if (!s.notes().isEmpty()) {
        out.append(indent).append("<DD>").append(html(s.notes())).append('\n');
      }
      if (!s.folder().isEmpty()) {
        out.append("    </DL><p>\n");
      }
    }
    out.append("</DL>\n");
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  /** Pinboard's JSON export of the specs (folders aside: Pinboard has none). */
  static void writePinboard(List<Spec> specs, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator json = new JsonFactory().createGenerator(writer)) {
      json.writeStartArray();
      for (Spec s : specs) {
        json.writeStartObject();
        json.writeStringField("href", s.url());
        json.writeStringField("description", s.title());
        json.writeStringField("extended", s.notes());
        json.writeStringField("meta", "0123456789abcdef");
        json.writeStringField("hash", "fedcba9876543210");
        json.writeStringField("time", s.dateForm().equals("none") ? ""
            : DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(s.added())));
        json.writeStringField("shared", s.isPrivate() ? "no" : "yes");
        json.writeStringField("toread", "no");
        json.writeStringField("tags", String.join(" ", s.tags()));
        json.writeEndObject();
        json.writeRaw('\n');
      }
      json.writeEndArray();
    }
  }

  /** Text as Chrome's export escapes it: {@code & < > " '}. */
  static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
