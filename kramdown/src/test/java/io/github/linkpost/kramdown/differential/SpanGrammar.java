package io.github.linkpost.kramdown.differential;

import static io.github.linkpost.kramdown.differential.Draw.of;

import java.util.List;

/**
 * Span-level text for generated documents: every span construct of kramdown and its GFM parser,
 * in the shapes where the rules are intricate (unclosed, intraword, next to punctuation and
 * quotes, nested, with attribute lists), mixed with hostile characters.
 */
final class SpanGrammar {
  private static final int MAX_DEPTH = 3;

  private final Draw d;
  private final List<Draw.Alternative> items;

  SpanGrammar(Draw d) {
    this.d = d;
    this.items = List.of(
        of(30, this::word),
        of(10, this::hostile),
        of(12, () -> emphasis(depth)),
        of(5, this::codeSpan),
        of(5, () -> link(depth)),
        of(3, () -> referenceLink(depth)),
        of(3, this::image),
        of(2, this::autolink),
        of(3, this::entity),
        of(3, this::escape),
        of(4, this::typography),
        of(6, () -> quotes(depth)),
        of(3, () -> htmlSpan(depth)),
        of(2, this::mathSpan),
        of(1, this::footnoteMarker),
        of(2, () -> strikethrough(depth)),
        of(1, this::spanExtension),
        of(2, () -> d.name(HostileText.ABBREVIATIONS)));
  }

  private int depth;

  /** One line of span-level text (no line break in it). */
  String line() {
    return run(d.few(1, 8));
  }

  /** A few words of span text, for inside a construct. */
  String inner() {
    if (depth >= MAX_DEPTH) {
      return word();
    }
    depth++;
    try {
      return run(d.few(1, 3));
    } finally {
      depth--;
    }
  }

