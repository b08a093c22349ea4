package io.github.linkpost.markdown.internal;

import io.github.linkpost.commonmark.HtmlBlocks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The blocks of an excerpt paragraph as CommonMark reads it in a post, where each of its lines
 * follows a {@code >}: which parts of the paragraph's source hold inline Markdown, code or HTML,
 * so that each is escaped for kramdown in its own way ({@link MarkdownText#quoted(String)}).
 *
 * <p>Only blocks are parsed (linear in the paragraph's length). A code block is kept as typed
 * where kramdown reads its lines as code too: a fenced block that is closed and whose opening
 * line holds no {@code |}, and an indented block at the top of the quote (in a list, kramdown
 * counts the indentation otherwise).
 */
final class QuotedBlocks {
  private static final Parser BLOCKS = HtmlBlocks.use(Parser.builder())
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (lines, node) -> { })
      .build();

  /** How a region of the source is written. */
  enum Kind {
    /** Inline Markdown (a paragraph, a heading). */
    TEXT,
    /**
     * A code block kramdown may read otherwise: escaped as text, but with no code span in it
     * (its backticks, fences among them, stay as they are, and so does the block).
     */
    CODE_TEXT,
    /** A code block both parsers read as such: kept as typed. */
    CODE,
    /** An HTML block: kramdown's signs as character references, which HTML reads as the signs. */
    HTML
  }

  /**
   * The source from {@code start} to {@code end} is a block of the given kind. A paragraph's or
   * a heading's {@code lines} are where the content of each of its lines after the first starts,
   * after the container marks; empty for other regions, whose lines have none.
   */
  record Region(int start, int end, Kind kind, int[] lines) {
    Region(int start, int end, Kind kind) {
      this(start, end, kind, NO_LINES);
    }

    /**
     * Where the content of the region's line starting at {@code lineStart} (after a line break
     * inside the region) starts.
     */
    int contentStart(int lineStart) {
      int k = Arrays.binarySearch(lines, lineStart);
      int at = k >= 0 ? k : -k - 1;
      return at < lines.length ? lines[at] : lineStart;
    }
  }

  private static final int[] NO_LINES = new int[0];

  private QuotedBlocks() {}

  /**
   * The paragraph cut into regions, in order and covering it: one per leaf block, and text
   * regions for what lies between them (line breaks, list markers, indentation).
   */
  static List<Region> of(String paragraph) {
    List<Region> regions = new ArrayList<>();
    if (!mayHoldBlocks(paragraph)) {
      regions.add(new Region(0, paragraph.length(), Kind.TEXT));
      return regions;
    }
    StringBuilder quoted = new StringBuilder(paragraph.length() + 16).append('>');
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      quoted.append(c);
      if (c == '\n') {
        quoted.append('>');
      }
    }
    Node document = BLOCKS.parse(quoted.toString());
    List<Region> leaves = new ArrayList<>();
    for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, child.getParent() == document && child instanceof BlockQuote, leaves, quoted);
    }
    int at = 0;
    for (Region leaf : leaves) {
      if (leaf.start() > at) {
        regions.add(new Region(at, leaf.start(), Kind.TEXT));
      }
      regions.add(leaf);
      at = leaf.end();
    }
    if (at < paragraph.length()) {
      regions.add(new Region(at, paragraph.length(), Kind.TEXT));
    }
    return regions;
  }

  /**
   * Whether the paragraph can hold a code or HTML block, or backticks that could pair across
   * two blocks: not without a {@code <}, a fence, indentation, or a backtick and a line break.
   */
  private static boolean mayHoldBlocks(String paragraph) {
    return paragraph.indexOf('<') >= 0 || paragraph.contains("```") || paragraph.contains("~~~")
        || paragraph.indexOf('\t') >= 0 || paragraph.contains("    ")
        || (paragraph.indexOf('\n') >= 0 && paragraph.indexOf('`') >= 0);
  }

  private static void collect(Node node, boolean topLevel, List<Region> leaves, CharSequence quoted) {
    if (node instanceof BlockQuote && topLevel) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        collect(child, true, leaves, quoted);
      }
      return;
    }
    if (node.getFirstChild() instanceof Block) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        collect(child, false, leaves, quoted);
      }
      return;
    }
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    // Each line of the parsed text is the paragraph's line after one '>'.
    int start = first.getInputIndex() - first.getLineIndex() - 1;
    int end = last.getInputIndex() + last.getLength() - last.getLineIndex() - 1;
    Kind kind = kind(node, topLevel, quoted, spans);
    int[] lines = NO_LINES;
    if (kind == Kind.TEXT && spans.size() > 1) {
      lines = new int[spans.size() - 1];
      for (int k = 1; k < spans.size(); k++) {
        lines[k - 1] = spans.get(k).getInputIndex() - spans.get(k).getLineIndex() - 1;
      }
    }
    leaves.add(new Region(start, end, kind, lines));
  }

  private static Kind kind(Node leaf, boolean topLevel, CharSequence quoted, List<SourceSpan> spans) {
    if (leaf instanceof HtmlBlock) {
      return Kind.HTML;
    }
    if (topLevel && leaf instanceof IndentedCodeBlock) {
      return Kind.CODE;
    }
    if (leaf instanceof FencedCodeBlock fenced) {
      return fenced.getClosingFenceLength() != null && line(quoted, spans.get(0)).indexOf('|') < 0
          ? Kind.CODE : Kind.CODE_TEXT;
    }
    return leaf instanceof IndentedCodeBlock ? Kind.CODE_TEXT : Kind.TEXT;
  }

  private static String line(CharSequence quoted, SourceSpan span) {
    return quoted.subSequence(span.getInputIndex(), span.getInputIndex() + span.getLength()).toString();
  }
}
