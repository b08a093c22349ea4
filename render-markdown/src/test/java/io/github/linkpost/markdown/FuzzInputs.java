package io.github.linkpost.markdown;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile post texts from real ones: each input is a base post changed a few times at the
 * places the reader cares about (front matter fences, the discovery line, quote sections, YAML
 * tags and aliases, line endings, encodings), or pure noise. Everything comes from one
 * {@link Random}, so an input is given back exactly by its seed.
 */
final class FuzzInputs {
  /** Text the reader looks for: cutting, repeating or misplacing it walks its edge cases. */
  static final List<String> MARKERS = List.of(
      "---", "--- ", "...", "[Discovered](", "[Discovered]", "](", "### QUOTE: ", "## QUOTE",
      "## QUOTE:", ">...", ">", "> ", ">>", "* Read the whole thing:  ", "Read the whole thing: ",
      "(Read the whole thing: ", "* By: ", "* Published: ", "<--", "<---", "-->", "<\u2014", "{{",
      "{%", "}}", "%}", "{{ \"{{\" }}", "{% raw %}", "{% endraw %}", "!binary", "!!binary",
      "!binary |-\n  aGk=", "&anchor ", "*anchor", "&a [x, *a]", "*a", "<<: *a", ": ", ":", "\t",
      "\r\n", "\r", "\n", "\uFEFF", "[", "]", "(", ")", "<", "`", "```", "|", "\\", "\"", "'",
      "#", "- ", "* ", "+ ", "1. ", "    ", "ME:: ", " ; ", ":: ", "Oct 13, 2025 18:59 (UTC)",
      "Dec 9, 2022 16:57", "Mar 25, 2024.17:40", "Mar 25, 2024. ", "29july2020", "31August2020",
      "(UTC)", "(America/Vancouver)", "(+05:30)", "(Mars/Olympus)", "https://example.org/a_(b)",
      "http://", "mailto:x@example.org", "title: ", "layout: ", "date: ", "tags: ",
      "categories: ", "permalink: ", "? ", "!!str ", "!!int ", "!!map ", "!ruby/object:Gem ",
      "!!javax.script.ScriptEngineManager ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "{", "}",
      "~", "null", "|-\n  ", ">-\n  ", "&amp;", "&#0;", "$$", "~~", "**", "_");

  /** Characters that are rare in posts and matter to Java strings, YAML or Markdown. */
  private static final String[] ODD = {
      "\u0000", "\u0001", "\u0085", "\u2028", "\u2029", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF",
      "\uFFFD", "\u00A0", "\u200B", "\u200F", "\u202E", "e\u0301", "\uD83D\uDE42", "\u0645",
      "\u0660", "\u00E9", "\u0130", "\u017F", "\u212A", "\u1E9E"};

  /** Byte sequences that are not UTF-8: lone continuation, overlong, surrogate, cut, too big. */
  private static final byte[][] BAD_UTF8 = {
      {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xF0, (byte) 0x9F}};

  private FuzzInputs() {}

  /** One input: its bytes, and whether it goes to the reader as a file rather than a string. */
  record Input(byte[] bytes, String text, String how) {
    boolean asFile() {
      return text == null;
    }
  }

