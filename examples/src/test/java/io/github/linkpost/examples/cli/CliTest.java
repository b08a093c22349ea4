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
    assertThat(again.err()).isEqualTo("linkpost: " + written
        + " is already there; use --next-free-name or --overwrite\n");
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
  void newNamesTheOptionOfABadValue(@TempDir Path dir) throws Exception {
    String posts = dir.toString();
    Path quotes = Files.writeString(dir.resolve("q.txt"), "Quoted.\n");
    Map<String, String[]> cases = Map.of(
        "--url must be an http or https URL, was \"ftp://example.org/\"",
        new String[] {"--title", "T", "--url", "ftp://example.org/"},
        "--via must be an http or https URL, was \"ftp://example.org/how\"",
        new String[] {"--title", "T", "--url", "https://example.org/", "--via", "ftp://example.org/how"},
        "--link-text must be one line, was \"two\\nlines\"",
        new String[] {"--title", "T", "--url", "https://example.org/", "--link-text", "two\nlines"},
        "--tag must not be blank, was \" \"",
        new String[] {"--title", "T", "--url", "https://example.org/", "--tag", " "},
        "--source-url must be an http or https URL, was \"file:///etc/passwd\"",
        new String[] {"--title", "T", "--url", "https://example.org/", "--quote-file",
            quotes.toString(), "--source-url", "file:///etc/passwd"},
        "--item must hold a Markdown link [title](url), was \"no link here\"",
        new String[] {"--item", "no link here"},
        "give --next-free-name or --overwrite, not both",
        new String[] {"--title", "T", "--url", "https://example.org/", "--overwrite",
            "--next-free-name"},
        "invalid value for --date: 'yesterday' (expected " + NewCommand.DATE_EXPECTED + ")",
        new String[] {"--title", "T", "--url", "https://example.org/", "--date", "yesterday"});
    cases.forEach((message, args) -> {
      List<String> line = new ArrayList<>(List.of("new", "--posts-dir", posts));
      line.addAll(List.of(args));
      Run run = run(line.toArray(String[]::new));
      assertThat(run.status()).as(message).isEqualTo(2);
      assertThat(run.err()).as(message).startsWith("linkpost: " + message + "\nUsage: linkpost new");
    });
    try (var written = Files.list(dir)) {
      assertThat(written).containsExactly(quotes);
    }
  }

  @Test
  void newKeepsABookmarksLinkTextAndWritesCategoriesPermalinkAndDate(@TempDir Path dir)
      throws Exception {
    Run run = run("new", "--item", "[The bookmark's own text](https://example.org/a)",
        "--title", "ME:: my title for it", "--category", "links", "--category", "ships",
        "--permalink", "/links/a/", "--date", "2025-10-13T11:59",
        "--discovered-at", "2025-10-13T18:59:00Z", "--file-zone", "America/Vancouver",
        "--posts-dir", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(Path.of(run.out().strip()))).isEqualTo("""
        ---
        layout: post
        title: "ME:: my title for it"
        date: 2025-10-13 11:59:00 -0700
        categories:
        - links
        - ships
        permalink: /links/a/
        ---
        Discovered: Oct 13, 2025 18:59 (UTC) [The bookmark's own text](https://example.org/a)\s

        """);
  }

  @Test
  void newRefusesAQuoteFileWhoseElisionStandsAtAnEnd(@TempDir Path dir) throws Exception {
    String[] base = {"new", "--title", "T", "--url", "https://example.org/a", "--posts-dir",
        dir.resolve("_posts").toString(), "--quote-file"};
    Map<String, String> cases = Map.of(
        "...\n\nFirst.\n", ":1: --quote-file starts with an elision (...); an elision stands"
            + " between two excerpts",
        "First.\n\n...\n\n...\n\nSecond.\n", ":5: --quote-file has two elisions (...) in a"
            + " row; an elision stands between two excerpts",
        "First.\n\n...\n", ":3: --quote-file ends with an elision (...); an elision stands"
            + " between two excerpts",
        "\n\n", ": --quote-file holds no excerpt paragraph");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path quotes = Files.writeString(dir.resolve("q.txt"), c.getKey());
      List<String> line = new ArrayList<>(List.of(base));
      line.add(quotes.toString());
      Run run = run(line.toArray(String[]::new));
      assertThat(run.status()).as(c.getKey()).isEqualTo(1);
      assertThat(run.err()).as(c.getKey()).isEqualTo("linkpost: " + quotes + c.getValue() + "\n");
    }
    assertThat(dir.resolve("_posts")).doesNotExist();
    Path nope = dir.resolve("nope.txt");
    List<String> line = new ArrayList<>(List.of(base));
    line.add(nope.toString());
    Run missing = run(line.toArray(String[]::new));
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith("linkpost: cannot read --quote-file " + nope
        + ": no such file\nUsage: linkpost new");
  }

  @Test
  void newSaysWhyItCannotWriteWithoutJavasWords(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
    Run run = run("new", "--title", "T", "--url", "https://example.org/a",
        "--discovered-at", "2025-01-02T03:04:05Z", "--file-zone", "UTC",
        "--posts-dir", blocker.resolve("_posts").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("linkpost: cannot write "
        + blocker.resolve("_posts/2025-01-02-p0304-a.md") + ": not a folder\n");
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
        + "checked 2 posts: 1 link post, 2 byte-identical, 0 same-content, 0 errors\n");
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
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("linkpost: cannot read --site " + dir.resolve("nowhere")
        + ": no such folder\nUsage: linkpost check");
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
        + "checked 4 posts: 1 link post, 2 byte-identical, 0 same-content, 2 errors\n");
    Run quiet = run("check", "--quiet", dir.resolve("2025-01-01-good.md").toString());
    assertThat(quiet.status()).isZero();
    assertThat(quiet.out()).isEqualTo(
        "checked 1 post: 1 link post, 1 byte-identical, 0 same-content, 0 errors\n");
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
    assertThat(run.out()).matches("rendered 1 post in \\d+\\.\\d\\d s, 1 error\n");
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
  void aPathThatIsNotThereIsAUsageErrorAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope");
    Run check = run("check", missing.toString());
    assertThat(check.status()).isEqualTo(2);
    assertThat(check.err()).startsWith("linkpost: cannot read " + missing
        + ": no such file or folder\nUsage: linkpost check");
    assertThat(check.out()).isEmpty();
    Run render = run("render", missing.toString(), "--to", "html", "--out",
        dir.resolve("out").toString());
    assertThat(render.status()).isEqualTo(2);
    assertThat(render.err()).startsWith("linkpost: cannot read " + missing
        + ": no such file or folder\nUsage: linkpost render");
    assertThat(dir.resolve("out")).doesNotExist();
    Path file = Files.writeString(dir.resolve("a-file"), "");
    Run onAFile = run("render", dir.toString(), "--to", "html", "--out", file.toString());
    assertThat(onAFile.status()).isEqualTo(2);
    assertThat(onAFile.err()).startsWith("linkpost: --out " + file + " is not a folder\n");
  }

  @Test
  void anOutputThatCannotBeWrittenStopsTheRunWithOneLine(@TempDir Path dir) throws Exception {
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    for (int i = 1; i <= 9; i++) {
      Files.writeString(posts.resolve("2025-01-0" + i + "-p.md"), "---\ntitle: t\n---\nText.\n");
    }
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Run run = run("render", posts.toString(), "--to", "html", "--out",
        blocker.resolve("site").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).matches("linkpost: cannot write " + java.util.regex.Pattern.quote(
        blocker.resolve("site").toString()) + "/2025-01-0\\d-p\\.html: not a folder\n");
  }

  @Test
  void renderMirrorsTheFoldersItIsGivenAndRefusesTwoPostsForOneFile(@TempDir Path dir)
      throws Exception {
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    String post = "---\ntitle: t\n---\nText.\n";
    Files.writeString(Files.createDirectories(posts.resolve("2024")).resolve("same.md"), post);
    Files.writeString(Files.createDirectories(posts.resolve("2025")).resolve("same.md"), post);
    Files.writeString(posts.resolve("top.md"), post);
    Path out = dir.resolve("out");
    Run run = run("render", posts.toString(), posts.resolve("top.md").toString(), "--to", "html",
        "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("rendered 3 posts in ");
    assertThat(out.resolve("2024/same.html")).exists();
    assertThat(out.resolve("2025/same.html")).exists();
    assertThat(out.resolve("top.html")).exists();

    Run clash = run("render", posts.resolve("2024/same.md").toString(),
        posts.resolve("2025/same.md").toString(), "--to", "html", "--out",
        dir.resolve("flat").toString());
    assertThat(clash.status()).isEqualTo(2);
    assertThat(clash.err()).startsWith("linkpost: " + posts.resolve("2024/same.md") + " and "
        + posts.resolve("2025/same.md") + " would both be written to "
        + dir.resolve("flat/same.html") + "; render them into different folders\n");
    assertThat(dir.resolve("flat")).doesNotExist();
  }

  @Test
  void pagesHaveTheBuiltInStylesheetOrTheOneGiven(@TempDir Path dir) throws Exception {
    Path post = Files.writeString(dir.resolve("2025-01-01-a.md"), "---\ntitle: t\n---\nText.\n");
    Run styled = run("render", post.toString(), "--to", "html", "--page", "--out",
        dir.resolve("styled").toString());
    assertThat(styled.status()).as(styled.err()).isZero();
    assertThat(Files.readString(dir.resolve("styled/2025-01-01-a.html")))
        .contains("<style>\n").contains("prefers-color-scheme: dark").doesNotContain("<link");
    Run linked = run("render", post.toString(), "--to", "html", "--page", "--stylesheet",
        "/assets/site.css", "--out", dir.resolve("linked").toString());
    assertThat(linked.status()).as(linked.err()).isZero();
    assertThat(Files.readString(dir.resolve("linked/2025-01-01-a.html")))
        .contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">").doesNotContain("<style>");
    Map<String, String[]> refused = Map.of(
        "--stylesheet is for pages: give it with --to html --page",
        new String[] {"--to", "html", "--stylesheet", "s.css"},
        "--page is for HTML: give it with --to html", new String[] {"--to", "markdown", "--page"},
        "invalid value for --stylesheet: 'javascript:alert(1)' (expected an http or https URL,"
            + " or a relative one)",
        new String[] {"--to", "html", "--page", "--stylesheet", "javascript:alert(1)"});
    refused.forEach((message, args) -> {
      List<String> line = new ArrayList<>(List.of("render", post.toString(), "--out",
          dir.resolve("never").toString()));
      line.addAll(List.of(args));
      Run run = run(line.toArray(String[]::new));
      assertThat(run.status()).as(message).isEqualTo(2);
      assertThat(run.err()).as(message).startsWith("linkpost: " + message + "\nUsage: ");
    });
    assertThat(dir.resolve("never")).doesNotExist();
  }

  @Test
  void demoRefusesAnUnknownFormatAsAUsageError() {
    Run run = run("demo", "--format", "bogus");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith(
        "linkpost: invalid value for --format: 'bogus' (expected one of html, markdown)\n"
            + "Usage: linkpost demo");
    assertThat(run.out()).isEmpty();
    Run html = run("demo", "--format", "html");
    assertThat(html.status()).isZero();
    assertThat(html.out()).startsWith("==> html\n<div class=\"h-entry\">");
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
        .contains("  --zone=ZONE       The zone of discovery times without a zone label (default:\n"
            + "                    the site's timezone, else the system zone).\n");
    assertThat(run("check", "-V", "--bogus").out()).startsWith("linkpost ");
    Run operand = run("check", "--quiet", "--", "--help");
    assertThat(operand.status()).isEqualTo(2);
    assertThat(operand.err()).startsWith("linkpost: cannot read --help: no such file or folder\n");
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
        + "imported 5 bookmarks: 1 written, 1 already there, 2 skipped, 1 error\n");
    assertThat(dry.status()).isEqualTo(1);
    assertThat(Files.exists(posts)).isFalse();

    Run first = run(args);
    assertThat(first.out()).endsWith("imported 5 bookmarks: 1 written, 1 already there, 2 skipped, 1 error\n");
    try (var files = Files.list(posts)) {
      Path post = files.findFirst().orElseThrow();
      assertThat(post.getFileName().toString()).endsWith("-tides.md");
      assertThat(Files.readString(post)).contains("tags:\n- sea\n- imported\n")
          .contains("(UTC) [Tides](https://example.org/tides) <-- It\\'s \\*good\\*\n");
    }
    Run second = run(args);
    assertThat(second.out()).endsWith("imported 5 bookmarks: 0 written, 2 already there, 2 skipped, 1 error\n");
    Run privateToo = run("import", export.toString(), "--posts-dir", posts.toString(), "--include-private");
    assertThat(privateToo.out()).endsWith("imported 5 bookmarks: 1 written, 2 already there, 1 skipped, 1 error\n");
  }

  @Test
  void importRefusesWhatIsNotAnExportAndBadUsage(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "plain notes\n");
    Run run = run("import", text.toString(), "--posts-dir", dir.resolve("_posts").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(text + ": is not a bookmark export: neither HTML (a Netscape "
        + "bookmark file, a Pocket or Instapaper list) nor Pinboard's JSON\n"
        + "imported 1 bookmark: 0 written, 0 already there, 0 skipped, 1 error\n");
    Run missing = run("import", dir.resolve("gone.html").toString(), "--posts-dir",
        dir.resolve("_posts").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).startsWith("linkpost: cannot read " + dir.resolve("gone.html")
        + ": no such file\nUsage: linkpost import");
    assertThat(dir.resolve("_posts")).doesNotExist();
    Run folder = run("import", dir.toString(), "--posts-dir", dir.resolve("_posts").toString());
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).startsWith("linkpost: cannot read " + dir
        + ": is a folder (give export files)\nUsage: linkpost import");
    assertThat(run("import").err()).startsWith("linkpost: missing FILE...\nUsage: linkpost import");
    assertThat(run("import", "x.html", "--tag", " ").err())
        .startsWith("linkpost: invalid value for --tag: ' ' (expected one line of text)\n");
  }

  @Test
  void importStopsAtThePostThatCannotBeWrittenWithOneLine(@TempDir Path dir) throws Exception {
    StringBuilder export = new StringBuilder("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n");
    for (int i = 0; i < 9; i++) {
      export.append("<DT><A HREF=\"https://example.org/").append(i)
          .append("\" ADD_DATE=\"1700000000\">Page ").append(i).append("</A>\n");
    }
    Path file = Files.writeString(dir.resolve("bookmarks.html"), export.append("</DL>\n"));
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Run run = run("import", file.toString(), "--posts-dir", blocker.resolve("_posts").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).matches("linkpost: cannot write " + java.util.regex.Pattern.quote(
        blocker.resolve("_posts").toString()) + "/2023-11-1\\d-p\\d{4}-0\\.md: not a folder\n");
    Run notAFolder = run("import", file.toString(), "--posts-dir", blocker.toString());
    assertThat(notAFolder.status()).isEqualTo(2);
    assertThat(notAFolder.err()).startsWith("linkpost: --posts-dir " + blocker + " is not a folder\n");
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
        "imported 1 bookmark: 1 written, 0 already there, 0 skipped, 0 errors\n");
    Path post = site.resolve("_posts/2025-10-13-p1159-tides.md");
    assertThat(Files.readString(post)).contains("external-url: https://example.org/tides\n")
        .contains("date: 2025-10-13 11:59:00 -0700\n").doesNotContain("[Discovered]");
    Run second = run("import", export.toString(), "--site", site.toString());
    assertThat(second.out()).isEqualTo(
        "imported 1 bookmark: 0 written, 1 already there, 0 skipped, 0 errors\n");
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
    reproduces(seed, dir);
  }

  /** The same with the project's own file in the reference format, which every checkout has. */
  @Test
  void newReproducesAReferenceFileOfOurOwn(@TempDir Path dir) throws Exception {
    reproduces(Path.of("..", "fixtures", "reference", "2024-06-02-p0005-tide-tables.md"), dir);
  }

  /** Runs linkpost new with the values of a reference-format post (named as Vancouver's time). */
  private static void reproduces(Path seed, Path dir) throws Exception {
    String expected = Files.readString(seed, StandardCharsets.UTF_8);
    String[] parts = expected.split("\n---\n", 2);
    Map<String, Object> front = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(parts[0].substring(4));
    String[] blocks = parts[1].split("\n\n");
    Matcher d = Pattern.compile("\\[Discovered]\\((.*?)\\): (\\w{3} \\d+, \\d{4} \\d\\d:\\d\\d) \\(UTC\\) "
        + "\\[(.*)]\\((.*)\\) ")
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
    String at = java.time.LocalDateTime.parse(d.group(2), java.time.format.DateTimeFormatter
        .ofPattern("MMM d, yyyy HH:mm", java.util.Locale.ENGLISH)).toInstant(java.time.ZoneOffset.UTC)
        .toString();
    Run run = run("new", "--title", (String) front.get("title"), "--url", d.group(4),
        "--link-text", d.group(3), "--discovered-at", at,
        "--display-zone", "UTC", "--file-zone", "America/Vancouver", "--via", d.group(1),
        "--quote-file", quoteFile.toString(), "--source-title", s.group(1),
        "--source-url", s.group(2), "--slug", slug, "--posts-dir", dir.resolve("_posts").toString());
    assertThat(run.status()).as(run.err()).isZero();
    Path written = Path.of(run.out().strip());
    assertThat(written.getFileName().toString()).isEqualTo(name);
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
