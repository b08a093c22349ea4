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

  /** Shows raw HTML (blocks, spans, comments, {@code nomarkdown}) as text. */
  public boolean escapeHtml;
  /** Decides for each link and image URL; null keeps them all. */
  public UrlFilter urlFilter;

  /** What becomes of a link or image URL. */
  public interface UrlFilter {
    /** The URL to write, or null to drop the attribute. */
    String apply(String url);
  }

  public Settings copy() {
    Settings c = new Settings();
    c.autoIds = autoIds;
    c.autoIdPrefix = autoIdPrefix;
    c.transliteratedHeaderIds = transliteratedHeaderIds;
    c.tocLevels = tocLevels;
    c.smartQuotes = smartQuotes;
    c.typographicSymbols = new LinkedHashMap<>(typographicSymbols);
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
    c.linkDefs = new LinkedHashMap<>(linkDefs);
    c.mathEngine = mathEngine;
    c.syntaxHighlighter = syntaxHighlighter;
    c.syntaxHighlighterDefaultLang = syntaxHighlighterDefaultLang;
    c.guessLang = guessLang;
    c.removeLineBreaksForCjk = removeLineBreaksForCjk;
    c.escapeHtml = escapeHtml;
    c.urlFilter = urlFilter;
    return c;
  }
}
