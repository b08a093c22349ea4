package io.github.linkpost.kramdown.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options one conversion runs with: a mutable copy of the caller's, since a document may
 * change them with {@code {::options ... /}} as it goes.
 */
public final class Settings {
  public boolean autoIds = true;
  public String autoIdPrefix = "";
  public boolean transliteratedHeaderIds;
  public List<Integer> tocLevels = List.of(1, 2, 3, 4, 5, 6);
  /** Four entity names or code points: left and right single, left and right double quote. */
  public List<Object> smartQuotes = List.of("lsquo", "rsquo", "ldquo", "rdquo");
  public Map<String, String> typographicSymbols = new LinkedHashMap<>();
  /** as_char, as_input, numeric or symbolic. */
  public String entityOutput = "as_char";
  public int footnoteNr = 1;
  public String footnoteBacklink = "&#8617;";
  public boolean footnoteBacklinkInline;
  public String footnotePrefix = "";
  public int headerOffset;
  public boolean hardWrap;
  public boolean gfmQuirkParagraphEnd = true;
  public boolean gfmQuirkNoAutoTypographic;
  public boolean parseBlockHtml;
  public boolean parseSpanHtml = true;
  public Map<String, String[]> linkDefs = new LinkedHashMap<>();
  /** "mathjax" or null. */
  public String mathEngine = "mathjax";
  /** "rouge" or null. */
  public String syntaxHighlighter = "rouge";
  public String syntaxHighlighterDefaultLang = "plaintext";
  public boolean guessLang = true;
  public boolean removeLineBreaksForCjk;
  public java.util.Set<String> forbiddenInlineOptions = java.util.Set.of("template");

  /** Shows raw HTML (blocks, spans, comments, {@code nomarkdown}) as text. */
  public boolean escapeHtml;
  /** Decides for each link and image URL; null keeps them all. */
  public UrlFilter urlFilter;

  /** What becomes of a link or image URL. */
  public interface UrlFilter {
    /** The URL to write, or null to drop the attribute. */
    String apply(String url);
  }

  /** The settings for the given options. */
  public static Settings of(io.github.linkpost.kramdown.KramdownOptions k) {
    Settings s = new Settings();
    s.autoIds = k.autoIds();
    s.autoIdPrefix = k.autoIdPrefix();
    s.transliteratedHeaderIds = k.transliteratedHeaderIds();
    s.tocLevels = java.util.List.copyOf(k.tocLevels());
    java.util.List<Object> quotes = new java.util.ArrayList<>();
    for (String q : k.smartQuotes()) {
      try {
        quotes.add(Integer.parseInt(q.strip()));
      } catch (NumberFormatException e) {
        quotes.add(q);
      }
    }
    s.smartQuotes = quotes;
    s.typographicSymbols = new LinkedHashMap<>(k.typographicSymbols());
    s.entityOutput = k.entityOutput().name().toLowerCase(java.util.Locale.ROOT);
    s.footnoteNr = k.footnoteNr();
    s.footnoteBacklink = k.footnoteBacklink();
    s.footnoteBacklinkInline = k.footnoteBacklinkInline();
    s.footnotePrefix = k.footnotePrefix();
    s.headerOffset = k.headerOffset();
    s.hardWrap = k.hardWrap();
    s.gfmQuirkParagraphEnd =
        k.gfmQuirks().contains(io.github.linkpost.kramdown.KramdownOptions.GfmQuirk.PARAGRAPH_END);
    s.gfmQuirkNoAutoTypographic = k.gfmQuirks()
        .contains(io.github.linkpost.kramdown.KramdownOptions.GfmQuirk.NO_AUTO_TYPOGRAPHIC);
    s.parseBlockHtml = k.parseBlockHtml();
    s.parseSpanHtml = k.parseSpanHtml();
    s.linkDefs = new LinkedHashMap<>();
    k.linkDefs().forEach((id, v) -> s.linkDefs.put(id, v.toArray(new String[0])));
    s.mathEngine = k.mathJax() ? "mathjax" : null;
    s.syntaxHighlighter = k.rouge() ? "rouge" : null;
    s.syntaxHighlighterDefaultLang = k.defaultLang().orElse(null);
    s.guessLang = k.guessLang();
    s.removeLineBreaksForCjk = k.removeLineBreaksForCjk();
    s.forbiddenInlineOptions = k.forbiddenInlineOptions();
    s.escapeHtml = k.escapeHtml();
    io.github.linkpost.kramdown.KramdownOptions.UrlPolicy policy = k.urlPolicy();
    if (policy != io.github.linkpost.kramdown.KramdownOptions.UrlPolicy.ANY
        || k.baseUri().isPresent()) {
      s.urlFilter = new Urls(policy != io.github.linkpost.kramdown.KramdownOptions.UrlPolicy.ANY,
          policy == io.github.linkpost.kramdown.KramdownOptions.UrlPolicy.WEB_AND_RELATIVE,
          k.baseUri().orElse(null));
    }
    return s;
  }

  public Settings copy() {
    Settings c = new Settings();
    c.autoIds = autoIds;
    c.autoIdPrefix = autoIdPrefix;
    c.transliteratedHeaderIds = transliteratedHeaderIds;
    c.tocLevels = tocLevels;
    c.smartQuotes = smartQuotes;
    c.typographicSymbols = typographicSymbols;
    c.entityOutput = entityOutput;
    c.footnoteNr = footnoteNr;
    c.footnoteBacklink = footnoteBacklink;
    c.footnoteBacklinkInline = footnoteBacklinkInline;
    c.footnotePrefix = footnotePrefix;
    c.headerOffset = headerOffset;
    c.hardWrap = hardWrap;
    c.gfmQuirkParagraphEnd = gfmQuirkParagraphEnd;
    c.gfmQuirkNoAutoTypographic = gfmQuirkNoAutoTypographic;
    c.parseBlockHtml = parseBlockHtml;
    c.parseSpanHtml = parseSpanHtml;
    c.linkDefs = linkDefs;
    c.mathEngine = mathEngine;
    c.syntaxHighlighter = syntaxHighlighter;
    c.syntaxHighlighterDefaultLang = syntaxHighlighterDefaultLang;
    c.guessLang = guessLang;
    c.removeLineBreaksForCjk = removeLineBreaksForCjk;
    c.forbiddenInlineOptions = forbiddenInlineOptions;
    c.escapeHtml = escapeHtml;
    c.urlFilter = urlFilter;
    return c;
  }
}
