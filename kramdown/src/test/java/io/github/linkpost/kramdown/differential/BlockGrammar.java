package io.github.linkpost.kramdown.differential;

import static io.github.linkpost.kramdown.differential.Draw.of;

import java.util.ArrayList;
import java.util.List;

/**
 * Block-level text for generated documents: every block construct of kramdown and its GFM
 * parser, containers nested in containers, blocks that follow one another with and without a
 * blank line between them, and the malformed shapes (unclosed fences and tags, short
 * separators, lazy lines, odd indents) where kramdown's rules decide.
 *
 * <p>Each method returns whole lines, each ended by {@code \n}; the document's line endings are
 * changed afterwards.
 */
final class BlockGrammar {
  private static final int MAX_DEPTH = 3;

  private final Draw d;
  private final SpanGrammar span;
  private final List<Draw.Alternative> leaves;
  private final List<Draw.Alternative> containers;
  private int depth;

  BlockGrammar(Draw d) {
    this.d = d;
    this.span = new SpanGrammar(d);
    this.leaves = List.of(
        of(24, this::paragraph),
        of(6, this::atxHeader),
        of(4, this::setextHeader),
        of(5, this::indentedCode),
        of(7, this::fencedCode),
        of(4, this::rule),
        of(6, this::table),
        of(7, this::htmlBlock),
        of(3, this::mathBlock),
        of(3, this::linkDefinition),
        of(2, this::abbreviation),
        of(3, this::blockIal),
        of(2, this::endOfBlock),
        of(3, this::extension),
        of(2, this::toc),
        of(2, this::hostileLine));
    this.containers = List.of(
        of(8, this::blockquote),
        of(12, this::list),
        of(4, this::definitionList),
        of(4, this::footnoteDefinition),
        of(4, this::htmlWithMarkdown));
  }

