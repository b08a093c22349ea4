package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.LinkPost;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class FrontMatterTest {
  private final JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();

  @ParameterizedTest
  @ValueSource(strings = {
      "\"", "\\", ":", "a: b", "# hash", "'", "*star", "&anchor", "!tag", "%percent", "@at", "`tick",
      "-dash", "- dash", "?q", "? q", "|pipe", ">fold", "yes", "no", "on", "off", "null", "~", "true",
      "1", "1.5", "0x1F", "1e3", "2025-10-13", "2025-10-13 18:59:00 +0000", "tab\there", "line\nbreak",
      "cr\rlf", "bell\u0007", "nul\u0000", "emoji 🙂", "مرحبا بالعالم", "\u200Ffrom right",
      "\uFEFFbom", "nel\u0085", "ls\u2028", " lead", "trail ", "{{ site.title }}", "[a, b]", "{a: b}",
      "ME:: 'quote' ; \"double\" | pipe"})
  void titlesLoadBackExactly(String title) {
    assertThat(loadTitle(LinkPost.builder().title(title).build())).isEqualTo(title);
  }

  @Property(tries = 500)
  void anyTitleLoadsBackExactly(@ForAll("titles") String title) {
    LinkPost post = LinkPost.builder().title(title).build();
    String text = renderer.render(post);
    assertThat(loadTitle(post)).as(text).isEqualTo(title);
    assertThat(text).as("the title stays on one line").contains("\ntitle: \"");
  }

  @Provide
  Arbitrary<String> titles() {
    Arbitrary<String> markup = Arbitraries.of(
        "\"", "\\", ":", ": ", "#", "'", "*", "&", "!", "%", "@", "`", "-", "?", "|", ">", "yes",
        "null", "~", "\t", "\n", "\r\n", "\u0000", "\u0085", "\u2028", "\uFEFF", "🙂", "مر", "{{", " ");
    // Any char but lone surrogates (the model refuses text that is not well-formed Unicode).
    Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFF').ofMinLength(1).ofMaxLength(12);
    return Arbitraries.oneOf(markup, any, any).list().ofMinSize(1).ofMaxSize(8)
        .map(parts -> String.join("", parts))
        .filter(t -> !t.isBlank());
  }

  /** Psych (Jekyll's YAML) loads a plain ":x" as a Ruby symbol and Jekyll refuses the post. */
  @Test
  void valuesStartingWithAColonAreQuoted() {
    LinkPost post = LinkPost.builder().title("T").addTags(":x", ":[^", "a:b", ":")
        .putExtraFrontMatter("k", List.of(List.of(":_ |"))).build();
    String text = renderer.render(post);
    assertThat(text).contains("tags:\n- ':x'\n- ':[^'\n- a:b\n- ':'\n")
        .contains("k:\n- - ':_ |'\n");
    assertThat(JekyllPostReader.jekyll().parse(text).tags()).containsExactly(":x", ":[^", "a:b", ":");
  }

  /**
   * Jekyll's YAML reads an unquoted time with seconds and no offset as a timestamp, which is in
   * UTC; a quoted one, or one without seconds, is text that Jekyll reads in the site's zone.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "2025-10-18 00:30:00     | 2025-10-18T00:30Z",
      "2025-10-18T00:30:00     | 2025-10-18T00:30Z",
      "2025-10-18 00:30:00.5   | 2025-10-18T00:30Z",
      "'2025-10-18 00:30:00'   | 2025-10-18T00:30-07:00",
      "\"2025-10-18 00:30:00\" | 2025-10-18T00:30-07:00",
      "2025-10-18 00:30        | 2025-10-18T00:30-07:00",
      "2025-10-18              | 2025-10-18T00:00-07:00",
      "2025-10-18 00:30:00 -03 | 2025-10-18T00:30-03:00"})
  void datesWithoutAnOffsetAreWhereJekyllPutsThem(String yaml, String date) {
    LinkPost post = JekyllPostReader.builder().zone(ZoneId.of("America/Vancouver")).build()
        .parse("---\ntitle: t\ndate: " + yaml + "\n---\nText.\n");
    assertThat(post.date()).contains(OffsetDateTime.parse(date));
  }

  @Test
  void writesTheOptionalKeysInAStableOrder() {
    LinkPost post = LinkPost.builder().title("T")
        .date(OffsetDateTime.parse("2025-10-13T11:59:00-07:00"))
        .addTags("llm", "tools")
        .addCategories("links")
        .permalink("/2025/10/13/tides/")
        .putExtraFrontMatter("draft", false)
        .putExtraFrontMatter("rating", 4)
        .putExtraFrontMatter("authors", List.of("a: b", "c"))
        .build();
    assertThat(renderer.render(post)).isEqualTo("""
        ---
        layout: post
        title: "T"
        date: 2025-10-13 11:59:00 -0700
        tags:
        - llm
        - tools
        categories:
        - links
        permalink: /2025/10/13/tides/
        draft: false
        rating: 4
        authors:
        - 'a: b'
        - c
        ---
        """);
    Map<String, Object> loaded = load(renderer.render(post));
    assertThat(loaded).containsEntry("permalink", "/2025/10/13/tides/")
        .containsEntry("date", "2025-10-13 11:59:00 -0700")
        .containsEntry("tags", List.of("llm", "tools"));
  }

  private String loadTitle(LinkPost post) {
    return (String) load(renderer.render(post)).get("title");
  }

  static Map<String, Object> load(String text) {
    String front = text.substring(4, text.indexOf("\n---\n") + 1);
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(front);
  }
}
