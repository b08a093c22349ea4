package io.github.linkpost.kramdown.differential;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation the differential tests make: rouge's token spans are removed from
 * highlighted code, since the engine wraps code as Jekyll's rouge setting does but does not
 * split it into tokens. Rouge writes them in two places only: inside {@code <pre
 * class="highlight"><code>…</code></pre>} (code blocks) and inside an inline {@code <code
 * class="… highlighter-rouge">…</code>} (a code span given a language). Inside those the code's
 * own text is escaped, so every {@code <span …>} and {@code </span>} there is a token tag;
 * nothing else in the HTML is touched.
 */
final class RougeSpans {
  private static final Pattern HIGHLIGHTED = Pattern.compile(
      "(<pre class=\"highlight\"><code>)(.*?)(</code></pre>)"
          + "|(<code(?= )[^>]*? class=\"[^\"]*\\bhighlighter-rouge\\b[^\"]*\"[^>]*>)(.*?)(</code>)",
      Pattern.DOTALL);
  private static final Pattern SPAN = Pattern.compile("<span\\b[^>]*>|</span>");

  private RougeSpans() {}

  static String strip(String html) {
    if (!html.contains("<span")) {
      return html;
    }
    Matcher code = HIGHLIGHTED.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (code.find()) {
      int group = code.group(1) != null ? 1 : 4;
      String inside = SPAN.matcher(code.group(group + 1)).replaceAll("");
      code.appendReplacement(out, Matcher.quoteReplacement(
          code.group(group) + inside + code.group(group + 2)));
    }
    code.appendTail(out);
    return out.toString();
  }
}
