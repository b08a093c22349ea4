package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.markdown.JekyllPostReader;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Jekyll's URLs for posts of the project's own, as Jekyll 4.3 gave them (see
 * {@link JekyllPermalinksTest}, which compares with the real Jekyll where it is installed).
 */
class PermalinksTest {
  static LinkPost post(String frontMatter) {
    return JekyllPostReader.builder().zone(JekyllPermalinksTest.ZONE).build()
        .parse("---\n" + (frontMatter.startsWith("title:") ? "" : "title: T\n") + frontMatter
            + "---\nText.\n");
  }

  static String url(String style, String path, String frontMatter) {
    return Permalinks.builder().style(style).zone(JekyllPermalinksTest.ZONE).build()
        .relativeUrl(path, post(frontMatter));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "date     | _posts/2025-10-13-p1159-tides.md |                          | /2025/10/13/p1159-tides.html",
      "pretty   | _posts/2025-10-13-p1159-tides.md |                          | /2025/10/13/p1159-tides/",
      "ordinal  | _posts/2025-10-13-p1159-tides.md |                          | /2025/286/p1159-tides.html",
      "weekdate | _posts/2025-10-13-p1159-tides.md |                          | /2025/W42/Mon/p1159-tides.html",
      "none     | _posts/2025-10-13-p1159-tides.md |                          | /p1159-tides.html",
      "pretty   | 2025-10-13-p1159-tides.md        |                          | /2025/10/13/p1159-tides/",
      "pretty   | _posts/2025-10-13-named.md       | `title: Other\\n`        | /2025/10/13/named/",
      "pretty   | _posts/2025-10-14-x.md           | `slug: 'Custom Slug! Ünïcödé ~(ok)'\\n` | /2025/10/14/Custom-Slug!-%C3%9Cn%C3%AFc%C3%B6d%C3%A9-~(ok)/",
      "/:slug/  | _posts/2025-10-14-x.md           | `slug: 'Custom Slug! Ünïcödé'\\n` | /custom-slug-%C3%BCn%C3%AFc%C3%B6d%C3%A9/",
      "pretty   | _posts/2025-10-15-cats.md        | `categories: [News, news, Tech Talk, c++, 'what?', 'c#', '100%', 'note:x']\\n` | /news/tech%20talk/c++/what?/c%23/100%25/note:x/2025/10/15/cats/",
      "/:slugified_categories/:title/ | _posts/2025-10-15-cats.md | `categories: [Tech Talk, c++]\\n` | /tech-talk/c/cats/",
      "pretty   | _posts/2025-10-15-c.md           | `categories: [a]\\ncategory: [b, c]\\n` | /a/b/c/2025/10/15/c/",
      "pretty   | _posts/2025-10-15-h.md           | `categories: ['//plain', '//é%']\\n` | /plain/%C3%A9%25/2025/10/15/h/",
      "pretty   | blog/deep/_posts/2025-10-16-d.md | `categories: extra\\n`   | /blog/deep/extra/2025/10/16/d/",
      "/:path/  | _posts/sub/2025-10-16-in-sub.md  |                          | /sub/2025-10-16-in-sub/",
      "/:path/  | my_posts/_posts/2025-10-16-q.md  |                          | /my/_posts/2025-10-16-q/",
      "pretty   | _posts/2025-10-17-late.md        | `date: 2025-10-17 23:30:00 -0300\\n` | /2025/10/17/late/",
      "pretty   | _posts/2025-10-17-early.md       | `date: 2025-10-18 00:30:00\\n` | /2025/10/17/early/",
      "pretty   | _posts/2025-10-18-trailing...md  |                          | /2025/10/18/trailing/",
      "pretty   | _posts/2025-10-18-ΣΑΣ İstanbul 🙂.md |                      | /2025/10/18/%CE%A3%CE%91%CE%A3-%C4%B0stanbul/",
      "/:slug/  | _posts/2025-10-18-ΣΑΣ İstanbul 🙂.md |                      | /%CF%83%CE%B1%CF%83-i%CC%87stanbul/",
      "/:year_:month_:day/:title | _posts/2025-1-5-short.md |             | /2025_01_05/short",
      "/:w_year/:week/:w_day/ | _posts/2024-12-30-w.md |                    | /2025/01/1/",
      "pretty   | _posts/2025-10-19-p.md           | `permalink: /custom/:year/:title/\\n` | /custom/2025/p/",
      "pretty   | _posts/2025-10-19-p.md           | `permalink: \"a b/../c/./d//e\"\\n` | /a b/c/d/e",
      "date     | _posts/2025-10-19-p.md           | `permalink: /pages/:title:output_ext\\n` | /pages/p.html",
      "date     | _posts/2025-10-19-p.markdown     |                          | /2025/10/19/p.html"})
  void urlsAsJekyllMakesThem(String style, String path, String frontMatter, String url) {
    assertThat(url(style, path, frontMatter == null ? "" : frontMatter.replace("\\n", "\n")))
        .isEqualTo(url);
  }

  @Test
  void theAbsoluteUrlNamesThePageJekyllWrites() {
    Permalinks site = Permalinks.builder().style("pretty").url("https://blog.example.org/")
        .baseurl("notes/").zone(JekyllPermalinksTest.ZONE).build();
    assertThat(site.absoluteUrl("_posts/2025-10-19-p.md", post("permalink: \"/what?/a b/100%/%41/\"\n")))
        .hasToString("https://blog.example.org/notes/what%3F/a%20b/100%25/%41/");
    assertThat(site.home()).contains(java.net.URI.create("https://blog.example.org/notes/"));
    assertThat(site.date("_posts/2025-10-19-p.md", post("")))
        .isEqualTo(OffsetDateTime.parse("2025-10-19T00:00-07:00"));
  }

  @Test
  void whatJekyllCannotMakeAUrlOfIsRefused() {
    assertThatThrownBy(() -> url("/:year/:basename/", "_posts/2025-10-19-p.md", ""))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("permalink has a placeholder Jekyll does not know (:basename), was \"/:year/:basename/\"");
    assertThatThrownBy(() -> url("pretty", "_posts/2025-10-19-p.md", "slug: 2025\n"))
        .hasMessage("front matter slug must be text for Jekyll to make a URL, was 2025");
    assertThatThrownBy(() -> url("pretty", "_posts/2025-10-19-p.md", "categories: ['my note:x']\n"))
        .hasMessage("permalink placeholder :categories gives a value Jekyll cannot make a URL of"
            + " (it reads as a URL whose scheme is not one), was \"my note:x\"");
    for (String host : new String[] {"//ho st", "//host:80", "//u@host", "//[::1]", "//a<b"}) {
      assertThatThrownBy(() -> url("pretty", "_posts/2025-10-19-p.md", "categories: ['" + host + "']\n"))
          .as(host).hasMessageContaining("reads as a URL with a host (it starts with //) that is not one");
    }
    assertThatThrownBy(() -> url("pretty", "_posts/notes.md", ""))
        .hasMessageStartingWith("post path must be a Jekyll post's");
    assertThatThrownBy(() -> url("pretty", "/abs/_posts/2025-01-01-a.md", ""))
        .hasMessageStartingWith("post path must be relative to the site's folder");
    assertThatThrownBy(() -> Permalinks.jekyll().absoluteUrl("_posts/2025-10-19-p.md", post("")))
        .hasMessageStartingWith("Permalinks has no site URL");
    assertThatThrownBy(() -> Permalinks.builder().url("ftp://x.org"))
        .hasMessage("Permalinks.url must be an absolute http or https URL, was \"ftp://x.org\"");
  }
}
