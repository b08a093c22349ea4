package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link JekyllFrontMatter} removes front matter exactly as Jekyll's own pattern does: checked
 * against Ruby's on post files of every shape of first line, closing line, line end and body.
 */
class JekyllFrontMatterTest {
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

  @Test
  void removesWhatJekyllRemoves() {
    assertThat(JekyllFrontMatter.body("---\ntitle: x\n---\nbody\n")).isEqualTo("body\n");
    assertThat(JekyllFrontMatter.body("\uFEFF---\r\na: b\r\n...\r\nbody")).isEqualTo("body");
    assertThat(JekyllFrontMatter.body("---\n---\n")).isEqualTo("");
    assertThat(JekyllFrontMatter.body("text\n---\nx\n---\n")).isEqualTo("text\n---\nx\n---\n");
    assertThat(JekyllFrontMatter.body("---\nno end\n")).isEqualTo("---\nno end\n");
  }

  @Test
  void agreesWithJekyllOnEveryShape() {
    Random random = new Random(11);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      files.add(file(random));
    }
    List<String> read = files.stream()
        .map(f -> f.startsWith("\uFEFF") ? f.substring(1) : f).toList();
    List<Outcome> jekyll = oracle.bodies(read);
    for (int i = 0; i < files.size(); i++) {
      assertThat(JekyllFrontMatter.body(files.get(i))).as(Visible.of(files.get(i)))
          .isEqualTo(jekyll.get(i).html());
    }
  }

  private static String file(Random r) {
    String[] ends = {"\n", "\r\n", "\r", "\n"};
    String end = pick(r, ends);
    StringBuilder f = new StringBuilder();
    if (r.nextInt(10) == 0) {
      f.append('\uFEFF');
    }
    if (r.nextInt(20) == 0) {
      f.append(pick(r, "\n", " ", "x"));
    }
    f.append(pick(r, "---", "---", "---", "--- ", "---\t", "----", "-- -", " ---", "---x", "..."));
    f.append(end);
    int lines = r.nextInt(4);
    for (int i = 0; i < lines; i++) {
      f.append(pick(r, "title: x", "a: '---'", "b: |", "  ---", "", "...", "c: ...", " ",
          "--- # not", "d: \"x\"")).append(r.nextInt(8) == 0 ? pick(r, ends) : end);
    }
    if (r.nextInt(8) != 0) {
      f.append(pick(r, "---", "---", "...", "--- ", "---\t  ", "----", "... x", "---\u00A0"));
      f.append(r.nextInt(6) == 0 ? "" : pick(r, ends));
    }
    f.append(pick(r, "", "body\n", "---\nmore\n", "\n---\n", "text", "\n\nbody", "  body"));
    return f.toString();
  }

  private static String pick(Random r, String... choices) {
    return choices[r.nextInt(choices.length)];
  }
}
