package io.github.linkpost.bookmarks.internal;

import io.github.linkpost.LinkPostException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An export file, looked at before it is parsed: which kind it is (HTML or JSON, by its first
 * character), its charset (a byte-order mark; else, for HTML, the charset its {@code META}
 * declares; else UTF-8 when the whole file is UTF-8, windows-1252 otherwise, as browsers read an
 * undeclared page), and that it decodes in that charset to the end without a NUL. A file that
 * fails any of these is refused here, before a bookmark is read from it.
 */
public final class ExportFile {
  /** What a file is, by its first character. */
  public enum Kind { HTML, JSON }

  private static final int HEAD = 4096;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path path;
  private final Kind kind;
  private final Charset charset;
  private final int bom;
  private final boolean netscape;
  private final boolean endsWithTag;
  private final int lines;

  private ExportFile(Path path, Kind kind, Charset charset, int bom, boolean netscape,
      boolean endsWithTag, int lines) {
    this.path = path;
    this.kind = kind;
    this.charset = charset;
    this.bom = bom;
    this.netscape = netscape;
    this.endsWithTag = endsWithTag;
    this.lines = lines;
  }

  /**
   * Looks at a file.
   *
   * @throws LinkPostException naming the file when it cannot be read, is empty, binary, neither
   *     HTML nor JSON, or does not decode in its charset
   */
  public static ExportFile open(Path path) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      throw LinkPostException.cannot("read", path, e);
    }
    Charset bomCharset = null;
    int bom = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      bomCharset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      bomCharset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      bomCharset = StandardCharsets.UTF_16LE;
      bom = 2;
    }
    String start = new String(head, bom, head.length - bom,
        bomCharset != null ? bomCharset : StandardCharsets.ISO_8859_1);
    if (bomCharset == null && start.indexOf('\0') >= 0) {
      throw refused(path, "is a binary file, not a bookmark export");
    }
    int first = 0;
    while (first < start.length() && (Character.isWhitespace(start.charAt(first))
        || start.charAt(first) == '\uFEFF')) {
      first++;
    }
    if (first == start.length() && head.length < HEAD) {
      throw refused(path, "is empty, not a bookmark export");
    }
    char c = first < start.length() ? start.charAt(first) : ' ';
    Kind kind = c == '<' ? Kind.HTML : c == '[' || c == '{' ? Kind.JSON : null;
    if (kind == null) {
      throw refused(path, "is not a bookmark export: neither HTML (a Netscape bookmark file, "
          + "a Pocket or Instapaper list) nor Pinboard's JSON");
    }
    boolean netscape = kind == Kind.HTML
        && start.toUpperCase(Locale.ROOT).contains("NETSCAPE-BOOKMARK-FILE");
    Charset declared = bomCharset;
    if (declared == null) {
      declared = kind == Kind.JSON ? StandardCharsets.UTF_8 : metaCharset(start);
    }
    Check check = check(path, bom, declared != null ? declared : StandardCharsets.UTF_8);
    Charset charset = declared != null ? declared : StandardCharsets.UTF_8;
    if (check.malformedLine > 0 && declared == null) {
      charset = WINDOWS_1252; // undeclared and not UTF-8: what browsers take it for
      check = check(path, bom, charset);
    }
    if (check.malformedLine > 0) {
      String why = bomCharset != null ? ", as its byte-order mark says"
          : kind == Kind.HTML && declared != null ? ", as its META says" : "";
      throw refused(path, check.malformedLine, "is not " + charset.name() + " text" + why);
    }
    if (check.nulLine > 0) {
      throw refused(path, check.nulLine, "holds a NUL character: a binary file, not a bookmark export");
    }
    return new ExportFile(path, kind, charset, bom, netscape, check.last == '>', check.lines);
  }

  /** The charset a page's META declares, read as HTML by jsoup from the file's first bytes. */
  private static Charset metaCharset(String head) {
    Document document = Jsoup.parse(head);
    for (Element meta : document.select("meta[charset], meta[http-equiv][content]")) {
      String name = meta.attr("charset");
      if (name.isEmpty()) {
        if (!meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
          continue;
        }
        String content = meta.attr("content");
        int at = content.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
          continue;
        }
        name = content.substring(at + "charset=".length()).replaceAll("[\"';\\s].*", "");
      }
      Charset charset = charset(name.strip());
      if (charset != null) {
        return charset;
      }
    }
    return null;
  }

  /** A charset by name as HTML takes it: Latin-1 and ASCII as windows-1252, UTF-16 as UTF-8. */
  private static Charset charset(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("utf-16")) {
      return StandardCharsets.UTF_8; // a META read in an 8-bit file cannot mean UTF-16
    }
    if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")
        || lower.equals("ascii") || lower.equals("iso8859-1")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private record Check(int lines, int malformedLine, int nulLine, char last) {}

  /** Decodes the whole file: its lines, where it stops decoding, its first NUL, its last character. */
  private static Check check(Path path, int bom, Charset charset) {
    int line = 1;
    int nul = 0;
    char last = 0;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    try (InputStream in = Files.newInputStream(path)) {
      in.skipNBytes(bom);
      boolean end = false;
      while (true) {
        if (!end) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            end = true;
          } else {
            bytes.position(bytes.position() + n);
          }
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        if (end && !result.isError()) {
          result = decoder.flush(chars);
        }
        chars.flip();
        for (int i = 0; i < chars.limit(); i++) {
          char c = chars.get(i);
          if (c == '\n') {
            line++;
          } else if (c == 0 && nul == 0) {
            nul = line;
          }
          if (c > ' ' ? c < 0x80 || !Character.isWhitespace(c) : !Character.isWhitespace(c)) {
            last = c;
          }
        }
        chars.clear();
        if (result.isError()) {
          return new Check(line, line, nul, last);
        }
        bytes.compact();
        if (end && !result.isOverflow()) {
          return new Check(line, 0, nul, last);
        }
      }
    } catch (IOException e) {
      throw LinkPostException.cannot("read", path, e);
    }
  }

  private static Reader reader(Path path, int bom, Charset charset) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      in.skipNBytes(bom);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }

  private static LinkPostException refused(Path path, String reason) {
    return new LinkPostException(reason).at(path, 0);
  }

  private static LinkPostException refused(Path path, int line, String reason) {
    return new LinkPostException(reason).at(path, line);
  }

  /** The file's text, decoded as checked, from after its byte-order mark. */
  public Reader reader() throws IOException {
    return reader(path, bom, charset);
  }

  public Path path() {
    return path;
  }

  public Kind kind() {
    return kind;
  }

  public Charset charset() {
    return charset;
  }

  /** Whether the file names itself a Netscape bookmark file in its first bytes. */
  public boolean isNetscape() {
    return netscape;
  }

  /** Whether the file's last character but white space is {@code >}, as a whole HTML export's is. */
  public boolean endsWithTag() {
    return endsWithTag;
  }

  /** How many lines the file has. */
  public int lines() {
    return lines;
  }
}
