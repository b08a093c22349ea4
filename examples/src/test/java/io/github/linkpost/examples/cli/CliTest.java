package io.github.linkpost.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class CliTest {
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = LinkpostCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void demoPrintsTheSamplePostThroughEveryRenderer() {
    Run run = run("demo");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("==> html\n<div class=\"h-entry\">")
        .contains("==> markdown\n---\nlayout: post\n")
        .contains("### QUOTE: \n")
        .contains("\\\"box\\\" | that's all.'\"\n")
        .endsWith("==> read back from the Markdown: the same post\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpAndVersionWorkOnEveryCommand() {
    for (String command : new String[] {"demo", "new", "check", "render", "feed", "import"}) {
      Run help = run(command, "--help");
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: linkpost " + command);
      Run version = run(command, "--version");
      assertThat(version.status()).isZero();
      assertThat(version.out()).startsWith("linkpost ");
    }
    assertThat(run("--version").out()).startsWith("linkpost ");
    assertThat(run("--help").out()).contains("demo").contains("new");
  }

  @Test
  void everyWayToTheUsageListsEveryCommand() {
    for (String[] args : new String[][] {{}, {"--help"}, {"-h"}, {"help"}, {"help", "--help"},
        {"rendr", "x"}, {"-x"}}) {
      Run run = run(args);
      String usage = run.out() + run.err();
      assertThat(usage).as(String.join(" ", args)).contains("Usage: linkpost COMMAND [OPTIONS]");
      for (String command : new String[] {"demo", "new", "check", "render", "feed", "import", "help"}) {
        assertThat(usage).as(String.join(" ", args)).containsPattern("(?m)^  " + command + " ");
      }
    }
    assertThat(run("rendr", "x").status()).isEqualTo(2);
    Run help = run("help", "render");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: linkpost render");
  }

  @Test
  void aWrongOptionPrintsOneLineAndTheUsageWithStatusTwo() {
    Run run = run("demo", "--bogus");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("linkpost: unknown option: --bogus\nUsage: linkpost demo");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void newWritesAPostAndRefusesToOverwriteIt(@TempDir Path dir) throws Exception {
    String[] args = {"new", "--title", "A [title] with | and \"quotes\" and {{ liquid }}",
        "--url", "https://example.org/a/(b)/Page_Name.html", "--discovered-at", "2025-01-02T03:04:05Z",
        "--file-zone", "UTC", "--posts-dir", dir.toString(), "--remark", "so *true* | really"};
    Run first = run(args);
    assertThat(first.status()).as(first.err()).isZero();
    Path written = Path.of(first.out().strip());
    assertThat(written).isEqualTo(dir.resolve("2025-01-02-p0304-page-name.md"));
    String text = Files.readString(written);
    assertThat(text).isEqualTo("""
        ---
        layout: post
        title: "A [title] with | and \\"quotes\\" and {{ liquid }}"
        ---
        Discovered: Jan 2, 2025 03:04 (UTC) [A \\[title\\] with \\| and "quotes" and \
        {{ "{{" }} liquid }}](https://example.org/a/(b)/Page_Name.html) <-- so *true* \\| really

        """);

    Run again = run(args);
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.err()).contains(written.toString()).contains("already there");
    assertThat(Files.readString(written)).isEqualTo(text);

    List<String> withNext = new ArrayList<>(List.of(args));
    withNext.add("--next-free-name");
    Run next = run(withNext.toArray(String[]::new));
    assertThat(next.out().strip()).isEqualTo(dir.resolve("2025-01-02-p0304-page-name-2.md").toString());
  }

  @Test
  void newTakesABookmarkItem(@TempDir Path dir) throws Exception {
    Run run = run("new", "--item",
        "Oct 13, 2025 18:59 [Brackets [inside] (and parens)](https://example.org/wiki/A_(b)) <-- my remark",
        "--plain-name", "--file-zone", "America/Vancouver", "--posts-dir", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    Path written = Path.of(run.out().strip());
    assertThat(written.getFileName().toString()).isEqualTo("2025-10-13-a-b.md");
    assertThat(Files.readString(written)).contains(
        "title: \"Brackets [inside] (and parens)\"\n")
        .contains("Discovered: Oct 13, 2025 18:59 (UTC) [Brackets \\[inside\\] (and parens)]"
            + "(https://example.org/wiki/A_(b)) <-- my remark\n");
  }

  @Test
  void newWithoutTitleOrItemIsAUsageError() {
    Run run = run("new", "--url", "https://example.org/");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("linkpost: give --title and --url, or --item\n");
  }

  @Test
  void newReportsBadValuesWithTheField(@TempDir Path dir) {
    Run run = run("new", "--title", "T", "--url", "ftp://example.org/", "--posts-dir", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("linkpost: Link.url must be an http or https URL, was \"ftp://example.org/\"\n");
  }

  @Test
  void theSitesConfigurationGivesTheStyleTheZoneAndTheMarkdownFiles(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("_config.yml"), "timezone: Europe/Paris\nmarkdown_ext: md,markdown\n"
        + "linkpost:\n  style: front-matter\n  labels:\n    discovered: Found\n");
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    String linked = "---\ntitle: A page\nexternal-url: https://p.example/a\n---\n> quoted\n\nMy words.\n";
    Files.writeString(posts.resolve("2025-01-01-linked.markdown"), linked);
    Files.writeString(posts.resolve("2025-01-02-twice.md"), "---\ntitle: a\ntitle: b\n---\nText.\n");
    Files.writeString(posts.resolve("2025-01-03-notes.txt"), "not a post");
    Run check = run("check", "--site", dir.toString(), posts.toString());
    assertThat(check.status()).isZero();
    assertThat(check.out()).isEqualTo(posts.resolve("2025-01-02-twice.md")
        + ":3: front matter has the key \"title\" twice; the last is taken, as Jekyll does\n"
        + "checked 2 posts: 1 link posts, 2 byte-identical, 0 same-content, 0 errors\n");
    Path out = dir.resolve("html");
    Run render = run("render", "--site", dir.toString(), posts.toString(), "--to", "html",
        "--out", out.toString());
    assertThat(render.status()).isZero();
    assertThat(Files.readString(out.resolve("2025-01-01-linked.html")))
        .contains("<p><a class=\"u-bookmark-of\" href=\"https://p.example/a\">A page</a></p>")
        .contains("<div class=\"u-quotation-of h-cite\">");
    Run made = run("new", "--site", dir.toString(), "--title", "New page",
        "--url", "https://p.example/new", "--discovered-at", "2025-06-01T10:00:00Z", "--remark", "Nice.");
    assertThat(made.status()).as(made.err()).isZero();
    Path written = Path.of(made.out().strip());
    assertThat(written).isEqualTo(posts.resolve("2025-06-01-p1200-new.md"));
    assertThat(Files.readString(written)).isEqualTo("---\nlayout: post\ntitle: \"New page\"\n"
        + "external-url: https://p.example/new\ndate: 2025-06-01 12:00:00 +0200\n---\nNice.\n\n");
    Run bad = run("check", "--site", dir.resolve("nowhere").toString(), posts.toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains("nowhere: is not a folder (--site)");
  }

  @Test
  void renderUsesTheSitesKramdownOptions(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("_config.yml"), "kramdown:\n  auto_ids: false\n"
        + "  smart_quotes: [\"apos\", \"apos\", \"quot\", \"quot\"]\n");
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    Files.writeString(posts.resolve("2025-01-01-a.md"), "---\ntitle: t\n---\n## It's \"here\"\n");
    Path out = dir.resolve("html");
    Run render = run("render", "--site", dir.toString(), posts.toString(), "--to", "html",
        "--out", out.toString());
    assertThat(render.status()).as(render.err()).isZero();
    assertThat(Files.readString(out.resolve("2025-01-01-a.html")))
        .contains("<h2>It's \"here\"</h2>");
    Run plain = run("render", posts.toString(), "--to", "html", "--out", out.toString());
    assertThat(plain.status()).isZero();
    assertThat(Files.readString(out.resolve("2025-01-01-a.html")))
        .contains("<h2 id=\"its-here\">It’s “here”</h2>");

    Files.writeString(dir.resolve("_config.yml"), "kramdown:\n  auto_ids: [1]\n");
    Run bad = run("render", "--site", dir.toString(), posts.toString(), "--to", "html",
        "--out", out.toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains(dir.resolve("_config.yml") + ": kramdown option auto_ids")
        .doesNotContain("Exception");
  }

  @Test
  void checkCountsPostsAndReportsErrorsWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("2025-01-01-good.md"), "---\ntitle: t\n---\n"
        + "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [T](https://p.org/) \n\nmore\n");
    Files.writeString(dir.resolve("2025-01-02-plain.md"), "---\ntitle: t\n---\nJust text.\n");
    Files.writeString(dir.resolve("2025-01-03-bad.md"), "---\ntitle: [a, b]\n---\n");
    Files.write(dir.resolve("2025-01-04-latin1.md"),
        "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("notes.txt"), "not a post");
    Run run = run("check", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(dir.resolve("2025-01-03-bad.md") + ":2: title must be text, was a list\n"
        + dir.resolve("2025-01-04-latin1.md") + ": is not UTF-8 text\n"
        + "checked 4 posts: 1 link posts, 2 byte-identical, 0 same-content, 2 errors\n");
    Run quiet = run("check", "--quiet", dir.resolve("2025-01-01-good.md").toString());
    assertThat(quiet.status()).isZero();
    assertThat(quiet.out()).isEqualTo(
        "checked 1 posts: 1 link posts, 1 byte-identical, 0 same-content, 0 errors\n");
  }

  @Test
  void renderWritesOneFilePerPostAndReportsErrors(@TempDir Path dir) throws Exception {
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    Files.writeString(posts.resolve("2025-01-01-good.md"), "---\ntitle: t\n---\n"
        + "[Discovered](https://v.org/): Oct 13, 2025 18:59 (UTC) [It's](https://p.org/) \n\n"
        + "<b>raw</b> [rel](/x)\n");
    Files.writeString(posts.resolve("2025-01-03-bad.md"), "---\ntitle: [a, b]\n---\n");
    Path out = dir.resolve("out");
    Run run = run("render", posts.toString(), "--to", "html", "--out", out.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).matches("rendered 1 posts in \\d+\\.\\d\\d s, 1 errors\n");
    assertThat(run.err()).contains(posts.resolve("2025-01-03-bad.md") + ":2: title must be text, was a list");
    String html = Files.readString(out.resolve("2025-01-01-good.html"));
    assertThat(html).contains("It’s</a>").contains("&lt;b&gt;raw&lt;/b&gt;").doesNotContain("href=\"/x\"");

    Run trusted = run("render", posts.resolve("2025-01-01-good.md").toString(), "--to", "html",
        "--allow-html", "--page", "--out", out.toString());
    assertThat(trusted.status()).isZero();
    assertThat(Files.readString(out.resolve("2025-01-01-good.html")))
        .startsWith("<!DOCTYPE html>").contains("<b>raw</b>").contains("href=\"/x\"");

    Run markdown = run("render", posts.resolve("2025-01-01-good.md").toString(), "--to", "markdown",
        "--out", out.toString());
    assertThat(markdown.status()).isZero();
    assertThat(Files.readString(out.resolve("2025-01-01-good.md")))
        .isEqualTo(Files.readString(posts.resolve("2025-01-01-good.md")));
  }

  @Test
  void aPathThatIsNotThereOrAnOutputThatIsAFileIsNamed(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.md");
    Run check = run("check", missing.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).startsWith(missing + ": cannot read: java.nio.file.NoSuchFileException: ");
    Path file = Files.writeString(dir.resolve("a-file"), "");
    Run render = run("render", missing.toString(), "--to", "html", "--out", file.toString());
    assertThat(render.status()).isEqualTo(1);
    assertThat(render.err()).isEqualTo("linkpost: " + file + ": cannot make the output folder: "
        + "java.nio.file.FileAlreadyExistsException: " + file + "\n");
  }

  @Test
  void renderRefusesAnUnknownFormat(@TempDir Path dir) {
    Run run = run("render", dir.toString(), "--to", "pdf", "--out", dir.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith(
        "linkpost: invalid value for --to: 'pdf' (expected html or markdown)\nUsage: linkpost render");
  }

  @Test
  void checkNeedsAPath() {
    Run run = run("check");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("linkpost: missing PATH...\nUsage: linkpost check");
  }

  @Test
  void valuesArriveAsTyped(@TempDir Path dir) throws Exception {
    Run run = run("new", "--title", "\"Quoted\" at both ends\"", "--url", "https://example.org/q",
        "--remark=-x and --y are text here", "--tag", "\"t\"", "--tag", "-u",
        "--discovered-at", "2025-01-02T03:04:05Z", "--file-zone", "UTC",
        "--posts-dir", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String text = Files.readString(Path.of(run.out().strip()));
    assertThat(text).contains("title: \"\\\"Quoted\\\" at both ends\\\"\"\n")
        .contains("tags:\n- '\"t\"'\n- -u\n")
        .contains(") <-- -x and --y are text here\n");
  }

  @Test
  void aCommandLineTheToolCannotTakeIsNamedInOneLine(@TempDir Path dir) {
    String d = dir.toString();
    Map<String, String[]> cases = Map.of(
        "linkpost: --to is given more than once\n",
        new String[] {"render", d, "--to", "html", "--to", "markdown", "--out", d},
        "linkpost: --page takes no value, was given --page=yes\n",
        new String[] {"render", d, "--to", "html", "--out", d, "--page=yes"},
        "linkpost: unknown option: --allow\n",
        new String[] {"render", d, "--to", "html", "--out", d, "--allow"},
        "linkpost: missing --to=FORMAT and --out=DIR\n", new String[] {"render", d},
        "linkpost: --out needs a value (DIR)\n", new String[] {"render", d, "--to", "html", "--out"},
        "linkpost: invalid value for --zone: 'Mars/Base' (expected a zone id such as UTC or "
            + "America/Vancouver)\n", new String[] {"check", d, "--zone", "Mars/Base"},
        "linkpost: unexpected argument: extra\n", new String[] {"demo", "extra"},
        "linkpost: unknown command: rendr\n", new String[] {"help", "rendr"});
    cases.forEach((message, args) -> {
      Run run = run(args);
      assertThat(run.status()).as(message).isEqualTo(2);
      assertThat(run.err()).as(message).startsWith(message + "Usage: linkpost ");
      assertThat(run.out()).as(message).isEmpty();
    });
  }

  @Test
  void helpAndVersionWinOverTheRestButNotAfterTheEndOfOptions(@TempDir Path dir) {
    Run help = run("render", "--out", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: linkpost render --to=FORMAT --out=DIR [OPTIONS] PATH...\n")
        .contains("  --zone=ZONE     The zone of discovery times without a zone label (default: the\n"
            + "                  site's timezone, else the system zone).\n");
    assertThat(run("check", "-V", "--bogus").out()).startsWith("linkpost ");
    Run operand = run("check", "--quiet", "--", "--help");
    assertThat(operand.status()).isEqualTo(1);
    assertThat(operand.out()).isEqualTo(
        "checked 1 posts: 0 link posts, 0 byte-identical, 0 same-content, 1 errors\n");
  }

  @Test
  void foldersAreSearchedWithTheirSubfoldersAndLinksToFiles(@TempDir Path dir) throws Exception {
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    String post = "---\ntitle: t\n---\nText.\n";
    Files.writeString(Files.createDirectories(posts.resolve("2025")).resolve("2025-01-01-a.md"), post);
    Files.writeString(posts.resolve("2025-01-02-b.md"), post);
    Files.writeString(dir.resolve("elsewhere.md"), post);
    Files.createSymbolicLink(posts.resolve("2025-01-03-linked.md"), dir.resolve("elsewhere.md"));
    Files.createDirectories(posts.resolve("folder.md"));
    Files.writeString(posts.resolve("notes.txt"), "not a post");
    Run run = run("check", posts.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(
        "checked 3 posts: 0 link posts, 3 byte-identical, 0 same-content, 0 errors\n");
  }

  @Test
  void importWritesEachPageOnceAndSaysWhatItDid(@TempDir Path dir) throws Exception {
    Path export = dir.resolve("bookmarks.html");
    Files.writeString(export, """
        <!DOCTYPE NETSCAPE-Bookmark-file-1>
        <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
        <TITLE>Bookmarks</TITLE>
        <H1>Bookmarks</H1>
        <DL><p>
            <DT><H3>Reading</H3>
            <DL><p>
                <DT><A HREF="https://example.org/tides" ADD_DATE="1700000000" TAGS="sea">Tides</A>
                <DD>It's *good*
                <DT><A HREF="http://example.org/tides" ADD_DATE="1700000100">Tides again</A>
                <DT><A HREF="javascript:alert(1)">A bookmarklet</A>
                <DT><A HREF="https://example.org/private" PRIVATE="1">Mine</A>
                <DT><A HREF="https:///no-host" ADD_DATE="1700000000">No host</A>
            </DL><p>
        </DL><p>
        """);
    Path posts = dir.resolve("_posts");
    String[] args = {"import", export.toString(), "--posts-dir", posts.toString(), "--tag", "imported"};
    Run dry = run(args[0], args[1], args[2], args[3], "--dry-run");
    assertThat(dry.out()).isEqualTo(export + ":13: Link.url must name a host, "
        + "was \"https:///no-host\"\n"
        + "imported 5 bookmarks: 1 written, 1 already there, 2 skipped, 1 errors\n");
    assertThat(dry.status()).isEqualTo(1);
    assertThat(Files.exists(posts)).isFalse();

    Run first = run(args);
    assertThat(first.out()).endsWith("imported 5 bookmarks: 1 written, 1 already there, 2 skipped, 1 errors\n");
    try (var files = Files.list(posts)) {
      Path post = files.findFirst().orElseThrow();
      assertThat(post.getFileName().toString()).endsWith("-tides.md");
      assertThat(Files.readString(post)).contains("tags:\n- sea\n- imported\n")
          .contains("(UTC) [Tides](https://example.org/tides) <-- It\\'s \\*good\\*\n");
    }
    Run second = run(args);
    assertThat(second.out()).endsWith("imported 5 bookmarks: 0 written, 2 already there, 2 skipped, 1 errors\n");
    Run privateToo = run("import", export.toString(), "--posts-dir", posts.toString(), "--include-private");
    assertThat(privateToo.out()).endsWith("imported 5 bookmarks: 1 written, 2 already there, 1 skipped, 1 errors\n");
  }

  @Test
  void importRefusesWhatIsNotAnExportAndBadUsage(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "plain notes\n");
    Run run = run("import", text.toString(), "--posts-dir", dir.resolve("_posts").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(text + ": is not a bookmark export: neither HTML (a Netscape "
        + "bookmark file, a Pocket or Instapaper list) nor Pinboard's JSON\n"
        + "imported 1 bookmarks: 0 written, 0 already there, 0 skipped, 1 errors\n");
    Run missing = run("import", dir.resolve("gone.html").toString());
    assertThat(missing.out()).startsWith(dir.resolve("gone.html") + ": cannot read: ");
    assertThat(run("import").err()).startsWith("linkpost: missing FILE...\nUsage: linkpost import");
    assertThat(run("import", "x.html", "--tag", " ").err())
        .startsWith("linkpost: invalid value for --tag: ' ' (expected one line of text)\n");
  }

  /** With --site, the site's style writes the posts and its timezone names them. */
  @Test
  void importWritesInTheSitesStyleAndZone(@TempDir Path dir) throws Exception {
    Path site = Files.createDirectories(dir.resolve("blog"));
    Files.writeString(site.resolve("_config.yml"),
        "timezone: America/Vancouver\nlinkpost:\n  style: front-matter\n");
    Path export = Files.writeString(dir.resolve("bookmarks.html"), """
        <!DOCTYPE NETSCAPE-Bookmark-file-1>
        <DL><p>
        <DT><A HREF="https://example.org/tides" ADD_DATE="1760381940">Tide "tables" | charts</A>
        <DD>worth a look
        </DL><p>
        """);
    Run first = run("import", export.toString(), "--site", site.toString());
    assertThat(first.out()).isEqualTo(
        "imported 1 bookmarks: 1 written, 0 already there, 0 skipped, 0 errors\n");
    Path post = site.resolve("_posts/2025-10-13-p1159-tides.md");
    assertThat(Files.readString(post)).contains("external-url: https://example.org/tides\n")
        .contains("date: 2025-10-13 11:59:00 -0700\n").doesNotContain("[Discovered]");
    Run second = run("import", export.toString(), "--site", site.toString());
    assertThat(second.out()).isEqualTo(
        "imported 1 bookmarks: 0 written, 1 already there, 0 skipped, 0 errors\n");
  }

  /** With the reference post's values, `linkpost new` writes the reference file's name and bytes. */
  @Test
  void newReproducesTheReferencePost(@TempDir Path dir) throws Exception {
    Path shared = Path.of(System.getProperty("linkpost.shared", "../../shared"), "seed");
    assumeTrue(Files.isDirectory(shared), "no reference post beside the checkout; skipped");
    Path seed;
    try (var files = Files.list(shared)) {
      seed = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
    }
    String expected = Files.readString(seed, StandardCharsets.UTF_8);
    String[] parts = expected.split("\n---\n", 2);
    Map<String, Object> front = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(parts[0].substring(4));
    String[] blocks = parts[1].split("\n\n");
    Matcher d = Pattern.compile("\\[Discovered]\\((.*?)\\): .* \\(UTC\\) \\[(.*)]\\((.*)\\) ")
        .matcher(blocks[0]);
    Matcher s = Pattern.compile("\\* Read the whole thing:  \\[(.*)]\\((.*)\\) ").matcher(blocks[2]);
    assertThat(d.matches() && s.matches()).isTrue();
    StringBuilder quotes = new StringBuilder();
    for (int i = 3; i < blocks.length; i++) {
      if (!blocks[i].isBlank()) {
        quotes.append(blocks[i].substring(1).replace("\n>", "\n")).append("\n\n");
      }
    }
    Path quoteFile = dir.resolve("quote.txt");
    Files.writeString(quoteFile, quotes);
    String name = seed.getFileName().toString();
    String slug = name.substring("2025-10-13-p1159-".length(), name.length() - 3);
    Run run = run("new", "--title", (String) front.get("title"), "--url", d.group(3),
        "--link-text", d.group(2), "--discovered-at", "2025-10-13T18:59:00Z",
        "--display-zone", "UTC", "--file-zone", "America/Vancouver", "--via", d.group(1),
        "--quote-file", quoteFile.toString(), "--source-title", s.group(1),
        "--source-url", s.group(2), "--slug", slug, "--posts-dir", dir.resolve("_posts").toString());
    assertThat(run.status()).as(run.err()).isZero();
    Path written = Path.of(run.out().strip());
    assertThat(written.getFileName().toString()).isEqualTo(name);
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
