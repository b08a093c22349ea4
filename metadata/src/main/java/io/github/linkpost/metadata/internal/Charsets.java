package io.github.linkpost.metadata.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a page's bytes become text: the order of the HTML standard's encoding sniffing. */
public final class Charsets {
  /** How far the standard's prescan looks for a {@code <meta>} naming the charset. */
  private static final int PRESCAN = 1024;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARAM_CHARSET = Pattern.compile(
      "(?:^|;)\\s*charset\\s*=\\s*\"?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  /** Labels browsers read as Windows-1252: what servers often declare by default. */
  private static final Set<String> LATIN = Set.of("iso-8859-1", "iso8859-1", "latin1",
      "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso-8859-15", "iso_8859-1");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Charsets() {}

  /** The charset of a page's bytes, given the server's {@code Content-Type} (or null). */
  public static Charset detect(byte[] body, String contentType) {
    Charset bom = bom(body);
    if (bom != null) {
      return bom;
    }
    String declared = contentType == null ? null : parameter(contentType);
    String meta = metaCharset(body);
    if (declared != null) {
      Charset header = lookup(declared);
      if (header != null) {
        boolean latin = LATIN.contains(declared.toLowerCase(Locale.ROOT));
        if (latin && meta != null && StandardCharsets.UTF_8.equals(lookup(meta))
            && validUtf8(body)) {
          return StandardCharsets.UTF_8;
        }
        return header;
      }
    }
    if (meta != null) {
      Charset charset = lookup(meta);
      if (charset != null) {
        // The standard: a page cannot declare UTF-16 in ASCII bytes; it means UTF-8.
        return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The bytes as text; what is not valid in the charset becomes U+FFFD, a BOM is dropped. */
  public static String decode(byte[] body, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e); // cannot happen with REPLACE
    }
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** The {@code charset} parameter of a {@code Content-Type}, or null. */
  static String parameter(String contentType) {
    Matcher m = PARAM_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** A charset by its label, as browsers read labels; null when unknown. */
  static Charset lookup(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (LATIN.contains(name) && !name.equals("iso-8859-15")) {
      return WINDOWS_1252;
    }
    if (name.equals("utf8") || name.equals("utf-8") || name.equals("unicode-1-1-utf-8")) {
      return StandardCharsets.UTF_8;
    }
    if (name.equals("gb2312") || name.equals("gbk")) {
      name = "gb18030";
    } else if (name.equals("shift-jis") || name.equals("sjis") || name.equals("x-sjis")) {
      name = "shift_jis";
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean validUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
