package io.github.linkpost.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebPageTest {
  private static final URI URL = URI.create("https://example.org/page");
  private static final String TEXT = "<title>Caf\u00E9 \u2014 \u201Cna\u00EFve\u201D</title>";

  private static String decoded(byte[] body, String contentType) {
    return WebPage.decode(body, contentType, URL).html();
  }

  @Test
  void theServersCharsetComesBeforeTheMetaTag() {
    Charset latin = Charset.forName("windows-1252");
    byte[] body = ("<meta charset=utf-8>" + TEXT).getBytes(latin);
    assertThat(decoded(body, "text/html; charset=windows-1252")).endsWith(TEXT);
    assertThat(decoded(body, "text/html;charset=\"windows-1252\"")).endsWith(TEXT);
  }

  @Test
  void theMetaTagCountsWhenTheServerSaysNothing() {
    Charset sjis = Charset.forName("Shift_JIS");
    String japanese = "<title>\u65E5\u672C\u8A9E\u306E\u30DA\u30FC\u30B8</title>";
    byte[] body = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
        + japanese).getBytes(sjis);
    assertThat(decoded(body, "text/html")).endsWith(japanese);
    assertThat(decoded(body, null)).endsWith(japanese);
    byte[] latin = ("<meta charset=\"iso-8859-1\">" + "<title>Gew\u00E4sser</title>")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(WebPage.decode(latin, URL).html()).endsWith("Gew\u00E4sser</title>");
  }

  @Test
  void aByteOrderMarkComesFirst() {
    byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    assertThat(decoded(utf16, "text/html; charset=iso-8859-1")).isEqualTo(TEXT);
    byte[] utf8 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertThat(decoded(utf8, "text/html; charset=windows-1252")).isEqualTo(TEXT);
    assertThat(WebPage.decode(utf8, URL).charset()).contains(StandardCharsets.UTF_8);
  }

  @Test
  void aServersLatinDefaultGivesWayToAValidUtf8Page() {
    byte[] body = ("<meta charset=utf-8>" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertThat(decoded(body, "text/html; charset=ISO-8859-1")).endsWith(TEXT);
    // Not valid UTF-8: the server is believed.
    byte[] latin = ("<meta charset=utf-8><title>Caf\u00E9</title>")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(decoded(latin, "text/html; charset=ISO-8859-1")).endsWith("Caf\u00E9</title>");
  }

  @Test
  void unknownOrMissingCharsetsMeanUtf8() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(decoded(body, null)).isEqualTo(TEXT);
    assertThat(decoded(body, "text/html; charset=x-no-such-charset")).isEqualTo(TEXT);
    assertThat(decoded(body, "text/html; charset=utf8")).isEqualTo(TEXT);
    byte[] meta16 = ("<meta charset=utf-16>" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertThat(decoded(meta16, null)).endsWith(TEXT);
  }

  @Test
  void bytesThatAreNotValidBecomeReplacementCharacters() {
    byte[] broken = {'<', 'p', '>', (byte) 0xC3, '(', (byte) 0xFF, '<'};
    assertThat(decoded(broken, "text/html; charset=utf-8")).isEqualTo("<p>\uFFFD(\uFFFD<");
  }

  @Test
  void aPageNeedsAnAbsoluteUrl() {
    assertThatThrownBy(() -> WebPage.of("<p>", URI.create("relative/page")))
        .hasMessage("WebPage.url must be an absolute URL, was \"relative/page\"");
    assertThat(WebPage.of("<p>", URL)).hasToString("WebPage{https://example.org/page, 3 chars}");
  }
}
