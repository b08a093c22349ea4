package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.linkpost.LinkPost;
import io.github.linkpost.markdown.JekyllPostReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * {@link Permalinks} against the real Jekyll: a site of posts named and front-mattered in tricky
 * ways is built under each permalink style and pattern, and every URL and date Jekyll gives its
 * posts ({@code post.url}, {@code post.date}) is compared with ours, as is the file it writes.
 */
class JekyllPermalinksTest {
  static final ZoneId ZONE = ZoneId.of("America/Vancouver");

  /** Every placeholder Jekyll knows for a post, in one pattern. */
  static final String EVERY_PLACEHOLDER = "/:categories/:slugified_categories/:year/:short_year/"
      + ":month/:i_month/:short_month/:long_month/:day/:i_day/:y_day/:hour/:minute/:second/"
      + ":w_year/:week/:w_day/:short_day/:long_day/:title/:slug/:name/:collection:output_ext";

  static final List<String> STYLES = List.of("date", "pretty", "ordinal", "weekdate", "none",
      EVERY_PLACEHOLDER, "/:path/", "/:year_:month_:day/:title", "/blog/:i_month-:i_day/:slug.htm");

  /** Path and front matter (between the --- lines) of each post; the body is one line. */
  static final Map<String, String> POSTS = new LinkedHashMap<>();

  static {
    POSTS.put("_posts/2025-10-13-p1159-tides.md", "title: Tides");
    POSTS.put("_posts/2025-10-13-named-by-file.md", "title: \"A title: not in the URL\"");
    POSTS.put("_posts/2025-10-14-x.md", "title: Slugged\nslug: \"Custom Slug! Ünïcödé ~(ok)\"");
    POSTS.put("_posts/2025-10-15-cats.md",
        "title: Cats\ncategories: [News, news, \"Tech Talk\", c++, \"what?\", \"c#\", \"100%\","
            + " \"note:x\", Ünïcode]");
    POSTS.put("_posts/2025-10-15-string-cats.md", "title: S\ncategories: alpha  Beta");
    POSTS.put("_posts/2025-10-15-one-cat.md", "title: C\ncategory: Solo Cat");
    POSTS.put("_posts/2025-10-15-both-cats.md", "title: C\ncategories: [a]\ncategory: [b, c]");
    POSTS.put("_posts/2025-10-15-host-cats.md", "title: H\ncategories: [\"//plain\", \"//é%\"]");
    POSTS.put("blog/_posts/2025-10-16-in-blog.md", "title: In a folder");
    POSTS.put("blog/deep/_posts/2025-10-16-deeper.md", "title: Deeper\ncategories: extra");
    POSTS.put("_posts/sub/2025-10-16-in-sub.md", "title: Sub");
    POSTS.put("my_posts/_posts/2025-10-16-quirk.md", "title: Quirk");
    POSTS.put("_posts/2025-10-17-late.md", "title: Late\ndate: 2025-10-17 23:30:00 -0300");
    POSTS.put("_posts/2025-10-17-early.md", "title: Early\ndate: 2025-10-18 00:30:00");
    POSTS.put("_posts/2025-10-17-day-only.md", "title: Day\ndate: 2025-10-19");
    POSTS.put("_posts/2025-10-17-utc.md", "title: UTC\ndate: 2025-10-20T06:59:59Z");
    POSTS.put("_posts/2025-10-18-a.b.c.md", "title: Dots");
    POSTS.put("_posts/2025-10-18-trailing...md", "title: Trailing dots");
    POSTS.put("_posts/2025-10-18-café-ñandú.md", "title: Unicode name");
    POSTS.put("_posts/2025-10-18-a b&c(d)+e=f@g~h,i;j!k$l'm.md", "title: Signs");
    POSTS.put("_posts/2025-10-18-ΣΑΣ İstanbul 🙂.md", "title: Cases");
    POSTS.put("_posts/2025-10-18-under_score.md", "title: Underscore");
    POSTS.put("_posts/2025-10-18-UPPER.md", "title: Upper");
    POSTS.put("_posts/2025-1-5-short-date.md", "title: Short date");
    POSTS.put("_posts/2024-12-30-iso-week-one.md", "title: Week 1 of 2025");
    POSTS.put("_posts/2027-01-01-iso-week-53.md", "title: Week 53 of 2026");
    POSTS.put("_posts/2024-02-29-leap.md", "title: Leap day\ndate: 2024-12-31 12:00:00");
    POSTS.put("_posts/2025-10-19-fm-permalink.md", "title: P\npermalink: /custom/:year/:title/");
    POSTS.put("_posts/2025-10-19-fm-literal.md", "title: P\npermalink: /pages/thing.php");
    POSTS.put("_posts/2025-10-19-fm-ext.md", "title: P\npermalink: \"/e/:title:output_ext\"");
    POSTS.put("_posts/2025-10-19-fm-odd.md", "title: P\npermalink: \"a b/../c/./d//e\"");
    POSTS.put("_posts/2025-10-19-fm-query.md", "title: P\npermalink: /what?/:title/");
    POSTS.put("_posts/2025-10-19-empty-slug.md", "title: E\nslug: \"\"");
    POSTS.put("_posts/2025-10-19-markdown.markdown", "title: Other extension");
  }

