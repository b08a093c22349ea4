package io.github.linkpost.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of xss-vectors.txt in every text field and every URL field: the safe output holds
 * no executable content.
 */
class XssTest {
  private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
      "script", "iframe", "object", "embed", "style", "frame", "frameset", "applet", "base",
      "link", "meta", "form", "svg", "math", "title");
  private static final Set<String> URL_ATTRIBUTES = Set.of(
      "href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  static List<String> vectors() throws IOException {
    try (InputStream in = XssTest.class.getResourceAsStream("/xss-vectors.txt")) {
      List<String> vectors = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          vectors.add(line.replace("\\n", "\n"));
        }
      }
      return vectors;
    }
  }

  @Test
  void thereAreAtLeastAHundredVectors() throws IOException {
    assertThat(vectors()).hasSizeGreaterThanOrEqualTo(100);
  }

  record Field(String name, Function<String, LinkPost> post) {}

  static List<Field> fields() {
    return List.of(
        new Field("title", v -> base(v, "t", "p", "s", "r")),
        new Field("page text", v -> base("T", v, "p", "s", "r")),
        new Field("paragraph", v -> base("T", "t", oneParagraph(v), "s", "r")),
        new Field("source title", v -> base("T", "t", "p", v, "r")),
        new Field("remarks", v -> base("T", "t", "p", "s", oneLine(v))),
        new Field("author", v -> baseWithAuthor(oneLine(v))),
        new Field("verbatim", v -> LinkPost.builder().title("T").addVerbatim(v).build()));
  }

  @TestFactory
  List<DynamicTest> noExecutableContentFromAnyTextField() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    HtmlRenderer renderer = HtmlRenderer.jekyll();
    int index = 0;
    for (String vector : vectors()) {
      int n = index++;
      for (Field field : fields()) {
        tests.add(DynamicTest.dynamicTest("vector " + n + " in " + field.name(), () -> {
          LinkPost post;
          try {
            post = field.post().apply(vector);
          } catch (LinkPostException refused) {
            return; // the model refuses the text (e.g. a line break in a one-line field)
          }
          assertSafe(renderer.render(post), field.name(), vector);
          assertSafe(renderer.renderPage(post), field.name(), vector);
        }));
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> noExecutableContentFromAnyUrlField() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    HtmlRenderer renderer = HtmlRenderer.jekyll();
    int index = 0;
    for (String vector : vectors()) {
      int n = index++;
      tests.add(DynamicTest.dynamicTest("vector " + n + " as URLs", () -> {
        URI url;
        try {
          url = Link.of("x", vector).url();
        } catch (LinkPostException refused) {
          return; // not an http(s) URL: the model never holds it
        }
        LinkPost post = LinkPost.builder().title("T")
            .discovery(Discovery.builder().at(Instant.EPOCH).via(url)
                .page(Link.of("p", url)).build())
            .addQuote(Quote.builder().source(Link.of("s", url))
                .addExcerpt(Excerpt.of("p")).build())
            .build();
        assertSafe(renderer.render(post), "urls", vector);
      }));
    }
    return tests;
  }

  /** The built-in stylesheet, as a page of a harmless post has it. */
  private static final String BUILT_IN_STYLE = Jsoup.parse(HtmlRenderer.jekyll().renderPage(
      LinkPost.builder().title("T").build())).head().selectFirst("style").data();

  static void assertSafe(String html, String field, String vector) {
    Document doc = Jsoup.parse(html);
    // The page's own head holds a title, a charset, a viewport and the built-in stylesheet
    // (the same whatever the post); nothing more may be there.
    assertThat(doc.head().select("script, base, link, iframe, object, embed")).isEmpty();
    assertThat(doc.head().select("style")).hasSizeLessThanOrEqualTo(1)
        .allSatisfy(style -> assertThat(style.data()).isEqualTo(BUILT_IN_STYLE));
    String where = field + " <- " + vector + "\n" + html;
    for (Element e : doc.body().getAllElements()) {
      assertThat(FORBIDDEN_ELEMENTS).as(where).doesNotContain(e.normalName());
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as(where).doesNotStartWith("on");
        assertThat(name).as(where).isNotEqualTo("style");
        if (URL_ATTRIBUTES.contains(name)) {
          String value = a.getValue().strip();
          int colon = value.indexOf(':');
          int slash = value.indexOf('/');
          if (colon >= 0 && (slash < 0 || colon < slash)) {
            String scheme = value.substring(0, colon).toLowerCase(Locale.ROOT);
            assertThat(SAFE_SCHEMES).as(where).contains(scheme);
          } else {
            assertThat(value).as(where + "\nrelative URL").satisfiesAnyOf(
                v -> assertThat(v).isEmpty(), v -> assertThat(v).startsWith("#"));
          }
        }
      }
    }
  }

  private static String oneParagraph(String v) {
    return v.replaceAll("\n\\s*\n", "\n");
  }

  private static String oneLine(String v) {
    return v.replace('\n', ' ');
  }

  private static LinkPost base(String title, String pageText, String paragraph, String source,
      String remarks) {
    return LinkPost.builder().title(title)
        .discovery(Discovery.builder().at(Instant.EPOCH).via("https://example.org/via")
            .page(Link.of(pageText, "https://example.org/p")).remarks(remarks).build())
        .addQuote(Quote.builder().source(Link.of(source, "https://example.org/s"))
            .addExcerpt(Excerpt.of(paragraph)).build())
        .build();
  }

  private static LinkPost baseWithAuthor(String author) {
    return LinkPost.builder().title("T")
        .addQuote(Quote.builder().source(Link.of("s", "https://example.org/s")).author(author)
            .addExcerpt(Excerpt.of("p")).build())
        .build();
  }
}
