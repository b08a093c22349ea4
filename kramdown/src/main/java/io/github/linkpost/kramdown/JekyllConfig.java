package io.github.linkpost.kramdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code kramdown:} section of a Jekyll {@code _config.yml} into options, with
 * kramdown's reading of values (strings for booleans and numbers allowed) and clear refusals.
 */
final class JekyllConfig {
  private JekyllConfig() {}

  /** Options kramdown or Jekyll know that leave the HTML as it is. */
  private static final Set<String> WITHOUT_EFFECT = Set.of("auto_id_stripping",
      "remove_block_html_tags", "remove_span_html_tags", "line_width", "latex_headers",
      "list_indent", "show_warnings", "math_engine_opts", "coderay");

  static KramdownOptions.Builder read(Map<String, ?> section, KramdownOptions.Builder b) {
    for (Map.Entry<String, ?> e : section.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object v = e.getValue();
      switch (key) {
        case "input": {
          String s = string(key, v);
          String parser = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
          if (!parser.equals("GFM")) {
            throw unsupported(key, v, "only GFM input is supported");
          }
          break;
        }
        case "auto_ids":
          b.autoIds(bool(key, v));
          break;
        case "auto_id_prefix":
          b.autoIdPrefix(string(key, v));
          break;
        case "transliterated_header_ids":
          b.transliteratedHeaderIds(bool(key, v));
          break;
        case "parse_block_html":
          b.parseBlockHtml(bool(key, v));
          break;
        case "parse_span_html":
          b.parseSpanHtml(bool(key, v));
          break;
        case "html_to_native":
          if (bool(key, v)) {
            throw unsupported(key, v, "converting HTML to native elements is not supported");
          }
          break;
        case "footnote_nr":
          b.footnoteNr(integer(key, v));
          break;
        case "footnote_backlink":
          b.footnoteBacklink(string(key, v));
          break;
        case "footnote_backlink_inline":
          b.footnoteBacklinkInline(bool(key, v));
          break;
        case "footnote_prefix":
          b.footnotePrefix(string(key, v));
          break;
        case "header_offset":
          b.headerOffset(integer(key, v));
          break;
        case "hard_wrap":
          b.hardWrap(bool(key, v));
          break;
        case "remove_line_breaks_for_cjk":
          b.removeLineBreaksForCjk(bool(key, v));
          break;
        case "entity_output":
          b.entityOutput(entityOutput(key, v));
          break;
        case "toc_levels":
          b.tocLevels(tocLevels(key, v));
          break;
        case "smart_quotes":
          b.smartQuotes(smartQuotes(key, v));
          break;
        case "typographic_symbols":
          b.typographicSymbols(typographicSymbols(key, v));
          break;
        case "link_defs":
          b.linkDefs(linkDefs(key, v));
          break;
        case "gfm_quirks":
          b.gfmQuirks(gfmQuirks(key, v));
          break;
        case "math_engine": {
          String s = symbol(key, v);
          if (s != null && !s.equals("mathjax")) {
            throw unsupported(key, v, "only the mathjax math engine (or none) is supported");
          }
          b.mathJax(s != null);
          break;
        }
        case "syntax_highlighter": {
          // none given: Jekyll falls back on its highlighter setting, rouge by default
          String s = symbol(key, v);
          if (s != null && !s.equals("rouge")) {
            throw unsupported(key, v, "only the rouge syntax highlighter is supported");
          }
          break;
        }
        case "syntax_highlighter_opts":
          highlighterOptions(key, v, b);
          break;
        case "guess_lang":
          b.guessLang(bool(key, v));
          break;
        case "enable_coderay":
          if (bool(key, v)) {
            throw unsupported(key, v, "only the rouge syntax highlighter (or none) is supported");
          }
          break;
        case "template":
          if (!string(key, v).isEmpty()) {
            throw unsupported(key, v, "templates are not supported");
          }
          break;
        case "forbidden_inline_options":
          b.forbiddenInlineOptions(new LinkedHashSet<>(stringList(key, v)));
          break;
        default:
          if (!WITHOUT_EFFECT.contains(key)) {
            throw new KramdownException("unknown kramdown option " + key + ": " + show(v));
          }
      }
    }
    return b;
  }

  private static String show(Object v) {
    if (v instanceof String) {
      return "\"" + v + "\"";
    }
    return String.valueOf(v);
  }

  private static KramdownException wrong(String key, Object v, String what) {
    return new KramdownException("kramdown option " + key + ": " + show(v) + " is not " + what);
  }

  private static KramdownException unsupported(String key, Object v, String why) {
    return new KramdownException("kramdown option " + key + ": " + show(v) + " (" + why + ")");
  }

