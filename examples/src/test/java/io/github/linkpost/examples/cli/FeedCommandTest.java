package io.github.linkpost.examples.cli;

import static io.github.linkpost.examples.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.examples.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {
  static final String SITE = "https://blog.example.org";

  /** A site folder: posts in _posts and in a category folder's _posts, and a page that is not one. */
  static Path site(Path dir, int posts) throws Exception {
    Path site = dir.resolve("site");
    Path folder = Files.createDirectories(site.resolve("_posts"));
    for (int i = 1; i <= posts; i++) {
      Files.writeString(folder.resolve(String.format("2025-01-%02d-post-%d.md", i, i)),
          "---\ntitle: Post " + i + "\n---\n[Discovered](https://v.org/): Jan " + i
              + ", 2025 18:59 (UTC) [Page " + i + "](https://p.org/" + i + ")\n");
    }
    Path cats = Files.createDirectories(site.resolve("notes/_posts"));
    Files.writeString(cats.resolve("2024-12-31-in-notes.md"), "---\ntitle: In notes\n---\nText.\n");
    Files.writeString(site.resolve("about.md"), "---\ntitle: About\n---\nNot a post.\n");
    return site;
  }

  static List<String> all(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void writesTheNewestPostsAsAnAtomFeed(@TempDir Path dir) throws Exception {
    Path site = site(dir, 25);
    Path out = dir.resolve("public/feed.xml");
    Run run = run("feed", site.toString(), "--format", "atom", "--out", out.toString(),
        "--site-url", SITE, "--title", "Notes & links", "--permalink", "pretty");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("wrote " + out + ": 20 entries\n");
    assertThat(run.status()).isZero();
    String xml = Files.readString(out);
    List<String> ids = all("<id>([^<]*)</id>", xml);
    assertThat(ids).hasSize(21).first().isEqualTo(SITE + "/");
    assertThat(ids.subList(1, 4)).containsExactly(SITE + "/2025/01/25/post-25/",
        SITE + "/2025/01/24/post-24/", SITE + "/2025/01/23/post-23/");
    assertThat(xml).contains("<link rel=\"related\" href=\"https://p.org/25\" title=\"Page 25\"/>")
        .contains("<title type=\"text\">Notes &amp; links</title>");
    assertThat(Files.getPosixFilePermissions(out)).contains(PosixFilePermission.OTHERS_READ);
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }

    Run everything = run("feed", site.toString(), "--format", "atom", "--out", out.toString(),
        "--site-url", SITE, "--title", "N", "--limit", "0", "--linked-list", "--baseurl", "/b");
    assertThat(everything.out()).isEqualTo("wrote " + out + ": 26 entries\n");
    xml = Files.readString(out);
    assertThat(xml).contains("<link rel=\"alternate\" href=\"https://p.org/1\" title=\"Page 1\"/>\n"
        + "<link rel=\"related\" type=\"text/html\" href=\"" + SITE + "/b/2025/01/01/post-1.html\"/>")
        .contains("<id>" + SITE + "/b/notes/2024/12/31/in-notes.html</id>")
        .doesNotContain("About");
  }

  @Test
  void writesJsonFeedAndReportsWhatItLeavesOut(@TempDir Path dir) throws Exception {
    Path site = site(dir, 2);
    Path posts = site.resolve("_posts");
    Files.writeString(posts.resolve("2025-02-01-bad.md"), "---\ntitle: [a, b]\n---\n");
    Files.writeString(posts.resolve("2025-02-02-draft.md"), "---\ntitle: D\npublished: false\n---\nx\n");
    Files.writeString(posts.resolve("2025-01-01-twin.md"), "---\ntitle: Twin\nslug: post-1\n---\nx\n");
    Path out = dir.resolve("feed.json");
    Run run = run("feed", site.toString(), "--format=json", "--out", out.toString(),
        "--site-url", SITE, "--title", "T", "--feed-url", SITE + "/feed.json", "--author", "Ada");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("wrote " + out + ": 3 entries\n");
    assertThat(run.err()).contains(posts.resolve("2025-02-01-bad.md") + ":2: title must be text, was a list\n")
        .contains(": has the URL /2025/01/01/post-1.html of the newer ");
    String json = Files.readString(out);
    assertThat(json).contains("\"feed_url\" : \"" + SITE + "/feed.json\"")
        .contains("\"external_url\" : \"https://p.org/2\"").contains("\"name\" : \"Ada\"")
        .doesNotContain("\"title\" : \"D\"");
  }

  @Test
  void withoutASiteUrlOrTitleTheFeedSaysWhatItTookInstead(@TempDir Path dir) throws Exception {
    Path site = site(dir, 1);
    Path out = dir.resolve("f.xml");
    Run defaults = run("feed", site.toString(), "--format", "atom", "--out", out.toString());
    assertThat(defaults.status()).as(defaults.err()).isZero();
    assertThat(defaults.err()).isEqualTo("linkpost: no site url (--site-url, or url in the site's"
        + " _config.yml): entries are under http://localhost:4000, where jekyll serve shows the site\n"
        + "linkpost: no title (--title, or title in the site's _config.yml): the feed is titled \""
        + FeedCommand.folderTitle(site.toString()) + "\"\n");
    assertThat(Files.readString(out)).contains("<link rel=\"alternate\" type=\"text/html\" href=\"http://localhost:4000/\"/>")
        .contains("<title type=\"text\">" + FeedCommand.folderTitle(site.toString()) + "</title>");
    Run given = run("feed", site.toString(), "--format", "atom", "--out", out.toString(),
        "--site-url", SITE, "--title", "T");
    assertThat(given.err()).isEmpty();
    assertThat(FeedCommand.folderTitle(dir.resolve("blog/_posts").toString())).isEqualTo("blog");
    assertThat(FeedCommand.folderTitle(dir.resolve("notes").toString())).isEqualTo("notes");
    Run badLimit = run("feed", site.toString(), "--format", "rss", "--out", "f.xml", "--site-url", SITE,
        "--title", "T");
    assertThat(badLimit.err()).startsWith("linkpost: invalid value for --format: 'rss' (expected atom or json)");
    Run badStyle = run("feed", site.toString(), "--format", "atom", "--out", "f.xml", "--site-url",
        "ftp://x.org", "--title", "T");
    assertThat(badStyle.err()).startsWith(
        "linkpost: Permalinks.url must be an absolute http or https URL, was \"ftp://x.org\"");
  }

  @Test
  void aFeedThatCannotBeWrittenSaysWhyInOneLineAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws Exception {
    Path site = site(dir, 1);
    Path folder = Files.createDirectories(dir.resolve("feed.xml"));
    Run onAFolder = run("feed", site.toString(), "--format", "atom", "--out", folder.toString(),
        "--site-url", SITE, "--title", "T");
    assertThat(onAFolder.status()).isEqualTo(2);
    assertThat(onAFolder.err()).startsWith("linkpost: --out " + folder
        + " is a folder; give the feed's file\nUsage: linkpost feed");
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Path out = blocker.resolve("feeds/feed.xml");
    Run run = run("feed", site.toString(), "--format", "atom", "--out", out.toString(),
        "--site-url", SITE, "--title", "T");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("linkpost: cannot write " + out + ": not a folder\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("site", "feed.xml", "blocker");
    }
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void oneEntryIsSaidInTheSingularAndAMissingPathIsAUsageError(@TempDir Path dir)
      throws Exception {
    Path site = site(dir, 1);
    Path out = dir.resolve("feed.xml");
    Run one = run("feed", site.resolve("_posts").toString(), "--format", "json", "--out",
        out.toString(), "--site-url", SITE, "--title", "T");
    assertThat(one.status()).as(one.err()).isZero();
    assertThat(one.out()).isEqualTo("wrote " + out + ": 1 entry\n");
    Path missing = dir.resolve("nope");
    Path other = dir.resolve("other.xml");
    Run gone = run("feed", missing.toString(), "--format", "json", "--out", other.toString(),
        "--site-url", SITE, "--title", "T");
    assertThat(gone.status()).isEqualTo(2);
    assertThat(gone.err()).startsWith("linkpost: cannot read " + missing
        + ": no such file or folder\nUsage: linkpost feed");
    assertThat(other).doesNotExist();
  }

  @Test
  void pagesNameTheFeed(@TempDir Path dir) throws Exception {
    Path site = site(dir, 1);
    Path out = dir.resolve("html");
    Run run = run("render", site.resolve("_posts").toString(), "--to", "html", "--page",
        "--feed-url", SITE + "/feed.json", "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(Files.readString(out.resolve("2025-01-01-post-1.html"))).contains(
        "<link rel=\"alternate\" type=\"application/feed+json\" href=\"" + SITE + "/feed.json\">");
  }
}
