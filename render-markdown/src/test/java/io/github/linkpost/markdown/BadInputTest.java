package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad posts give the library's exception with the file, the line and what is wrong. */
class BadInputTest {
  private final JekyllPostReader reader = JekyllPostReader.jekyll();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "empty file||1|is empty",
      "no front matter|just text\\n|1|has no front matter",
      "no closing line|---\\ntitle: x\\nbody\\n|1|has no closing --- line",
      "malformed YAML|---\\ntitle: x\\nbad: [unclosed\\n---\\n|4|front matter is not valid YAML",
      "title is a list|---\\nlayout: post\\ntitle:\\n  - a\\n  - b\\n---\\n|4|title must be text, was a list",
      "title is a map|---\\ntitle: {a: b}\\n---\\n|2|title must be text, was a map",
      "java tag|---\\ntitle: !!javax.script.ScriptEngineManager [x]\\n---\\n|2|tag tag:yaml.org,2002:javax.script.ScriptEngineManager is not allowed",
      "local tag|---\\ntitle: x\\nother: !ruby/object:Gem::Installer {a: b}\\n---\\n|3|tag !ruby/object:Gem::Installer is not allowed",
      "front matter a list|---\\n- a\\n---\\n|2|front matter must be a map",
      "bad date|---\\ntitle: t\\ndate: yesterday\\n---\\n|3|date is not a date"})
  void refusesWithTheLine(String name, String text, int line, String message, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("post.md");
    Files.writeString(file, text == null ? "" : text.replace("\\n", "\n"));
    assertThatThrownBy(() -> reader.read(file))
        .as(name)
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith(file + ":" + line + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((LinkPostException) e).line()).hasValue(line));
  }

  @Test
  void refusesABinaryTitleThatIsNotText() {
    assertThatThrownBy(() -> reader.parse("---\ntitle: !binary |-\n  /w==\n---\n"))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("line 2: a !binary value must be base64 of UTF-8 text");
  }

  @Test
  void refusesTextThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.md");
    Files.write(file, "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LinkPostException.class)
        .hasMessage(file + ": is not UTF-8 text");
  }

  /** Each malformed sequence is refused, never read as a replacement character. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "lone continuation byte, 80", "overlong slash, C0AF", "encoded surrogate, EDA080",
      "cut three-byte sequence, E282", "above U+10FFFF, F4908080", "byte FF, FF",
      "byte order mark of UTF-16, FEFF", "cut four-byte sequence at the end, F09F"})
  void refusesEveryMalformedSequence(String what, String hex, @TempDir Path dir) throws Exception {
    byte[] bad = java.util.HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT));
    byte[] before = "---\ntitle: a ".getBytes(StandardCharsets.UTF_8);
    byte[] after = what.endsWith("at the end") ? new byte[0]
        : " b\n---\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[before.length + bad.length + after.length];
    System.arraycopy(before, 0, bytes, 0, before.length);
    System.arraycopy(bad, 0, bytes, before.length, bad.length);
    System.arraycopy(after, 0, bytes, before.length + bad.length, after.length);
    Path file = Files.write(dir.resolve("bad.md"), bytes);
    assertThatThrownBy(() -> reader.read(file)).as(what).isInstanceOf(LinkPostException.class)
        .hasMessage(file + ": is not UTF-8 text");
  }

  @Test
  void refusesAMissingFile(@TempDir Path dir) {
    Path file = dir.resolve("nope.md");
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(LinkPostException.class)
        .hasMessage("cannot read " + file + ": no such file");
    assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(LinkPostException.class)
        .hasMessage("cannot read " + dir + ": is a folder");
  }

  @Test
  void refusesBillionLaughsQuickly() {
    StringBuilder yaml = new StringBuilder("---\ntitle: t\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    yaml.append("---\n");
    assertThatThrownBy(() -> reader.parse(yaml.toString())).isInstanceOf(LinkPostException.class)
        .hasMessageContaining("front matter");
  }

  @Test
  void refusesAliasesThatExpandTooFar() {
    StringBuilder yaml = new StringBuilder("---\ntitle: t\na0: &a0 [x, x]\n");
    for (int i = 1; i < 24; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    yaml.append("---\n");
    assertThatThrownBy(() -> reader.parse(yaml.toString())).isInstanceOf(LinkPostException.class)
        .hasMessageContaining("more than 10000 values");
  }

  @Test
  void refusesDeepNesting() {
    String yaml = "---\ntitle: t\ndeep: " + "[".repeat(200) + "]".repeat(200) + "\n---\n";
    assertThatThrownBy(() -> reader.parse(yaml)).isInstanceOf(LinkPostException.class)
        .hasMessageContaining("front matter");
  }

  @Test
  void refusesHugeFrontMatter() {
    String yaml = "---\ntitle: t\nbig: \"" + "x".repeat(FrontMatterLimit.CODE_POINTS + 10) + "\"\n---\n";
    assertThatThrownBy(() -> reader.parse(yaml)).isInstanceOf(LinkPostException.class)
        .hasMessageContaining("front matter");
  }

  @Test
  void readsAFiftyMegabyteBody(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.md");
    StringBuilder text = new StringBuilder("---\ntitle: big\n---\n");
    String paragraph = "A paragraph of text with *emphasis* and a [link](https://example.org/).\n\n";
    while (text.length() < 50_000_000) {
      text.append(paragraph);
    }
    Files.writeString(file, text);
    LinkPost post = reader.read(file);
    assertThat(post.body()).hasSize(1);
    assertThat(JekyllMarkdownRenderer.jekyll().render(post)).hasSize(text.length());
  }

  /** The limit the reader documents for front matter. */
  static final class FrontMatterLimit {
    static final int CODE_POINTS = 1_000_000;
  }
}
