package io.github.linkpost.kramdown.differential;

import java.util.List;

/**
 * The words and characters generated documents are made of: plain words, words kramdown treats
 * specially (abbreviations, intraword markup, apostrophes), and text that breaks naive
 * converters (markup characters alone, tabs, NUL, emoji, right-to-left text, combining marks,
 * invisible and unusual spaces). Written for these tests.
 */
final class HostileText {
  private HostileText() {}

  static final List<String> WORDS = List.of(
      "the", "a", "of", "harbour", "crane", "tide", "chart", "sailor", "engine", "ledger",
      "Brass", "Cargo", "port", "freight", "rope", "knot", "deck", "log", "wind", "north");

  /** Words with something for kramdown to decide about. */
  static final List<String> TRICKY_WORDS = List.of(
      "it's", "don't", "'90s", "rock'n'roll", "O'Brien", "snake_case_name", "__init__",
      "*NIX/*BSD", "2*3*4", "a_b_c", "C++", "C#", "e.g.", "1.", "10)", "U.S.A.", "x86_64",
      "HTML", "W3C", "CSS", "kramdown", "foo@example.com", "www.example.com",
      "http://example.com/a_b_c", "https://example.org/path?q=1&r=2", "~user", "a|b", "x^2",
      "100%", "5$", "$5", "#tag", "@name", "--flag", "...", "—", "–", "“curly”", "‘single’",
      "«guillemets»", "„low“");

  static final List<String> UNICODE = List.of(
      "café", "cafe\u0301", "na\u0308ive", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
      "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u05E9\u05DC\u05D5\u05DD",
      "\u0645\u0631\u062D\u0628\u0627", "\u202Eevil\u202C", "\u200Fmark", "日本語", "한국어",
      "Ελληνικά", "Ünïcödé", "ß", "İstanbul", "\u00A0", "\u200B", "\u2028", "\uFEFF", "\u3000",
      "x\u0000y", "\uD834\uDD1E", "Z\u0335\u0321a\u0334l");

  /** Single characters and short runs that mean something to Markdown somewhere. */
  static final List<String> MARKS = List.of(
      "|", "*", "**", "_", "__", "[", "]", "][", "`", "``", "<", ">", "&", "\t", "\\", "{", "}",
      "{:", ":}", "^", "~", "~~", "$", "$$", "#", "!", "=", ":", "\"", "'", "(", ")", "-", "+",
      ".", "*_", "_*", "[[", "]]", "![", "](", "[^", "<<", ">>", "&&", "\\\\", "\\`", "|||");

  static final List<String> URLS = List.of(
      "http://example.com/", "https://example.org/a_b?c=d&e=f", "/relative/path.html",
      "mailto:someone@example.com", "#anchor", "page.html#x", "http://example.com/*star*",
      "http://example.com/\"quoted\"", "https://example.net/a(b)c", "http://例え.jp/パス",
      "https://example.com/a%20b", "javascript:alert(1)", "ftp://example.com/file", "",
      "http://example.com/<tag>", "https://example.org/path_with_underscores_");

  /** Reference names: several documents define them, several use them, case varies. */
  static final List<String> LINK_IDS = List.of("a", "Link", "link", "x y", "1", "ref-2", "*em*");

  static final List<String> FOOTNOTE_NAMES = List.of("1", "2", "note", "a-b", "x_y", "10");

  static final List<String> ABBREVIATIONS = List.of("HTML", "W3C", "CSS", "a b", "kramdown");

  static final List<String> HEADER_TEXTS = List.of(
      "Intro", "Intro", "Über uns", "1. Start", "a_b", "Q&A", "“Quoted”", "日本語", "  spaced  ",
      "What's new?", "--", "123", "The end", "The End", "x <y>", "\u05E9\u05DC\u05D5\u05DD",
      "\uD83D\uDE00 fun");

  static final List<String> LANGUAGES = List.of(
      "ruby", "python", "js", "html", "text", "plaintext", "unknownlang", "c++", "shell",
      "yaml", "diff", "console", "php?start_inline=1", "Ruby", "java", "liquid", "markdown",
      "ERB", "none");

  static final List<String> CODE_LINES = List.of(
      "def x(a, b) = a < b && b > 0", "  if (a < b && c) { return \"x\"; }", "\tindented by tab",
      "<span class=\"k\">not a token</span>", "</code></pre>", "&amp; &lt; &#42;", "```",
      "~~~", "    ", "*not emphasis* _nor this_", "# not a header", "> not a quote",
      "| a | b |", "{: .not-an-ial}", "$$x$$", "trailing spaces   ", "'single' \"double\"",
      "\uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD", "x\u0000y", "<!-- comment -->", "\\escaped\\",
      "{{ liquid }} {% raw %}", "print('a' * 3) # comment");
}
