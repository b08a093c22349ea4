package io.github.linkpost.html.internal;

import io.github.linkpost.commonmark.HtmlBlocks;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to HTML with commonmark-java, for the CommonMark preset. Raw HTML is escaped unless
 * allowed; link and image URLs other than http, https and mailto (and relative ones, when
 * allowed) are dropped, keeping the text. Immutable and thread-safe.
 */
public final class MarkdownHtml {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  /** What the sanitizer gives for a refused URL, so that the attribute is dropped. */
  private static final String REFUSED = "\u0000refused";

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownHtml(boolean allowHtml, UrlPolicy policy) {
    this.parser = HtmlBlocks.use(Parser.builder())
        .includeSourceSpans(IncludeSourceSpans.BLOCKS)
        .build();
    UrlSanitizer urls = new UrlSanitizer() {
      @Override
      public String sanitizeLinkUrl(String url) {
        String href = policy.href(url);
        return href != null ? href : REFUSED;
      }

      @Override
      public String sanitizeImageUrl(String url) {
        return sanitizeLinkUrl(url);
      }
    };
    this.renderer = HtmlRenderer.builder()
        .escapeHtml(!allowHtml)
        .sanitizeUrls(true)
        .urlSanitizer(urls)
        .attributeProviderFactory(context -> new Attributes())
        .nodeRendererFactory(CommonmarkMicroformats.Nodes::new)
        .build();
  }

  /** Whether a URL may stand in a link: http, https, mailto, or relative when allowed. */
  public static boolean allowed(String url, boolean allowRelative) {
    String trimmed = url.strip();
    int colon = trimmed.indexOf(':');
    int end = firstOf(trimmed, "/?#");
    if (colon < 0 || (end >= 0 && end < colon)) {
      return allowRelative && !trimmed.startsWith("//") && !trimmed.startsWith("\\");
    }
    String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
    for (int i = 0; i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'))) {
        return false;
      }
    }
    return SCHEMES.contains(scheme);
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Parses Markdown; the tree is the caller's. */
  public Node parse(String markdown) {
    return parser.parse(markdown);
  }

  /** Renders a parsed node (and what it holds). */
  public void render(Node node, Appendable out) {
    renderer.render(node, out);
  }

  /** Empty link and image URLs (refused ones) removed; the microformats' classes on links. */
  private static final class Attributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (REFUSED.equals(attributes.get("href"))) {
        attributes.remove("href");
      }
      if (REFUSED.equals(attributes.get("src"))) {
        attributes.remove("src");
      }
      String classes = CommonmarkMicroformats.classesOf(node);
      if (classes != null) {
        attributes.put("class", classes);
      }
    }
  }
}
