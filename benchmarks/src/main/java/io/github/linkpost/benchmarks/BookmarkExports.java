package io.github.linkpost.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a generated bookmark export for whole-process runs: {@code html COUNT FILE} (a
 * Netscape bookmark file as a browser writes it: nested folders, tags, notes, icons) or {@code
 * json COUNT FILE} (Pinboard's JSON). The same seed gives the same file; about 4% of the entries
 * are a page bookmarked again in another folder, 3% are not web pages and 5% are private.
 */
public final class BookmarkExports {
  private static final String[] WORDS = {"tides", "maps", "notes", "essay", "guide", "on", "the",
      "of", "a", "history", "small", "models", "\"quoted\"", "it's", "café", "über", "|", "*",
      "[x]", "<b>", "&", "{{ x }}", "—", "🙂"};

  private BookmarkExports() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: BookmarkExports html|json COUNT FILE");
      System.exit(2);
    }
    int count = Integer.parseInt(args[1]);
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      if (args[0].equals("json")) {
        json(count, out);
      } else {
        html(count, out);
      }
    }
  }

  private static String words(Random random, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static String url(Random random, int i) {
    int page = random.nextInt(25) == 0 && i > 10 ? random.nextInt(i) : i; // bookmarked again
    return switch (random.nextInt(33)) {
      case 0 -> "javascript:void(" + i + ")";
      default -> "https://site" + (page % 997) + ".example.org/" + words(random, 1).replaceAll("\\W", "")
          + "/page-" + page + (random.nextBoolean() ? "?ref=" + (page % 7) : "");
    };
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static void html(int count, BufferedWriter out) throws IOException {
    Random random = new Random(20261203L);
    out.write("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<!-- This is an automatically generated file.\n"
        + "     It will be read and overwritten.\n     DO NOT EDIT! -->\n"
        + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
        + "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks Menu</H1>\n\n<DL><p>\n");
    int i = 0;
    for (int folder = 0; i < count; folder++) {
      out.write("    <DT><H3 ADD_DATE=\"1600000000\" LAST_MODIFIED=\"1600000000\">Folder " + folder
          + "</H3>\n    <DL><p>\n");
      for (int sub = 0; sub < 4 && i < count; sub++) {
        out.write("        <DT><H3>" + html(words(random, 2)) + "</H3>\n        <DL><p>\n");
        for (int k = 0; k < 250 && i < count; k++, i++) {
          out.write("            <DT><A HREF=\"" + html(url(random, i)) + "\" ADD_DATE=\""
              + (1_300_000_000L + i * 600L) + "\" LAST_MODIFIED=\"" + (1_300_000_000L + i * 600L)
              + "\"" + (random.nextInt(3) == 0 ? " ICON=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE\"" : "")
              + (random.nextInt(2) == 0 ? " TAGS=\"" + html(words(random, 2).replace(' ', ',')) + "\"" : "")
              + (random.nextInt(20) == 0 ? " PRIVATE=\"1\"" : "")
              + ">" + html(words(random, 3 + random.nextInt(6))) + "</A>\n");
          if (random.nextInt(4) == 0) {
            out.write("            <DD>" + html(words(random, 5 + random.nextInt(20))) + "\n");
          }
        }
        out.write("        </DL><p>\n");
      }
      out.write("    </DL><p>\n");
    }
    out.write("</DL>\n");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
  }

  private static void json(int count, BufferedWriter out) throws IOException {
    Random random = new Random(20261204L);
    out.write("[");
    for (int i = 0; i < count; i++) {
      out.write((i == 0 ? "" : ",\n") + "{\"href\":\"" + json(url(random, i)) + "\",\"description\":\""
          + json(words(random, 3 + random.nextInt(6))) + "\",\"extended\":\""
          + (random.nextInt(4) == 0 ? json(words(random, 5 + random.nextInt(20))) : "")
          + "\",\"meta\":\"0123456789abcdef0123456789abcdef\",\"hash\":\"fedcba9876543210fedcba9876543210\","
          + "\"time\":\"" + java.time.Instant.ofEpochSecond(1_300_000_000L + i * 600L)
          + "\",\"shared\":\"" + (random.nextInt(20) == 0 ? "no" : "yes") + "\",\"toread\":\"no\",\"tags\":\""
          + json(words(random, random.nextInt(3))) + "\"}");
    }
    out.write("]\n");
  }
}
