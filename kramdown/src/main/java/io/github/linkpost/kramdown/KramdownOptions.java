package io.github.linkpost.kramdown;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The options of a {@link Kramdown} converter: kramdown's own (those its HTML output depends
 * on), and three of this library's for showing untrusted Markdown safely. Immutable; made with
 * {@link #builder()}, which starts from {@link #jekyll()}.
 *
 * <pre>{@code
 * KramdownOptions options = KramdownOptions.builder()
 *     .autoIdPrefix("post-")
 *     .footnoteNr(5)
 *     .build();
 * Kramdown kramdown = Kramdown.of(options);
 *
 * // or from the kramdown: section of a site's _config.yml, as loaded with a YAML library
 * KramdownOptions site = KramdownOptions.fromJekyllConfig(Map.of("auto_ids", false));
 * }</pre>
 *
 * <p>Not supported, and refused by {@link #fromJekyllConfig}: another {@code input} than GFM,
 * {@code html_to_native}, other math engines than MathJax, other syntax highlighters than
 * Rouge, and Rouge options that change its output ({@code line_numbers}, {@code css_class}
 * and the like). Accepted without effect on the HTML: {@code auto_id_stripping} (GFM always
 * strips), {@code transliterated_header_ids} (as kramdown without the stringex gem),
 * {@code remove_block_html_tags}, {@code remove_span_html_tags}, {@code line_width},
 * {@code latex_headers}, {@code list_indent}, {@code template} (empty only),
 * {@code show_warnings}, {@code coderay} and {@code enable_coderay} (false only).
 */
public final class KramdownOptions {
  /** How entities (and the characters kramdown writes as entities) are output. */
  public enum EntityOutput {
    /** As the character itself, unless it must be escaped; Jekyll's setting. */
    AS_CHAR,
    /** As written in the input. */
    AS_INPUT,
    /** As a numeric reference. */
    NUMERIC,
    /** As a named reference where there is a name. */
    SYMBOLIC
  }

  /** The GFM parser's quirks (kramdown-parser-gfm's {@code gfm_quirks} option). */
  public enum GfmQuirk {
    /** A list, header, quote or fence may start right after a paragraph line; Jekyll's. */
    PARAGRAPH_END,
    /** No typographic symbols ({@code --}, {@code ...}, guillemets). */
    NO_AUTO_TYPOGRAPHIC
  }

  /** Which link and image URLs the HTML keeps (this library's option). */
  public enum UrlPolicy {
    /** Every URL, as kramdown does. */
    ANY,
    /** Only {@code http:}, {@code https:} and {@code mailto:} URLs. */
    WEB,
    /** Those, and relative URLs (no scheme). */
    WEB_AND_RELATIVE
  }

  private static final List<String> SMART_QUOTES = List.of("lsquo", "rsquo", "ldquo", "rdquo");
  private static final KramdownOptions JEKYLL = new Builder().build();

  private final boolean autoIds;
  private final String autoIdPrefix;
  private final boolean transliteratedHeaderIds;
  private final Set<Integer> tocLevels;
  private final List<String> smartQuotes;
  private final Map<String, String> typographicSymbols;
  private final EntityOutput entityOutput;
  private final int footnoteNr;
  private final String footnoteBacklink;
  private final boolean footnoteBacklinkInline;
  private final String footnotePrefix;
  private final int headerOffset;
  private final boolean hardWrap;
  private final Set<GfmQuirk> gfmQuirks;
  private final boolean parseBlockHtml;
  private final boolean parseSpanHtml;
  private final Map<String, List<String>> linkDefs;
  private final boolean mathJax;
  private final boolean rouge;
  private final String defaultLang;
  private final boolean guessLang;
  private final boolean removeLineBreaksForCjk;
  private final Set<String> forbiddenInlineOptions;
  private final boolean escapeHtml;
  private final UrlPolicy urlPolicy;
  private final URI baseUri;

  private KramdownOptions(Builder b) {
    this.autoIds = b.autoIds;
    this.autoIdPrefix = b.autoIdPrefix;
    this.transliteratedHeaderIds = b.transliteratedHeaderIds;
    this.tocLevels = Collections.unmodifiableSet(new LinkedHashSet<>(b.tocLevels));
    this.smartQuotes = List.copyOf(b.smartQuotes);
    this.typographicSymbols = Collections.unmodifiableMap(new LinkedHashMap<>(b.typographicSymbols));
    this.entityOutput = b.entityOutput;
    this.footnoteNr = b.footnoteNr;
    this.footnoteBacklink = b.footnoteBacklink;
    this.footnoteBacklinkInline = b.footnoteBacklinkInline;
    this.footnotePrefix = b.footnotePrefix;
    this.headerOffset = b.headerOffset;
    this.hardWrap = b.hardWrap;
    this.gfmQuirks = Collections.unmodifiableSet(b.gfmQuirks.isEmpty()
        ? EnumSet.noneOf(GfmQuirk.class) : EnumSet.copyOf(b.gfmQuirks));
    Map<String, List<String>> defs = new LinkedHashMap<>();
    b.linkDefs.forEach((k, v) -> defs.put(k, List.copyOf(v)));
    this.linkDefs = Collections.unmodifiableMap(defs);
    this.parseBlockHtml = b.parseBlockHtml;
    this.parseSpanHtml = b.parseSpanHtml;
    this.mathJax = b.mathJax;
    this.rouge = b.rouge;
    this.defaultLang = b.defaultLang;
    this.guessLang = b.guessLang;
    this.removeLineBreaksForCjk = b.removeLineBreaksForCjk;
    this.forbiddenInlineOptions = Set.copyOf(b.forbiddenInlineOptions);
    this.escapeHtml = b.escapeHtml;
    this.urlPolicy = b.urlPolicy;
    this.baseUri = b.baseUri;
  }

  /**
   * Jekyll 4.3's settings: GFM input, automatic header ids, smart quotes
   * {@code lsquo,rsquo,ldquo,rdquo}, no hard wrap, entities as characters, footnotes from 1,
   * MathJax, code wrapped as Rouge wraps it; raw HTML passed through and every URL kept.
   *
   * @return the shared instance
   */
  public static KramdownOptions jekyll() {
    return JEKYLL;
  }

  /**
   * A builder starting from {@link #jekyll()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The options a Jekyll site sets in the {@code kramdown:} section of its {@code _config.yml},
   * over Jekyll's defaults. Values are read as kramdown reads them (a boolean may be given as
   * {@code "false"}, a level list as {@code "1..3"}); keys are kramdown's option names.
   *
   * @param kramdown the section as loaded from YAML (string keys; booleans, numbers, strings,
   *     lists and maps as values)
   * @return the options
   * @throws KramdownException for an unknown option, a value of the wrong type, or a setting
   *     this engine does not support, naming the option and the value
   */
  public static KramdownOptions fromJekyllConfig(Map<String, ?> kramdown) {
    Objects.requireNonNull(kramdown, "kramdown");
    return JekyllConfig.read(kramdown, builder()).build();
  }

  /**
   * Whether headers get an id from their text (default true).
   *
   * @return the setting
   */
  public boolean autoIds() {
    return autoIds;
  }

  /**
   * What every automatic header id starts with (default empty).
   *
   * @return the prefix
   */
  public String autoIdPrefix() {
    return autoIdPrefix;
  }

  /**
   * Whether header ids are transliterated to ASCII (default false); accepted without effect,
   * as kramdown without the stringex gem.
   *
   * @return the setting
   */
  public boolean transliteratedHeaderIds() {
    return transliteratedHeaderIds;
  }

  /**
   * The header levels a {@code {:toc}} lists (default 1 to 6).
   *
   * @return the levels
   */
  public Set<Integer> tocLevels() {
    return tocLevels;
  }

  /**
   * The entity names (or decimal code points) for left single, right single, left double and
   * right double quotes (default {@code lsquo, rsquo, ldquo, rdquo}).
   *
   * @return four names
   */
  public List<String> smartQuotes() {
    return smartQuotes;
  }

  /**
   * Replacement text for typographic symbols by kramdown's names ({@code hellip},
   * {@code mdash}, {@code ndash}, {@code laquo}, {@code raquo}, {@code laquo_space},
   * {@code raquo_space}); default none.
   *
   * @return the replacements
   */
  public Map<String, String> typographicSymbols() {
    return typographicSymbols;
  }

  /**
   * How entities are output (default {@link EntityOutput#AS_CHAR}).
   *
   * @return the setting
   */
  public EntityOutput entityOutput() {
    return entityOutput;
  }

  /**
   * The number of the first footnote (default 1).
   *
   * @return the number
   */
  public int footnoteNr() {
    return footnoteNr;
  }

  /**
   * The text of footnote back links, empty for none (default {@code &#8617;}).
   *
   * @return it
   */
  public String footnoteBacklink() {
    return footnoteBacklink;
  }

  /**
   * Whether back links go into the last nested paragraph (default false).
   *
   * @return it
   */
  public boolean footnoteBacklinkInline() {
    return footnoteBacklinkInline;
  }

  /**
   * What footnote ids start with (default empty).
   *
   * @return the prefix
   */
  public String footnotePrefix() {
    return footnotePrefix;
  }

  /**
   * Added to every header level, the result kept within 1 to 6 (default 0).
   *
   * @return it
   */
  public int headerOffset() {
    return headerOffset;
  }

  /**
   * Whether every line break in a paragraph is a {@code <br />} (default false).
   *
   * @return it
   */
  public boolean hardWrap() {
    return hardWrap;
  }

  /**
   * The GFM parser's quirks (default {@link GfmQuirk#PARAGRAPH_END}).
   *
   * @return them
   */
  public Set<GfmQuirk> gfmQuirks() {
    return gfmQuirks;
  }

  /**
   * Whether block HTML's content is parsed as Markdown (default false).
   *
   * @return it
   */
  public boolean parseBlockHtml() {
    return parseBlockHtml;
  }

  /**
   * Whether span HTML's content is parsed as Markdown (default true).
   *
   * @return it
   */
  public boolean parseSpanHtml() {
    return parseSpanHtml;
  }

  /**
   * Link definitions every document knows: id to URL and optional title (default none).
   *
   * @return the definitions
   */
  public Map<String, List<String>> linkDefs() {
    return linkDefs;
  }

  /**
   * Whether math is written for MathJax (default true; false: kramdown's plain output).
   *
   * @return the setting
   */
  public boolean mathJax() {
    return mathJax;
  }

  /**
   * Whether code is wrapped as Rouge highlights it (default true); false gives plain
   * {@code <pre><code>}. The token-level {@code <span>}s Rouge adds are not made.
   *
   * @return the setting
   */
  public boolean rouge() {
    return rouge;
  }

  /**
   * The language of code that names none (default {@code plaintext}).
   *
   * @return it, if any
   */
  public Optional<String> defaultLang() {
    return Optional.ofNullable(defaultLang);
  }

  /**
   * Rouge's guess_lang (default true: plain text is wrapped too).
   *
   * @return the setting
   */
  public boolean guessLang() {
    return guessLang;
  }

  /**
   * Whether a line break between two CJK characters is dropped (default false).
   *
   * @return it
   */
  public boolean removeLineBreaksForCjk() {
    return removeLineBreaksForCjk;
  }

  /**
   * Options {@code {::options}} may not set (default {@code template}).
   *
   * @return the names
   */
  public Set<String> forbiddenInlineOptions() {
    return forbiddenInlineOptions;
  }

  /**
   * Whether raw HTML (blocks, spans, comments, {@code {::nomarkdown}}) is shown as text and
   * event handler attributes ({@code on...}) are left out (default false: passed through, as
   * kramdown does).
   *
   * @return the setting
   */
  public boolean escapeHtml() {
    return escapeHtml;
  }

  /**
   * Which link and image URLs are kept (default {@link UrlPolicy#ANY}); a refused URL loses its
   * {@code href} or {@code src}, the text stays.
   *
   * @return the policy
   */
  public UrlPolicy urlPolicy() {
    return urlPolicy;
  }

  /**
   * The URI relative link and image URLs are resolved against (default none: kept relative).
   *
   * @return the base, if any
   */
  public Optional<URI> baseUri() {
    return Optional.ofNullable(baseUri);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KramdownOptions)) {
      return false;
    }
    KramdownOptions k = (KramdownOptions) o;
    return autoIds == k.autoIds && autoIdPrefix.equals(k.autoIdPrefix)
        && transliteratedHeaderIds == k.transliteratedHeaderIds
        && tocLevels.equals(k.tocLevels) && smartQuotes.equals(k.smartQuotes)
        && typographicSymbols.equals(k.typographicSymbols) && entityOutput == k.entityOutput
        && footnoteNr == k.footnoteNr && footnoteBacklink.equals(k.footnoteBacklink)
        && footnoteBacklinkInline == k.footnoteBacklinkInline
        && footnotePrefix.equals(k.footnotePrefix) && headerOffset == k.headerOffset
        && hardWrap == k.hardWrap && gfmQuirks.equals(k.gfmQuirks)
        && parseBlockHtml == k.parseBlockHtml && parseSpanHtml == k.parseSpanHtml
        && linkDefs.equals(k.linkDefs) && mathJax == k.mathJax && rouge == k.rouge
        && Objects.equals(defaultLang, k.defaultLang) && guessLang == k.guessLang
        && removeLineBreaksForCjk == k.removeLineBreaksForCjk
        && forbiddenInlineOptions.equals(k.forbiddenInlineOptions)
        && escapeHtml == k.escapeHtml && urlPolicy == k.urlPolicy
        && Objects.equals(baseUri, k.baseUri);
  }

  @Override
  public int hashCode() {
    return Objects.hash(autoIds, autoIdPrefix, tocLevels, smartQuotes, typographicSymbols,
        entityOutput, footnoteNr, footnoteBacklink, footnotePrefix, headerOffset, hardWrap,
        gfmQuirks, parseBlockHtml, parseSpanHtml, linkDefs, mathJax, rouge, defaultLang,
        guessLang, escapeHtml, urlPolicy, baseUri);
  }

  @Override
  public String toString() {
    return "KramdownOptions{autoIds=" + autoIds + ", autoIdPrefix=" + autoIdPrefix
        + ", entityOutput=" + entityOutput + ", footnoteNr=" + footnoteNr
        + ", headerOffset=" + headerOffset + ", hardWrap=" + hardWrap + ", gfmQuirks="
        + gfmQuirks + ", parseBlockHtml=" + parseBlockHtml + ", parseSpanHtml="
        + parseSpanHtml + ", escapeHtml=" + escapeHtml + ", urlPolicy=" + urlPolicy
        + ", baseUri=" + baseUri + "}";
  }

  /** Builds {@link KramdownOptions}; every setter checks its argument at once. */
  public static final class Builder {
    private boolean autoIds = true;
    private String autoIdPrefix = "";
    private boolean transliteratedHeaderIds;
    private Set<Integer> tocLevels = new LinkedHashSet<>(List.of(1, 2, 3, 4, 5, 6));
    private List<String> smartQuotes = SMART_QUOTES;
    private Map<String, String> typographicSymbols = new LinkedHashMap<>();
    private EntityOutput entityOutput = EntityOutput.AS_CHAR;
    private int footnoteNr = 1;
    private String footnoteBacklink = "&#8617;";
    private boolean footnoteBacklinkInline;
    private String footnotePrefix = "";
    private int headerOffset;
    private boolean hardWrap;
    private Set<GfmQuirk> gfmQuirks = EnumSet.of(GfmQuirk.PARAGRAPH_END);
    private boolean parseBlockHtml;
    private boolean parseSpanHtml = true;
    private Map<String, List<String>> linkDefs = new LinkedHashMap<>();
    private boolean mathJax = true;
    private boolean rouge = true;
    private String defaultLang = "plaintext";
    private boolean guessLang = true;
    private boolean removeLineBreaksForCjk;
    private Set<String> forbiddenInlineOptions = Set.of("template");
    private boolean escapeHtml;
    private UrlPolicy urlPolicy = UrlPolicy.ANY;
    private URI baseUri;

    private Builder() {}

    private Builder(KramdownOptions o) {
      autoIds = o.autoIds;
      autoIdPrefix = o.autoIdPrefix;
      transliteratedHeaderIds = o.transliteratedHeaderIds;
      tocLevels = new LinkedHashSet<>(o.tocLevels);
      smartQuotes = o.smartQuotes;
      typographicSymbols = new LinkedHashMap<>(o.typographicSymbols);
      entityOutput = o.entityOutput;
      footnoteNr = o.footnoteNr;
      footnoteBacklink = o.footnoteBacklink;
      footnoteBacklinkInline = o.footnoteBacklinkInline;
      footnotePrefix = o.footnotePrefix;
      headerOffset = o.headerOffset;
      hardWrap = o.hardWrap;
      gfmQuirks = o.gfmQuirks.isEmpty() ? EnumSet.noneOf(GfmQuirk.class)
          : EnumSet.copyOf(o.gfmQuirks);
      parseBlockHtml = o.parseBlockHtml;
      parseSpanHtml = o.parseSpanHtml;
      linkDefs = new LinkedHashMap<>(o.linkDefs);
      mathJax = o.mathJax;
      rouge = o.rouge;
      defaultLang = o.defaultLang;
      guessLang = o.guessLang;
      removeLineBreaksForCjk = o.removeLineBreaksForCjk;
      forbiddenInlineOptions = o.forbiddenInlineOptions;
      escapeHtml = o.escapeHtml;
      urlPolicy = o.urlPolicy;
      baseUri = o.baseUri;
    }

    /**
     * kramdown's {@code auto_ids}; default true.
     *
     * @param value whether headers get ids from their text
     * @return this builder
     */
    public Builder autoIds(boolean value) {
      autoIds = value;
      return this;
    }

    /**
     * kramdown's {@code auto_id_prefix}; default empty.
     *
     * @param value what automatic header ids start with
     * @return this builder
     */
    public Builder autoIdPrefix(String value) {
      autoIdPrefix = Objects.requireNonNull(value, "autoIdPrefix");
      return this;
    }

    /**
     * kramdown's {@code transliterated_header_ids}; default false. Has no effect (see the
     * class description).
     *
     * @param value the setting
     * @return this builder
     */
    public Builder transliteratedHeaderIds(boolean value) {
      transliteratedHeaderIds = value;
      return this;
    }

    /**
     * kramdown's {@code toc_levels}; default 1 to 6.
     *
     * @param levels header levels, each from 1 to 6
     * @return this builder
     */
    public Builder tocLevels(Set<Integer> levels) {
      Objects.requireNonNull(levels, "tocLevels");
      for (Integer level : levels) {
        if (level == null || level < 1 || level > 6) {
          throw new IllegalArgumentException("tocLevels (" + levels
              + ") must hold levels from 1 to 6");
        }
      }
      tocLevels = new LinkedHashSet<>(levels);
      return this;
    }

    /**
     * kramdown's {@code smart_quotes}; default {@code lsquo, rsquo, ldquo, rdquo}.
     *
     * @param quotes four entity names or decimal code points: left single, right single, left
     *     double, right double
     * @return this builder
     */
    public Builder smartQuotes(List<String> quotes) {
      Objects.requireNonNull(quotes, "smartQuotes");
      if (quotes.size() != 4) {
        throw new IllegalArgumentException("smartQuotes (" + quotes + ") must have 4 entries");
      }
      for (String q : quotes) {
        if (q == null || q.isEmpty()) {
          throw new IllegalArgumentException("smartQuotes (" + quotes + ") has an empty entry");
        }
      }
      smartQuotes = List.copyOf(quotes);
      return this;
    }

    /**
     * kramdown's {@code typographic_symbols}; default none.
     *
     * @param replacements text for kramdown's symbol names ({@code hellip}, {@code mdash},
     *     {@code ndash}, {@code laquo}, {@code raquo}, {@code laquo_space},
     *     {@code raquo_space})
     * @return this builder
     */
    public Builder typographicSymbols(Map<String, String> replacements) {
      Objects.requireNonNull(replacements, "typographicSymbols");
      Map<String, String> copy = new LinkedHashMap<>();
      replacements.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "typographicSymbols key"),
          Objects.requireNonNull(v, "typographicSymbols value")));
      typographicSymbols = copy;
      return this;
    }

    /**
     * kramdown's {@code entity_output}; default {@link EntityOutput#AS_CHAR}.
     *
     * @param value the output form
     * @return this builder
     */
    public Builder entityOutput(EntityOutput value) {
      entityOutput = Objects.requireNonNull(value, "entityOutput");
      return this;
    }

    /**
     * kramdown's {@code footnote_nr}; default 1.
     *
     * @param value the number of the first footnote
     * @return this builder
     */
    public Builder footnoteNr(int value) {
      footnoteNr = value;
      return this;
    }

    /**
     * kramdown's {@code footnote_backlink}; default {@code &#8617;}.
     *
     * @param value the back link text (entities kept), empty for no back links
     * @return this builder
     */
    public Builder footnoteBacklink(String value) {
      footnoteBacklink = Objects.requireNonNull(value, "footnoteBacklink");
      return this;
    }

    /**
     * kramdown's {@code footnote_backlink_inline}; default false.
     *
     * @param value whether back links go into the last nested paragraph or header
     * @return this builder
     */
    public Builder footnoteBacklinkInline(boolean value) {
      footnoteBacklinkInline = value;
      return this;
    }

    /**
     * kramdown's {@code footnote_prefix}; default empty.
     *
     * @param value what footnote ids start with
     * @return this builder
     */
    public Builder footnotePrefix(String value) {
      footnotePrefix = Objects.requireNonNull(value, "footnotePrefix");
      return this;
    }

    /**
     * kramdown's {@code header_offset}; default 0.
     *
     * @param value added to every header level (the result kept within 1 to 6)
     * @return this builder
     */
    public Builder headerOffset(int value) {
      headerOffset = value;
      return this;
    }

    /**
     * kramdown-parser-gfm's {@code hard_wrap}; default false (Jekyll's).
     *
     * @param value whether every line break in a paragraph is a {@code <br />}
     * @return this builder
     */
    public Builder hardWrap(boolean value) {
      hardWrap = value;
      return this;
    }

    /**
     * kramdown-parser-gfm's {@code gfm_quirks}; default {@link GfmQuirk#PARAGRAPH_END}.
     *
     * @param quirks the quirks to enable
     * @return this builder
     */
    public Builder gfmQuirks(Set<GfmQuirk> quirks) {
      Objects.requireNonNull(quirks, "gfmQuirks");
      gfmQuirks = quirks.isEmpty() ? EnumSet.noneOf(GfmQuirk.class) : EnumSet.copyOf(quirks);
      return this;
    }

    /**
     * kramdown's {@code parse_block_html}; default false.
     *
     * @param value whether block HTML's content is parsed as Markdown
     * @return this builder
     */
    public Builder parseBlockHtml(boolean value) {
      parseBlockHtml = value;
      return this;
    }

    /**
     * kramdown's {@code parse_span_html}; default true.
     *
     * @param value whether span HTML's content is parsed as Markdown
     * @return this builder
     */
    public Builder parseSpanHtml(boolean value) {
      parseSpanHtml = value;
      return this;
    }

    /**
     * kramdown's {@code link_defs}; default none.
     *
     * @param definitions link id to a list of URL and, optionally, title
     * @return this builder
     */
    public Builder linkDefs(Map<String, List<String>> definitions) {
      Objects.requireNonNull(definitions, "linkDefs");
      Map<String, List<String>> copy = new LinkedHashMap<>();
      definitions.forEach((k, v) -> {
        Objects.requireNonNull(k, "linkDefs key");
        if (v == null || v.isEmpty() || v.size() > 2 || v.get(0) == null) {
          throw new IllegalArgumentException("linkDefs (" + k + " = " + v
              + ") must map to a URL and an optional title");
        }
        copy.put(k, new ArrayList<>(v));
      });
      linkDefs = copy;
      return this;
    }

    /**
     * kramdown's {@code math_engine}: MathJax (true, default) or none (false).
     *
     * @param value whether math is written for MathJax
     * @return this builder
     */
    public Builder mathJax(boolean value) {
      mathJax = value;
      return this;
    }

    /**
     * kramdown's {@code syntax_highlighter}: Rouge (true, default) or none (false).
     *
     * @param value whether code is wrapped as Rouge wraps it
     * @return this builder
     */
    public Builder rouge(boolean value) {
      rouge = value;
      return this;
    }

    /**
     * Rouge's {@code default_lang} (Jekyll sets {@code plaintext}, the default).
     *
     * @param value the language of code that names none, or null for none
     * @return this builder
     */
    public Builder defaultLang(String value) {
      defaultLang = value;
      return this;
    }

    /**
     * Rouge's {@code guess_lang} (Jekyll's {@code guess_lang}, default true).
     *
     * @param value whether plain text is highlighted (wrapped) too
     * @return this builder
     */
    public Builder guessLang(boolean value) {
      guessLang = value;
      return this;
    }

    /**
     * kramdown's {@code remove_line_breaks_for_cjk}; default false.
     *
     * @param value whether a line break between two CJK characters is dropped
     * @return this builder
     */
    public Builder removeLineBreaksForCjk(boolean value) {
      removeLineBreaksForCjk = value;
      return this;
    }

    /**
     * kramdown's {@code forbidden_inline_options}; default {@code template}.
     *
     * @param names options {@code {::options}} may not set
     * @return this builder
     */
    public Builder forbiddenInlineOptions(Set<String> names) {
      Objects.requireNonNull(names, "forbiddenInlineOptions");
      forbiddenInlineOptions = Set.copyOf(names);
      return this;
    }

    /**
     * Shows raw HTML (blocks, spans, comments, {@code {::nomarkdown}}) as text and leaves out
     * event handler attributes; default false (kramdown's behaviour).
     *
     * @param value whether raw HTML is escaped
     * @return this builder
     */
    public Builder escapeHtml(boolean value) {
      escapeHtml = value;
      return this;
    }

    /**
     * Which link and image URLs are kept; default {@link UrlPolicy#ANY}.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder urlPolicy(UrlPolicy value) {
      urlPolicy = Objects.requireNonNull(value, "urlPolicy");
      return this;
    }

    /**
     * Resolves relative link and image URLs against this URI (before the URL policy applies);
     * default none.
     *
     * @param value an absolute URI, or null for none
     * @return this builder
     */
    public Builder baseUri(URI value) {
      if (value != null && !value.isAbsolute()) {
        throw new IllegalArgumentException("baseUri (" + value + ") must be absolute");
      }
      baseUri = value;
      return this;
    }

    /**
     * The options.
     *
     * @return the options
     */
    public KramdownOptions build() {
      return new KramdownOptions(this);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
