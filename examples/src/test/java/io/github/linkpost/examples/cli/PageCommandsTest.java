package io.github.linkpost.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meta} and {@code new --fetch} against a web server on 127.0.0.1. */
class PageCommandsTest {
  /** A blog post shaped as Jekyll's SEO tag and a WordPress theme write them. */
  static final String PAGE = """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <title>Notes on local models | Ada&#39;s Notebook</title>
      <meta property="og:title" content="Notes on local models">
      <meta property="og:site_name" content="Ada's Notebook">
      <meta name="description" content="What worked, what did not.">
      <link rel="canonical" href="/2024/11/10/notes/">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
        "headline":"Notes on local models","datePublished":"2024-11-10T09:30:00-08:00",
        "author":{"@type":"Person","name":"Ada Quill"}}</script>
      </head><body><article><h1>Notes on local models</h1>
      <p>Small models write small programs.</p></article></body></html>""";

  static HttpServer server;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/2024/11/10/notes/", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/gone", exchange -> {
      exchange.sendResponseHeaders(410, -1);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = LinkpostCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void metaPrintsOneJsonObjectWithEveryKey() {
    Run run = run("meta", base + "/2024/11/10/notes/");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("""
        {
          "title": "Notes on local models",
          "author": "Ada Quill",
          "published": "2024-11-10T09:30:00-08:00",
          "site_name": "Ada's Notebook",
          "description": "What worked, what did not.",
          "canonical_url": "%s/2024/11/10/notes/"
        }
        """.formatted(base));
  }

  @Test
  void metaReadsASavedPageAgainstItsBaseUrl(@TempDir Path dir) throws IOException {
    Path saved = Files.writeString(dir.resolve("notes.html"), PAGE);
    Run run = run("meta", saved.toString(), "--base-url", "https://ada.example/x/", "--sources");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"canonical_url\": \"https://ada.example/2024/11/10/notes/\"",
        "\"sources\": {\n    \"title\": \"json-ld\",", "\"site_name\": \"open-graph\"");
    Run without = run("meta", saved.toString());
    assertThat(without.out()).contains("\"canonical_url\": null");
    Run bare = run("meta", Files.writeString(dir.resolve("bare.html"), "<p>hi").toString());
    assertThat(bare.out()).isEqualTo("""
        {
          "title": null,
          "author": null,
          "published": null,
          "site_name": null,
          "description": null,
          "canonical_url": null
        }
        """);
  }

  @Test
  void metaSaysInOneLineWhyItCannotRead(@TempDir Path dir) {
    Run gone = run("meta", base + "/gone");
    assertThat(gone.status()).isEqualTo(1);
    assertThat(gone.err()).isEqualTo(
        "linkpost: cannot fetch " + base + "/gone: the server answered 410 Gone\n");
    Run missing = run("meta", dir.resolve("none.html").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith(
        "linkpost: cannot read " + dir.resolve("none.html") + ": no such file\nUsage: linkpost meta");
    Run folder = run("meta", dir.toString());
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).startsWith(
        "linkpost: cannot read " + dir + ": is a folder (give a saved page)\nUsage: linkpost meta");
    Run twice = run("meta", "a.html", "b.html");
    assertThat(twice.status()).isEqualTo(2);
    assertThat(twice.err()).startsWith("linkpost: unexpected argument: b.html\n");
    Run badBase = run("meta", "a.html", "--base-url", "ftp://x/");
    assertThat(badBase.err()).startsWith("linkpost: invalid value for --base-url: 'ftp://x/'"
        + " (expected an absolute http or https URL)\n");
  }

