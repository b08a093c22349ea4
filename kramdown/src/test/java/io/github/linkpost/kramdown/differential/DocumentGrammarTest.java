package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator is honest: every construct it is meant to write appears in a good share of
 * documents, and kramdown really recognises it in many of the documents that hold it (a
 * grammar that only wrote text kramdown takes for a paragraph would prove little).
 */
class DocumentGrammarTest {
  private static final int DOCUMENTS = 3000;

  /**
   * Each construct and a piece of kramdown's HTML that shows it was recognised ({@code !x}:
   * the construct's own syntax {@code x} is gone from the HTML; {@code a|b}: any of them).
   */
  private static final Map<String, String> RECOGNISED = new TreeMap<>(Map.ofEntries(
      Map.entry("paragraph", "<p>"),
      Map.entry("atx header", "<h"),
      Map.entry("setext header", "<h"),
      Map.entry("blockquote", "<blockquote>"),
      Map.entry("indented code", "<pre"),
      Map.entry("fenced code", "<pre"),
      Map.entry("fenced code with language", "<div class=\"language-"),
      Map.entry("unordered list", "<ul"),
      Map.entry("ordered list", "<ol"),
      Map.entry("task list item", "class=\"task-list-item\""),
      Map.entry("definition list", "<dl>"),
      Map.entry("table", "<table"),
      Map.entry("GFM table", "<table"),
      Map.entry("table footer", "<tfoot>"),
      Map.entry("rule", "<hr />"),
      Map.entry("HTML block", "</"),
      Map.entry("HTML block markdown=\"1\"", "!markdown="),
      Map.entry("HTML block markdown=\"span\"", "!markdown="),
      Map.entry("HTML block markdown=\"block\"", "!markdown="),
      Map.entry("math block", "\\["),
      Map.entry("math span", "\\("),
      Map.entry("footnote definition", "class=\"footnotes\""),
      Map.entry("footnote marker", "class=\"footnote\""),
      Map.entry("abbreviation", "<abbr"),
      Map.entry("link definition", "<a href"),
      Map.entry("block IAL", "class=\""),
      Map.entry("toc", "id=\"markdown-toc\""),
      Map.entry("emphasis", "<em>"),
      Map.entry("code span", "<code"),
      Map.entry("inline link", "<a href"),
      Map.entry("reference link", "<a href"),
      Map.entry("image", "<img"),
      Map.entry("autolink", "<a href"),
      Map.entry("typographic symbol", "…|–|—|«|»"),
      Map.entry("smart quotes", "‘|’|“|”"),
      Map.entry("strikethrough", "<del>"),
      Map.entry("line break", "<br />"),
      Map.entry("span IAL", "class=\""),
      Map.entry("block extension", "!{::"),
      Map.entry("span extension", "!{::")));

  /** Constructs with no single piece of HTML to show them, which must still be generated. */
  private static final List<String> ALSO_GENERATED = List.of("ALD", "end of block", "entity",
      "escape", "HTML span", "hostile text", "lazy line", "CRLF", "CR", "mixed line ends",
      "no final line end", "HTML block markdown=\"0\"", "block start inside a paragraph");

  private static Oracle oracle;

  @BeforeAll
  static void start() {
    oracle = Oracle.start();
  }

  @AfterAll
  static void stop() {
    if (oracle != null) {
      oracle.close();
    }
  }

  private static boolean shows(String html, String marker) {
    if (marker.startsWith("!")) {
      return !html.contains(marker.substring(1));
    }
    for (String any : marker.split("\\|")) {
      if (html.contains(any)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyConstructIsGeneratedAndRecognised() {
    Random random = new Random(7);
    List<GeneratedDocument> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      documents.add(KramdownDocuments.document(random));
    }
    List<Outcome> html =
        oracle.toHtml(documents.stream().map(GeneratedDocument::markdown).toList());
    Map<String, int[]> counts = new TreeMap<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      for (String construct : documents.get(i).constructs()) {
        int[] c = counts.computeIfAbsent(construct, k -> new int[2]);
        c[0]++;
        String marker = RECOGNISED.get(construct);
        if (marker != null && !html.get(i).failed() && shows(html.get(i).html(), marker)) {
          c[1]++;
        }
      }
    }
    StringBuilder table = new StringBuilder();
    counts.forEach((k, c) -> table.append(String.format("%-30s %5d %5d%n", k, c[0], c[1])));
    List<String> all = new ArrayList<>(RECOGNISED.keySet());
    all.addAll(ALSO_GENERATED);
    for (String construct : all) {
      assertThat(counts).as(table.toString()).containsKey(construct);
      assertThat(counts.get(construct)[0]).as("documents holding %s%n%s", construct, table)
          .isGreaterThanOrEqualTo(DOCUMENTS / 200);
    }
    RECOGNISED.keySet().forEach(construct -> assertThat(counts.get(construct)[1])
        .as("documents holding %s where kramdown shows it%n%s", construct, table)
        .isGreaterThanOrEqualTo(counts.get(construct)[0] / 4));
    assertThat(counts.keySet()).as("constructs the grammar writes that this test does not know")
        .isSubsetOf(all);
  }
}
