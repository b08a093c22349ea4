package io.github.linkpost.commonmark;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * CommonMark's HTML blocks, recognised in linear time. commonmark-java tells whether a line opens
 * an HTML block of the seventh kind (a line holding one complete tag) with a regular expression
 * that recurses once per attribute, so a line holding a tag with a few thousand attributes
 * overflows the stack, whatever its size. This parser applies the same seven start conditions
 * and end conditions (CommonMark 0.31, section 4.6) by scanning, and makes the same
 * {@link HtmlBlock} nodes.
 *
 * <pre>{@code
 * Parser parser = HtmlBlocks.use(Parser.builder()).build();
 * }</pre>
 */
public final class HtmlBlocks {
  /**
   * The core block types but HTML blocks, which this class's parser recognises instead, in
   * commonmark-java's order: the parser tries them in the order of this set.
   */
  private static final Set<Class<? extends Block>> OTHER_BLOCK_TYPES = Collections.unmodifiableSet(
      new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class, FencedCodeBlock.class,
          ThematicBreak.class, ListBlock.class, IndentedCodeBlock.class)));

  private static final List<String> RAW = List.of("script", "pre", "style", "textarea");
  private static final List<String> BLOCK_NAMES = List.of("address", "article", "aside", "base",
      "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details",
      "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
      "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
      "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "title", "tr", "track", "ul");

  private HtmlBlocks() {}

  /**
   * Makes a parser builder recognise HTML blocks with this class instead of commonmark-java's
   * own parser; every other core block is kept.
   *
   * @param builder a parser builder
   * @return the same builder
   */
  public static Parser.Builder use(Parser.Builder builder) {
    return builder.enabledBlockTypes(OTHER_BLOCK_TYPES).customBlockParserFactory(new Factory());
  }

  private static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      CharSequence line = state.getLine().getContent();
      int start = state.getNextNonSpaceIndex();
      if (state.getIndent() >= 4 || start >= line.length() || line.charAt(start) != '<') {
        return BlockStart.none();
      }
      // A line holding one tag cannot interrupt a paragraph, not even a lazy one.
      boolean tagLineMayStart = !(matched.getMatchedBlockParser().getBlock() instanceof Paragraph)
          && !state.getActiveBlockParser().canHaveLazyContinuationLines();
      int kind = kind(line, start, tagLineMayStart);
      return kind == 0 ? BlockStart.none()
          : BlockStart.of(new HtmlBlockParser(kind)).atIndex(state.getIndex());
    }
  }

  /** The kind (1 to 7) of HTML block the line opens at {@code at}, or 0. */
  static int kind(CharSequence s, int at, boolean tagLineMayStart) {
    if (named(s, at + 1, RAW, false)) {
      return 1;
    }
    if (startsWith(s, at, "<!--")) {
      return 2;
    }
    if (startsWith(s, at, "<?")) {
      return 3;
    }
    if (at + 2 < s.length() && s.charAt(at + 1) == '!' && letter(s.charAt(at + 2))) {
      return 4;
    }
    if (startsWith(s, at, "<![CDATA[")) {
      return 5;
    }
    int name = at + 1 < s.length() && s.charAt(at + 1) == '/' ? at + 2 : at + 1;
    if (named(s, name, BLOCK_NAMES, true)) {
      return 6;
    }
    return tagLineMayStart && tagLine(s, at) ? 7 : 0;
  }

  /**
   * Whether one of the names (in any ASCII case) stands at {@code at}, followed by white space,
   * {@code >}, the end of the line, or (when allowed) {@code />}.
   */
  private static boolean named(CharSequence s, int at, List<String> names, boolean slash) {
    for (String name : names) {
      int end = at + name.length();
      if (end > s.length() || !regionEqualsIgnoreAsciiCase(s, at, name)) {
        continue;
      }
      if (atEnd(s, end) || space(s.charAt(end)) || s.charAt(end) == '>'
          || (slash && s.charAt(end) == '/' && end + 1 < s.length() && s.charAt(end + 1) == '>')) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line from {@code at} is one open or closing tag, then only white space. */
  static boolean tagLine(CharSequence s, int at) {
    int n = s.length();
    int i = at + 1;
    boolean closing = i < n && s.charAt(i) == '/';
    if (closing) {
      i++;
    }
    if (i >= n || !letter(s.charAt(i))) {
      return false;
    }
    while (i < n && (letter(s.charAt(i)) || digit(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    if (closing) {
      i = skipSpace(s, i);
      return i < n && s.charAt(i) == '>' && atEnd(s, skipSpace(s, i + 1));
    }
    while (true) {
      int spaced = i;
      i = skipSpace(s, i);
      if (i < n && (s.charAt(i) == '>' || s.charAt(i) == '/')) {
        if (s.charAt(i) == '/') {
          i++;
          if (i >= n || s.charAt(i) != '>') {
            return false;
          }
        }
        return atEnd(s, skipSpace(s, i + 1));
      }
      // An attribute: white space, a name, and perhaps = and a value.
      if (i == spaced || i >= n || !attributeNameStart(s.charAt(i))) {
        return false;
      }
      i++;
      while (i < n && attributeName(s.charAt(i))) {
        i++;
      }
      int value = skipSpace(s, i);
      if (value < n && s.charAt(value) == '=') {
        i = value(s, skipSpace(s, value + 1));
        if (i < 0) {
          return false; // nothing else could follow the name here
        }
      }
    }
  }

  /** The end of an attribute value starting at {@code at}, or -1 when none starts there. */
  private static int value(CharSequence s, int at) {
    int n = s.length();
    if (at >= n) {
      return -1;
    }
    char quote = s.charAt(at);
    if (quote == '\'' || quote == '"') {
      for (int i = at + 1; i < n; i++) {
        if (s.charAt(i) == quote) {
          return i + 1;
        }
      }
      return -1;
    }
    int i = at;
    while (i < n && s.charAt(i) > ' ' && "\"'=<>`".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    return i == at ? -1 : i;
  }

  /** The end condition of each kind, on a line of the block. */
  static boolean closes(int kind, CharSequence line) {
    return switch (kind) {
      case 1 -> closesRaw(line);
      case 2 -> indexOf(line, "-->") >= 0;
      case 3 -> indexOf(line, "?>") >= 0;
      case 4 -> indexOf(line, ">") >= 0;
      case 5 -> indexOf(line, "]]>") >= 0;
      default -> false; // 6 and 7 end at a blank line
    };
  }

  private static boolean closesRaw(CharSequence line) {
    for (int i = indexOf(line, "</", 0); i >= 0; i = indexOf(line, "</", i + 1)) {
      for (String name : RAW) {
        int end = i + 2 + name.length();
        if (end < line.length() && regionEqualsIgnoreAsciiCase(line, i + 2, name) && line.charAt(end) == '>') {
          return true;
        }
      }
    }
    return false;
  }

  private static final class HtmlBlockParser extends AbstractBlockParser {
    private final HtmlBlock block = new HtmlBlock();
    private final int kind;
    private final StringBuilder literal = new StringBuilder();
    private boolean hasLine;
    private boolean finished;

    HtmlBlockParser(int kind) {
      this.kind = kind;
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (finished || (state.isBlank() && kind >= 6)) {
        return BlockContinue.none();
      }
      return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
      if (hasLine) {
        literal.append('\n');
      }
      literal.append(line.getContent());
      hasLine = true;
      if (closes(kind, line.getContent())) {
        finished = true;
      }
    }

    @Override
    public void closeBlock() {
      block.setLiteral(literal.toString());
    }
  }

  private static boolean startsWith(CharSequence s, int at, String prefix) {
    if (at < 0 || at + prefix.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence s, String what) {
    return indexOf(s, what, 0);
  }

  private static int indexOf(CharSequence s, String what, int from) {
    if (s instanceof String string) {
      return string.indexOf(what, from);
    }
    int last = s.length() - what.length();
    for (int i = Math.max(from, 0); i <= last; i++) {
      int k = 0;
      while (k < what.length() && s.charAt(i + k) == what.charAt(k)) {
        k++;
      }
      if (k == what.length()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionEqualsIgnoreAsciiCase(CharSequence s, int at, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = s.charAt(at + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the patterns' {@code $} matches: the end, or before a line terminator that ends the
   * text (a line's content can end with U+0085, U+2028 or U+2029).
   */
  private static boolean atEnd(CharSequence s, int i) {
    int n = s.length();
    if (i == n) {
      return true;
    }
    char c = s.charAt(i);
    return (i == n - 1 && (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'))
        || (i == n - 2 && c == '\r' && s.charAt(i + 1) == '\n');
  }

  private static int skipSpace(CharSequence s, int at) {
    int i = at;
    while (i < s.length() && space(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** White space as the patterns' {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean attributeNameStart(char c) {
    return letter(c) || c == '_' || c == ':';
  }

  private static boolean attributeName(char c) {
    return attributeNameStart(c) || digit(c) || c == '.' || c == '-';
  }
}