  @Test
  void newFetchFillsWhatTheCommandLineLeavesOut(@TempDir Path dir) throws IOException {
    Path quotes = Files.writeString(dir.resolve("q.txt"), "Small models write small programs.\n");
    Run run = run("new", "--url", base + "/2024/11/10/notes/", "--fetch",
        "--quote-file", quotes.toString(), "--remark", "worth a read",
        "--via", "https://blog.example.org/how-i-find-links/", "--discovered-at", "2025-10-13T18:59:00Z", "--file-zone", "UTC",
        "--posts-dir", dir.resolve("_posts").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    Path written = Path.of(run.out().strip());
    assertThat(written.getFileName()).hasToString("2025-10-13-p1859-notes.md");
    assertThat(Files.readString(written)).isEqualTo("""
        ---
        layout: post
        title: "Notes on local models"
        ---
        [Discovered](https://blog.example.org/how-i-find-links/): Oct 13, 2025 18:59 (UTC) [Notes on local models](%1$s/2024/11/10/notes/) <-- worth a read

        ### QUOTE: \n\
        
        * Read the whole thing:  [Notes on local models](%1$s/2024/11/10/notes/) \n\
        * By: Ada Quill
        * Published: November 10, 2024

        >Small models write small programs.

        """.formatted(base));
  }

  @Test
  void newTextFragmentsPointsTheSourceAtTheExcerpt(@TempDir Path dir) throws IOException {
    Path quotes = Files.writeString(dir.resolve("q.txt"), "Small models write small programs.\n");
    Run run = run("new", "--url", base + "/2024/11/10/notes/", "--fetch", "--text-fragments",
        "--quote-file", quotes.toString(), "--discovered-at", "2025-10-13T18:59:00Z",
        "--file-zone", "UTC", "--posts-dir", dir.resolve("_posts").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(Path.of(run.out().strip()))).contains(
        "* Read the whole thing:  [Notes on local models](" + base + "/2024/11/10/notes/"
            + "#:~:text=Small%20models%20write%20small%20programs.) \n",
        "(UTC) [Notes on local models](" + base + "/2024/11/10/notes/) \n");
  }

  @Test
  void optionsOnTheCommandLineWinOverThePage(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("saved.html"), PAGE);
    Path quotes = Files.writeString(dir.resolve("q.txt"), "A line.\n");
    Run run = run("new", "--url", "https://ada.example/2024/11/10/notes/", "--page-file",
        page.toString(), "--title", "ME:: my own title", "--author", "A. Q.", "--published",
        "2024-11-11", "--source-title", "Ada:: Notes", "--quote-file", quotes.toString(),
        "--discovered-at", "2025-10-13T18:59:00Z", "--file-zone", "UTC",
        "--posts-dir", dir.resolve("_posts").toString());
    assertThat(run.status()).as(run.err()).isZero();
    String post = Files.readString(Path.of(run.out().strip()));
    assertThat(post).contains("title: \"ME:: my own title\"",
        "(UTC) [Notes on local models](https://ada.example/2024/11/10/notes/) \n",
        "[Ada:: Notes](https://ada.example/2024/11/10/notes/)", "* By: A. Q.\n",
        "* Published: November 11, 2024\n").doesNotContain("<--");
  }

  @Test
  void newSaysWhatAPageCannotGive(@TempDir Path dir) throws IOException {
    Run noUrl = run("new", "--fetch", "--title", "T");
    assertThat(noUrl.status()).isEqualTo(2);
    assertThat(noUrl.err()).startsWith("linkpost: --fetch needs the page's --url\n");
    Run both = run("new", "--fetch", "--page-file", "x.html", "--url", base + "/x");
    assertThat(both.err()).startsWith("linkpost: give --fetch or --page-file, not both\n");
    Path bare = Files.writeString(dir.resolve("bare.html"), "<p>no title");
    Run untitled = run("new", "--url", "https://x.example/a", "--page-file", bare.toString(),
        "--posts-dir", dir.toString());
    assertThat(untitled.err()).startsWith("linkpost: the page has no title: give --title\n");
    Run gone = run("new", "--url", base + "/gone", "--fetch", "--posts-dir", dir.toString());
    assertThat(gone.status()).isEqualTo(1);
    assertThat(gone.err()).isEqualTo(
        "linkpost: cannot fetch " + base + "/gone: the server answered 410 Gone\n");
    Run badDate = run("new", "--title", "T", "--url", "https://x.example/", "--published",
        "10 Nov");
    assertThat(badDate.err()).startsWith(
        "linkpost: invalid value for --published: '10 Nov' (expected a date such as 2024-11-10)");
    Run noPage = run("new", "--url", "https://x.example/a", "--page-file",
        dir.resolve("nope.html").toString(), "--posts-dir", dir.toString());
    assertThat(noPage.status()).isEqualTo(2);
    assertThat(noPage.err()).startsWith("linkpost: cannot read --page-file "
        + dir.resolve("nope.html") + ": no such file\nUsage: linkpost new");
    Run noQuote = run("new", "--title", "T", "--url", "https://x.example/", "--author", "Ada");
    assertThat(noQuote.status()).isEqualTo(2);
    assertThat(noQuote.err()).startsWith(
        "linkpost: --author says who or what is quoted: give it with --quote-file\n");
  }
}