  private String run(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(separator());
      }
      text.append(d.weighted(items));
    }
    return text.toString();
  }

  private String separator() {
    int r = d.between(0, 99);
    if (r < 58) {
      return " ";
    }
    if (r < 88) {
      return "";
    }
    return d.pick(", ", ". ", "  ", "\t", " - ", "/", "(", ") ", ": ", "; ", "!", "? ");
  }

  String word() {
    return d.chance(0.8) ? d.pick(HostileText.WORDS) : d.pick(HostileText.TRICKY_WORDS);
  }

  private String hostile() {
    d.uses("hostile text");
    return d.chance(0.5) ? d.pick(HostileText.MARKS) : d.pick(HostileText.UNICODE);
  }

  private String emphasis(int level) {
    d.uses("emphasis");
    String x = inner();
    String shape = d.pick("*%s*", "_%s_", "**%s**", "__%s__", "***%s***", "___%s___", "*%s**",
        "**%s*", "* %s*", "*%s *", "_%s_word", "word_%s_", "word*%s*word", "word**%s**word",
        "*%s", "**%s", "_%s", "*%s **%s** %s*", "**%s *%s* %s**", "_*%s*_", "*_%s_*",
        "__%s_", "**%s**{: .cls}", "*%s*{:#id-%s}", "*%s*{: title=\"t\"}", "*%s\n%s*",
        "*(%s)*", "\"*%s*\"", "*%s*.", "(*%s*)", "*%s*'s", "_%s_'s", "**'%s'**", "*\"%s\"*",
        "café_%s_", "_%s_é", "日本*%s*語", "ü**%s**ö", "*%s*\u00A0x", "`*`%s*", "**%s**__%s__",
        "*[%s]*", "_[%s](http://e.com/)_", "*%s\\*", "\\*%s*", "*%s* *", "****%s****");
    if (shape.contains("\n") && level > 0) {
      shape = shape.replace('\n', ' ');
    }
    return fill(shape, x);
  }

  private String codeSpan() {
    d.uses("code span");
    String code = d.chance(0.7) ? word() : d.pick(HostileText.CODE_LINES).strip();
    String span = d.pick("`%s`", "``%s``", "`` %s ``", "` %s `", "``%s`x``", "`%s", "``` %s ```",
        "`%s``", "`|%s|`", "`<b>%s</b>`", "`\\`%s", "`%s\\`");
    String text = String.format(span, code);
    if (d.chance(0.15)) {
      d.uses("span IAL");
      text += d.pick("{: .language-ruby}", "{:.language-unknownlang}", "{: .language-html}",
          "{: .cls}", "{:.language-js #id}");
    }
    return text;
  }

  private String link(int level) {
    d.uses("inline link");
    String text = d.chance(0.25) ? "" : inner();
    String url = d.pick(HostileText.URLS);
    String target = d.pick("(%s)", "(%s \"title\")", "(%s 'title')", "(<%s>)", "( %s )",
        "(%s \"ti\"tle\")", "(%s (title))", "(%s\n\"title\")", "(%s", "()");
    String shape = d.pick("[%s]", "[%s] ", "[%s\\]]", "[[%s]]", "[%s [nested] more]",
        "[`%s`]", "[!%s]");
    String link = String.format(shape, text) + String.format(target, url);
    if (level > 0 || d.chance(0.5)) {
      link = link.replace('\n', ' ');
    }
    if (d.chance(0.12)) {
      d.uses("span IAL");
      link += d.pick("{: .cls}", "{:target=\"_blank\"}", "{: title='x' #lid}");
    }
    return link;
  }

  private String referenceLink(int level) {
    d.uses("reference link");
    String id = d.name(HostileText.LINK_IDS);
    return String.format(d.pick("[%s][%s]", "[%2$s][]", "[%2$s]", "[%s] [%s]", "[%s][%s ]",
        "[%s][\n%s]"), level > 0 ? word() : inner(), id).replace("\n", level > 0 ? " " : "\n");
  }

  private String image() {
    d.uses("image");
    String alt = d.chance(0.2) ? "" : d.pick(word(), "alt *em*", "a \"q\" b", "x]y", "日本語");
    return d.pick("![%s](%s)", "![%s](%s \"title\")", "![%s][%s]", "![%s]", "![%s](<%s>)")
        .formatted(alt, d.chance(0.3) ? d.name(HostileText.LINK_IDS) : d.pick(HostileText.URLS));
  }

  private String autolink() {
    d.uses("autolink");
    return d.pick("<http://example.com>", "<https://example.org/a_b*c*>", "<me@example.com>",
        "<mailto:me@example.com>", "<ftp://example.com/x>", "<x@y>", "<http://example.com/a b>",
        "<https://例え.jp/>", "http://example.com/bare_url", "<http://e.com/?a=1&b=2>");
  }

  private String entity() {
    d.uses("entity");
    return d.pick("&amp;", "&copy;", "&#169;", "&#xA9;", "&#x1F600;", "&nbsp;", "&bogus;",
        "&#0;", d.chance(0.1) ? "&#1114112;" : "&#1114111;", "& ", "&&", "&lt;b&gt;", "&quot;",
        "&#39;", "&hellip;", "&ndash;",
        "&mdash;", "&AMP;", "&#X41;", "&#65", "&lsquo;", "&rsquo;", "&ldquo;");
  }

  private String escape() {
    d.uses("escape");
    return "\\" + d.pick("\\", "*", "_", "`", "{", "}", "[", "]", "(", ")", "#", "+", "-",
        ".", "!", ":", "|", "\"", "'", "<", "<<", ">", "=", "$", "$$", "^", "~", "a", "&", " ",
        "\\\\", "*a*");
  }

  private String typography() {
    d.uses("typographic symbol");
    return d.pick("--", "---", "...", ". . .", "<<", ">>", "<< x >>", "-->", "<--", "1--2",
        "a---b", "----", "....", "<<<", ">>>", "...'", "--\"", "'--'", "--x--");
  }

  private String quotes(int level) {
    d.uses("smart quotes");
    String x = d.chance(0.5) ? word() : inner();
    String shape = d.pick("\"%s\"", "'%s'", "\"%s'", "'%s\"", "\"%s\".", "'%s',", "(\"%s\")",
        "\"*%s*\"", "'**%s**'", "\"[%s](http://example.com/)\"", "'`%s`'", "\"%s\"s",
        "'%s'''", "\"\"%s\"\"", "%s'", "'%s", "\"", "'", "''", "\"\"", "'90s %s", "%s's",
        "\"'%s'\"", "'\"%s\"'", "\"%s\"{: .c}", "**\"%s\"**", "_'%s'_", "\"<b>%s</b>\"",
        "\"%s\"--", "'%s'...", "\"\\\"%s\\\"\"", "5'10\" %s", "'%s'?", "(\"%s\")", "[\"%s\"]",
        "\"<%s>\"", "\"%s\"<br>", "'%s'&amp;", "\"%s\"\n\"", "«%s»", "\"%s\"[^1]", "'%s'[a]",
        "\"%s\" 'x'", "''%s''", "\"'%s'\"", "x\"%s", "%s\"x", "1\"", "'s", "s'", "\"é\"", "'é'");
    return fill(shape, x);
  }

  private String htmlSpan(int level) {
    d.uses("HTML span");
    String x = inner();
    return fill(d.pick("<span>%s</span>", "<em>%s</em>", "<b>%s", "<kbd>%s</kbd>",
        "<abbr title=\"x\">%s</abbr>", "<a href=\"http://example.com/\">%s</a>", "<br>",
        "<br/>", "<img src=\"x.png\" alt=\"%s\">", "<span markdown=\"1\">*%s*</span>",
        "<span class='c'>%s</span>", "<del>%s</del>", "<sup>%s</sup>", "<code>%s</code>",
        "<!-- %s -->", "</span>", "<span title=\"a>b\">%s</span>", "<i>%s</b>", "<q>%s</q>",
        "<notatag x>%s", "<x:y>%s</x:y>", "<span\nclass=\"c\">%s</span>", "<SPAN>%s</SPAN>",
        "<span markdown=\"0\">*%s*</span>", "<em>*%s*</em>", "<a name=\"n\"></a>%s",
        "<input type=\"checkbox\"> %s", "<b>%s</b>{: .c}"), x)
        .replace("\n", level > 0 ? " " : "\n");
  }

  private String mathSpan() {
    d.uses("math span");
    return d.pick("$$x^2$$", "$$a < b & c$$", "\\$$x$$", "$$", "$x$", "$$ $$", "$$x|y$$",
        "$$\\frac{a}{b}$$", "$$ a $$", "$$x$$$$y$$", "$$a\\$$b$$", "$$*x*$$");
  }

  private String footnoteMarker() {
    d.uses("footnote marker");
    return d.pick("[^%s]", "[^%s]", "[^%s]", "[^ %s]", "[^%s][^%s]")
        .formatted(d.name(HostileText.FOOTNOTE_NAMES), d.name(HostileText.FOOTNOTE_NAMES));
  }

  private String strikethrough(int level) {
    d.uses("strikethrough");
    return fill(d.pick("~~%s~~", "~%s~", "~~%s", "~~ %s ~~", "a~~%s~~b", "~~~%s~~~",
        "~~*%s*~~", "*~~%s~~*"), inner());
  }

  private String spanExtension() {
    d.uses("span extension");
    return d.pick("{::comment}x *y*{:/comment}", "{::comment}x{:/}", "{::comment /}",
        "{::nomarkdown}<b>x</b> *y*{:/nomarkdown}", "{::nomarkdown type=\"html\"}<i>x</i>{:/}",
        "{::}", "{:/}", "{::nomarkdown}*x*", "{::options foo=\"bar\" /}");
  }

  private static String fill(String shape, String x) {
    return shape.replace("%s", x);
  }
}
