package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one parse: where it is, what it is adding to, and what the document defined so
 * far. Block constructs and span constructs are small classes of their own, tried in order at
 * each position (the order is kramdown's grammar); they read and change this state.
 */
final class Parser {
  /** Nesting deeper than this is read as text: kramdown itself gives up (its stack ends). */
  static final int MAX_DEPTH = 120;

  final Settings options;
  final List<String> warnings;
  final Element root;

  Scanner src;
  Element tree;
  Ial blockIal;
  ElementType textType = ElementType.RAW_TEXT;
  /** The elements span parsing is inside of, outermost first (kramdown's stack). */
  List<Element> spanStack = new ArrayList<>();
  int depth;

  /** Look-ahead allowed once a document has spent its budget (see {@link #spend}). */
  static final int WINDOW = 128;
  long work;
  long budget = 400_000;
  boolean bounded;
  /** Whether the text may come to hold a backslash line break (it has a backslash at all). */
  boolean mayHaveHardBreaks = true;

  final Map<String, Ial> alds = new HashMap<>();
  final Map<String, Footnotes.Definition> footnotes = new LinkedHashMap<>();
  final Map<String, LinkDef> linkDefs = new HashMap<>();
  final Map<String, String> abbrevDefs = new LinkedHashMap<>();
  final Map<String, Element> abbrevAttr = new HashMap<>();
  final Map<String, Integer> gfmIds = new HashMap<>();

  final BlockParser[] blockParsers;
  final SpanParser[] spanParsers;
  private final long defaultMask;

  /** Match data a span construct's start check leaves for its parse. */
  int m1;
  int m2;
  int m3;
  int mEnd;
  String mText;

  /** A link definition: URL, title and the element its attribute list lands on. */
  static final class LinkDef {
    final String url;
    final String title;
    final Element holder;

    LinkDef(String url, String title, Element holder) {
      this.url = url;
      this.title = title;
      this.holder = holder;
    }
  }

  Parser(Settings options, List<String> warnings) {
    this.options = options;
    this.warnings = warnings;
    this.root = new Element(ElementType.ROOT, 1);
    this.blockParsers = BlockParser.list(options);
    this.spanParsers = SpanParser.list(options);
    this.defaultMask = SpanParser.mask(spanParsers);
    for (Map.Entry<String, String[]> e : options.linkDefs.entrySet()) {
      String[] v = e.getValue();
      linkDefs.put(normalizeLinkId(e.getKey()), new LinkDef(v[0], v.length > 1 ? v[1] : null, null));
    }
  }

  void parseDocument(String text) {
    budget = 400_000 + 24L * text.length();
    mayHaveHardBreaks = options.hardWrap || text.indexOf('\\') >= 0;
    parseBlocks(root, text);
    TreeUpdates.updateTree(this, root);
    TreeUpdates.replaceAbbreviations(this, root);
    for (Footnotes.Definition def : footnotes.values()) {
      TreeUpdates.updateTree(this, def.content);
      TreeUpdates.replaceAbbreviations(this, def.content);
    }
    for (Map.Entry<String, Footnotes.Definition> e : footnotes.entrySet()) {
      if (!e.getValue().referenced) {
        warning("Footnote definition for '" + e.getKey() + "' on line "
            + e.getValue().content.line + " is unreferenced - ignoring");
      }
    }
    TreeUpdates.updateGfmElements(this, root);
  }

  /** Line feeds for every line ending, and one at the end. */
  static String adaptSource(String source) {
    String s = source;
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (s.endsWith("\n")) {
      return s;
    }
    return s + "\n";
  }

  void warning(String text) {
    warnings.add(text);
  }

  static String normalizeLinkId(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    boolean inSpace = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Chars.isSpace(c)) {
        if (!inSpace) {
          sb.append(' ');
        }
        inSpace = true;
      } else {
        sb.append(c);
        inSpace = false;
      }
    }
    return Chars.downcase(sb.toString());
  }

  // ---- block level

  /**
   * Parses the blocks of {@code text} (or, when null, of the current source from where it is)
   * into {@code el}; true when an HTML end tag for {@code el} stopped it.
   */
  boolean parseBlocks(Element el, String text) {
    Element savedTree = tree;
    Scanner savedSrc = src;
    Ial savedIal = blockIal;
    tree = el;
    blockIal = null;
    if (text != null) {
      src = new Scanner(text, el.line);
    }
    depth++;
    boolean stopped = false;
    try {
      outer:
      while (!src.eos()) {
        for (BlockParser bp : blockParsers) {
          int r = bp.parse(this);
          if (r == BlockParser.STOP) {
            stopped = true;
            break outer;
          }
          if (r == BlockParser.DONE) {
            continue outer;
          }
        }
        warning("Warning: this should not occur - no block parser handled the line");
        int e = Chars.nextLine(src.s, src.pos);
        addText(src.s, src.pos, e);
        src.pos = e;
      }
    } finally {
      depth--;
      tree = savedTree;
      if (text != null) {
        src = savedSrc;
      }
      blockIal = savedIal;
    }
    return stopped;
  }

  /** A new block element, taking the block attribute list waiting for one. */
  Element newBlockEl(ElementType type, int line) {
    Element el = new Element(type, line);
    if (blockIal != null) {
      el.ial = blockIal;
      blockIal = null;
    }
    return el;
  }

  boolean afterBlockBoundary() {
    Element last = tree.lastChild();
    return last == null || last.type == ElementType.BLANK
        || (last.type == ElementType.EOB && last.eobKind == null) || blockIal != null;
  }

  boolean beforeBlockBoundary() {
    return Lines.blockBoundary(src, src.pos);
  }

  boolean tooDeep() {
    return depth >= MAX_DEPTH;
  }

  // ---- text

  void addText(CharSequence text) {
    addText(text, tree, textType);
  }

  void addText(String s, int from, int to) {
    if (from >= to) {
      return;
    }
    Element last = tree.lastChild();
    if (last != null && last.type == textType) {
      last.text.append(s, from, to);
    } else {
      Element e = new Element(textType, last != null ? last.line : tree.line, to - from + 16);
      e.text.append(s, from, to);
      tree.children().add(e);
    }
  }

  static void addText(CharSequence text, Element tree, ElementType type) {
    Element last = tree.lastChild();
    if (last != null && last.type == type) {
      last.text.append(text);
    } else if (text.length() > 0) {
      Element e = new Element(type, last != null ? last.line : tree.line);
      e.text.append(text);
      tree.children().add(e);
    }
  }

  /** Adds the character at the current position as text and moves past it. */
  void addChar() {
    int cp = Chars.cpAt(src.s, src.pos);
    int n = Character.charCount(cp);
    addText(src.s, src.pos, src.pos + n);
    src.pos += n;
  }

  // ---- span level

  /** Where a span parse stops: kramdown's stop pattern and the block that confirms it. */
  interface Stop {
    /** The characters a match can start with. */
    String firstChars();

    /** Whether the stop pattern matches at {@code i} (which holds one of the first chars). */
    boolean matches(String s, int i);

    /** Whether this occurrence ends the parse (called where {@link #matches} holds). */
    default boolean accept(Parser p) {
      return true;
    }
  }

  /**
   * Parses the spans of the current source into {@code el} until the source ends or, with a
   * stop, until the stop matches and is accepted; returns whether it stopped. Without finding
   * its stop, a parse leaves the rest of the source unread.
   */
  boolean parseSpans(Element el, Stop stop, SpanParser[] parsers, ElementType type) {
    boolean pushed = tree != null;
    Element savedTree = tree;
    ElementType savedType = textType;
    if (pushed) {
      spanStack.add(tree);
    }
    tree = el;
    textType = type;
    SpanParser[] list = parsers != null ? parsers : spanParsers;
    long mask = parsers != null ? SpanParser.mask(list) : defaultMask;
    depth++;
    boolean stopFound = false;
    int end = src.len;
    if (stop != null && bounded) {
      end = Math.min(end, src.pos + WINDOW);
    }
    try {
      String s = src.s;
      while (src.pos < end && !stopFound) {
        int p = SpanParser.nextStart(s, src.pos, end, mask, stop);
        spend((p < 0 ? end : p) - src.pos + 1);
        if (p < 0) {
          if (stop == null) {
            addText(s, src.pos, src.len);
            src.pos = src.len;
          }
          break;
        }
        addText(s, src.pos, p);
        src.pos = p;
        if (stop != null && stop.matches(s, p)) {
          stopFound = stop.accept(this);
        }
        if (!stopFound) {
          boolean processed = false;
          for (SpanParser sp : list) {
            if (sp.startsAt(this, src)) {
              sp.parse(this);
              processed = true;
              break;
            }
          }
          if (!processed) {
            addChar();
          }
        }
      }
    } finally {
      depth--;
      tree = savedTree;
      textType = savedType;
      if (pushed) {
        spanStack.remove(spanStack.size() - 1);
      }
    }
    return stopFound;
  }

  /**
   * Whether a span construct of this kind already failed to close from this position of the
   * current text, in the same surroundings: kramdown would try again and fail again (which
   * takes exponential time for nested image brackets).
   */
  boolean failedBefore(int pos, ElementType kind) {
    Set<Long> failed = src.failed;
    return failed != null && failed.contains(failureKey(pos, kind));
  }

  void markFailed(int pos, ElementType kind) {
    if (src.failed == null) {
      src.failed = new HashSet<>();
    }
    src.failed.add(failureKey(pos, kind));
  }

  private static final ElementType[] CONTEXT_TYPES = {
    ElementType.EM, ElementType.STRONG, ElementType.A, ElementType.IMG
  };

  private long failureKey(int pos, ElementType kind) {
    long ctx = tree.type.ordinal();
    if (tree.contentModel == ContentModel.RAW) {
      ctx |= 1 << 6;
    }
    int bit = 7;
    for (ElementType t : CONTEXT_TYPES) {
      for (Element e : spanStack) {
        if (e.type == t) {
          ctx |= 1L << bit;
          break;
        }
      }
      bit++;
    }
    if (options.parseSpanHtml) {
      ctx |= 1L << bit;
    }
    return ((long) pos << 20) | ((long) kind.ordinal() << 12) | ctx;
  }

  /**
   * Counts work spent on look-ahead that kramdown may throw away (its failed attempts are
   * quadratic, nested images exponential). Past a budget proportional to the document, look-
   * ahead is bounded: a construct must close within {@link #WINDOW} characters. Ordinary
   * documents stay far below the budget, so their output is kramdown's.
   */
  void spend(long amount) {
    work += amount;
    if (!bounded && work > budget) {
      bounded = true;
    }
  }

  /** How far a look-ahead may go once bounded ({@link Integer#MAX_VALUE} before). */
  int lookAheadLimit(int from) {
    return bounded ? from + WINDOW : Integer.MAX_VALUE;
  }

  /** Whether the current element or one it is inside of has this type. */
  boolean inside(ElementType type) {
    if (tree.type == type) {
      return true;
    }
    for (Element e : spanStack) {
      if (e.type == type) {
        return true;
      }
    }
    return false;
  }

  /** The state to put back after parsing something else with a source of its own. */
  final class Env {
    final Scanner src = Parser.this.src;
    final Element tree = Parser.this.tree;
    final Ial blockIal = Parser.this.blockIal;
    final List<Element> spanStack = Parser.this.spanStack;
    final ElementType textType = Parser.this.textType;

    void restore() {
      Parser.this.src = src;
      Parser.this.tree = tree;
      Parser.this.blockIal = blockIal;
      Parser.this.spanStack = spanStack;
      Parser.this.textType = textType;
    }
  }

  Env saveEnv() {
    return new Env();
  }

  /** A fresh environment: a new source, no tree, no stack. */
  void resetEnv(Scanner source, ElementType type) {
    src = source;
    tree = null;
    blockIal = null;
    spanStack = new ArrayList<>();
    textType = type;
  }

  // ---- attributes

  /** Applies an attribute list (and the definitions it refers to) to attributes. */
  void updateAttrWithIal(Map<String, String> attr, Ial ial) {
    updateAttrWithIal(attr, ial, 0);
  }

  private void updateAttrWithIal(Map<String, String> attr, Ial ial, int nesting) {
    if (ial.refs != null && nesting < 32) {
      for (String ref : ial.refs) {
        Ial ald = alds.get(ref);
        if (ald != null) {
          updateAttrWithIal(attr, ald, nesting + 1);
        }
      }
    }
    for (Map.Entry<String, String> e : ial.attrs.entrySet()) {
      if (e.getKey().equals(Ial.CLASS)) {
        String old = attr.get(Ial.CLASS);
        attr.put(Ial.CLASS, Chars.lstrip((old == null ? "" : old) + " " + e.getValue()));
      } else {
        attr.put(e.getKey(), e.getValue());
      }
    }
  }

  /** Reads attribute list content into {@code ial}, warning when it holds nothing. */
  void parseAttributeList(String str, Ial ial) {
    if (!AttributeLists.parse(str, ial)) {
      warning("No or invalid attributes found in IAL/ALD content: " + str);
    }
  }
}