  @Test
  void everyUrlAndDateIsJekylls() throws Exception {
    Tools.assumeJekyll();
    Path site = Files.createTempDirectory("linkpost-permalinks-");
    try {
      for (Map.Entry<String, String> post : POSTS.entrySet()) {
        Path file = site.resolve(post.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n" + post.getValue() + "\n---\nText.\n");
      }
      Files.writeString(site.resolve("urls.txt"), "---\nlayout: null\n---\n"
          + "{% for post in site.posts %}[{{ post.relative_path | jsonify }}, {{ post.url | jsonify }},"
          + " {{ post.date | date: \"%Y-%m-%dT%H:%M:%S%:z\" | jsonify }}]\n{% endfor %}");
      SoftAssertions soft = new SoftAssertions();
      int compared = 0;
      for (String style : STYLES) {
        compared += compare(site, style, soft);
      }
      soft.assertAll();
      assertThat(compared).isEqualTo(STYLES.size() * POSTS.size());
      System.out.printf("permalinks: %d URLs and dates the same as Jekyll's, in %d styles%n",
          compared, STYLES.size());
    } finally {
      Tools.deleteTree(site);
    }
  }

  private int compare(Path site, String style, SoftAssertions soft) throws Exception {
    Files.writeString(site.resolve("_config.yml"), "timezone: America/Vancouver\nfuture: true\n"
        + "permalink: \"" + style + "\"\nurl: https://blog.example.org\nbaseurl: /notes\n");
    Path out = site.resolve("_site");
    Tools.deleteTree(out);
    Tools.Result build = Tools.run(List.of("jekyll", "build", "--quiet", "-s", site.toString(),
        "-d", out.toString()));
    assertThat(build.status()).as(build.output()).isZero();
    Permalinks permalinks = Permalinks.builder().style(style).zone(ZONE)
        .url("https://blog.example.org").baseurl("/notes").build();
    JekyllPostReader reader = JekyllPostReader.builder().zone(ZONE).build();
    int compared = 0;
    JsonFactory json = new JsonFactory();
    for (String line : Files.readString(out.resolve("urls.txt")).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = strings(json, line);
      String path = fields.get(0);
      String as = style + " " + path;
      LinkPost post = reader.read(site.resolve(path));
      String url = permalinks.relativeUrl(path, post);
      soft.assertThat(url).as(as).isEqualTo(fields.get(1));
      soft.assertThat(permalinks.date(path, post).toString())
          .as(as + " date").isEqualTo(java.time.OffsetDateTime.parse(fields.get(2)).toString());
      // The absolute URL names the file Jekyll wrote.
      URI absolute = permalinks.absoluteUrl(path, post);
      soft.assertThat(absolute.toString()).as(as).startsWith("https://blog.example.org/notes/");
      String decoded = URLDecoder.decode(absolute.getRawPath().substring("/notes".length())
          .replace("+", "%2B"), StandardCharsets.UTF_8);
      // Jekyll's destination: index.html in a folder, else the output extension when missing.
      Path written = out.resolve(decoded.substring(1) + (decoded.endsWith("/") ? "index.html" : ""));
      if (!Files.isRegularFile(written)) {
        written = out.resolve(decoded.substring(1) + ".html");
      }
      soft.assertThat(written).as(as + " page written at " + absolute).isRegularFile();
      compared++;
    }
    return compared;
  }

  private static List<String> strings(JsonFactory json, String line) throws Exception {
    try (JsonParser parser = json.createParser(line)) {
      List<String> values = new java.util.ArrayList<>();
      parser.nextToken();
      while (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
        values.add(parser.getText());
      }
      return values;
    }
  }
}
