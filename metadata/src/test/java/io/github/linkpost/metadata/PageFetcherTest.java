package io.github.linkpost.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PageFetcherTest {
  private static final byte[] PAGE = ("<!DOCTYPE html><html><head><meta charset=utf-8>"
      + "<title>A page | Site</title><meta property=og:site_name content=Site></head>"
      + "<body><p>caf\u00E9</p></body></html>").getBytes(StandardCharsets.UTF_8);
  private static final String HTML = "text/html; charset=utf-8";

  static TestServer http;
  static TestServer https;
  static SSLContext trusting;
  static PageFetcher fetcher;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    SSLContext serving = selfSigned(dir);
    https = TestServer.https(serving).page("/secure", HTML, PAGE);
    http = TestServer.http();
    fetcher = PageFetcher.builder().sslContext(trusting).timeout(Duration.ofSeconds(2))
        .connectTimeout(Duration.ofSeconds(2)).maxBytes(1024 * 1024).build();
    http.page("/page", HTML, PAGE)
        .page("/fixture", HTML, Fixtures.PAGES.get(0).bytes())
        .status("/missing", 404).status("/gone", 410).status("/broken", 500)
        .status("/busy", 503).status("/teapot", 418)
        .page("/pdf", "application/pdf", "%PDF-1.7".getBytes())
        .page("/json", "application/json", "{}".getBytes())
        .page("/plain", "text/plain; charset=utf-8", "hello".getBytes())
        .page("/xhtml", "application/xhtml+xml", PAGE)
        .page("/untyped-html", null, PAGE)
        .page("/untyped-binary", null, new byte[] {0, 1, 2, 3})
        .page("/gzip", HTML, gzip(PAGE), "Content-Encoding", "gzip")
        .page("/deflate", HTML, deflate(PAGE, false), "Content-Encoding", "deflate")
        .page("/raw-deflate", HTML, deflate(PAGE, true), "Content-Encoding", "deflate")
        .page("/brotli", HTML, PAGE, "Content-Encoding", "br")
        .page("/bad-gzip", HTML, "not gzip".getBytes(), "Content-Encoding", "gzip")
        .page("/bomb", HTML, gzip(new byte[8 * 1024 * 1024]), "Content-Encoding", "gzip")
        .page("/huge", HTML, new byte[2 * 1024 * 1024])
        .on("/huge-streamed", e -> TestServer.stream(e, new byte[64 * 1024], 0, 10_000))
        .on("/endless-trickle", e -> TestServer.stream(e, "<p>".getBytes(), 100, 10_000))
        .on("/slow-headers", e -> {
          sleep(5_000);
          TestServer.send(e, 200, HTML, PAGE);
        })
        .redirect("/moved", 301, "/page")
        .redirect("/to-https", 302, https.url("/secure").toString())
        .redirect("/to-ftp", 302, "ftp://127.0.0.1/file.html")
        .redirect("/to-file", 302, "file:///etc/passwd")
        .redirect("/to-javascript", 302, "javascript:alert(1)")
        .redirect("/to-data", 302, "data:text/html,<title>x</title>")
        .redirect("/loop-a", 302, "/loop-b").redirect("/loop-b", 302, "/loop-a")
        .redirect("/no-location", 302, "")
        .redirect("/relative/start", 303, "../page");
    for (int i = 1; i <= 6; i++) {
      http.redirect("/chain" + i, i % 2 == 0 ? 307 : 308, "/chain" + (i + 1));
    }
    http.redirect("/chain7", 302, "/page");
    https.redirect("/down", 301, http.url("/page").toString());
  }

  @AfterAll
  static void stop() {
    http.close();
    https.close();
  }

  @Test
  void fetchesAPageAndSaysWhoAsks() {
    WebPage page = fetcher.fetch(http.url("/page"));
    assertThat(page.url()).isEqualTo(http.url("/page"));
    assertThat(page.html()).contains("caf\u00E9");
    assertThat(page.charset()).contains(StandardCharsets.UTF_8);
    assertThat(PageMetadata.read(page).title()).contains("A page");
    var headers = http.requests.get("/page").get(0);
    assertThat(headers.get("User-agent")).containsExactly(PageFetcher.defaultUserAgent());
    assertThat(PageFetcher.defaultUserAgent())
        .matches("linkpost/[0-9A-Za-z.-]+ \\(\\+https://github.com/linkpost/linkpost\\)");
    assertThat(headers.get("Accept-encoding")).containsExactly("gzip, deflate");
    assertThat(PageMetadata.read(fetcher.fetch(http.url("/fixture"))).authors())
        .containsExactly("Marta Quill");
  }

  @Test
  void followsUpToFiveRedirectsAndNoMore() {
    assertThat(fetcher.fetch(http.url("/moved")).url()).isEqualTo(http.url("/page"));
    assertThat(fetcher.fetch(http.url("/relative/start")).url()).isEqualTo(http.url("/page"));
    assertThat(fetcher.fetch(http.url("/chain3")).url()).isEqualTo(http.url("/page"));
    failsWith("/chain2", "too many redirects (more than 5)");
    PageFetcher none = fetcher.toBuilder().maxRedirects(0).build();
    assertThatThrownBy(() -> none.fetch(http.url("/moved")))
        .hasMessage("cannot fetch " + http.url("/moved") + ": too many redirects (more than 0)");
    failsWith("/loop-a", "the redirects go round in a loop (back to " + http.url("/loop-a") + ")");
    failsWith("/no-location", "the server answered 302 without a Location");
  }

  @Test
  void followsHttpToHttpsButNeverBackNorToAnotherScheme() {
    WebPage secure = fetcher.fetch(http.url("/to-https"));
    assertThat(secure.url()).isEqualTo(https.url("/secure"));
    assertThatThrownBy(() -> fetcher.fetch(https.url("/down")))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot fetch " + https.url("/down") + ": the server redirected from https"
            + " to http (" + http.url("/page") + "), which is not followed");
    for (String scheme : List.of("ftp", "file", "javascript", "data")) {
      failsWith("/to-" + scheme,
          "the server redirected to a " + scheme + ": URL, and only http and https are followed");
    }
  }

  @Test
  void saysWhatTheServerAnswered() {
    failsWith("/missing", "the server answered 404 Not Found");
    failsWith("/gone", "the server answered 410 Gone");
    failsWith("/broken", "the server answered 500 Internal Server Error");
    failsWith("/busy", "the server answered 503 Service Unavailable");
    failsWith("/teapot", "the server answered 418");
  }

  @Test
  void takesHtmlOnly() {
    failsWith("/pdf", "not an HTML page (the server sent application/pdf)");
    failsWith("/json", "not an HTML page (the server sent application/json)");
    failsWith("/plain", "not an HTML page (the server sent text/plain)");
    assertThat(fetcher.fetch(http.url("/xhtml")).html()).contains("A page");
    assertThat(fetcher.fetch(http.url("/untyped-html")).html()).contains("A page");
    failsWith("/untyped-binary",
        "not an HTML page (the server sent no Content-Type, and the body is not HTML)");
  }

  @Test
  void undoesGzipAndDeflate() {
    for (String path : List.of("/gzip", "/deflate", "/raw-deflate")) {
      assertThat(fetcher.fetch(http.url(path)).html()).as(path).contains("caf\u00E9");
    }
    failsWith("/brotli", "the server sent the body in an encoding that cannot be read (br)");
    assertThatThrownBy(() -> fetcher.fetch(http.url("/bad-gzip")))
        .hasMessageStartingWith("cannot fetch " + http.url("/bad-gzip") + ": ");
  }

  @Test
  void readsNoMoreThanTheLimit() {
    failsWith("/huge", "the page is larger than the limit of 1 MiB");
    failsWith("/huge-streamed", "the page is larger than the limit of 1 MiB");
    failsWith("/bomb", "the page is larger than the limit of 1 MiB");
  }

  @Test
  void givesUpOnSlowAndEndlessAnswersInTime() {
    long start = System.nanoTime();
    failsWith("/slow-headers", "no complete answer within 2 s");
    failsWith("/endless-trickle", "no complete answer within 2 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void saysWhyItCannotConnect() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/");
    assertThatThrownBy(() -> fetcher.fetch(closed))
        .hasMessage("cannot fetch " + closed + ": the connection to 127.0.0.1:" + port
            + " was refused");
    URI unknown = URI.create("http://no-such-host.invalid/page");
    assertThatThrownBy(() -> fetcher.fetch(unknown))
        .hasMessage("cannot fetch " + unknown + ": cannot find the host no-such-host.invalid");
    for (String url : List.of("ftp://127.0.0.1/", "file:///etc/passwd", "mailto:a@b.example")) {
      assertThatThrownBy(() -> fetcher.fetch(URI.create(url)))
          .hasMessage("cannot fetch " + url + ": only http and https URLs with a host are fetched");
    }
    URI untrusted = https.url("/secure");
    assertThatThrownBy(() -> PageFetcher.standard().fetch(untrusted))
        .hasMessageStartingWith("cannot fetch " + untrusted + ": the secure connection to"
            + " 127.0.0.1:" + untrusted.getPort() + " failed (");
  }

  @Test
  void everyFailureIsOneLine() {
    for (String path : List.of("/missing", "/pdf", "/huge", "/to-ftp", "/chain1", "/brotli")) {
      assertThatThrownBy(() -> fetcher.fetch(http.url(path)))
          .isInstanceOf(LinkPostException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "Exception"));
    }
  }

  @Test
  void theBuilderRefusesSettingsThatCannotWork() {
    PageFetcher.Builder b = PageFetcher.builder();
    assertThatThrownBy(() -> b.timeout(Duration.ZERO))
        .hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> b.connectTimeout(Duration.ofSeconds(-1)))
        .hasMessage("connectTimeout must be positive, was PT-1S");
    assertThatThrownBy(() -> b.maxBytes(0)).hasMessage("maxBytes must be positive, was 0");
    assertThatThrownBy(() -> b.maxRedirects(6))
        .hasMessage("maxRedirects must be between 0 and 5, was 6");
    assertThatThrownBy(() -> b.userAgent("a\r\nX-Injected: 1"))
        .hasMessage("userAgent must be one line and not blank, was \"a\r\nX-Injected: 1\"");
  }

  private static void failsWith(String path, String reason) {
    URI url = http.url(path);
    assertThatThrownBy(() -> fetcher.fetch(url))
        .as(path)
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot fetch " + url + ": " + reason);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] bytes, boolean raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(9, raw))) {
      z.write(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A key and certificate for 127.0.0.1 made by the JDK's keytool; the client trusts it. */
  static SSLContext selfSigned(Path dir) throws Exception {
    Path store = dir.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC",
        "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
        "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    try (InputStream out = p.getInputStream()) {
      out.readAllBytes();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("keytool").isTrue();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, "changeit".toCharArray());
    SSLContext server = SSLContext.getInstance("TLS");
    server.init(kmf.getKeyManagers(), null, null);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("server", keys.getCertificate("server"));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tmf.getTrustManagers(), null);
    return server;
  }

}