  /** kramdown's reading: true unless "false" (any case) or empty. */
  static boolean bool(String key, Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof String) {
      String s = ((String) v).strip();
      return !s.equalsIgnoreCase("false") && !((String) v).isEmpty();
    }
    throw wrong(key, v, "a boolean");
  }

  private static String string(String key, Object v) {
    if (v instanceof String) {
      return (String) v;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v == null) {
      return "";
    }
    throw wrong(key, v, "a string");
  }

  private static int integer(String key, Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      long n = ((Number) v).longValue();
      if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
        return (int) n;
      }
    } else if (v instanceof String) {
      try {
        return Integer.parseInt(((String) v).strip());
      } catch (NumberFormatException e) {
        throw wrong(key, v, "an integer");
      }
    }
    throw wrong(key, v, "an integer");
  }

  /** kramdown's symbol: null for empty or "nil", a leading colon dropped. */
  private static String symbol(String key, Object v) {
    if (v == null) {
      return null;
    }
    String s = string(key, v).strip();
    if (s.startsWith(":")) {
      s = s.substring(1);
    }
    return s.isEmpty() || s.equals("nil") ? null : s;
  }

  private static KramdownOptions.EntityOutput entityOutput(String key, Object v) {
    String s = symbol(key, v);
    if (s != null) {
      for (KramdownOptions.EntityOutput e : KramdownOptions.EntityOutput.values()) {
        if (KramdownOptions.lower(e.name()).equals(s)) {
          return e;
        }
      }
    }
    throw wrong(key, v, "one of as_char, as_input, numeric, symbolic");
  }

  private static List<String> stringList(String key, Object v) {
    if (v instanceof String) {
      List<String> out = new ArrayList<>(List.of(((String) v).split(",")));
      return out;
    }
    if (v instanceof List) {
      List<String> out = new ArrayList<>();
      for (Object o : (List<?>) v) {
        if (o instanceof Map || o instanceof List || o == null) {
          throw wrong(key, v, "a list of names");
        }
        out.add(o.toString());
      }
      return out;
    }
    throw wrong(key, v, "a list");
  }

  private static Set<Integer> tocLevels(String key, Object v) {
    Set<Integer> levels = new LinkedHashSet<>();
    if (v instanceof String) {
      String s = (String) v;
      if (s.matches("\\d\\.\\.\\d")) {
        for (int i = s.charAt(0) - '0'; i <= s.charAt(3) - '0'; i++) {
          levels.add(i);
        }
      } else if (s.matches("\\d(,\\d)*")) {
        for (String part : s.split(",")) {
          levels.add(Integer.parseInt(part));
        }
      } else {
        throw wrong(key, v, "a list of levels such as 1..3 or 1,2,3");
      }
    } else if (v instanceof List) {
      for (Object o : (List<?>) v) {
        try {
          levels.add(o instanceof Number ? ((Number) o).intValue()
              : Integer.parseInt(String.valueOf(o).strip()));
        } catch (NumberFormatException e) {
          throw wrong(key, v, "a list of levels");
        }
      }
    } else {
      throw wrong(key, v, "a list of levels");
    }
    for (int level : levels) {
      if (level < 1 || level > 6) {
        throw wrong(key, v, "a list of levels from 1 to 6");
      }
    }
    return levels;
  }

  private static List<String> smartQuotes(String key, Object v) {
    List<String> quotes = stringList(key, v);
    if (quotes.size() != 4) {
      throw wrong(key, v, "four entity names or code points");
    }
    return quotes;
  }

  private static Map<String, String> typographicSymbols(String key, Object v) {
    if (!(v instanceof Map)) {
      throw wrong(key, v, "a map of symbol names to text");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
      String name = String.valueOf(e.getKey()).strip();
      if (name.startsWith(":")) {
        name = name.substring(1);
      }
      out.put(name, String.valueOf(e.getValue()));
    }
    return out;
  }

  private static Map<String, List<String>> linkDefs(String key, Object v) {
    if (!(v instanceof Map)) {
      throw wrong(key, v, "a map of link ids to a URL and an optional title");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
      Object def = e.getValue();
      if (!(def instanceof List) || ((List<?>) def).isEmpty() || ((List<?>) def).size() > 2) {
        throw wrong(key, v, "a map of link ids to a URL and an optional title");
      }
      List<String> parts = new ArrayList<>();
      for (Object o : (List<?>) def) {
        parts.add(o == null ? null : o.toString());
      }
      if (parts.get(0) == null) {
        throw wrong(key, v, "a map of link ids to a URL and an optional title");
      }
      if (parts.size() == 2 && parts.get(1) == null) {
        parts.remove(1);
      }
      out.put(String.valueOf(e.getKey()), parts);
    }
    return out;
  }

  private static Set<KramdownOptions.GfmQuirk> gfmQuirks(String key, Object v) {
    Set<KramdownOptions.GfmQuirk> quirks = EnumSet.noneOf(KramdownOptions.GfmQuirk.class);
    for (String name : stringList(key, v)) {
      String n = name.strip();
      if (n.startsWith(":")) {
        n = n.substring(1);
      }
      if (n.equals("paragraph_end")) {
        quirks.add(KramdownOptions.GfmQuirk.PARAGRAPH_END);
      } else if (n.equals("no_auto_typographic")) {
        quirks.add(KramdownOptions.GfmQuirk.NO_AUTO_TYPOGRAPHIC);
      } else if (!n.isEmpty()) {
        throw wrong(key, v, "a list of paragraph_end, no_auto_typographic");
      }
    }
    return quirks;
  }

  private static void highlighterOptions(String key, Object v, KramdownOptions.Builder b) {
    if (!(v instanceof Map)) {
      throw wrong(key, v, "a map of Rouge options");
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
      String name = String.valueOf(e.getKey());
      Object o = e.getValue();
      switch (name) {
        case "default_lang":
          // Jekyll sets plaintext where the site gives none (its ||=)
          b.defaultLang(o == null || Boolean.FALSE.equals(o) ? "plaintext" : o.toString());
          break;
        case "guess_lang":
          b.guessLang(bool(key + "." + name, o));
          break;
        case "disable":
          if (bool(key + "." + name, o)) {
            b.rouge(false);
          }
          break;
        default:
          throw unsupported(key + "." + name, o,
              "Rouge options other than default_lang, guess_lang and disable are not supported");
      }
    }
  }
}