  /** A sequence of blocks, separated as documents separate them. */
  String blocks(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(d.weighted(List.of(
            of(70, () -> "\n"), of(15, () -> ""), of(8, () -> "\n\n"),
            of(7, () -> d.pick(" \n", "\t\n", "   \n")))));
      }
      text.append(block());
    }
    return text.toString();
  }

  private String block() {
    boolean container = depth < MAX_DEPTH && d.chance(depth == 0 ? 0.35 : 0.2);
    return d.weighted(container ? containers : leaves);
  }

  private String nested(int count) {
    depth++;
    try {
      return blocks(count);
    } finally {
      depth--;
    }
  }

  // Leaf blocks.

  private String paragraph() {
    d.uses("paragraph");
    int lines = d.few(1, 3);
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      if (i > 0 || d.chance(0.1)) {
        p.append(" ".repeat(d.few(0, 3)));
      }
      if (i > 0 && d.chance(0.15)) {
        // A line that would start a block: whether it interrupts the paragraph is the rule.
        d.uses("block start inside a paragraph");
        p.append(d.pick("> ", "# ", "* ", "- ", "+ ", "1. ", "2) ", ": ", "| ", "```", "~~~",
            "$$", "{: .c}", "^", "[^1]: ", "*[HTML]: ", "<div>", "</div>", "<p>", "    ", "\t",
            "***", "---", "===", "[a]: /u ", "{::comment}", "<!-- ", "* [ ] ", "|---|", "- - -",
            "#", "<span>", "<hr>", "{:toc}"));
      }
      p.append(span.line());
      if (i + 1 < lines && d.chance(0.2)) {
        d.uses("line break");
        p.append(d.pick("  ", "   ", "\\\\", " \\\\", "\t"));
      } else if (d.chance(0.05)) {
        p.append(d.pick(" ", "  "));
      }
      p.append('\n');
    }
    return p.toString();
  }

  private String atxHeader() {
    d.uses("atx header");
    if (d.chance(0.08)) {
      return d.pick("#", "# ", "##", "#######", "# #", "#\t", "######") + "\n";
    }
    int level = d.chance(0.05) ? 7 : d.between(1, 6);
    String text = d.chance(0.35) ? d.pick(HostileText.HEADER_TEXTS) : span.line();
    String close = d.pick("", "", "", " #", " ##", "#", " # {#custom-id}", " {#custom-id}",
        "{#id}", " {: .c}", " \\#", " #   ", " {#}");
    return "#".repeat(level) + d.pick(" ", " ", "", "  ", "\t") + text + close + "\n";
  }

  private String setextHeader() {
    d.uses("setext header");
    String text = d.chance(0.35) ? d.pick(HostileText.HEADER_TEXTS) : span.line();
    if (d.chance(0.2)) {
      text += d.pick(" {#custom-id}", "{#x}", " {: .c}");
    }
    if (d.chance(0.1)) {
      text += "\n" + span.line();
    }
    char underline = d.chance(0.5) ? '=' : '-';
    return text + "\n" + " ".repeat(d.few(0, 4)) + String.valueOf(underline).repeat(d.few(1, 6))
        + d.pick("", "", " ", "  ", " x") + "\n";
  }

  private String indentedCode() {
    d.uses("indented code");
    StringBuilder code = new StringBuilder();
    int lines = d.few(1, 4);
    for (int i = 0; i < lines; i++) {
      if (i > 0 && d.chance(0.15)) {
        code.append(d.pick("\n", "    \n", "  \n"));
      }
      code.append(d.pick("    ", "    ", "\t", "     ", "  \t", "        "))
          .append(d.pick(HostileText.CODE_LINES)).append('\n');
    }
    if (d.chance(0.15)) {
      d.uses("lazy line");
      code.append(span.line()).append('\n');
    }
    return code.toString();
  }

  private String fencedCode() {
    boolean language = d.chance(0.55);
    d.uses(language ? "fenced code with language" : "fenced code");
    char c = d.chance(0.6) ? '`' : '~';
    String fence = String.valueOf(c).repeat(d.few(3, 5));
    StringBuilder code = new StringBuilder(" ".repeat(d.chance(0.1) ? d.between(1, 3) : 0))
        .append(fence);
    if (language) {
      code.append(d.pick("", "", " ", "  ")).append(d.pick(HostileText.LANGUAGES));
      if (d.chance(0.1)) {
        code.append(d.pick(" extra", "{: .x}", " {: .language-x}"));
      }
    } else if (d.chance(0.05)) {
      code.append(d.pick(" ", "\t"));
    }
    code.append('\n');
    int lines = d.few(0, 4);
    for (int i = 0; i < lines; i++) {
      code.append(d.chance(0.1) ? "" : d.pick(HostileText.CODE_LINES)).append('\n');
    }
    int close = d.between(0, 99);
    if (close < 75) {
      code.append(fence);
    } else if (close < 85) {
      code.append(fence).append(c);
    } else if (close < 90) {
      code.append(fence, 0, fence.length() - 1);
    } else if (close < 95) {
      code.append(fence).append(d.pick("  ", " x", " ruby"));
    }
    code.append('\n');
    if (d.chance(0.1)) {
      d.uses("block IAL");
      code.append(d.pick("{: .cls}", "{: #code-id}", "{: .language-python}")).append('\n');
    }
    return code.toString();
  }

  private String rule() {
    d.uses("rule");
    return " ".repeat(d.few(0, 3)) + d.pick("***", "* * *", "---", "- - -", "___", "_ _ _",
        "*****", "--- ", "-- -", "**", "***{: .c}", "* * * *", "-\t-\t-", "- - - x") + "\n";
  }

  private String table() {
    d.uses("table");
    int columns = d.between(1, 4);
    boolean gfm = d.chance(0.35);
    if (gfm) {
      d.uses("GFM table");
    }
    boolean outerPipes = !gfm || d.chance(0.4);
    StringBuilder t = new StringBuilder();
    t.append(row(columns, outerPipes));
    if (gfm || d.chance(0.75)) {
      t.append(separator(columns, outerPipes, '-'));
    }
    int rows = d.few(gfm ? 1 : 0, 4);
    for (int i = 0; i < rows; i++) {
      t.append(row(columns + (d.chance(0.1) ? d.pick(List.of(-1, 1)) : 0), outerPipes));
    }
    if (!gfm && d.chance(0.2)) {
      d.uses("table footer");
      t.append(separator(columns, outerPipes, '=')).append(row(columns, outerPipes));
    }
    if (d.chance(0.1)) {
      d.uses("block IAL");
      t.append("{: .table-class}\n");
    }
    return t.toString();
  }

  private String row(int columns, boolean outerPipes) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(columns, 1); i++) {
      cells.add(d.chance(0.1) ? "" : d.pick(
          span.word(), span.line(), "`a|b`", "a \\| b", "*em*", "**x**", "[l](http://e.com/)",
          " ", "&amp;", "$$x|y$$", "<b>h</b>", "x{: .c}"));
    }
    String inside = String.join(d.pick("|", " | ", " |", "| "), cells);
    return outerPipes ? "|" + d.pick(" ", "") + inside + d.pick(" |", "|", "", " ") + "\n"
        : inside + "\n";
  }

  private String separator(int columns, boolean outerPipes, char line) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      String dashes = String.valueOf(line).repeat(d.few(1, 4));
      cells.add(line == '=' ? dashes : d.pick(dashes, ":" + dashes, dashes + ":",
          ":" + dashes + ":", " " + dashes + " "));
    }
    String inside = String.join(d.pick("|", "+", " | "), cells);
    if (d.chance(0.1)) {
      inside = line == '=' ? "=" : "-";
    }
    return (outerPipes ? "|" + inside + d.pick("|", "") : inside) + "\n";
  }

  private String htmlBlock() {
    d.uses("HTML block");
    String x = span.line();
    return d.pick(
        "<div>\n" + x + "\n</div>\n",
        "<div>" + x + "</div>\n",
        "<div class=\"c\">\n" + x + "\n\n" + span.line() + "\n</div>\n",
        "<p>" + x + "</p>\n",
        "<pre>\n  " + x + "\n\n  *not md*\n</pre>\n",
        "<script>\nif (a < b && c) { x = \"</div>\"; }\n</script>\n",
        "<table><tr><td>" + x + "</td></tr></table>\n",
        "<table>\n<tr>\n<td markdown=\"1\">*" + x + "*</td>\n</tr>\n</table>\n",
        "<!-- comment\n\n" + x + " -->\n",
        "<!-- " + x + " --> after\n",
        "<?php echo '" + x + "'; ?>\n",
        "<hr>\n", "<hr/>\n", "<hr />\n",
        "<div>\n" + x + "\n\n" + span.line() + "\n",
        "</div>\n",
        "<DIV CLASS=\"x\">\n" + x + "\n</DIV>\n",
        "<div\nclass=\"x\">\n" + x + "\n</div>\n",
        "<details><summary>" + x + "</summary>\n\n*md*\n\n</details>\n",
        "<span>" + x + "</span> after\n",
        "  <div>" + x + "</div>\n",
        x + " <div>mid</div> " + span.word() + "\n",
        "<div>\n<div>\n" + x + "\n</div>\n</div>\n",
        "<div><p>" + x + "</div>\n",
        "<div title=\"a > b\">" + x + "</div>\n",
        "<div>\n\n    " + x + "\n\n</div>\n",
        "<iframe src=\"http://e.com/\"></iframe>\n",
        "<style>\np > a { color: red; }\n</style>\n",
        "<textarea>\n*" + x + "*\n</textarea>\n",
        "<ins>" + x + "</ins>\n",
        "<br>\n" + x + "\n");
  }

  private String mathBlock() {
    d.uses("math block");
    return d.pick("$$\nx^2 < y & z\n$$\n", "$$ x = y $$\n", "$$\n\\frac{a}{b}\n\n c\n$$\n",
        "$$\\begin{align}a &= b \\\\ c &< d\\end{align}$$\n", "$$\nx\n", "$$x$$ text\n",
        "  $$\na|b\n$$\n", "$$\n$$\n", "\\$$x$$\n", "$$\n\\$\n$$\n{: .math}\n");
  }

  private String linkDefinition() {
    d.uses("link definition");
    String id = d.name(HostileText.LINK_IDS);
    String url = d.pick(HostileText.URLS);
    String use = d.chance(0.3) ? d.pick("[%s]", "[x][%s]", "![%s]", "[%s][]").formatted(id)
        + " " + span.line() + "\n\n" : "";
    return use + d.pick("[%s]: %s\n", "[%s]: <%s>\n", "[%s]: %s \"title\"\n", "[%s]: %s 'title'\n",
        "[%s]: %s (title)\n", "[%s]: %s\n    \"next line\"\n", "[%s]:%s\n", "   [%s]: %s\n",
        "[%s]: %s \"title\" extra\n", "[%s]:\n", "[%s]: %s \"a \"b\" c\"\n", "[%s] : %s\n")
        .formatted(id, url);
  }

  private String abbreviation() {
    d.uses("abbreviation");
    String name = d.name(HostileText.ABBREVIATIONS);
    String use = d.chance(0.5) ? span.line() + " " + name + d.pick(" ", ". ", "s ", "-")
        + span.line() + "\n" + (d.chance(0.8) ? "\n" : "") : "";
    return use + "*[" + name + "]:" + d.pick(" ", "", "  ")
        + d.pick("Hyper Text", "World Wide \"Web\"", "", "a <b> & c", "x *y*") + "\n";
  }

  private String blockIal() {
    d.uses("block IAL");
    if (d.chance(0.3)) {
      d.uses("ALD");
      return d.pick("{:ref: .cls title=\"T\"}\n", "{:ref2: ref .x}\n", "{:ref: #dup}\n");
    }
    return d.pick("{: .cls}", "{: #id}", "{:.a .b #c key=\"v\" k2='w'}", "{: ref}", "{:}",
        "{: .c} trailing", "{: ref2 .y}", "{: key=\"a\\\"b\"}", "{: .c}\n{: #d}",
        "{: #id-with-ümlaut}", "{: .1bad}") + "\n";
  }

  private String endOfBlock() {
    d.uses("end of block");
    return d.pick("^\n", "^\n", " ^\n", "^ x\n");
  }

  private String extension() {
    d.uses("block extension");
    return d.pick(
        "{::comment}\n" + span.line() + "\n\n*x*\n{:/comment}\n",
        "{::comment /}\n",
        "{::comment}\nunclosed " + span.line() + "\n",
        "{::nomarkdown}\n<b>" + span.word() + "</b> *x*\n{:/nomarkdown}\n",
        "{::nomarkdown type=\"html\"}\n<i>x</i>\n{:/}\n",
        "{::options auto_ids=\"false\" /}\n",
        "{::options footnote_nr=\"5\" /}\n",
        "{::options parse_block_html=\"true\" /}\n",
        "{::options parse_span_html=\"false\" /}\n",
        "{::options smart_quotes=\"apos,apos,quot,quot\" /}\n",
        "{::options toc_levels=\"2..3\" /}\n",
        "{::options auto_id_prefix=\"p-\" /}\n",
        "{::options foo=\"bar\" /}\n",
        "{::foo /}\n",
        "{::options entity_output=\"numeric\" /}\n");
  }

  private String toc() {
    d.uses("toc");
    return d.pick("* TOC\n{:toc}\n", "1. toc\n{:toc}\n", "* x\n{: toc}\n", "* toc\n{:toc .c}\n")
        + "\n# " + d.pick(HostileText.HEADER_TEXTS) + "\n\n## " + span.line() + "\n"
        + (d.chance(0.3) ? "{:.no_toc}\n" : "") + "\n### " + d.pick(HostileText.HEADER_TEXTS)
        + "\n";
  }

  private String hostileLine() {
    d.uses("hostile text");
    StringBuilder line = new StringBuilder();
    int n = d.few(1, 6);
    for (int i = 0; i < n; i++) {
      line.append(d.chance(0.6) ? d.pick(HostileText.MARKS) : d.pick(HostileText.UNICODE));
    }
    return line.append('\n').toString();
  }

  // Containers.

  private String blockquote() {
    d.uses("blockquote");
    String inside = nested(d.few(1, 3));
    StringBuilder quote = new StringBuilder();
    String prefix = d.pick("> ", "> ", ">", " > ", ">  ");
    boolean first = true;
    for (String line : lines(inside)) {
      if (line.isEmpty()) {
        quote.append(d.chance(0.9) ? prefix.stripTrailing() : "").append('\n');
      } else if (!first && d.chance(0.08)) {
        d.uses("lazy line");
        quote.append(line).append('\n');
      } else {
        quote.append(prefix).append(line).append('\n');
      }
      first = false;
    }
    return quote.toString();
  }

  private String list() {
    boolean ordered = d.chance(0.4);
    d.uses(ordered ? "ordered list" : "unordered list");
    int items = d.few(1, 4);
    boolean loose = d.chance(0.35);
    String bullet = d.pick("*", "-", "+");
    int number = d.pick(List.of(1, 1, 1, 3, 9, 10, 0, 123));
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < items; i++) {
      if (i > 0 && loose) {
        list.append('\n');
      }
      String marker;
      if (ordered) {
        marker = (d.chance(0.2) ? number : number + i) + d.pick(".", ".", ".", ")");
      } else {
        marker = d.chance(0.08) ? d.pick("*", "-", "+") : bullet;
      }
      String gap = d.pick(" ", " ", " ", "  ", "   ", "    ", "\t", " \t");
      if (d.chance(0.05)) {
        list.append(marker).append('\n');
        continue;
      }
      String task = "";
      if (!ordered && d.chance(0.15)) {
        d.uses("task list item");
        task = d.pick("[ ] ", "[x] ", "[X] ", "[ ]", "[x]", "[  ] ");
      }
      String body = nested(d.few(1, 3));
      int column = marker.length() + (gap.equals("\t") ? 4 - marker.length() % 4 : gap.length());
      String indent = " ".repeat(d.chance(0.8) ? column : d.pick(List.of(1, 2, 3, 4, 5, 8)));
      String lead = " ".repeat(d.chance(0.1) ? d.between(1, 3) : 0);
      list.append(lead).append(marker).append(gap).append(task);
      boolean first = true;
      for (String line : lines(body)) {
        if (first) {
          list.append(line).append('\n');
        } else if (line.isEmpty()) {
          list.append('\n');
        } else if (d.chance(0.07)) {
          d.uses("lazy line");
          list.append(line).append('\n');
        } else {
          list.append(d.chance(0.08) ? d.pick("\t", "  \t", "\t ", " ") : indent).append(line)
              .append('\n');
        }
        first = false;
      }
    }
    return list.toString();
  }

  private String definitionList() {
    d.uses("definition list");
    StringBuilder dl = new StringBuilder();
    int entries = d.few(1, 2);
    for (int e = 0; e < entries; e++) {
      if (e > 0) {
        dl.append('\n');
      }
      dl.append(span.line()).append('\n');
      if (d.chance(0.2)) {
        dl.append(span.line()).append('\n');
      }
      if (d.chance(0.2)) {
        dl.append('\n');
      }
      int definitions = d.few(1, 2);
      for (int i = 0; i < definitions; i++) {
        String gap = d.pick(" ", "   ", "\t", "  ");
        if (d.chance(0.6)) {
          dl.append(':').append(gap).append(span.line()).append('\n');
        } else {
          boolean first = true;
          for (String line : lines(nested(d.few(1, 2)))) {
            dl.append(first ? ":" + gap : line.isEmpty() ? "" : "    ").append(line).append('\n');
            first = false;
          }
        }
      }
    }
    return dl.toString();
  }

  private String footnoteDefinition() {
    d.uses("footnote definition");
    String name = d.name(HostileText.FOOTNOTE_NAMES);
    StringBuilder fn = new StringBuilder();
    if (d.chance(0.5)) {
      d.uses("footnote marker");
      fn.append(span.line()).append("[^").append(name).append("]").append(span.line())
          .append("\n\n");
    }
    fn.append("[^").append(name).append("]:").append(d.pick(" ", " ", "", "  "));
    boolean first = true;
    for (String line : lines(nested(d.few(1, 2)))) {
      fn.append(first || line.isEmpty() ? "" : d.pick("    ", "    ", "  ", "\t", ""))
          .append(line).append('\n');
      first = false;
    }
    return fn.toString();
  }

  private String htmlWithMarkdown() {
    String attribute = d.pick("markdown=\"1\"", "markdown=\"1\"", "markdown=\"span\"",
        "markdown=\"block\"", "markdown=\"0\"", "markdown='1'", "markdown=1");
    d.uses("HTML block " + attribute.replace('\'', '"').replace("=1", "=\"1\""));
    String tag = d.pick("div", "div", "section", "p", "td", "blockquote", "span", "details");
    String inside = nested(d.few(1, 3));
    if (d.chance(0.2)) {
      return "<" + tag + " " + attribute + ">" + inside.stripTrailing() + "</" + tag + ">\n";
    }
    return "<" + tag + " " + attribute + d.pick("", " class=\"c\"") + ">\n"
        + (d.chance(0.5) ? "\n" : "") + inside + (d.chance(0.5) ? "\n" : "") + "</" + tag
        + ">\n";
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
