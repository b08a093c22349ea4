package io.github.linkpost.kramdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an element tree as HTML the way kramdown's HTML converter does: block elements
 * indented by two spaces a level, footnotes gathered at the end, the table of contents put
 * where {@code {:toc}} asks for it. One converter serves one document.
 */
public final class HtmlConverter {
  private static final int INDENT = 2;

  private final Settings o;
  private final Element root;
  private final Map<String, String> abbrevDefs;
  private final Map<String, Element> abbrevAttr;
  private final Deque<Element> stack = new ArrayDeque<>();
  private final Map<String, Integer> usedIds = new HashMap<>();
  private final List<Object[]> footnotes = new ArrayList<>();
  private final Map<String, Object[]> footnotesByName = new HashMap<>();
  private final List<Object[]> toc = new ArrayList<>();
  private int footnoteCounter;
  private String footnoteLocation;
  private Object[] tocCode;
  /** About how long the HTML will be, so that its buffer rarely grows. */
  int sizeHint = 256;

  HtmlConverter(Settings options, Element root, Map<String, String> abbrevDefs,
      Map<String, Element> abbrevAttr) {
    this.o = options;
    this.root = root;
    this.abbrevDefs = abbrevDefs;
    this.abbrevAttr = abbrevAttr;
    this.footnoteCounter = options.footnoteNr;
  }

  String convertRoot() {
    StringBuilder out = new StringBuilder(sizeHint);
    inner(root, -INDENT, out);
    String result = out.toString();
    if (footnoteLocation != null) {
      result = result.replaceFirst(java.util.regex.Pattern.quote(footnoteLocation),
          java.util.regex.Matcher.quoteReplacement(footnoteContent()));
    } else {
      result = result + footnoteContent();
    }
    if (tocCode != null) {
      @SuppressWarnings("unchecked")
      Element tree = tocTree((ElementType) tocCode[0], (Map<String, String>) tocCode[1]);
      String text = "";
      if (tree.hasChildren()) {
        StringBuilder sb = new StringBuilder();
        convert(tree, 0, sb);
        text = sb.toString();
      }
      result = result.replaceFirst(java.util.regex.Pattern.quote((String) tocCode[2]),
          java.util.regex.Matcher.quoteReplacement(text));
    }
    return result;
  }

