package io.github.linkpost.markdown.internal;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.Quote;
import io.github.linkpost.Spelling;
import io.github.linkpost.Verbatim;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.linkpost.commonmark.HtmlBlocks;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Splits a post body into parts. commonmark-java finds the top-level blocks and their lines;
 * a block that spells a discovery, and a run of blocks that spells a quote, become those parts;
 * every other run of blocks stays verbatim. Each part keeps its exact text (up to where the
 * next part starts) as its spelling, so the parts written back in order give the body again.
 */
public final class BodyReader {
  /**
   * Blocks only: the inline content of each block is left unparsed (the parts read their own
   * lines), which keeps reading linear however hostile the text inside a paragraph.
   */
  private static final Parser BLOCKS = HtmlBlocks.use(Parser.builder())
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (lines, node) -> { })
      .build();

  private BodyReader() {}

  /**
   * The parts of a body.
   *
   * @param body the text after the front matter
   * @param title the post's title (quote attribution may come from it)
   * @param words the style's words, formats and zone
   * @param implied the discovery the front matter says, in the front-matter style: it stands
   *     first (spelled as nothing) unless the body has a discovery line; a body of bare
   *     {@code >} quotes and at most one paragraph is read as quotes of the page and remarks
   */
  public static List<BodyPart> read(String body, String title, Words words,
      Optional<Discovery> implied) {
    List<BodyPart> parts = new ArrayList<>();
    if (body.isBlank()) {
      implied.ifPresent(d -> parts.add(spelled(d, "")));
      return parts;
    }
    int[] lineStarts = lineStarts(body);
    List<Node> blocks = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (Node block = BLOCKS.parse(body).getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof BulletList list && list.getFirstChild() != null
          && list.getFirstChild().getNext() != null
          && isDiscoveryItem(list.getFirstChild(), body, lineStarts, words)) {
        // A list whose first item is the discovery: the item, then the rest of the list.
        add(list.getFirstChild(), list.getFirstChild(), body, lineStarts, blocks, starts, ends);
        add(list.getFirstChild().getNext(), list.getLastChild(), body, lineStarts, blocks, starts,
            ends);
        continue;
      }
      add(block, block, body, lineStarts, blocks, starts, ends);
    }
    List<String> sources = new ArrayList<>(blocks.size());
    for (int b = 0; b < blocks.size(); b++) {
      String source = body.substring(starts.get(b), ends.get(b));
      int cut = source.endsWith("\r\n") ? 2 : source.endsWith("\n") || source.endsWith("\r") ? 1 : 0;
      sources.add(source.substring(0, source.length() - cut));
    }

    List<BodyPart> found = new ArrayList<>();
    List<Integer> foundAt = new ArrayList<>();
    if (implied.isPresent() && bare(blocks, sources, words, implied.get(), found, foundAt)) {
      if (found.stream().noneMatch(Discovery.class::isInstance)) {
        parts.add(frontMatter(implied.get(), "")); // its text is the front matter's
      }
      cut(body, starts, found, foundAt, parts);
      parts.replaceAll(p -> frontMatter(p, p.spelling().orElseThrow().text()));
      return parts;
    }
    found.clear();
    foundAt.clear();
    Optional<Link> page = implied.flatMap(Discovery::page);
    boolean firstQuote = true;
    boolean discovered = false;
    int verbatimFrom = -1;
    for (int b = 0; b < blocks.size(); ) {
      Node block = blocks.get(b);
      if (!discovered && isDiscoveryShaped(block)) {
        Optional<Discovery> discovery = DiscoveryLine.read(sources.get(b), words);
        if (discovery.isPresent()) {
          verbatimFrom = flush(verbatimFrom, found, foundAt);
          found.add(discovery.get());
          foundAt.add(b);
          page = discovery.get().page();
          discovered = true;
          b++;
          continue;
        }
      }
      Optional<QuoteSection.Read> quote = QuoteSection.read(
          blocks, sources, b, page, firstQuote ? title : "", words);
      if (quote.isPresent()) {
        verbatimFrom = flush(verbatimFrom, found, foundAt);
        found.add(quote.get().quote());
        foundAt.add(b);
        firstQuote = false;
        b += quote.get().blocks();
        continue;
      }
      if (verbatimFrom < 0) {
        verbatimFrom = b;
      }
      b++;
    }
    flush(verbatimFrom, found, foundAt);
    if (!discovered && implied.isPresent()) {
      parts.add(frontMatter(implied.get(), ""));
    }
    return cut(body, starts, found, foundAt, parts);
  }

  /** Each part found, spelled from where it starts to where the next one does. */
  private static List<BodyPart> cut(String body, List<Integer> starts, List<BodyPart> found,
      List<Integer> foundAt, List<BodyPart> parts) {
    for (int p = 0; p < found.size(); p++) {
      int from = p == 0 ? 0 : starts.get(foundAt.get(p));
      int to = p + 1 < found.size() ? starts.get(foundAt.get(p + 1)) : body.length();
      String text = body.substring(from, to);
      parts.add(spelled(found.get(p), text));
    }
    return parts;
  }

  /**
   * Reads a front-matter link post's body made of bare {@code >} quotes (each run one quote of
   * the page) and at most one paragraph (the remarks).
   *
   * @return whether the body is made so
   */
  private static boolean bare(List<Node> blocks, List<String> sources, Words words,
      Discovery implied, List<BodyPart> found, List<Integer> foundAt) {
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b) instanceof Paragraph && DiscoveryLine.read(sources.get(b), words).isPresent()) {
        return false; // a discovery line says more than the front matter
      }
    }
    if (blocks.isEmpty() || implied.page().isEmpty()
        || blocks.stream().filter(Paragraph.class::isInstance).count() > 1
        || !blocks.stream().allMatch(b -> b instanceof Paragraph || b instanceof BlockQuote)) {
      return false;
    }
    for (int b = 0; b < blocks.size(); ) {
      if (blocks.get(b) instanceof Paragraph) {
        Optional<String> remarks = FrontMatterLink.readRemarks(sources.get(b));
        if (remarks.isEmpty()) {
          return false;
        }
        try {
          found.add(implied.withRemarks(remarks.get()));
        } catch (io.github.linkpost.LinkPostException e) {
          return false;
        }
        foundAt.add(b);
        b++;
        continue;
      }
      Optional<QuoteSection.Read> quote =
          QuoteSection.readBare(blocks, sources, b, implied.page().get(), words);
      if (quote.isEmpty()) {
        return false;
      }
      found.add(quote.get().quote());
      foundAt.add(b);
      b += quote.get().blocks();
    }
    return true;
  }

  /** Adds the blocks from {@code first} to {@code last} (siblings) as one block. */
  private static void add(Node first, Node last, String body, int[] lineStarts, List<Node> blocks,
      List<Integer> starts, List<Integer> ends) {
    List<SourceSpan> firstSpans = first.getSourceSpans();
    List<SourceSpan> lastSpans = last.getSourceSpans();
    if (firstSpans.isEmpty() || lastSpans.isEmpty()) {
      return;
    }
    blocks.add(first);
    starts.add(lineStarts[firstSpans.get(0).getLineIndex()]);
    ends.add(lineEnd(body, lineStarts, lastSpans.get(lastSpans.size() - 1).getLineIndex()));
  }

  private static boolean isDiscoveryItem(Node item, String body, int[] lineStarts, Words words) {
    if (!(item instanceof ListItem) || !(item.getFirstChild() instanceof Paragraph p)
        || p.getNext() != null || item.getSourceSpans().isEmpty()) {
      return false;
    }
    int start = lineStarts[item.getSourceSpans().get(0).getLineIndex()];
    int end = lineEnd(body, lineStarts, item.getSourceSpans().get(0).getLineIndex());
    return words.discoveryItem.matcher(body.substring(start, end)).lookingAt();
  }

  /** Ends a run of verbatim blocks, recording where it starts; its text is cut out later. */
  private static int flush(int from, List<BodyPart> found, List<Integer> foundAt) {
    if (from >= 0) {
      found.add(null); // made from its text once the extent is known
      foundAt.add(from);
    }
    return -1;
  }

  /** A part spelled in the front-matter style's own way. */
  private static BodyPart frontMatter(BodyPart part, String text) {
    String format = BodyWriter.FRONT_MATTER_FORMAT;
    if (part instanceof Discovery d) {
      return d.withSpelling(Spelling.of(format, text, d));
    }
    Quote q = (Quote) part;
    return q.withSpelling(Spelling.of(format, text, q));
  }

  private static BodyPart spelled(BodyPart part, String text) {
    String format = JekyllMarkdownRenderer.FORMAT;
    if (part == null) {
      Verbatim verbatim = Verbatim.of(text);
      return verbatim.withSpelling(Spelling.of(format, text, verbatim));
    }
    if (part instanceof Discovery d) {
      return d.withSpelling(Spelling.of(format, text, d));
    }
    Quote q = (Quote) part;
    return q.withSpelling(Spelling.of(format, text, q));
  }

  private static boolean isDiscoveryShaped(Node block) {
    if (block instanceof Paragraph) {
      return true;
    }
    if (block instanceof ListItem item) {
      return item.getFirstChild() instanceof Paragraph p && p.getNext() == null;
    }
    return block instanceof BulletList list && list.getFirstChild() != null
        && list.getFirstChild().getNext() == null
        && list.getFirstChild().getFirstChild() instanceof Paragraph p && p.getNext() == null;
  }

  /** The offset where each line starts; lines end at LF, CR LF or a lone CR. */
  static int[] lineStarts(String text) {
    boolean lfOnly = text.indexOf('\r') < 0;
    int[] starts = new int[16];
    int count = 1;
    for (int i = lastOfBreak(text, 0, lfOnly); i >= 0; i = lastOfBreak(text, i + 1, lfOnly)) {
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  /**
   * The index of the last character of the next line break from {@code from} on (an LF, or a
   * lone CR), or -1. A text without CR is searched with {@code indexOf}, much faster than a loop
   * over its characters.
   */
  private static int lastOfBreak(String text, int from, boolean lfOnly) {
    if (lfOnly) {
      return text.indexOf('\n', from);
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        return i;
      }
    }
    return -1;
  }

  /** The offset just past the line break that ends line {@code line}. */
  private static int lineEnd(String text, int[] lineStarts, int line) {
    return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
  }
}