  /**
   * The input a seed gives.
   *
   * @param seed the input's own seed
   * @param bases the texts inputs are made from
   */
  static Input make(long seed, List<String> bases) {
    Random random = new Random(seed);
    int kind = random.nextInt(100);
    if (kind < 4) {
      byte[] noise = new byte[random.nextInt(random.nextBoolean() ? 64 : 4096)];
      random.nextBytes(noise);
      return new Input(noise, null, "random bytes");
    }
    if (kind < 10) {
      return asText(tokenSoup(random), random, "token soup");
    }
    String text = bases.get(random.nextInt(bases.size()));
    StringBuilder how = new StringBuilder();
    int changes = 1 + (random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(3));
    for (int i = 0; i < changes; i++) {
      text = mutate(text, bases, random, how);
    }
    if (random.nextInt(8) == 0) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      int byteChanges = 1 + random.nextInt(3);
      for (int i = 0; i < byteChanges; i++) {
        bytes = mutateBytes(bytes, random, how);
      }
      return new Input(bytes, null, how.toString());
    }
    return asText(text, random, how.toString());
  }

  /** Most texts go to {@code read(String)}; some are written to a file and read from there. */
  private static Input asText(String text, Random random, String how) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return random.nextInt(8) == 0 ? new Input(bytes, null, how) : new Input(bytes, text, how);
  }

  /** Where the reader decides what a block is: changes near them reach its edge cases. */
  private static final List<String> ANCHORS = List.of(
      "[Discovered](", "): ", ":", "(UTC)", " [", "](", "<--", "### QUOTE", "## QUOTE",
      "Read the whole thing", "* By: ", "* Published: ", ">...", "\n>", "title: ", "---", "ME:: ",
      ":: ", " ; ", ", 20", "\n\n");

  private static String mutate(String text, List<String> bases, Random random, StringBuilder how) {
    int at = random.nextBoolean() ? nearAnchor(text, random) : random.nextInt(text.length() + 1);
    String marker = MARKERS.get(random.nextInt(MARKERS.size()));
    List<int[]> lines = lines(text);
    int choice = random.nextInt(20);
    how.append(switch (choice) {
      case 0 -> "insert " + marker.strip() + ";";
      case 1 -> "line " + marker.strip() + ";";
      case 2 -> "repeat " + marker.strip() + ";";
      case 3 -> "cut " + marker.strip() + ";";
      case 4 -> "cut line;";
      case 5 -> "duplicate lines;";
      case 6 -> "swap lines;";
      case 7 -> "move lines;";
      case 8 -> "line endings;";
      case 9 -> "BOM;";
      case 10 -> "tabs;";
      case 11 -> "splice;";
      case 12 -> "flood;";
      case 13 -> "odd character;";
      case 14 -> "truncate;";
      case 15 -> "digits;";
      case 16 -> "delete range;";
      case 17 -> "case;";
      case 18 -> "spaces;";
      default -> "insert at line start " + marker.strip() + ";";
    });
    switch (choice) {
      case 0:
        return insert(text, at, marker);
      case 1:
      case 19: {
        int[] line = lines.get(random.nextInt(lines.size()));
        return insert(text, line[0], choice == 1 ? marker + "\n" : marker);
      }
      case 2: {
        int found = occurrence(text, marker, random);
        return found < 0 ? insert(text, at, marker + marker) : insert(text, found, marker);
      }
      case 3: {
        int found = occurrence(text, marker, random);
        if (found < 0) {
          return text;
        }
        int cut = random.nextBoolean() ? marker.length() : 1 + random.nextInt(marker.length());
        return text.substring(0, found) + text.substring(Math.min(text.length(), found + cut));
      }
      case 4: {
        int[] line = lines.get(random.nextInt(lines.size()));
        return text.substring(0, line[0]) + text.substring(line[1]);
      }
      case 5: {
        int[] line = lines.get(random.nextInt(lines.size()));
        int[] last = lines.get(Math.min(lines.size() - 1,
            lines.indexOf(line) + random.nextInt(3)));
        String block = text.substring(line[0], last[1]);
        return insert(text, last[1], block.repeat(1 + random.nextInt(3)));
      }
      case 6: {
        int[] a = lines.get(random.nextInt(lines.size()));
        int[] b = lines.get(random.nextInt(lines.size()));
        if (a[0] > b[0]) {
          int[] t = a;
          a = b;
          b = t;
        }
        if (a[1] > b[0]) {
          return text;
        }
        return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
            + text.substring(a[0], a[1]) + text.substring(b[1]);
      }
      case 7: {
        int[] from = lines.get(random.nextInt(lines.size()));
        String block = text.substring(from[0], from[1]);
        String rest = text.substring(0, from[0]) + text.substring(from[1]);
        List<int[]> restLines = lines(rest);
        return insert(rest, restLines.get(random.nextInt(restLines.size()))[0], block);
      }
      case 8:
        return switch (random.nextInt(4)) {
          case 0 -> text.replace("\n", "\r\n");
          case 1 -> text.replace("\n", "\r");
          case 2 -> text.replace("\r\n", "\n");
          default -> {
            int found = occurrence(text, "\n", random);
            yield found < 0 ? text + "\r" : text.substring(0, found) + (random.nextBoolean()
                ? "\r\n" : "\r") + text.substring(found + 1);
          }
        };
      case 9:
        return text.startsWith("\uFEFF") && random.nextBoolean()
            ? text.substring(1) : insert(text, random.nextBoolean() ? 0 : at, "\uFEFF");
      case 10: {
        int found = occurrence(text, " ", random);
        return found < 0 ? insert(text, at, "\t")
            : text.substring(0, found) + "\t" + text.substring(found + 1);
      }
      case 11: {
        String other = bases.get(random.nextInt(bases.size()));
        int from = random.nextInt(other.length() + 1);
        int to = Math.min(other.length(), from + random.nextInt(400));
        return insert(text, at, other.substring(from, to));
      }
      case 12: {
        String unit = random.nextBoolean() ? marker
            : text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(4)));
        return insert(text, at, unit.repeat(10 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 200)));
      }
      case 13:
        return insert(text, at, ODD[random.nextInt(ODD.length)]);
      case 14:
        return text.substring(0, at);
      case 15: {
        int digit = at;
        while (digit < text.length() && digit < at + 80 && !Character.isDigit(text.charAt(digit))) {
          digit++;
        }
        if (digit >= text.length() || !Character.isDigit(text.charAt(digit))) {
          return text;
        }
        String[] numbers = {"0", "00", "13", "24", "29", "31", "32", "60", "99", "999", "9999",
            "2147483648", "99999999999999999999", "-1", "\u0661"};
        return text.substring(0, digit) + numbers[random.nextInt(numbers.length)]
            + text.substring(digit + 1);
      }
      case 16: {
        int to = Math.min(text.length(), at + random.nextInt(random.nextBoolean() ? 8 : 200));
        return text.substring(0, at) + text.substring(to);
      }
      case 17: {
        int to = Math.min(text.length(), at + random.nextInt(40));
        String part = text.substring(at, to);
        return text.substring(0, at) + (random.nextBoolean() ? part.toUpperCase(java.util.Locale.ROOT)
            : part.toLowerCase(java.util.Locale.ROOT)) + text.substring(to);
      }
      default: {
        int found = occurrence(text, random.nextBoolean() ? " " : "\n", random);
        return found < 0 ? text : insert(text, found, " ".repeat(1 + random.nextInt(6)));
      }
    }
  }

  private static byte[] mutateBytes(byte[] bytes, Random random, StringBuilder how) {
    int at = random.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
    switch (random.nextInt(5)) {
      case 0 -> {
        how.append("flip bit;");
        if (bytes.length > 0) {
          byte[] copy = bytes.clone();
          copy[Math.min(at, bytes.length - 1)] ^= (byte) (1 << random.nextInt(8));
          return copy;
        }
        return bytes;
      }
      case 1 -> {
        how.append("insert bytes;");
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        out.write(bytes, 0, at);
        out.writeBytes(noise);
        out.write(bytes, at, bytes.length - at);
      }
      case 2 -> {
        how.append("delete bytes;");
        int to = Math.min(bytes.length, at + 1 + random.nextInt(8));
        out.write(bytes, 0, at);
        out.write(bytes, to, bytes.length - to);
      }
      case 3 -> {
        how.append("invalid UTF-8;");
        out.write(bytes, 0, at);
        out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
        out.write(bytes, at, bytes.length - at);
      }
      default -> {
        how.append("set byte;");
        if (bytes.length > 0) {
          byte[] copy = bytes.clone();
          copy[Math.min(at, bytes.length - 1)] = (byte) random.nextInt(256);
          return copy;
        }
        return bytes;
      }
    }
    return out.toByteArray();
  }

  /** Front matter and body made of markers, odd characters and words in random order. */
  private static String tokenSoup(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(10) > 0) {
      text.append("---\n");
      if (random.nextBoolean()) {
        text.append("title: ");
      }
      soup(text, random, random.nextInt(30));
      text.append(random.nextInt(10) > 0 ? "\n---\n" : "\n");
    }
    soup(text, random, random.nextInt(random.nextInt(10) == 0 ? 2000 : 120));
    return text.toString();
  }

  private static void soup(StringBuilder text, Random random, int tokens) {
    for (int i = 0; i < tokens; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append(ODD[random.nextInt(ODD.length)]);
        case 1 -> text.append((char) random.nextInt(128));
        case 2 -> text.append(" word");
        default -> text.append(MARKERS.get(random.nextInt(MARKERS.size())));
      }
    }
  }

  /** A position just before, inside or after a random occurrence of a random anchor. */
  private static int nearAnchor(String text, Random random) {
    int found = occurrence(text, ANCHORS.get(random.nextInt(ANCHORS.size())), random);
    if (found < 0) {
      return random.nextInt(text.length() + 1);
    }
    return Math.max(0, Math.min(text.length(), found - 3 + random.nextInt(48)));
  }

  /** Each line's start and end (after its line break). */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    lines.add(new int[] {start, text.length()});
    return lines;
  }

  /** Where a random occurrence of the marker starts (one of the first few), or -1. */
  private static int occurrence(String text, String marker, Random random) {
    int found = text.indexOf(marker, random.nextInt(text.length() + 1));
    return found >= 0 ? found : text.indexOf(marker);
  }

  private static String insert(String text, int at, String inserted) {
    return text.substring(0, at) + inserted + text.substring(at);
  }

  /**
   * Posts in the reference format built through the API, for machines without the corpus:
   * every part the reader recognises, and the spellings it keeps (CRLF, BOM).
   */
  static List<String> builtInPosts() {
    JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();
    Link page = Link.of("Lena Ortiz:: The box that shrank the oceans", "https://ports.example.com/box/");
    Discovery discovery = Discovery.builder()
        .at(Instant.parse("2025-04-18T16:42:00Z"))
        .zone(ZoneId.of("America/Vancouver"))
        .via("https://blog.example.org/how-i-collect-links/")
        .page(page)
        .remarks("boxes *changed* the world")
        .build();
    Quote quote = Quote.builder()
        .source(page)
        .author("Lena Ortiz")
        .published(LocalDate.of(2024, 11, 10))
        .addExcerpt(Excerpt.of("Before 1956 a ship spent more time **tied up** in port than at sea.",
            "- a list\n- of two"))
        .addExcerpt(Excerpt.of("A second excerpt with `code | pipe` and a [link](https://x.example/)."))
        .build();
    LinkPost full = LinkPost.builder()
        .title("ME:: boxes changed the world ; Lena Ortiz:: November 10, 2024:: The box ; 'a pull quote'")
        .date(java.time.OffsetDateTime.parse("2025-04-18T09:42:00-07:00"))
        .addTags("shipping", "history")
        .addCategories("links")
        .permalink("/box/")
        .putExtraFrontMatter("image", "https://ports.example.com/box.png")
        .putExtraFrontMatter("nested", java.util.Map.of("list", List.of(1L, "two", true)))
        .discovery(discovery)
        .addQuote(quote)
        .addVerbatim("## My notes\n\n{{ page.title }} and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        .build();
    LinkPost small = LinkPost.builder()
        .title("Quotes \"inside\", a | pipe, {{ liquid }} and a\nline break")
        .discovery(Discovery.builder().at(Instant.parse("2020-07-29T08:45:00Z"))
            .zone(ZoneOffset.ofHoursMinutes(5, 30)).page(Link.of("[a] *b* `c`", "http://example.org/a_(b)"))
            .build())
        .addQuote(Quote.builder().source(Link.of("plain", "https://example.org/"))
            .addExcerpt(Excerpt.of(": a colon line\n$$ math $$", "> nested\n>more")).build())
        .build();
    LinkPost plain = LinkPost.builder().title("Just a post").addVerbatim("Some text.\n\n* a\n* b\n").build();
    List<String> posts = new ArrayList<>();
    for (LinkPost post : List.of(full, small, plain)) {
      String text = renderer.render(post);
      posts.add(text);
      posts.add(text.replace("\n", "\r\n"));
      posts.add("\uFEFF" + text);
    }
    posts.add("---\ntitle: !binary |-\n  w6l0w6k=\nlayout: post\nbase: &b {a: 1}\nother: *b\n---\n"
        + "* [Discovered](http://rolandtanglao.com/): Dec 9, 2022 16:57 [x](https://e.example/) <-- a\n"
        + "  remark over two lines\n\n## QUOTE\n\nRead the whole thing: [x](https://e.example/)\n\n"
        + "> one\nlazy\n\n>...\n\n>two\n");
    return posts;
  }
}
