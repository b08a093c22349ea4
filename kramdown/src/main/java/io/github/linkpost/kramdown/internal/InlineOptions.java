package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code {::options key="value" /}}: kramdown options a document sets for itself. Values are
 * read as kramdown reads them (a boolean is true unless "false" or empty); an invalid value is
 * ignored, an unknown option draws a warning.
 */
final class InlineOptions {
  private InlineOptions() {}

  /** Options kramdown knows that change nothing here (other converters', or not supported). */
  private static final Set<String> KNOWN_WITHOUT_EFFECT = Set.of(
      "line_width", "latex_headers", "remove_block_html_tags", "remove_span_html_tags",
      "syntax_highlighter_opts", "math_engine_opts", "list_indent", "hard_wrap", "gfm_quirks",
      "html_to_native", "link_defs");

  static void apply(Parser p, String key, String value) {
    Settings o = p.options;
    if (o.forbiddenInlineOptions.contains(key) || key.equals("forbidden_inline_options")) {
      p.warning("Option " + key + " may not be set inline");
      return;
    }
    try {
      switch (key) {
        case "template":
          return;
        case "auto_ids":
          o.autoIds = bool(value);
          return;
        case "auto_id_stripping":
          return;
        case "auto_id_prefix":
          o.autoIdPrefix = value;
          return;
        case "transliterated_header_ids":
          o.transliteratedHeaderIds = bool(value);
          return;
        case "parse_block_html":
          o.parseBlockHtml = bool(value);
          return;
        case "parse_span_html":
          o.parseSpanHtml = bool(value);
          return;
        case "footnote_nr":
          o.footnoteNr = Integer.parseInt(Chars.strip(value));
          return;
        case "footnote_prefix":
          o.footnotePrefix = value;
          return;
        case "footnote_backlink":
          o.footnoteBacklink = value;
          return;
        case "footnote_backlink_inline":
          o.footnoteBacklinkInline = bool(value);
          return;
        case "header_offset":
          o.headerOffset = Integer.parseInt(Chars.strip(value));
          return;
        case "entity_output": {
          String v = symbol(value);
          if (v != null) {
            o.entityOutput = v;
          }
          return;
        }
        case "math_engine":
          o.mathEngine = symbol(value);
          return;
        case "syntax_highlighter":
          o.syntaxHighlighter = symbol(value);
          return;
        case "remove_line_breaks_for_cjk":
          o.removeLineBreaksForCjk = bool(value);
          return;
        case "toc_levels":
          o.tocLevels = tocLevels(value);
          return;
        case "smart_quotes":
          o.smartQuotes = smartQuotes(value);
          return;
        case "typographic_symbols":
          return;
        default:
          if (!KNOWN_WITHOUT_EFFECT.contains(key)) {
            p.warning("Unknown kramdown option '" + key + "'");
          }
      }
    } catch (IllegalArgumentException e) {
      // kramdown ignores an option value it cannot read
    }
  }

  static boolean bool(String value) {
    String v = Chars.strip(value.toLowerCase(java.util.Locale.ROOT));
    return !v.equals("false") && !value.isEmpty();
  }

  /** Ruby's {@code str_to_sym}: null for "" or "nil". */
  static String symbol(String value) {
    String v = Chars.strip(value);
    if (v.startsWith(":")) {
      v = v.substring(1);
    }
    return v.isEmpty() || v.equals("nil") ? null : v;
  }

  static List<Integer> tocLevels(String value) {
    List<Integer> out = new ArrayList<>();
    if (value.matches("\\d\\.\\.\\d")) {
      int a = value.charAt(0) - '0';
      int b = value.charAt(3) - '0';
      for (int i = a; i <= b; i++) {
        out.add(i);
      }
    } else if (value.matches("\\d(?:,\\d)*")) {
      for (String part : value.split(",")) {
        Integer v = Integer.parseInt(part);
        if (!out.contains(v)) {
          out.add(v);
        }
      }
    } else {
      throw new IllegalArgumentException("toc_levels");
    }
    for (int v : out) {
      if (v < 1 || v > 6) {
        throw new IllegalArgumentException("toc_levels");
      }
    }
    return out;
  }

  static List<Object> smartQuotes(String value) {
    String[] parts = value.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("smart_quotes");
    }
    List<Object> out = new ArrayList<>();
    for (String part : parts) {
      try {
        out.add(Integer.parseInt(part));
      } catch (NumberFormatException e) {
        out.add(part);
      }
    }
    return out;
  }
}
