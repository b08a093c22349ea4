package io.github.linkpost.commonmark;

import io.github.linkpost.Excerpt;
import io.github.linkpost.Quote;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Text fragments (the URL Fragment Text Directives of the WICG, {@code #:~:text=}) that point
 * a quote's source link at the words of its first excerpt, so that a reader's browser scrolls
 * to them and marks them.
 *
 * <pre>{@code
 * Quote linked = TextFragments.linked(quote);
 * // https://example.org/post#:~:text=The%20next%20group%20are,in%20a%20moment.
 * }</pre>
 *
 * <p>The words are the excerpt's text as the page shows it: its Markdown without the markup
 * (emphasis, code spans and links give their text, images and raw HTML nothing), white space
 * collapsed. A browser matches each term of a directive within one block of the page, so a
 * short excerpt (one block of at most {@value #EXACT_WORDS} words) is given whole, and any
 * other as {@code textStart,textEnd}: the first {@value #EDGE_WORDS} words of its first block
 * and the last {@value #EDGE_WORDS} of its last. Each term is percent-encoded as UTF-8, the
 * directive's own signs {@code -}, {@code ,} and {@code &} included, and everything but
 * letters, digits and {@code . _ ~ ! * + ; = : @ / ? '}; percent-decoding a term gives the
 * words back. A link that already holds a directive ({@code :~:}) is left as it is, so that
 * linking twice changes nothing; one with a plain fragment ({@code #part}) keeps it and gets
 * the directive after it.
 */
public final class TextFragments {
  /** Up to this many words in one block, the excerpt is matched whole. */
  static final int EXACT_WORDS = 10;
  /** The words of each end of a longer excerpt. */
  static final int EDGE_WORDS = 5;
  private static final String KEPT = "._~!*+;=:@/?'";
  private static final Parser PARSER = HtmlBlocks.use(Parser.builder()).build();

  private TextFragments() {}

  /**
   * The quote with its source link pointing at its first excerpt's words.
   *
   * @param quote the quote
   * @return the quote with the link changed, or the quote itself when its link already holds a
   *     text directive or its first excerpt shows no text
   */
  public static Quote linked(Quote quote) {
    URI source = quote.source().url();
    String raw = source.toString();
    if (raw.contains(":~:")) {
      return quote;
    }
    Optional<String> directive = directive(quote.excerpts().get(0));
    if (directive.isEmpty()) {
      return quote;
    }
    URI url = URI.create(raw + (source.getRawFragment() == null ? "#" : "") + ":~:text="
        + directive.get());
    return quote.withSource(quote.source().withUrl(url));
  }

  /**
   * The text directive's value for an excerpt: {@code textStart} or {@code textStart,textEnd},
   * each term percent-encoded.
   *
   * @param excerpt the excerpt
   * @return the value, or empty when the excerpt shows no text
   */
  public static Optional<String> directive(Excerpt excerpt) {
    List<String> blocks = new ArrayList<>();
    for (String paragraph : excerpt.paragraphs()) {
      blocks.addAll(blocks(paragraph));
    }
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    List<String> first = words(blocks.get(0));
    List<String> last = words(blocks.get(blocks.size() - 1));
    if (blocks.size() == 1 && first.size() <= EXACT_WORDS) {
      return Optional.of(encode(String.join(" ", first)));
    }
    String start = String.join(" ", first.subList(0, Math.min(EDGE_WORDS, first.size())));
    String end = String.join(" ", last.subList(Math.max(0, last.size() - EDGE_WORDS),
        last.size()));
    return Optional.of(encode(start) + "," + encode(end));
  }

  /** The text each block of the Markdown shows, white space collapsed; blank blocks left out. */
  static List<String> blocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    collect(PARSER.parse(markdown), blocks);
    return blocks;
  }

  private static void collect(Node parent, List<String> blocks) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof HtmlBlock) {
        continue;
      }
      String text = null;
      if (node instanceof FencedCodeBlock code) {
        text = code.getLiteral();
      } else if (node instanceof IndentedCodeBlock code) {
        text = code.getLiteral();
      } else if (node instanceof Block && node.getFirstChild() != null
          && !(node.getFirstChild() instanceof Block)) {
        StringBuilder shown = new StringBuilder();
        node.accept(new Shown(shown));
        text = shown.toString();
      } else {
        collect(node, blocks);
      }
      if (text != null) {
        String collapsed = String.join(" ", words(text));
        if (!collapsed.isEmpty()) {
          blocks.add(collapsed);
        }
      }
    }
  }

  /** The inline text a reader sees. */
  private static final class Shown extends AbstractVisitor {
    private final StringBuilder out;

    Shown(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HtmlInline htmlInline) {
      // markup, not text
    }

    @Override
    public void visit(Image image) {
      out.append(' '); // the page shows a picture, not its description
    }
  }

  private static List<String> words(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(t.split("[\\s\u00A0\u2000-\u200A\u2028\u2029\u3000]+"));
  }

  /** A term percent-encoded: UTF-8 bytes, all but letters, digits and a few safe signs. */
  static String encode(String term) {
    StringBuilder out = new StringBuilder(term.length() + 16);
    for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c < 0x80 && KEPT.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