  List<String> convertBlocks() {
    List<String> parts = new ArrayList<>();
    stack.push(root);
    for (Element child : root.children()) {
      StringBuilder sb = new StringBuilder();
      convert(child, 0, sb);
      parts.add(sb.toString());
    }
    stack.pop();
    String footnotes = footnoteContent();
    if (footnoteLocation != null) {
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).contains(footnoteLocation)) {
          parts.set(i, parts.get(i).replace(footnoteLocation, footnotes));
          footnotes = "";
          break;
        }
      }
    }
    parts.add(footnotes);
    if (tocCode != null) {
      @SuppressWarnings("unchecked")
      Element tree = tocTree((ElementType) tocCode[0], (Map<String, String>) tocCode[1]);
      String text = "";
      if (tree.hasChildren()) {
        StringBuilder sb = new StringBuilder();
        convert(tree, 0, sb);
        text = sb.toString();
      }
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).contains((String) tocCode[2])) {
          parts.set(i, parts.get(i).replace((String) tocCode[2], text));
          break;
        }
      }
    }
    return parts;
  }

  private void inner(Element el, int indent, StringBuilder out) {
    if (!el.hasChildren()) {
      return;
    }
    stack.push(el);
    int in = indent + INDENT;
    for (Element child : el.children()) {
      convert(child, in, out);
    }
    stack.pop();
  }

  private String inner(Element el, int indent) {
    StringBuilder sb = new StringBuilder();
    inner(el, indent, sb);
    return sb.toString();
  }

  private static void spaces(StringBuilder out, int n) {
    for (int i = 0; i < n; i++) {
      out.append(' ');
    }
  }

  void convert(Element el, int indent, StringBuilder out) {
    switch (el.type) {
      case BLANK:
        out.append('\n');
        break;
      case TEXT:
        text(el, out);
        break;
      case P:
        paragraph(el, indent, out);
        break;
      case CODEBLOCK:
        codeblock(el, indent, out);
        break;
      case BLOCKQUOTE:
        indentedBlock("blockquote", el.attr(), el, indent, out);
        break;
      case HEADER:
        header(el, indent, out);
        break;
      case HR:
        spaces(out, indent);
        out.append("<hr");
        attributes(el.attr(), out);
        out.append(" />\n");
        break;
      case UL:
      case OL:
        list(el, indent, out);
        break;
      case DL:
        indentedBlock("dl", el.attr(), el, indent, out);
        break;
      case LI:
      case DD:
        listItem(el, indent, out);
        break;
      case DT:
        definitionTerm(el, indent, out);
        break;
      case HTML_ELEMENT:
        htmlElement(el, indent, out);
        break;
      case XML_COMMENT:
      case XML_PI:
        xmlComment(el, indent, out);
        break;
      case TABLE:
      case THEAD:
      case TBODY:
      case TFOOT:
      case TR:
        indentedBlock(el.type.name().toLowerCase(java.util.Locale.ROOT), el.attr(), el, indent,
            out);
        break;
      case TD:
        tableCell(el, indent, out);
        break;
      case COMMENT:
        comment(el, indent, out);
        break;
      case BR:
        out.append("<br />");
        break;
      case A:
        link(el, indent, out);
        break;
      case IMG:
        image(el, out);
        break;
      case CODESPAN:
        codespan(el, out);
        break;
      case FOOTNOTE:
        footnote(el, out);
        break;
      case RAW:
        raw(el, indent, out);
        break;
      case EM:
        spanElement("em", el, indent, out);
        break;
      case STRONG:
        spanElement("strong", el, indent, out);
        break;
      case ENTITY:
        out.append(entityToStr(el.entity, el.original));
        break;
      case TYPOGRAPHIC_SYM:
        typographic(el, out);
        break;
      case SMART_QUOTE:
        out.append(entityToStr(smartQuoteEntity(el.symbol), null));
        break;
      case MATH:
        math(el, indent, out);
        break;
      case ABBREVIATION:
        abbreviation(el, out);
        break;
      case ROOT:
        inner(el, indent, out);
        break;
      default:
        break;
    }
  }

  // ---- escaping

  private enum Escape { ALL, TEXT, ATTRIBUTE }

  private static void escape(CharSequence seq, Escape mode, StringBuilder out) {
    String text = seq.toString();
    int len = text.length();
    int first = -1;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '>' || c == '&' || (c == '"' && mode == Escape.ATTRIBUTE)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      out.append(text);
      return;
    }
    String s = text;
    int n = len;
    int[] kind = null;
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '<' && c != '>' && c != '&' && c != '"') {
        continue;
      }
      String rep;
      if (c == '<') {
        rep = "&lt;";
      } else if (c == '>') {
        rep = "&gt;";
      } else if (c == '"') {
        if (mode != Escape.ATTRIBUTE) {
          continue;
        }
        rep = "&quot;";
      } else {
        if (mode != Escape.ALL) {
          if (kind == null) {
            kind = new int[1];
          }
          int e = HtmlEntities.match(s, i, kind);
          if (e >= 0) {
            i = e - 1;
            continue;
          }
        }
        rep = "&amp;";
      }
      out.append(s, run, i).append(rep);
      run = i + 1;
    }
    out.append(s, run, n);
  }

  static String escape(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    escape(s, Escape.ALL, sb);
    return sb.toString();
  }

  private void attributes(Map<String, String> attr, StringBuilder out) {
    for (Map.Entry<String, String> e : attr.entrySet()) {
      String v = e.getValue();
      if (v == null || (e.getKey().equals("id") && Chars.strip(v).isEmpty())) {
        continue;
      }
      if (o.escapeHtml && isEventHandler(e.getKey())) {
        continue;
      }
      out.append(' ').append(e.getKey()).append("=\"");
      escape(v, Escape.ATTRIBUTE, out);
      out.append('"');
    }
  }

  /** {@code on...}: an attribute that runs script, which safe output leaves out. */
  private static boolean isEventHandler(String name) {
    return name.length() > 2 && (name.charAt(0) == 'o' || name.charAt(0) == 'O')
        && (name.charAt(1) == 'n' || name.charAt(1) == 'N');
  }

  private String entityToStr(Entities.Entity e, String original) {
    String output = o.entityOutput;
    String c = e.chars();
    boolean escapable = c != null && (c.equals("<") || c.equals(">") || c.equals("&")
        || c.equals("\""));
    if (output.equals("as_char") && c != null && (c.equals("\"") || !escapable)) {
      return c;
    }
    if ((output.equals("as_input") || output.equals("as_char")) && original != null) {
      return original;
    }
    if ((output.equals("symbolic") || escapable) && e.name != null) {
      return "&" + e.name + ";";
    }
    return "&#" + e.codePoint + ";";
  }

  private Entities.Entity smartQuoteEntity(String symbol) {
    int index;
    switch (symbol) {
      case "lsquo":
        index = 0;
        break;
      case "rsquo":
        index = 1;
        break;
      case "ldquo":
        index = 2;
        break;
      default:
        index = 3;
    }
    Object v = o.smartQuotes.get(index);
    if (v instanceof Integer) {
      return Entities.byCode((Integer) v);
    }
    Entities.Entity e = Entities.byName((String) v);
    return e != null ? e : Entities.byName(symbol);
  }

  // ---- elements

  private void text(Element el, StringBuilder out) {
    if (o.removeLineBreaksForCjk) {
      StringBuilder sb = new StringBuilder();
      escape(el.text, Escape.TEXT, sb);
      out.append(Cjk.removeLineBreaks(sb.toString()));
    } else {
      escape(el.text, Escape.TEXT, out);
    }
  }

  private void blockHtml(String name, Map<String, String> attr, String body, int indent,
      StringBuilder out) {
    spaces(out, indent);
    out.append('<').append(name);
    attributes(attr, out);
    out.append('>').append(body).append("</").append(name).append(">\n");
  }

  private void indentedBlock(String name, Map<String, String> attr, Element el, int indent,
      StringBuilder out) {
    spaces(out, indent);
    out.append('<').append(name);
    attributes(attr, out);
    out.append(">\n");
    inner(el, indent, out);
    spaces(out, indent);
    out.append("</").append(name).append(">\n");
  }

  private void spanElement(String name, Element el, int indent, StringBuilder out) {
    out.append('<').append(name);
    attributes(el.attr(), out);
    out.append('>');
    inner(el, indent, out);
    out.append("</").append(name).append('>');
  }

  private void paragraph(Element el, int indent, StringBuilder out) {
    if (el.transparent) {
      inner(el, indent, out);
    } else if (el.childCount() == 1 && el.firstChild().type == ElementType.IMG
        && el.firstChild().ial != null && el.firstChild().ial.hasRef("standalone")) {
      standaloneImage(el, indent, out);
    } else {
      spaces(out, indent);
      out.append("<p");
      attributes(el.attr(), out);
      out.append('>');
      inner(el, indent, out);
      out.append("</p>\n");
    }
  }

  private void standaloneImage(Element el, int indent, StringBuilder out) {
    Map<String, String> figure = new LinkedHashMap<>(el.attr());
    Element img = el.firstChild();
    Map<String, String> image = imageAttributes(img);
    if (image.containsKey("class") && !figure.containsKey("class")) {
      figure.put("class", image.remove("class"));
    }
    if (image.containsKey("id") && !figure.containsKey("id")) {
      figure.put("id", image.remove("id"));
    }
    spaces(out, indent);
    out.append("<figure");
    attributes(figure, out);
    out.append(">\n");
    spaces(out, indent + INDENT);
    out.append("<img");
    attributes(image, out);
    out.append(" />\n");
    spaces(out, indent + INDENT);
    out.append("<figcaption>");
    String alt = image.get("alt");
    if (alt != null) {
      if (o.escapeHtml) {
        escape(alt, Escape.TEXT, out);
      } else {
        out.append(alt);
      }
    }
    out.append("</figcaption>\n");
    spaces(out, indent);
    out.append("</figure>\n");
  }

  /** The class names of a code element: the language named by {@code language-x}, or null. */
  private static String codeLanguage(String cls) {
    if (cls == null) {
      return null;
    }
    int i = languageIndex(cls);
    if (i < 0) {
      return null;
    }
    int e = i + 9;
    while (e < cls.length() && !Chars.isSpace(cls.charAt(e))) {
      e++;
    }
    return cls.substring(i + 9, e);
  }

  /** {@code \blanguage-\S+}: where it starts in a class attribute, or -1. */
  private static int languageIndex(String cls) {
    for (int i = cls.indexOf("language-"); i >= 0; i = cls.indexOf("language-", i + 1)) {
      if ((i == 0 || !Chars.isBoundaryWord(Chars.cpBefore(cls, i))) && i + 9 < cls.length()
          && !Chars.isSpace(cls.charAt(i + 9))) {
        return i;
      }
    }
    return -1;
  }

  private boolean highlights(String lang) {
    if (o.syntaxHighlighter == null || !o.syntaxHighlighter.equals("rouge")) {
      return false;
    }
    String name = lang != null ? lang : o.syntaxHighlighterDefaultLang;
    if (name == null) {
      return false;
    }
    if (!RougeLexers.finds(name)) {
      return false;
    }
    return o.guessLang || !name.equals("plaintext") && !name.equals("text");
  }

  private String highlighterClass(String cls, String lang) {
    String c = Chars.lstrip((cls == null ? "" : cls) + " highlighter-" + o.syntaxHighlighter);
    if (lang == null) {
      return c;
    }
    // kramdown's sub(/\blanguage-\S+|(^)/): the start of the value matches first, so an
    // existing language class is replaced only where the value begins with it
    if (c.startsWith("language-") && c.length() > 9 && !Chars.isSpace(c.charAt(9))) {
      int e = 9;
      while (e < c.length() && !Chars.isSpace(c.charAt(e))) {
        e++;
      }
      return "language-" + lang + c.substring(e);
    }
    return "language-" + lang + " " + c;
  }

  private void codeblock(Element el, int indent, StringBuilder out) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr());
    String cls = attr.get("class");
    String lang = codeLanguage(cls);
    if (lang != null) {
      int i = languageIndex(cls);
      int e = i + 9;
      while (e < cls.length() && !Chars.isSpace(cls.charAt(e))) {
        e++;
      }
      String rest = Chars.strip(cls.substring(0, i) + cls.substring(e));
      if (rest.isEmpty()) {
        attr.remove("class");
      } else {
        attr.put("class", rest);
      }
    }
    String hlLang = el.lang != null ? el.lang : lang;
    if (highlights(hlLang)) {
      attr.put("class", highlighterClass(attr.get("class"),
          lang != null ? lang : o.syntaxHighlighterDefaultLang));
      spaces(out, indent);
      out.append("<div");
      attributes(attr, out);
      out.append("><div class=\"highlight\"><pre class=\"highlight\"><code>");
      escape(el.value, Escape.ALL, out);
      out.append("</code></pre></div>");
      spaces(out, indent);
      out.append("</div>\n");
      return;
    }
    String result = escape(el.value);
    if (result.endsWith("\n")) {
      result = result.substring(0, result.length() - 1);
    }
    String originalClass = el.attr("class");
    if (originalClass != null && hasWord(originalClass, "show-whitespaces")) {
      result = ShowWhitespace.mark(result);
    }
    spaces(out, indent);
    out.append("<pre");
    attributes(attr, out);
    out.append("><code");
    if (lang != null) {
      out.append(" class=\"");
      escape("language-" + lang, Escape.ATTRIBUTE, out);
      out.append('"');
    }
    out.append('>').append(result).append("\n</code></pre>\n");
  }

  private static boolean hasWord(String s, String word) {
    for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      boolean before = i == 0 || !Chars.isBoundaryWord(Chars.cpBefore(s, i));
      boolean after = !Chars.isBoundaryWord(Chars.cpAt(s, i + word.length()));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private void header(Element el, int indent, StringBuilder out) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr());
    if (o.autoIds && attr.get("id") == null) {
      attr.put("id", generateId(el.rawText == null ? "" : el.rawText));
    }
    if (attr.get("id") != null && inToc(el)) {
      toc.add(new Object[] {el.level, attr.get("id"), el.children()});
    }
    int level = Math.max(Math.min(el.level + o.headerOffset, 6), 1);
    spaces(out, indent);
    out.append("<h").append(level);
    attributes(attr, out);
    out.append('>');
    inner(el, indent, out);
    out.append("</h").append(level).append(">\n");
  }

  private boolean inToc(Element el) {
    String cls = el.attr("class");
    return o.tocLevels.contains(el.level) && (cls == null || !hasWord(cls, "no_toc"));
  }

  private String generateId(String str) {
    String id = basicId(str);
    if (id.isEmpty()) {
      id = "section";
    }
    Integer used = usedIds.get(id);
    if (used != null) {
      usedIds.put(id, used + 1);
      id = id + "-" + (used + 1);
    } else {
      usedIds.put(id, 0);
    }
    return o.autoIdPrefix + id;
  }

  /** kramdown's basic id: no leading non-letters, only ASCII letters, digits, hyphens. */
  static String basicId(String str) {
    StringBuilder sb = new StringBuilder(str.length());
    boolean lineStart = true;
    for (int i = 0; i < str.length(); i++) {
      char c = str.charAt(i);
      if (lineStart && !Chars.isAsciiLetter(c)) {
        if (c == '\n') {
          lineStart = true;
        }
        continue;
      }
      lineStart = c == '\n';
      if (Chars.isAsciiLetter(c) || Chars.isDigit(c) || c == '-') {
        sb.append(Character.toLowerCase(c));
      } else if (c == ' ') {
        sb.append('-');
      }
    }
    return sb.toString();
  }

  private String placeholder() {
    return "\uE000kd-" + UUID.randomUUID() + "\uE001";
  }

  private void list(Element el, int indent, StringBuilder out) {
    if (tocCode == null && el.ial != null && el.ial.hasRef("toc")) {
      String marker = placeholder();
      tocCode = new Object[] {el.type, el.attr(), marker};
      out.append(marker);
    } else if (footnoteLocation == null && el.ial != null && el.ial.hasRef("footnotes")) {
      footnoteLocation = placeholder();
      out.append(footnoteLocation);
    } else {
      indentedBlock(el.type == ElementType.UL ? "ul" : "ol", el.attr(), el, indent, out);
    }
  }

  private void listItem(Element el, int indent, StringBuilder out) {
    String name = el.type == ElementType.LI ? "li" : "dd";
    spaces(out, indent);
    out.append('<').append(name);
    attributes(el.attr(), out);
    out.append('>');
    Element first = el.firstChild();
    if (first == null || (first.type == ElementType.P && first.transparent)) {
      int mark = out.length();
      inner(el, indent, out);
      if (out.length() > mark && endsWithNewline(out, mark)) {
        spaces(out, indent);
      }
    } else {
      out.append('\n');
      inner(el, indent, out);
      spaces(out, indent);
    }
    out.append("</").append(name).append(">\n");
  }

  /** Ruby's {@code =~ /\n\Z/} on what was written since {@code mark}. */
  private static boolean endsWithNewline(StringBuilder out, int mark) {
    int n = out.length();
    return n > mark && out.charAt(n - 1) == '\n';
  }

  private void definitionTerm(Element el, int indent, StringBuilder out) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr());
    Element dl = stack.peek();
    if (attr.get("id") == null && dl != null && dl.ial != null && dl.ial.refs != null) {
      for (String ref : dl.ial.refs) {
        if (ref.startsWith("auto_ids")) {
          String rest = ref.substring(8);
          String prefix = "";
          if (rest.startsWith("-") && rest.length() > 1) {
            int e = 1;
            while (e < rest.length() && (Chars.isWord(rest.charAt(e)) || rest.charAt(e) == '-')) {
              e++;
            }
            prefix = rest.substring(1, e);
          }
          attr.put("id", Chars.lstrip(prefix + basicId(el.rawText == null ? "" : el.rawText)));
          break;
        }
      }
    }
    spaces(out, indent);
    out.append("<dt");
    attributes(attr, out);
    out.append('>');
    inner(el, indent, out);
    out.append("</dt>\n");
  }

  private boolean parentIsRawHtml() {
    Element parent = stack.peek();
    return parent != null && HtmlBlocks.isRawHtml(parent);
  }

  private void htmlElement(Element el, int indent, StringBuilder out) {
    if (o.escapeHtml && !el.trusted) {
      StringBuilder sb = new StringBuilder();
      boolean saved = o.escapeHtml;
      o.escapeHtml = false;
      htmlElementRaw(el, indent, sb);
      o.escapeHtml = saved;
      showAsText(sb, el.category() == Category.BLOCK && !parentIsRawHtml(), indent, out);
      return;
    }
    htmlElementRaw(el, indent, out);
  }

  /** HTML that safe output shows as text: in a paragraph of its own when it stood as a block. */
  private void showAsText(CharSequence html, boolean block, int indent, StringBuilder out) {
    if (!block) {
      escape(html, Escape.ALL, out);
      return;
    }
    String s = Chars.strip(html.toString());
    spaces(out, indent);
    out.append("<p>");
    escape(s, Escape.ALL, out);
    out.append("</p>\n");
  }

  private void htmlElementRaw(Element el, int indent, StringBuilder out) {
    String res = inner(el, indent);
    if (el.category() == Category.SPAN) {
      out.append('<').append(el.value);
      attributes(el.attr(), out);
      if (res.isEmpty() && HtmlSyntax.WITHOUT_BODY.contains(el.value)) {
        out.append(" />");
      } else {
        out.append('>').append(res).append("</").append(el.value).append('>');
      }
      return;
    }
    boolean parentRaw = parentIsRawHtml();
    if (!parentRaw) {
      spaces(out, indent);
    }
    out.append('<').append(el.value);
    attributes(el.attr(), out);
    if (el.isClosed && el.contentModel == ContentModel.RAW) {
      out.append(" />");
    } else if (!res.isEmpty() && el.contentModel != ContentModel.BLOCK) {
      out.append('>').append(res).append("</").append(el.value).append('>');
    } else if (!res.isEmpty()) {
      String body = res.endsWith("\n") ? res.substring(0, res.length() - 1) : res;
      out.append(">\n").append(body).append('\n');
      spaces(out, indent);
      out.append("</").append(el.value).append('>');
    } else if (HtmlSyntax.WITHOUT_BODY.contains(el.value)) {
      out.append(" />");
    } else {
      out.append("></").append(el.value).append('>');
    }
    if (!parentRaw) {
      out.append('\n');
    }
  }

  private void xmlComment(Element el, int indent, StringBuilder out) {
    boolean block = el.category() == Category.BLOCK && !parentIsRawHtml();
    if (o.escapeHtml) {
      showAsText(el.value, block, indent, out);
      return;
    }
    if (block) {
      spaces(out, indent);
      out.append(el.value).append('\n');
    } else {
      out.append(el.value);
    }
  }

  private void tableCell(Element el, int indent, StringBuilder out) {
    java.util.Iterator<Element> up = stack.iterator();
    Element tr = up.next();
    Element part = up.hasNext() ? up.next() : null;
    Element table = up.hasNext() ? up.next() : null;
    String type = part != null && part.type == ElementType.THEAD ? "th" : "td";
    Map<String, String> attr = el.attr();
    int index = tr.children().indexOf(el);
    Alignment alignment = table != null && table.alignment != null
        && index < table.alignment.size() ? table.alignment.get(index) : Alignment.DEFAULT;
    if (alignment != Alignment.DEFAULT) {
      attr = new LinkedHashMap<>(attr);
      String style = attr.get("style");
      attr.put("style", (style != null ? style + "; " : "") + "text-align: " + alignment.css());
    }
    spaces(out, indent);
    out.append('<').append(type);
    attributes(attr, out);
    out.append('>');
    int mark = out.length();
    inner(el, indent, out);
    if (out.length() == mark) {
      out.append(entityToStr(Entities.NBSP, null));
    }
    out.append("</").append(type).append(">\n");
  }

  private void comment(Element el, int indent, StringBuilder out) {
    boolean block = el.category() == Category.BLOCK;
    String html = "<!-- " + el.value + " -->";
    if (o.escapeHtml) {
      showAsText(html, block, indent, out);
      return;
    }
    if (block) {
      spaces(out, indent);
      out.append(html).append('\n');
    } else {
      out.append(html);
    }
  }

  private String filteredUrl(String url) {
    if (o.urlFilter == null || url == null) {
      return url;
    }
    return o.urlFilter.apply(url);
  }

  private void link(Element el, int indent, StringBuilder out) {
    Map<String, String> attr = el.attr();
    if (o.urlFilter != null && attr.containsKey("href")) {
      attr = new LinkedHashMap<>(attr);
      String url = filteredUrl(attr.get("href"));
      if (url == null) {
        attr.remove("href");
      } else {
        attr.put("href", url);
      }
    }
    out.append("<a");
    attributes(attr, out);
    out.append('>');
    inner(el, indent, out);
    out.append("</a>");
  }

  private Map<String, String> imageAttributes(Element el) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr());
    if (o.urlFilter != null && attr.containsKey("src")) {
      String url = filteredUrl(attr.get("src"));
      if (url == null) {
        attr.remove("src");
      } else {
        attr.put("src", url);
      }
    }
    return attr;
  }

  private void image(Element el, StringBuilder out) {
    out.append("<img");
    attributes(imageAttributes(el), out);
    out.append(" />");
  }

  private void codespan(Element el, StringBuilder out) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr());
    String lang = codeLanguage(attr.get("class"));
    out.append("<code");
    if (highlights(lang)) {
      attr.put("class", highlighterClass(attr.get("class"),
          lang != null ? lang : o.syntaxHighlighterDefaultLang));
      attributes(attr, out);
      out.append('>');
      escape(el.value, Escape.ALL, out);
    } else {
      attributes(attr, out);
      out.append('>');
      escape(el.value, Escape.ALL, out);
    }
    out.append("</code>");
  }

  private void footnote(Element el, StringBuilder out) {
    String repeat = "";
    String name = o.footnotePrefix + el.name;
    Object[] fn = footnotesByName.get(name);
    int number;
    if (fn != null) {
      number = (Integer) fn[2];
      fn[3] = (Integer) fn[3] + 1;
      repeat = ":" + fn[3];
    } else {
      number = footnoteCounter++;
      fn = new Object[] {name, el.target, number, 0};
      footnotes.add(fn);
      footnotesByName.put(name, fn);
    }
    out.append("<sup id=\"fnref:").append(name).append(repeat)
        .append("\" role=\"doc-noteref\"><a href=\"#fn:").append(name)
        .append("\" class=\"footnote\" rel=\"footnote\">").append(number).append("</a></sup>");
  }

  private void raw(Element el, int indent, StringBuilder out) {
    List<String> types = el.rawTypes;
    if (types != null && !types.isEmpty() && !types.contains("html")) {
      return;
    }
    boolean block = el.category() == Category.BLOCK;
    if (o.escapeHtml && !el.trusted) {
      showAsText(el.text, block, indent, out);
      return;
    }
    out.append(el.text);
    if (block) {
      out.append('\n');
    }
  }

  private void typographic(Element el, StringBuilder out) {
    String custom = o.typographicSymbols.get(el.symbol);
    if (custom != null) {
      escape(custom, Escape.TEXT, out);
      return;
    }
    switch (el.symbol) {
      case "laquo_space":
        out.append(entityToStr(Entities.byName("laquo"), null))
            .append(entityToStr(Entities.NBSP, null));
        break;
      case "raquo_space":
        out.append(entityToStr(Entities.NBSP, null))
            .append(entityToStr(Entities.byName("raquo"), null));
        break;
      default:
        out.append(entityToStr(Entities.byName(el.symbol), null));
    }
  }

  private void math(Element el, int indent, StringBuilder out) {
    boolean block = el.category() == Category.BLOCK;
    if ("mathjax".equals(o.mathEngine)) {
      String value = escape(el.value);
      String result = block ? "\\[" + value + "\\]\n" : "\\(" + value + "\\)";
      if (!el.hasAttr()) {
        out.append(result);
      } else if (block) {
        blockHtml("div", el.attr(), result, indent, out);
      } else {
        out.append("<span");
        attributes(el.attr(), out);
        out.append(">$");
        appendMaybeEscaped(el.value, out);
        out.append("$</span>");
      }
      return;
    }
    Map<String, String> attr = new LinkedHashMap<>(el.attr());
    String cls = attr.get("class");
    attr.put("class", Chars.lstrip((cls == null ? "" : cls) + " kdmath"));
    if (block) {
      StringBuilder body = new StringBuilder("$$\n");
      appendMaybeEscaped(el.value, body);
      body.append("\n$$");
      blockHtml("div", attr, body.toString(), indent, out);
    } else {
      out.append("<span");
      attributes(attr, out);
      out.append(">$");
      appendMaybeEscaped(el.value, out);
      out.append("$</span>");
    }
  }

  /** Text kramdown writes unescaped; safe output escapes it. */
  private void appendMaybeEscaped(String value, StringBuilder out) {
    if (o.escapeHtml) {
      escape(value, Escape.ALL, out);
    } else {
      out.append(value);
    }
  }

  private void abbreviation(Element el, StringBuilder out) {
    String title = abbrevDefs.get(el.value);
    Element holder = abbrevAttr.get(el.value);
    Map<String, String> attr = new LinkedHashMap<>(holder != null ? holder.attr()
        : Map.of());
    if (title != null && !title.isEmpty()) {
      attr.put("title", title);
    }
    out.append("<abbr");
    attributes(attr, out);
    out.append('>');
    appendMaybeEscaped(el.value, out);
    out.append("</abbr>");
  }

  // ---- footnotes and table of contents

  private String footnoteContent() {
    Element ol = new Element(ElementType.OL, 0);
    if (o.footnoteNr != 1) {
      ol.attr().put("start", String.valueOf(o.footnoteNr));
    }
    StringBuilder backlinkText = new StringBuilder();
    escape(o.footnoteBacklink, Escape.TEXT, backlinkText);
    String nbsp = entityToStr(Entities.NBSP, null);
    int i = 0;
    while (i < footnotes.size()) {
      Object[] fn = footnotes.get(i);
      String name = (String) fn[0];
      Element data = (Element) fn[1];
      int repeat = (Integer) fn[3];
      Element li = new Element(ElementType.LI, 0);
      li.attr().put("id", "fn:" + name);
      li.attr().put("role", "doc-endnote");
      List<Element> copies = new ArrayList<>();
      if (data.hasChildren()) {
        for (Element c : data.children()) {
          copies.add(c.copy());
        }
      }
      li.setChildren(copies);
      Element para = null;
      boolean insertSpace = false;
      Element last = li.lastChild();
      if ((last != null && last.type == ElementType.P) || o.footnoteBacklinkInline) {
        Element parent = li;
        while (parent.hasChildren() && parent.lastChild().type != ElementType.P
            && parent.lastChild().type != ElementType.HEADER) {
          parent = parent.lastChild();
        }
        para = parent.lastChild();
        insertSpace = true;
      }
      if (para == null) {
        para = new Element(ElementType.P, 0);
        li.children().add(para);
        insertSpace = false;
      }
      if (!o.footnoteBacklink.isEmpty()) {
        para.children().add(trustedRaw(backlink(insertSpace ? nbsp : "", name, backlinkText)));
        for (int k = 1; k <= repeat; k++) {
          para.children().add(trustedRaw(backlink(nbsp, name + ":" + k,
              backlinkText + "<sup>" + (k + 1) + "</sup>")));
        }
      }
      StringBuilder item = new StringBuilder();
      convert(li, 4, item);
      ol.children().add(trustedRaw(item.toString()));
      i++;
    }
    if (!ol.hasChildren()) {
      return "";
    }
    StringBuilder list = new StringBuilder();
    convert(ol, 2, list);
    return "<div class=\"footnotes\" role=\"doc-endnotes\">\n" + list + "</div>\n";
  }

  private static Element trustedRaw(String html) {
    Element raw = new Element(ElementType.RAW, 0);
    raw.text.append(html);
    raw.trusted = true;
    return raw;
  }

  private static String backlink(String space, String name, CharSequence text) {
    return space + "<a href=\"#fnref:" + name
        + "\" class=\"reversefootnote\" role=\"doc-backlink\">" + text + "</a>";
  }

  private Element tocTree(ElementType type, Map<String, String> attr) {
    Element sections = new Element(type, 0);
    sections.setAttr(new LinkedHashMap<>(attr));
    sections.attr().putIfAbsent("id", "markdown-toc");
    if (sections.attr().get("id") == null) {
      sections.attr().put("id", "markdown-toc");
    }
    Deque<Element> levels = new ArrayDeque<>();
    for (Object[] entry : toc) {
      int level = (Integer) entry[0];
      String id = (String) entry[1];
      @SuppressWarnings("unchecked")
      List<Element> children = (List<Element>) entry[2];
      Element li = new Element(ElementType.LI, 0);
      li.level = level;
      Element p = new Element(ElementType.P, 0);
      p.transparent = true;
      li.children().add(p);
      Element a = new Element(ElementType.A, 0);
      a.attr().put("href", "#" + id);
      a.attr().put("id", sections.attr().get("id") + "-" + id);
      for (Element c : children) {
        a.children().add(c.copy());
      }
      a.setChildren(forTocEntry(a.children()));
      p.children().add(a);
      li.children().add(new Element(type, 0));
      boolean placed = false;
      while (!placed) {
        if (levels.isEmpty()) {
          sections.children().add(li);
          levels.push(li);
          placed = true;
        } else if (levels.peek().level < li.level) {
          levels.peek().lastChild().children().add(li);
          levels.push(li);
          placed = true;
        } else {
          Element item = levels.pop();
          if (!item.lastChild().hasChildren()) {
            item.children().remove(item.childCount() - 1);
          }
        }
      }
    }
    while (!levels.isEmpty()) {
      Element item = levels.pop();
      if (!item.lastChild().hasChildren()) {
        item.children().remove(item.childCount() - 1);
      }
    }
    return sections;
  }

  /** A header's content for a table of contents entry: no footnotes, links unwrapped. */
  private static List<Element> forTocEntry(List<Element> elements) {
    List<Element> out = new ArrayList<>();
    for (Element c : elements) {
      if (c.type == ElementType.FOOTNOTE) {
        continue;
      }
      if (c.hasChildren()) {
        c.setChildren(forTocEntry(c.children()));
      }
      if (c.type == ElementType.A) {
        if (c.hasChildren()) {
          out.addAll(c.children());
        }
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
